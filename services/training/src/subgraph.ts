import { fileURLToPath } from 'node:url';
import { defineSubgraph } from '@werkplek/subgraph-kit';
import { createTrainingContext } from './context.js';
import { PrismaClient } from './generated/prisma/client.js';
import { buildTrainingSchema } from './schema.js';
import { seedTraining } from './seed.js';

/** The training subgraph on its own database (PGlite by default, PostgreSQL with TRAINING_DATABASE_URL). */
export const createTrainingSubgraph = defineSubgraph({
  name: 'training',
  migrationsDir: fileURLToPath(new URL('../prisma/migrations', import.meta.url)),
  createClient: (adapter) => new PrismaClient({ adapter }),
  buildSchema: buildTrainingSchema,
  createContext: createTrainingContext,
  seed: seedTraining,
});
