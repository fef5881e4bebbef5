import { createHash } from 'node:crypto';
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { PGlite } from '@electric-sql/pglite';

const run = promisify(execFile);

/**
 * Backups of one service's database, in the format each store restores best:
 * - PostgreSQL server: `pg_dump --format=custom` (consistent while the service runs: one snapshot transaction),
 *   restored with `pg_restore --clean --if-exists --single-transaction`, so a failed restore leaves the database as it
 *   was. PostgreSQL's own tools: nothing we could write would be as correct.
 * - Embedded PGlite: PGlite's `dumpDataDir` (a gzip tarball of its data folder), restored with `loadDataDir`. The folder
 *   belongs to one process, so the service must be stopped (the platform script checks).
 * Each file gets a SHA-256 in the backup's manifest; a restore checks it before touching anything.
 */
export type BackupKind = 'postgresql' | 'pglite';

export interface BackupEntry {
  service: string;
  kind: BackupKind;
  file: string;
  sha256: string;
  bytes: number;
}

export interface BackupManifest {
  createdAt: string;
  entries: BackupEntry[];
}

export class BackupError extends Error {}

const MANIFEST = 'manifest.json';

function sha256(file: string): { sha256: string; bytes: number } {
  const content = readFileSync(file);
  return { sha256: createHash('sha256').update(content).digest('hex'), bytes: content.length };
}

/** Where a service's database lives: a PostgreSQL URL or a PGlite folder. */
export type ServiceStore = { service: string; url: string } | { service: string; dataDir: string };

export async function backupService(store: ServiceStore, folder: string): Promise<BackupEntry> {
  mkdirSync(folder, { recursive: true });
  if ('url' in store) {
    const file = `${store.service}.pgdump`;
    await run('pg_dump', ['--format=custom', '--no-owner', '--no-privileges', `--file=${join(folder, file)}`, store.url]);
    return { service: store.service, kind: 'postgresql', file, ...sha256(join(folder, file)) };
  }
  if (!existsSync(store.dataDir)) throw new BackupError(`no PGlite database in ${store.dataDir}`);
  const file = `${store.service}.pglite.tar.gz`;
  const db = new PGlite(store.dataDir);
  try {
    const dump = await db.dumpDataDir('gzip');
    writeFileSync(join(folder, file), Buffer.from(await dump.arrayBuffer()));
  } finally {
    await db.close();
  }
  return { service: store.service, kind: 'pglite', file, ...sha256(join(folder, file)) };
}

/** Backs up every store into `folder` and writes the manifest last, so a folder with a manifest is a whole backup. */
export async function backupServices(stores: ServiceStore[], folder: string, now = new Date()): Promise<BackupManifest> {
  const entries: BackupEntry[] = [];
  for (const store of stores) entries.push(await backupService(store, folder));
  const manifest: BackupManifest = { createdAt: now.toISOString(), entries };
  writeFileSync(join(folder, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

export function readBackupManifest(folder: string): BackupManifest {
  const path = join(folder, MANIFEST);
  if (!existsSync(path)) throw new BackupError(`${folder} holds no ${MANIFEST}: not a (complete) backup`);
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as BackupManifest;
  for (const entry of manifest.entries) {
    const file = join(folder, entry.file);
    if (!existsSync(file)) throw new BackupError(`${entry.file} is missing from the backup`);
    if (sha256(file).sha256 !== entry.sha256) throw new BackupError(`${entry.file} does not match its checksum: the backup is damaged`);
  }
  return manifest;
}

/**
 * Restores one service from a checked backup. PostgreSQL: into the existing database at `url`, in one transaction.
 * PGlite: into `dataDir`; a folder that holds data is moved aside to `<dataDir>.before-restore-<time>`, never deleted.
 */
export async function restoreService(entry: BackupEntry, folder: string, store: ServiceStore, now = new Date()): Promise<void> {
  const file = join(folder, entry.file);
  if (entry.kind === 'postgresql') {
    if (!('url' in store)) throw new BackupError(`${entry.service}: a PostgreSQL backup needs a database URL to restore into`);
    await run('pg_restore', ['--clean', '--if-exists', '--no-owner', '--no-privileges', '--single-transaction', '--exit-on-error', `--dbname=${store.url}`, file]);
    return;
  }
  if (!('dataDir' in store)) throw new BackupError(`${entry.service}: a PGlite backup restores into a data folder, not a server`);
  if (existsSync(store.dataDir) && readdirSync(store.dataDir).length > 0) {
    renameSync(store.dataDir, `${store.dataDir}.before-restore-${now.toISOString().replace(/[:.]/g, '-')}`);
  }
  mkdirSync(store.dataDir, { recursive: true });
  const db = new PGlite(store.dataDir, { loadDataDir: new Blob([readFileSync(file)]) });
  await db.waitReady;
  await db.close();
}
