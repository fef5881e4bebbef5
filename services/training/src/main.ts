import 'reflect-metadata';
import { readOptional, readPort, servicePorts } from '@werkplek/config';
import { runSubgraph } from '@werkplek/subgraph-kit';
import { createTrainingSubgraph } from './subgraph.js';

const subgraph = await createTrainingSubgraph({ seed: readOptional('WERKPLEK_SEED') !== 'false' });
await runSubgraph({ ...subgraph, port: readPort('TRAINING_PORT', servicePorts.training), host: readOptional('HOST') });
