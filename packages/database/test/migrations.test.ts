import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyMigrations, createTestDatabase, openDatabase, type Database, type TestDatabase } from '../src/index.js';

function migrationsDir(migrations: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'werkplek-migrations-'));
  for (const [name, sql] of Object.entries(migrations)) {
    mkdirSync(join(dir, name));
    writeFileSync(join(dir, name, 'migration.sql'), sql);
  }
  return dir;
}

const first = 'CREATE TABLE "centre" ("id" TEXT PRIMARY KEY, "name" TEXT NOT NULL);';
const second = 'ALTER TABLE "centre" ADD COLUMN "province" TEXT;';

describe('applyMigrations', () => {
  let testDb: TestDatabase;
  let db: Database;

  beforeEach(async () => {
    testDb = await createTestDatabase('migrations');
    db = await openDatabase(testDb.url ? { url: testDb.url } : { dataDir: undefined });
  });
  afterEach(async () => {
    await db.close();
    await testDb.drop();
  });

  it('applies pending migrations in order and records them as Prisma does', async () => {
    const dir = migrationsDir({ '20260101000000_init': first, '20260102000000_province': second });
    const connection = await db.connect();
    expect(await applyMigrations(connection, dir)).toEqual(['20260101000000_init', '20260102000000_province']);
    const rows = await connection.query<{ migration_name: string; checksum: string; finished_at: Date | null }>(
      'SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" ORDER BY migration_name',
    );
    expect(rows.map((r) => r.migration_name)).toEqual(['20260101000000_init', '20260102000000_province']);
    expect(rows[0]?.checksum).toBe(createHash('sha256').update(first).digest('hex'));
    expect(rows.every((r) => r.finished_at !== null)).toBe(true);
    await connection.exec(`INSERT INTO "centre" VALUES ('1', 'Syntra West', 'West-Vlaanderen')`);
    await connection.close();
  });

  it('applies nothing the second time', async () => {
    const dir = migrationsDir({ '20260101000000_init': first });
    const connection = await db.connect();
    await applyMigrations(connection, dir);
    expect(await applyMigrations(connection, dir)).toEqual([]);
    await connection.close();
  });

  it('rolls back a failing migration completely and records nothing', async () => {
    const dir = migrationsDir({
      '20260101000000_init': first,
      '20260102000000_broken': 'CREATE TABLE "x" ("id" TEXT); SELECT * FROM "does_not_exist";',
    });
    const connection = await db.connect();
    await expect(applyMigrations(connection, dir)).rejects.toThrow(/20260102000000_broken failed and was rolled back/);
    const tables = await connection.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name = 'x'`,
    );
    expect(tables).toEqual([]);
    const rows = await connection.query<{ migration_name: string }>('SELECT migration_name FROM "_prisma_migrations"');
    expect(rows.map((r) => r.migration_name)).toEqual(['20260101000000_init']);
    await connection.close();
  });

  it('refuses a database that has migrations this code does not know', async () => {
    const connection = await db.connect();
    await applyMigrations(connection, migrationsDir({ '20260101000000_init': first, '20260102000000_province': second }));
    await expect(applyMigrations(connection, migrationsDir({ '20260101000000_init': first }))).rejects.toThrow(
      /does not know \(20260102000000_province\)/,
    );
    await connection.close();
  });
});
