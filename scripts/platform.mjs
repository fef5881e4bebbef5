// Starts the whole platform from built output: three subgraphs, the gateway, the shell and three remotes.
// Used by `npm start` and by the browser test; only Node's own modules.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { baseEnv, root } from './workspace.mjs';

const HOST = '127.0.0.1';

export const processes = [
  { name: 'dual-learning', kind: 'subgraph', port: 4001, script: 'services/dual-learning/dist/main.js' },
  { name: 'training', kind: 'subgraph', port: 4002, script: 'services/training/dist/main.js' },
  { name: 'inspection', kind: 'subgraph', port: 4003, script: 'services/inspection/dist/main.js' },
  { name: 'gateway', kind: 'gateway', port: 4000, script: 'gateway/dist/main.js' },
  { name: 'shell', kind: 'frontend', port: 3000, dir: 'frontends/shell/dist', spa: true },
  { name: 'dual-learning-app', kind: 'frontend', port: 3001, dir: 'frontends/dual-learning/dist' },
  { name: 'training-app', kind: 'frontend', port: 3002, dir: 'frontends/training/dist' },
  { name: 'inspection-app', kind: 'frontend', port: 3003, dir: 'frontends/inspection/dist' },
];

function commandOf(definition) {
  if (definition.kind !== 'frontend') return [join(root, definition.script)];
  const serve = join(root, 'packages/frontend-build/src/serve-cli.mjs');
  return [serve, join(root, definition.dir), '--port', String(definition.port), '--host', HOST, ...(definition.spa ? [] : ['--no-spa'])];
}

function prefixLines(stream, name, write) {
  let buffer = '';
  stream.on('data', (chunk) => {
    buffer += chunk;
    const lines = buffer.split('\n');
    buffer = lines.pop();
    for (const line of lines) write(`[${name.padEnd(17)}] ${line}\n`);
  });
}

async function waitUntilHealthy(url, child, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${url}: process exited with code ${child.exitCode}`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(1_000) });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} did not become healthy within ${timeoutMs / 1000} s`);
}

/**
 * @param {{ dataDir?: string, env?: Record<string, string>, quiet?: boolean }} options
 * dataDir: where the embedded PGlite databases live (default <repo>/.data); env: extra environment (e.g. database URLs).
 */
export async function startPlatform(options = {}) {
  const env = {
    ...baseEnv,
    NODE_ENV: process.env.NODE_ENV ?? 'development',
    ...(options.dataDir ? { WERKPLEK_DATA_DIR: options.dataDir } : {}),
    ...options.env,
  };
  const children = [];
  /** Each started process by name, for measurements (memory per process in the benchmark). */
  const pids = {};
  const stop = async () => {
    await Promise.all(
      children.reverse().map(
        (child) =>
          new Promise((resolve) => {
            if (child.exitCode !== null || child.signalCode !== null) return resolve();
            const force = setTimeout(() => child.kill('SIGKILL'), 10_000);
            child.once('exit', () => {
              clearTimeout(force);
              resolve();
            });
            child.kill('SIGTERM');
          }),
      ),
    );
  };
  const launch = (definition) => {
    const child = spawn(process.execPath, commandOf(definition), { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    children.push(child);
    pids[definition.name] = child.pid;
    if (!options.quiet) {
      prefixLines(child.stdout, definition.name, (line) => process.stdout.write(line));
    }
    prefixLines(child.stderr, definition.name, (line) => process.stderr.write(line));
    return child;
  };
  const healthUrl = (definition) =>
    definition.kind === 'frontend'
      ? `http://${HOST}:${definition.port}/${definition.spa ? 'config.json' : 'mf-manifest.json'}`
      : `http://${HOST}:${definition.port}/health`;

  try {
    // Subgraphs and frontends start side by side; the gateway waits for the subgraphs it routes to.
    const first = processes.filter((p) => p.kind !== 'gateway').map((p) => ({ p, child: launch(p) }));
    await Promise.all(first.filter(({ p }) => p.kind === 'subgraph').map(({ p, child }) => waitUntilHealthy(healthUrl(p), child, 120_000)));
    const gatewayDefinition = processes.find((p) => p.kind === 'gateway');
    await waitUntilHealthy(healthUrl(gatewayDefinition), launch(gatewayDefinition), 60_000);
    await Promise.all(first.filter(({ p }) => p.kind === 'frontend').map(({ p, child }) => waitUntilHealthy(healthUrl(p), child, 30_000)));
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    urls: {
      shell: 'http://localhost:3000',
      gateway: 'http://localhost:4000/graphql',
      health: 'http://localhost:4000/health',
    },
    pids,
    stop,
  };
}
