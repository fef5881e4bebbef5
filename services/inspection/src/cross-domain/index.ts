export { createGraphClient, defaultGatewayUrl, GraphQLCallError, GraphUnavailableError, type GraphClient, type GraphClientOptions } from './graph-client.js';
export { gatewayRiskSignals } from './gateway-risk-signals.js';
