import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';

/** What a generated PrismaClient takes as `adapter`. */
export type DriverAdapter = PrismaPg | PrismaPGlite;

/** Plain SQL access for what Prisma's client does not do: running migration scripts and creating databases. */
export interface SqlConnection {
  /** Runs a script of one or more statements (simple query protocol). */
  exec(sql: string): Promise<void>;
  query<Row>(sql: string, params?: unknown[]): Promise<Row[]>;
  close(): Promise<void>;
}

export interface Database {
  kind: 'pglite' | 'postgresql';
  adapter: DriverAdapter;
  /** Opens a separate connection for scripts; close it when done. */
  connect(): Promise<SqlConnection>;
  close(): Promise<void>;
}

export type DatabaseOptions = (
  | { url: string; poolSize?: number }
  /** An embedded PGlite database in this folder; in memory when dataDir is undefined. */
  | { dataDir: string | undefined }
) & {
  /** Called with the SQL of every statement Prisma sends (tests count queries with it, e.g. to prove batching). */
  onQuery?: (sql: string) => void;
};

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  const database = 'url' in options ? await openPostgres(options.url, options.poolSize) : await openPglite(options.dataDir);
  return options.onQuery ? { ...database, adapter: observed(database.adapter, options.onQuery) } : database;
}

/** The same adapter, reporting each statement of its connections before running it. */
function observed(factory: DriverAdapter, onQuery: (sql: string) => void): DriverAdapter {
  const observe = <T extends object>(target: T): T =>
    new Proxy(target, {
      get(object, property) {
        const value = Reflect.get(object, property, object) as unknown;
        if (typeof value !== 'function') return value;
        if (property === 'queryRaw' || property === 'executeRaw') {
          return (query: { sql: string }) => {
            onQuery(query.sql);
            return (value as (q: unknown) => unknown).call(object, query);
          };
        }
        return (value as (...args: unknown[]) => unknown).bind(object);
      },
    });
  return new Proxy(factory, {
    get(object, property) {
      const value = Reflect.get(object, property, object) as unknown;
      if (property === 'connect') return async () => observe(await (value as () => Promise<object>).call(object));
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(object) : value;
    },
  });
}

async function openPostgres(url: string, poolSize = 10): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize, idleTimeoutMillis: 30_000, connectionTimeoutMillis: 10_000 });
  // An idle client that loses its server must not crash the process; the next query reports the error.
  pool.on('error', (error) => console.error(`[database] idle PostgreSQL client failed: ${error.message}`));
  return {
    kind: 'postgresql',
    adapter: new PrismaPg(pool),
    async connect() {
      const client = await pool.connect();
      return {
        async exec(sql) {
          await client.query(sql);
        },
        async query<Row>(sql: string, params: unknown[] = []) {
          return (await client.query(sql, params)).rows as Row[];
        },
        async close() {
          client.release();
        },
      };
    },
    async close() {
      await pool.end();
    },
  };
}

async function openPglite(dataDir: string | undefined): Promise<Database> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const db = dataDir ? new PGlite(dataDir) : new PGlite();
  await db.waitReady;
  return {
    kind: 'pglite',
    adapter: new PrismaPGlite(db),
    async connect() {
      // PGlite is a single connection: scripts share it, and closing the script connection leaves it open.
      return {
        async exec(sql) {
          await db.exec(sql);
        },
        async query<Row>(sql: string, params: unknown[] = []) {
          return (await db.query<Row>(sql, params)).rows;
        },
        async close() {},
      };
    },
    async close() {
      if (!db.closed) await db.close();
    },
  };
}
