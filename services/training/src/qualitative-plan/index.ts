import type { ReferenceResolvers } from '@werkplek/subgraph-kit';
import type { TrainingContext } from '../context.js';
import { QualitativePlanItemResolver, QualitativePlanResolver } from './qualitative-plan.resolver.js';
import { qualitativePlanServiceOf } from './qualitative-plan.service.js';

/** This module's resolver classes and federation reference resolvers, gathered by ../schema.ts. */
export const resolvers: Function[] = [QualitativePlanResolver, QualitativePlanItemResolver];

/** A plan is read by its own centre, agency staff and inspectors, also through a reference (null otherwise). */
export const referenceResolvers: ReferenceResolvers = {
  QualitativeAnnualPlan: {
    __resolveReference: (reference, context) => qualitativePlanServiceOf(context as TrainingContext).reference(reference.id),
  },
};
