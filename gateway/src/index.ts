export { startGateway, defaultCorsOrigins, type GatewayOptions, type RunningGateway } from './gateway.js';
export { composeSupergraph, CompositionError, type SubgraphSource } from './supergraph.js';
export { subgraphUrls } from './subgraphs.js';
