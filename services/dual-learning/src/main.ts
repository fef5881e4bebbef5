import 'reflect-metadata';
import { runSubgraphFromEnvironment } from '@werkplek/subgraph-kit';
import { createDualLearningSubgraph } from './subgraph.js';

await runSubgraphFromEnvironment('dual-learning', createDualLearningSubgraph);
