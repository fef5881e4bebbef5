// The gateway as its own process for the SIGTERM test: started like main.ts (stopOnSignals), against the stand-in
// subgraphs whose supergraph and URLs the test passes in the environment.
import { stopOnSignals } from '@werkplek/config';
import { startGateway } from '../../src/index.js';

const gateway = await startGateway({
  supergraphSdl: process.env['TEST_SUPERGRAPH_SDL'] ?? '',
  subgraphUrls: JSON.parse(process.env['TEST_SUBGRAPH_URLS'] ?? '{}') as Record<string, string>,
  port: 0,
});
process.stdout.write(`ready ${gateway.url}\n`);
stopOnSignals('gateway', () => gateway.stop());
