/**
 * A process's clean stop on SIGINT (Ctrl-C) and SIGTERM (Kubernetes, `npm start` stopping): `stop` drains the
 * requests in flight (Apollo's drain plugin) and closes what the process holds, then the process exits 0; a stop that
 * fails exits 1 so the supervisor sees it. One way for the gateway and every subgraph.
 */
export function stopOnSignals(name: string, stop: () => Promise<void>): void {
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`[${name}] ${signal}: stopping`);
    try {
      await stop();
      process.exit(0);
    } catch (error) {
      console.error(`[${name}] failed to stop cleanly`, error);
      process.exit(1);
    }
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
}
