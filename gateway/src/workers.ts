import cluster from 'node:cluster';
import { availableParallelism } from 'node:os';

/**
 * How many gateway processes share the port: `WERKPLEK_GATEWAY_WORKERS` as a number, or `auto` for one per core;
 * default 1. Query planning and JSON work are CPU-bound in one event loop per process, so a second core only helps the
 * gateway through a second process (issue #8). Each worker keeps its own query-plan cache and its own rate-limit
 * counts (a shared store is issue #10).
 */
export function gatewayWorkers(value: string | undefined): number {
  if (!value) return 1;
  if (value === 'auto') return availableParallelism();
  const count = Number(value);
  if (!Number.isInteger(count) || count < 1 || count > 64) {
    throw new Error(`WERKPLEK_GATEWAY_WORKERS must be "auto" or a whole number from 1 to 64, not "${value}"`);
  }
  return count;
}

/**
 * Runs `start` once per worker process with node:cluster, the workers sharing the listening port. The primary replaces
 * a worker that dies unexpectedly; on SIGTERM or SIGINT it passes the signal on, each worker finishes its requests in
 * flight (its own graceful stop), and the primary exits 0 once all have.
 */
export async function runInWorkers(count: number, start: () => Promise<void>): Promise<void> {
  if (count <= 1 || !cluster.isPrimary) {
    await start();
    return;
  }
  let stopping = false;
  const fork = () => cluster.fork();
  for (let i = 0; i < count; i += 1) fork();
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
      return;
    }
    console.error(`[gateway] worker ${worker.process.pid} stopped (${signal ?? code}); starting another`);
    fork();
  });
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    console.log(`[gateway] ${signal}: stopping ${count} workers`);
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}
