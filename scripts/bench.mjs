// `npm run bench`: install, build, then the benchmark (packages/bench) on the machine's PostgreSQL server
// (BENCH_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/postgres). Prints figures; see docs/performance.md.
// Uses the platform's fixed ports (4000-4003, 3000-3003): stop `npm start` first.
import { join } from 'node:path';
import { build, ensureInstalled, root, run } from './workspace.mjs';

try {
  await ensureInstalled();
  await build();
  await run(process.execPath, [join(root, 'packages/bench/dist/main.js'), ...process.argv.slice(2)]);
} catch (error) {
  console.error(`\n${error.message}`);
  process.exit(1);
}
