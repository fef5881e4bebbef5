// `npm run backup [-- <folder>]` and `npm run restore -- <folder>`: every subgraph's database, wherever it lives
// (a PostgreSQL server when <SERVICE>_DATABASE_URL is set, else the embedded PGlite folder under WERKPLEK_DATA_DIR or
// .data/). PostgreSQL is dumped while running; the embedded store only while the platform is stopped (one process
// owns a PGlite folder). See packages/database/README.md ("Backups").
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ensureInstalled, root } from './workspace.mjs';

const [command, folderArgument] = process.argv.slice(2);
await ensureInstalled();
const databaseDist = join(root, 'packages/database/dist/index.js');
if (!existsSync(databaseDist)) {
  console.error('Build first (npm start or npm run build): packages/database/dist is missing.');
  process.exit(1);
}
const { backupServices, readBackupManifest, restoreService, databaseUrlVariable } = await import(databaseDist);
const { serviceNames, servicePorts } = await import(join(root, 'packages/config/dist/index.js'));

const dataRoot = process.env.WERKPLEK_DATA_DIR ?? join(root, '.data');
const stores = serviceNames.map((service) => {
  const url = process.env[databaseUrlVariable(service)];
  return url ? { service, url } : { service, dataDir: join(dataRoot, service) };
});

/** A running subgraph on this machine answers its /health; its PGlite folder must not be touched then. */
async function refuseWhileRunning() {
  for (const store of stores) {
    if ('url' in store) continue;
    const port = process.env[`${store.service.toUpperCase().replace(/-/g, '_')}_PORT`] ?? servicePorts[store.service];
    const running = await fetch(`http://127.0.0.1:${port}/health`, { signal: AbortSignal.timeout(1000) }).then(() => true, () => false);
    if (running) {
      console.error(`The ${store.service} subgraph is running (port ${port}): stop the platform (Ctrl-C in npm start) before a backup or restore of its embedded database.`);
      process.exit(1);
    }
  }
}

const describe = (store) => ('url' in store ? store.url.replace(/\/\/[^@]*@/, '//…@') : store.dataDir);

try {
  if (command === 'backup') {
    await refuseWhileRunning();
    const folder = resolve(folderArgument ?? join(root, 'backups', new Date().toISOString().replace(/[:.]/g, '-')));
    const manifest = await backupServices(stores, folder);
    for (const entry of manifest.entries) console.log(`${entry.service}: ${entry.kind} → ${join(folder, entry.file)} (${entry.bytes} bytes)`);
    console.log(`Backup complete: ${folder}`);
  } else if (command === 'restore' && folderArgument) {
    await refuseWhileRunning();
    const folder = resolve(folderArgument);
    const manifest = readBackupManifest(folder);
    for (const entry of manifest.entries) {
      const store = stores.find((candidate) => candidate.service === entry.service);
      if (!store) throw new Error(`the backup holds ${entry.service}, which this platform does not have`);
      await restoreService(entry, folder, store);
      console.log(`${entry.service}: restored into ${describe(store)}`);
    }
    console.log(`Restore complete from the backup of ${manifest.createdAt}.`);
  } else {
    console.error('usage: npm run backup [-- <folder>] | npm run restore -- <folder>');
    process.exit(2);
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
