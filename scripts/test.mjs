// `npm test`: install, build, type-check, then every package's tests (unit, integration on embedded PGlite, end-to-end through
// the gateway). Needs nothing but Node: tests that need a PostgreSQL server or Chromium have their own commands.
import { join } from 'node:path';
import { ensureInstalled, root, runTests } from './workspace.mjs';

const started = Date.now();
try {
  await ensureInstalled();
  // test depends on build in turbo.json; two at a time suits a 2-core machine.
  await runTests(join(root, 'node_modules/.bin/turbo'), ['run', 'typecheck', 'test', '--concurrency=2', '--output-logs=new-only']);
  console.log(`\nAll tests passed in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
} catch (error) {
  console.error(`\n${error.message}`);
  process.exit(1);
}
