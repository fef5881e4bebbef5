import { randomUUID } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { applyMigrations, checkMigrations, openDatabase } from '@werkplek/database';

describe('prisma/migrations', () => {
  it('produce exactly the schema in schema.prisma (no drift)', () => {
    const diff = checkMigrations(fileURLToPath(new URL('..', import.meta.url)));
    expect(diff.sql, 'run `pnpm migration:create <name>` after changing schema.prisma').toBe('');
    expect(diff.inSync).toBe(true);
  });
});

describe('migration certificate_in_force on a database with certificates', () => {
  it('keeps every certificate, marks revoked ones and later duplicates as not in force, and then enforces one in force', async () => {
    const migrations = fileURLToPath(new URL('../prisma/migrations', import.meta.url));
    const before = mkdtempSync(join(tmpdir(), 'training-migrations-'));
    for (const name of readdirSync(migrations)) {
      if (!name.includes('certificate_in_force')) cpSync(join(migrations, name), join(before, name), { recursive: true });
    }
    const database = await openDatabase({ dataDir: undefined });
    const connection = await database.connect();
    try {
      await applyMigrations(connection, before);
      // Certificates only: the test is about this table, so the references are switched off for the fixture.
      await connection.query('SET session_replication_role = replica');
      const learner = randomUUID();
      const track = randomUUID();
      const certificate = (number: string, type: string, issuedOn: string, revokedOn: string | null) =>
        `('${randomUUID()}', '${number}', '${type}', '${learner}', '${track}', '${randomUUID()}', 2026, '${issuedOn}', 'CENTRE', ${revokedOn ? `'${revokedOn}'` : 'NULL'})`;
      await connection.query(
        `INSERT INTO certificate (id, number, type, "learnerId", "trackId", "centreId", "examYear", "issuedOn", issuer, "revokedOn") VALUES
         ${certificate('SYN-1', 'ENTREPRENEURSHIP_DIPLOMA', '2026-06-30', null)},
         ${certificate('SYN-2', 'ENTREPRENEURSHIP_DIPLOMA', '2026-07-15', null)},
         ${certificate('SYN-3', 'PROFESSIONAL_KNOWLEDGE_CERTIFICATE', '2026-06-30', '2026-08-01')},
         ${certificate('SYN-4', 'PROFESSIONAL_KNOWLEDGE_CERTIFICATE', '2026-08-02', null)}`,
      );
      await connection.query('SET session_replication_role = DEFAULT');
      expect(await applyMigrations(connection, migrations)).toEqual([expect.stringContaining('certificate_in_force')]);
      const rows = await connection.query<{ number: string; inForce: boolean | null }>('SELECT number, "inForce" FROM certificate ORDER BY number');
      expect(rows).toEqual([
        { number: 'SYN-1', inForce: true },
        { number: 'SYN-2', inForce: null },
        { number: 'SYN-3', inForce: null },
        { number: 'SYN-4', inForce: true },
      ]);
      await expect(
        connection.query(`UPDATE certificate SET "inForce" = true WHERE number = 'SYN-2'`),
      ).rejects.toThrow(/certificate_one_in_force_per_learner_track_type/);
    } finally {
      await connection.close();
      await database.close();
      rmSync(before, { recursive: true, force: true });
    }
  });
});
