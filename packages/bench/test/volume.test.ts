import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { createTestDatabase, type TestDatabase } from '@werkplek/database';
import { fillTable } from '../src/volume.js';

/**
 * The benchmark's volume loader on a real PostgreSQL server (it runs with `npm run test:postgres`; without
 * TEST_DATABASE_URL there is no server to load into and the test is skipped).
 */
const url = process.env['TEST_DATABASE_URL'];
let database: TestDatabase;
let client: pg.Client;

describe.skipIf(!url)('fillTable', () => {
  beforeAll(async () => {
    database = await createTestDatabase('bench');
    client = new pg.Client({ connectionString: database.url });
    await client.connect();
    await client.query(`CREATE TABLE "audit" (
      "id" uuid PRIMARY KEY, "number" serial UNIQUE, "status" text NOT NULL, "planItemId" uuid UNIQUE, "version" int NOT NULL DEFAULT 1)`);
    await client.query(`INSERT INTO "audit" ("id", "status", "planItemId") VALUES
      (gen_random_uuid(), 'PLANNED', gen_random_uuid()), (gen_random_uuid(), 'REPORTED', gen_random_uuid()),
      (gen_random_uuid(), 'CLOSED', NULL), (gen_random_uuid(), 'CLOSED', NULL)`);
  });
  afterAll(async () => {
    await client?.end();
    await database?.drop();
  });

  it('copies the seeded rows with new ids and numbers until the target, in the seed\'s mix, unique links left out', async () => {
    const result = await fillTable(database.url!, { database: 'inspection', table: 'audit', rows: 1_000, instead: { planItemId: 'NULL' } }, 0.5);
    expect(result).toEqual({ before: 4, after: 500 });
    const { rows } = await client.query<{ ids: string; numbers: string; links: string; closed: string }>(
      `SELECT count(DISTINCT "id") AS ids, count(DISTINCT "number") AS numbers, count("planItemId") AS links,
              count(*) FILTER (WHERE "status" = 'CLOSED') AS closed FROM "audit"`,
    );
    expect(rows[0]).toMatchObject({ ids: '500', numbers: '500', links: '2' });
    // Half the seed is closed; the copies keep about that share.
    expect(Number(rows[0]!.closed) / 500).toBeGreaterThan(0.4);
    expect(Number(rows[0]!.closed) / 500).toBeLessThan(0.6);
  });

  it('does nothing when the table already holds the target', async () => {
    expect(await fillTable(database.url!, { database: 'inspection', table: 'audit', rows: 500 }, 1)).toEqual({ before: 500, after: 500 });
  });
});
