// `npm run test:browser`: starts the whole platform on fresh, seeded PGlite databases and drives Debian's Chromium
// through the shell (frontends/shell/test/browser). Needs /usr/bin/chromium (or WERKPLEK_CHROMIUM_PATH).
// Arguments pick test files, as vitest's filters: `npm run test:browser -- inspection` runs only the inspection journeys.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, ensureInstalled, root, runTests } from './workspace.mjs';
import { startPlatform } from './platform.mjs';

const dataDir = mkdtempSync(join(tmpdir(), 'werkplek-browser-'));
let platform;
let failed = false;
try {
  await ensureInstalled();
  await build();
  platform = await startPlatform({ dataDir, quiet: true });
  await runTests(join(root, 'node_modules/.bin/pnpm'), ['--filter', '@werkplek/shell', 'run', 'test:browser', ...process.argv.slice(2)], {
    env: { WERKPLEK_SHELL_URL: platform.urls.shell },
  });
} catch (error) {
  console.error(`\n${error.message}`);
  failed = true;
} finally {
  await platform?.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
