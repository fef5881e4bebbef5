import 'reflect-metadata';
import { runSubgraphFromEnvironment } from '@werkplek/subgraph-kit';
import { createTrainingSubgraph } from './subgraph.js';

await runSubgraphFromEnvironment('training', createTrainingSubgraph);
