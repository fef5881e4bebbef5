import { fileURLToPath } from 'node:url';
import { openServiceDatabase, type ServiceDatabase } from '@werkplek/database';
import { PrismaClient } from './generated/prisma/client.js';

export type TrainingDatabase = ServiceDatabase<PrismaClient>;

const migrationsDir = fileURLToPath(new URL('../prisma/migrations', import.meta.url));

/** The training subgraph's own database, migrated on open (PGlite by default, PostgreSQL with TRAINING_DATABASE_URL). */
export function openTrainingDatabase(options: { url?: string; dataDir?: string | null } = {}): Promise<TrainingDatabase> {
  return openServiceDatabase({
    service: 'training',
    migrationsDir,
    createClient: (adapter) => new PrismaClient({ adapter }),
    ...options,
  });
}
