import { buildFederatedSchema } from '@werkplek/subgraph-kit';
import type { TrainingContext } from './context.js';
import { TrainingCentreResolver } from './training-centre/training-centre.resolver.js';

export function buildTrainingSchema() {
  return buildFederatedSchema({
    resolvers: [TrainingCentreResolver],
    referenceResolvers: {
      TrainingCentre: {
        __resolveReference: (reference, context) => (context as TrainingContext).trainingCentres.byId.load(reference.id),
      },
    },
  });
}
