import { buildFederatedSchema, requireUser, Role, forbidden } from '@werkplek/subgraph-kit';
import type { DualLearningContext } from './context.js';
import { WorkplaceResolver } from './workplace/workplace.resolver.js';

export function buildDualLearningSchema() {
  return buildFederatedSchema({
    resolvers: [WorkplaceResolver],
    referenceResolvers: {
      Workplace: {
        // Reached through the gateway from another subgraph (an inspection's subject): the same roles as `workplaces`.
        __resolveReference: (reference, context) => {
          const user = requireUser(context);
          if (user.role === Role.CentreUser) {
            throw forbidden('Je hebt geen toegang tot werkplekken', 'You may not access workplaces');
          }
          return (context as DualLearningContext).workplaces.byId.load(reference.id);
        },
      },
    },
  });
}
