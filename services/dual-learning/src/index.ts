import 'reflect-metadata';

export { createDualLearningSubgraph } from './subgraph.js';
export { buildDualLearningSchema } from './schema.js';
export { workplaceSeed } from './seed.js';
