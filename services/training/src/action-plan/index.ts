import type { ReferenceResolvers } from '@werkplek/subgraph-kit';
import type { TrainingContext } from '../context.js';
import {
  ActionPlanRoundResolver,
  AnnualActionPlanResolver,
  DossierCriterionCaseResolver,
  TrainingDossierResolver,
} from './action-plan.resolver.js';
import { actionPlanServiceOf } from './action-plan.service.js';

/** This module's resolver classes and federation reference resolvers, gathered by ../schema.ts. */
export const resolvers: Function[] = [ActionPlanRoundResolver, AnnualActionPlanResolver, TrainingDossierResolver, DossierCriterionCaseResolver];

/** Rounds are readable by every signed-in reader; a plan only by its centre, agency staff and inspectors. */
export const referenceResolvers: ReferenceResolvers = {
  ActionPlanRound: {
    __resolveReference: (reference, context) => actionPlanServiceOf(context as TrainingContext).roundReference(reference.id),
  },
  AnnualActionPlan: {
    __resolveReference: (reference, context) => actionPlanServiceOf(context as TrainingContext).planReference(reference.id),
  },
};
