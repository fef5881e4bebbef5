import 'reflect-metadata';

export { createTrainingSubgraph } from './subgraph.js';
export { buildTrainingSchema } from './schema.js';
export { trainingCentreSeed } from './seed.js';
