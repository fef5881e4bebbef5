import { join } from 'node:path';
import { readOptional } from '@werkplek/config';
import { openDatabase, type DriverAdapter } from './database.js';
import { applyMigrations } from './migrations.js';
import { findWorkspaceRoot } from './workspace.js';

export interface ServiceDatabaseOptions<Client> {
  /** The subgraph's name, e.g. "dual-learning": names its data folder and its URL variable. */
  service: string;
  migrationsDir: string;
  createClient(adapter: DriverAdapter): Client;
  /** A PostgreSQL URL; defaults to `<SERVICE>_DATABASE_URL`. Without one, embedded PGlite is used. */
  url?: string;
  /** The PGlite folder; defaults to `$WERKPLEK_DATA_DIR/<service>` (`<repo>/.data/<service>`); null keeps it in memory. */
  dataDir?: string | null;
  poolSize?: number;
  /** Called with the SQL of every statement the client sends (tests). */
  onQuery?: (sql: string) => void;
}

export interface ServiceDatabase<Client> {
  client: Client;
  kind: 'pglite' | 'postgresql';
  /** The migrations this start applied (empty when the database was up to date). */
  appliedMigrations: string[];
  close(): Promise<void>;
}

/** `dual-learning` → `DUAL_LEARNING_DATABASE_URL`. */
export function databaseUrlVariable(service: string): string {
  return `${service.toUpperCase().replace(/[^A-Z0-9]+/g, '_')}_DATABASE_URL`;
}

function defaultDataDir(service: string): string {
  return join(readOptional('WERKPLEK_DATA_DIR') ?? join(findWorkspaceRoot(), '.data'), service);
}

/** Opens the subgraph's own database, brings its schema up to date and hands back a Prisma client on it. */
export async function openServiceDatabase<Client extends { $disconnect(): Promise<void> }>(
  options: ServiceDatabaseOptions<Client>,
): Promise<ServiceDatabase<Client>> {
  const url = options.url ?? readOptional(databaseUrlVariable(options.service));
  const database = await openDatabase({
    ...(url
      ? { url, poolSize: options.poolSize }
      : { dataDir: options.dataDir === null ? undefined : (options.dataDir ?? defaultDataDir(options.service)) }),
    onQuery: options.onQuery,
  });
  try {
    const connection = await database.connect();
    let appliedMigrations: string[];
    try {
      appliedMigrations = await applyMigrations(connection, options.migrationsDir);
    } finally {
      await connection.close();
    }
    const client = options.createClient(database.adapter);
    return {
      client,
      kind: database.kind,
      appliedMigrations,
      async close() {
        await client.$disconnect();
        await database.close();
      },
    };
  } catch (error) {
    await database.close();
    throw error;
  }
}
