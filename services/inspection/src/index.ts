import 'reflect-metadata';

export { createInspectionSubgraph } from './subgraph.js';
export { buildInspectionSchema } from './schema.js';
export { inspectionSeed } from './seed.js';
