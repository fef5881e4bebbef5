import { forbidden, requireUser, rolesAllowed, type ReferenceResolvers } from '@werkplek/subgraph-kit';
import { dualLearningPolicy } from '../access/policy.js';
import type { DualLearningContext } from '../context.js';
import { WorkplaceLinksResolver } from './workplace-links.resolver.js';
import { WorkplaceResolver } from './workplace.resolver.js';
import { workplaceServiceOf } from './workplace.service.js';

export const resolvers: Function[] = [WorkplaceResolver, WorkplaceLinksResolver];

export const referenceResolvers: ReferenceResolvers = {
  Workplace: {
    // Reached through the gateway from another subgraph (an inspection's subject): not for centre users.
    __resolveReference: (reference, context) => {
      const user = requireUser(context);
      if (!rolesAllowed(dualLearningPolicy['Entity.Workplace']).includes(user.role)) {
        throw forbidden('Je hebt geen toegang tot werkplekken', 'You may not access workplaces');
      }
      return workplaceServiceOf(context as DualLearningContext).byId.load(reference.id);
    },
  },
};
