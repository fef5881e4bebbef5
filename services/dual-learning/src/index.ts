import 'reflect-metadata';

export { createDualLearningSubgraph } from './subgraph.js';
export { buildDualLearningSchema } from './schema.js';
export { seedDualLearning, workplaceSeed } from './seed.js';
