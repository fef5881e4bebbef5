import type { ReferenceResolvers } from '@werkplek/subgraph-kit';
import type { TrainingContext } from '../context.js';
import { TrainingCentreResolver } from './training-centre.resolver.js';
import { trainingCentreServiceOf } from './training-centre.service.js';

export const resolvers: Function[] = [TrainingCentreResolver];

export const referenceResolvers: ReferenceResolvers = {
  TrainingCentre: {
    __resolveReference: (reference, context) => trainingCentreServiceOf(context as TrainingContext).byId.load(reference.id),
  },
};
