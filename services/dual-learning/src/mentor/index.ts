import { forbidden, requireUser, rolesAllowed, type ReferenceResolvers } from '@werkplek/subgraph-kit';
import { dualLearningPolicy } from '../access/policy.js';
import type { DualLearningContext } from '../context.js';
import { MentorResolver } from './mentor.resolver.js';
import { mentorServiceOf } from './mentor.service.js';

export { mentorConditionProblems } from './mentor-conditions.js';

/** This module's resolver classes and federation reference resolvers, gathered by ../schema.ts. */
export const resolvers: Function[] = [MentorResolver];
export const referenceResolvers: ReferenceResolvers = {
  Mentor: {
    // Batched; the roles of the access policy, then the same ownership as Query.mentors (its workplace).
    __resolveReference: (reference, context) => {
      const user = requireUser(context);
      if (!rolesAllowed(dualLearningPolicy['Entity.Mentor']).includes(user.role)) {
        throw forbidden('Je hebt geen toegang tot mentoren', 'You may not access mentors');
      }
      return mentorServiceOf(context as DualLearningContext).referenced(reference.id as string);
    },
  },
};
