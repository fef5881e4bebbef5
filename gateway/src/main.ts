import './telemetry-off.js';
import { readFileSync } from 'node:fs';
import { readOptional, readPort, servicePorts, stopOnSignals } from '@werkplek/config';
import { startGateway } from './gateway.js';
import { subgraphUrls } from './subgraphs.js';
import { gatewayWorkers, runInWorkers } from './workers.js';

await runInWorkers(gatewayWorkers(readOptional('WERKPLEK_GATEWAY_WORKERS')), async () => {
  const supergraphSdl = readFileSync(new URL('./supergraph.graphql', import.meta.url), 'utf8');
  const gateway = await startGateway({
    supergraphSdl,
    subgraphUrls: subgraphUrls(),
    port: readPort('GATEWAY_PORT', servicePorts.gateway),
    host: readOptional('HOST'),
  });
  console.log(`[gateway] ready at ${gateway.url}/graphql`);
  stopOnSignals('gateway', () => gateway.stop());
});
