import { fileURLToPath } from 'node:url';
import { defineSubgraph } from '@werkplek/subgraph-kit';
import { createDualLearningContext } from './context.js';
import { PrismaClient } from './generated/prisma/client.js';
import { buildDualLearningSchema } from './schema.js';
import { seedDualLearning } from './seed.js';

/** The dual-learning subgraph on its own database (PGlite by default, PostgreSQL with DUAL_LEARNING_DATABASE_URL). */
export const createDualLearningSubgraph = defineSubgraph({
  name: 'dual-learning',
  migrationsDir: fileURLToPath(new URL('../prisma/migrations', import.meta.url)),
  createClient: (adapter) => new PrismaClient({ adapter }),
  buildSchema: buildDualLearningSchema,
  createContext: createDualLearningContext,
  seed: seedDualLearning,
});
