import { forbidden, requireUser, type ReferenceResolvers } from '@werkplek/subgraph-kit';
import type { TrainingContext } from '../context.js';
import { canReadCentre } from '../shared/access.js';
import { EnrolmentResolver, TrainingLearnerResolver } from './learner.resolver.js';
import { learnerServiceOf } from './learner.service.js';

/** This module's resolver classes and federation reference resolvers, gathered by ../schema.ts. */
export const resolvers: Function[] = [TrainingLearnerResolver, EnrolmentResolver];

export const referenceResolvers: ReferenceResolvers = {
  /** Enrolment by reference: the same rule as a direct read (FORBIDDEN for another centre's enrolment). */
  Enrolment: {
    __resolveReference: async (reference, context) => {
      const ctx = context as TrainingContext;
      const user = requireUser(ctx);
      const row = await learnerServiceOf(ctx).enrolmentById.load(reference.id);
      if (row && !canReadCentre(user, row.centreId)) {
        throw forbidden('Deze inschrijving hoort bij een ander opleidingscentrum', 'This enrolment belongs to another training centre');
      }
      return row;
    },
  },
};
