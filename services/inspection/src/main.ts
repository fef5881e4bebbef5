import 'reflect-metadata';
import { runSubgraphFromEnvironment } from '@werkplek/subgraph-kit';
import { createInspectionSubgraph } from './subgraph.js';

await runSubgraphFromEnvironment('inspection', createInspectionSubgraph);
