import { fileURLToPath } from 'node:url';
import { defineSubgraph } from '@werkplek/subgraph-kit';
import { createInspectionContext } from './context.js';
import { PrismaClient } from './generated/prisma/client.js';
import { buildInspectionSchema } from './schema.js';
import { seedInspection } from './seed.js';

/** The inspection subgraph on its own database (PGlite by default, PostgreSQL with INSPECTION_DATABASE_URL). */
export const createInspectionSubgraph = defineSubgraph({
  name: 'inspection',
  migrationsDir: fileURLToPath(new URL('../prisma/migrations', import.meta.url)),
  createClient: (adapter) => new PrismaClient({ adapter }),
  buildSchema: buildInspectionSchema,
  createContext: createInspectionContext,
  seed: seedInspection,
});
