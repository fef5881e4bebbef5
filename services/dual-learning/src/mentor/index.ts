import { forbidden, requireUser, Role, type ReferenceResolvers } from '@werkplek/subgraph-kit';
import type { DualLearningContext } from '../context.js';
import { MentorResolver } from './mentor.resolver.js';
import { mentorServiceOf } from './mentor.service.js';

export { mentorConditionProblems } from './mentor-conditions.js';

/** This module's resolver classes and federation reference resolvers, gathered by ../schema.ts. */
export const resolvers: Function[] = [MentorResolver];
export const referenceResolvers: ReferenceResolvers = {
  Mentor: {
    // Batched; from other subgraphs only for agency staff, inspectors and partnership staff.
    __resolveReference: (reference, context) => {
      const user = requireUser(context);
      if (user.role !== Role.AgencyStaff && user.role !== Role.Inspector && user.role !== Role.PartnershipStaff) {
        throw forbidden('Je hebt geen toegang tot mentoren', 'You may not access mentors');
      }
      return mentorServiceOf(context as DualLearningContext).byId.load(reference.id);
    },
  },
};
