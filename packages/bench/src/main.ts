import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { FORWARDED_IDENTITY_HEADER, gatewaySecret, signForwardedIdentity, type User } from '@werkplek/auth';
import { bundleKiB, residentMiB, statementsSoFar } from './measure.js';
import { runLoad, type LoadResult } from './load.js';
import { operations, type Subgraph } from './operations.js';
import { fillTable, fullYear } from './volume.js';
// The platform launcher the start command and the browser tests use (plain JS, typed in platform.d.mts).
import { startPlatform } from '../../../scripts/platform.mjs';

/**
 * `npm run bench`: the platform on PostgreSQL (fresh benchmark databases, seeded), then each operation of the mix
 * straight to its subgraph and through the gateway at several concurrencies, with statements per operation, memory per
 * process and the frontends' JavaScript. Prints figures; asserts nothing (issue #8: targets belong in benchmarks).
 */
const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const argument = (name: string, fallback: string) => {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1]! : fallback;
};
const durationMs = Number(argument('duration', '5')) * 1000;
const scale = Number(argument('scale', '1'));
const concurrencies = argument('concurrency', '1,10,50').split(',').map(Number);
const serverUrl = process.env['BENCH_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const subgraphPorts: Record<Subgraph, number> = { 'dual-learning': 4001, training: 4002, inspection: 4003 };
const databases: Record<Subgraph, string> = { 'dual-learning': 'werkplek_bench_dual_learning', training: 'werkplek_bench_training', inspection: 'werkplek_bench_inspection' };

function databaseUrl(name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function freshDatabases(): Promise<Record<string, string>> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  const env: Record<string, string> = {};
  for (const [service, name] of Object.entries(databases)) {
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${name}`);
    env[`${service.toUpperCase().replace(/-/g, '_')}_DATABASE_URL`] = databaseUrl(name);
  }
  await client.end();
  return env;
}

const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(1) : '–');
const row = (cells: (string | number)[], widths: number[]) => cells.map((cell, i) => String(cell).padEnd(widths[i]!)).join('  ');

async function main() {
  const started = Date.now();
  console.error('Preparing the benchmark databases on', serverUrl.replace(/\/\/[^@]*@/, '//'));
  const env = await freshDatabases();
  const platform = await startPlatform({
    quiet: true,
    env: { ...env, NODE_ENV: 'development', WERKPLEK_RATE_LIMIT_PER_MINUTE: '100000000' },
  });
  console.log(`Platform healthy ${((Date.now() - started) / 1000).toFixed(1)} s after start (databases created, migrated, seeded).\n`);
  try {
    console.log(`Volume: a full year × ${scale} (rows copied from the seeded ones, see src/volume.ts):`);
    const filling = Date.now();
    for (const target of fullYear) {
      const { before, after } = await fillTable(databaseUrl(databases[target.database]), target, scale);
      console.log(`  ${target.table}: ${before} seeded → ${after}`);
    }
    console.log(`  loaded in ${((Date.now() - filling) / 1000).toFixed(1)} s\n`);
    const signIn = await fetch('http://127.0.0.1:4000/auth/dev-sign-in', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ role: 'AGENCY_STAFF' }),
    });
    const { token, user } = (await signIn.json()) as { token: string; user: User };
    const gatewayHeaders = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
    const directHeaders = async (subgraph: Subgraph) => ({
      'content-type': 'application/json',
      // What the gateway would forward; signed with the development secret, valid one minute: renewed per operation.
      [FORWARDED_IDENTITY_HEADER]: await signForwardedIdentity(user, { secret: gatewaySecret(), audience: subgraph }),
    });

    console.log('SQL statements per operation (one request through the gateway, per subgraph):');
    for (const operation of operations) {
      const before = await Promise.all(Object.values(subgraphPorts).map((port) => statementsSoFar(`http://127.0.0.1:${port}/graphql`)));
      const body = JSON.stringify({ query: operation.query, variables: operation.variables });
      const answer = (await (await fetch('http://127.0.0.1:4000/graphql', { method: 'POST', headers: gatewayHeaders, body })).json()) as { errors?: unknown[] };
      if (answer.errors) throw new Error(`${operation.name}: ${JSON.stringify(answer.errors).slice(0, 300)}`);
      const after = await Promise.all(Object.values(subgraphPorts).map((port) => statementsSoFar(`http://127.0.0.1:${port}/graphql`)));
      const used = Object.keys(subgraphPorts).map((name, i) => `${name} ${after[i]! - before[i]!}`);
      console.log(`  ${operation.name}: ${used.join(', ')}`);
    }

    const widths = [64, 5, 8, 8, 8, 8, 8];
    console.log(`\nLoad: ${durationMs / 1000} s per run, closed loop (each virtual user sends its next request when the answer arrived).`);
    console.log(row(['operation', 'conc', 'via', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms'], widths));
    const ratios: string[] = [];
    for (const operation of operations) {
      const body = JSON.stringify({ query: operation.query, variables: operation.variables });
      for (const concurrency of concurrencies) {
        let direct: LoadResult | null = null;
        if (operation.direct) {
          const url = `http://127.0.0.1:${subgraphPorts[operation.direct]}/graphql`;
          direct = await runLoad({ url, headers: await directHeaders(operation.direct), body }, concurrency, durationMs);
          console.log(row([operation.name, concurrency, 'direct', direct.requestsPerSecond.toFixed(0), ms(direct.p50), ms(direct.p95), ms(direct.p99)], widths));
        }
        const gateway = await runLoad({ url: 'http://127.0.0.1:4000/graphql', headers: gatewayHeaders, body }, concurrency, durationMs);
        console.log(row([operation.name, concurrency, 'gateway', gateway.requestsPerSecond.toFixed(0), ms(gateway.p50), ms(gateway.p95), ms(gateway.p99)], widths));
        const failures = (direct?.failures ?? 0) + gateway.failures;
        if (failures > 0) console.log(`  !! ${failures} failed requests in this run`);
        if (direct) ratios.push(`  ${operation.name} @${concurrency}: p95 gateway/direct ${(gateway.p95 / direct.p95).toFixed(2)}, throughput gateway/direct ${(gateway.requestsPerSecond / direct.requestsPerSecond).toFixed(2)}`);
      }
    }
    console.log('\nGateway against direct:');
    console.log(ratios.join('\n'));

    console.log('\nMemory per process after the load (resident, MiB):');
    for (const [name, pid] of Object.entries(platform.pids)) {
      const mib = residentMiB(pid);
      console.log(`  ${name.padEnd(18)} ${mib === null ? '–' : mib.toFixed(0)}`);
    }

    const bundles = bundleKiB(repoRoot);
    console.log('\nJavaScript (gzipped KiB):');
    console.log(`  shell before any remote loads   ${bundles.shellInitial.toFixed(1)}`);
    for (const [app, kib] of Object.entries(bundles.remotes)) console.log(`  + ${app.padEnd(29)} ${kib.toFixed(1)} (when its route opens)`);
  } finally {
    await platform.stop();
  }
}

main().catch((error: unknown) => {
  console.error(`The benchmark failed: ${(error as Error).message}`);
  process.exit(1);
});
