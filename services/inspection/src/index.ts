import 'reflect-metadata';

export { createInspectionSubgraph } from './subgraph.js';
export { buildInspectionSchema } from './schema.js';
export { seedInspection } from './seed.js';
