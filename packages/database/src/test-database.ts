import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { readOptional } from '@werkplek/config';

export interface TestDatabase {
  /** Pass to openServiceDatabase: a fresh PostgreSQL database, or null for in-memory PGlite. */
  url: string | undefined;
  kind: 'pglite' | 'postgresql';
  drop(): Promise<void>;
}

/**
 * A fresh, empty database for one test file. With TEST_DATABASE_URL (a PostgreSQL server URL) it creates a new
 * database on that server and drops it afterwards; without, the test gets an in-memory PGlite.
 */
export async function createTestDatabase(label: string): Promise<TestDatabase> {
  const serverUrl = readOptional('TEST_DATABASE_URL');
  if (!serverUrl) return { url: undefined, kind: 'pglite', drop: async () => {} };
  const name = `werkplek_test_${label.replace(/[^a-z0-9]+/gi, '_').toLowerCase()}_${randomBytes(4).toString('hex')}`;
  await withAdmin(serverUrl, (admin) => admin.query(`CREATE DATABASE "${name}"`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    kind: 'postgresql',
    drop: () => withAdmin(serverUrl, (admin) => admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => {}),
  };
}

async function withAdmin<T>(serverUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
