// `npm run test:postgres`: the database-backed tests again, each on a fresh database of a real PostgreSQL server
// (TEST_DATABASE_URL, default the local server with trust authentication).
import { join } from 'node:path';
import { ensureInstalled, root, runTests } from './workspace.mjs';

const url = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
try {
  await ensureInstalled();
  await runTests(
    join(root, 'node_modules/.bin/turbo'),
    ['run', 'test', '--concurrency=2', '--output-logs=new-only',
      '--filter=@werkplek/database', '--filter=./services/*', '--filter=@werkplek/gateway', '--filter=@werkplek/bench'],
    { env: { TEST_DATABASE_URL: url } },
  );
  console.log(`\nPostgreSQL integration tests passed against ${url.replace(/\/\/[^@]*@/, '//…@')}.`);
} catch (error) {
  console.error(`\n${error.message}`);
  process.exit(1);
}
