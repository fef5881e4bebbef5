import { createHash, randomUUID } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SqlConnection } from './database.js';

/**
 * Applies Prisma-format migration folders (`prisma/migrations/<timestamp>_<name>/migration.sql`) and records them in
 * Prisma's own `_prisma_migrations` table, with the same checksum Prisma computes, so that `prisma migrate deploy`
 * can take over on a machine that has Prisma's engines. We apply them ourselves because Prisma 7's migrate needs
 * its schema-engine binary, which cannot be installed everywhere this platform runs.
 */

export interface Migration {
  name: string;
  sql: string;
  checksum: string;
}

export class MigrationError extends Error {}

// The same advisory lock id Prisma Migrate takes, so that our runner and `prisma migrate deploy` never interleave.
const PRISMA_MIGRATE_LOCK = 72707369;

const CREATE_MIGRATIONS_TABLE = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
);`;

export function readMigrations(migrationsDir: string): Migration[] {
  if (!existsSync(migrationsDir)) return [];
  return readdirSync(migrationsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(migrationsDir, entry.name, 'migration.sql')))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(join(migrationsDir, name, 'migration.sql'), 'utf8');
      return { name, sql, checksum: createHash('sha256').update(sql).digest('hex') };
    });
}

interface AppliedRow {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
}

/** Applies the migrations not yet applied, each in its own transaction; returns the names it applied. */
export async function applyMigrations(connection: SqlConnection, migrationsDir: string): Promise<string[]> {
  const migrations = readMigrations(migrationsDir);
  if (migrations.length === 0) throw new MigrationError(`no migrations found in ${migrationsDir}`);
  await connection.query('SELECT pg_advisory_lock($1)', [PRISMA_MIGRATE_LOCK]);
  try {
    await connection.exec(CREATE_MIGRATIONS_TABLE);
    const rows = await connection.query<AppliedRow>(
      'SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations" WHERE rolled_back_at IS NULL',
    );
    const applied = new Map(rows.map((row) => [row.migration_name, row]));
    const failed = rows.find((row) => row.finished_at === null);
    if (failed) {
      throw new MigrationError(
        `migration ${failed.migration_name} failed earlier and was not rolled back; resolve it with \`prisma migrate resolve\` before starting`,
      );
    }
    const known = new Set(migrations.map((m) => m.name));
    const unknown = rows.filter((row) => !known.has(row.migration_name));
    if (unknown.length > 0) {
      throw new MigrationError(
        `the database has migrations this code does not know (${unknown.map((r) => r.migration_name).join(', ')}): ` +
          'is this an older version of the service, or was an unreleased domain migration rewritten since? ' +
          'An embedded development database can be deleted (its folder under .data/) and is seeded again at the next start.',
      );
    }
    const newlyApplied: string[] = [];
    for (const migration of migrations) {
      const row = applied.get(migration.name);
      if (row) {
        if (row.checksum !== migration.checksum) {
          console.warn(`[migrations] ${migration.name} was modified after it was applied (checksum differs)`);
        }
        continue;
      }
      await applyOne(connection, migration);
      newlyApplied.push(migration.name);
    }
    return newlyApplied;
  } finally {
    await connection.query('SELECT pg_advisory_unlock($1)', [PRISMA_MIGRATE_LOCK]);
  }
}

async function applyOne(connection: SqlConnection, migration: Migration): Promise<void> {
  await connection.exec('BEGIN');
  try {
    await connection.exec(migration.sql);
    await connection.query(
      `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
       VALUES ($1, $2, $3, now(), now(), 1)`,
      [randomUUID(), migration.checksum, migration.name],
    );
    await connection.exec('COMMIT');
  } catch (error) {
    await connection.exec('ROLLBACK');
    throw new MigrationError(`migration ${migration.name} failed and was rolled back: ${(error as Error).message}`);
  }
}
