import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { BackupError, backupServices, createTestDatabase, readBackupManifest, restoreService, type ServiceStore } from '../src/index.js';

/**
 * Backup and restore for real: the embedded store always, the PostgreSQL server when TEST_DATABASE_URL is set
 * (test:postgres). Data is changed after the backup; the restore must bring back exactly what was backed up.
 */
const scratch = mkdtempSync(join(tmpdir(), 'werkplek-backup-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const rows = [
  ['ERK-0001', 'ACTIVE'],
  ['ERK-0002', 'WITHDRAWN'],
  ['ERK-0003', 'ACTIVE'],
];

interface Sql {
  query<T>(text: string): Promise<{ rows: T[] }>;
}

async function fill(sql: Sql) {
  await sql.query('CREATE TABLE recognition (reference text PRIMARY KEY, status text NOT NULL)');
  await sql.query(`INSERT INTO recognition VALUES ${rows.map(([reference, status]) => `('${reference}', '${status}')`).join(', ')}`);
}
async function damage(sql: Sql) {
  await sql.query("DELETE FROM recognition WHERE reference = 'ERK-0001'");
  await sql.query("UPDATE recognition SET status = 'EXCLUDED' WHERE reference = 'ERK-0003'");
}
async function read(sql: Sql) {
  return (await sql.query<{ reference: string; status: string }>('SELECT reference, status FROM recognition ORDER BY reference')).rows.map((row) => [row.reference, row.status]);
}

describe('backup and restore of the embedded store (PGlite)', () => {
  it('restores what was backed up, keeps the replaced data aside, and refuses a damaged backup', async () => {
    const dataDir = join(scratch, 'pglite', 'dual-learning');
    const store: ServiceStore = { service: 'dual-learning', dataDir };
    mkdirSync(dataDir, { recursive: true });
    const db = new PGlite(dataDir);
    await fill(db);
    await db.close();

    const folder = join(scratch, 'backup-pglite');
    const manifest = await backupServices([store], folder);
    expect(manifest.entries).toEqual([expect.objectContaining({ service: 'dual-learning', kind: 'pglite', file: 'dual-learning.pglite.tar.gz' })]);

    const changed = new PGlite(dataDir);
    await damage(changed);
    await changed.close();

    const [entry] = readBackupManifest(folder).entries;
    await restoreService(entry!, folder, store);
    const restored = new PGlite(dataDir);
    expect(await read(restored)).toEqual(rows);
    await restored.close();

    // The data the restore replaced is moved aside, not deleted.
    const aside = readdirSync(join(scratch, 'pglite')).filter((name) => name.startsWith('dual-learning.before-restore-'));
    expect(aside).toHaveLength(1);
    const before = new PGlite(join(scratch, 'pglite', aside[0]!));
    expect(await read(before)).toEqual([rows[1], ['ERK-0003', 'EXCLUDED']]);
    await before.close();

    const file = join(folder, entry!.file);
    const bytes = readFileSync(file);
    bytes[bytes.length - 10] = (bytes[bytes.length - 10]! + 1) % 256;
    writeFileSync(file, bytes);
    expect(() => readBackupManifest(folder)).toThrow(BackupError);
    expect(() => readBackupManifest(join(scratch, 'nowhere'))).toThrow(/manifest/);
  });
});

describe.skipIf(!process.env['TEST_DATABASE_URL'])('backup and restore on the PostgreSQL server', () => {
  it('restores a pg_dump of the database in one transaction', async () => {
    const database = await createTestDatabase('backup');
    const url = database.url!;
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await fill(client);
      const folder = join(scratch, 'backup-postgresql');
      const store: ServiceStore = { service: 'training', url };
      const manifest = await backupServices([store], folder);
      expect(manifest.entries[0]).toMatchObject({ service: 'training', kind: 'postgresql', file: 'training.pgdump' });
      await damage(client);
      await client.query('CREATE TABLE added_after_backup (id int)');
      await restoreService(readBackupManifest(folder).entries[0]!, folder, store);
      expect(await read(client)).toEqual(rows);
      // --clean drops only what the backup holds; a table created afterwards stays.
      expect((await client.query("SELECT count(*)::int AS n FROM pg_tables WHERE tablename = 'added_after_backup'")).rows[0]).toEqual({ n: 1 });
    } finally {
      await client.end();
      await database.drop();
    }
  });
});
