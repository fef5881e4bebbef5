// The gateway as its own process (or cluster of workers) for the SIGTERM tests: started like main.ts, against the stand-in
// subgraphs whose supergraph and URLs the test passes in the environment.
import { stopOnSignals } from '@werkplek/config';
import { startGateway } from '../../src/index.js';
import { gatewayWorkers, runInWorkers } from '../../src/workers.js';

await runInWorkers(gatewayWorkers(process.env['WERKPLEK_GATEWAY_WORKERS']), async () => {
  const gateway = await startGateway({
    supergraphSdl: process.env['TEST_SUPERGRAPH_SDL'] ?? '',
    subgraphUrls: JSON.parse(process.env['TEST_SUBGRAPH_URLS'] ?? '{}') as Record<string, string>,
    // A fixed port when the test names one: workers of a cluster share it.
    port: Number(process.env['TEST_GATEWAY_PORT'] ?? 0),
  });
  process.stdout.write(`ready ${gateway.url} pid ${process.pid}\n`);
  stopOnSignals('gateway', () => gateway.stop());
});
