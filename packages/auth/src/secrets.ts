import { readSecret } from '@werkplek/config';

/** Signs the users' tokens (browser → gateway). */
export function userTokenSecret(env = process.env): string {
  return readSecret('WERKPLEK_JWT_SECRET', 'development-only-user-token-secret-do-not-use', env);
}

/** Signs the identity the gateway forwards to the subgraphs (gateway → subgraph). */
export function gatewaySecret(env = process.env): string {
  return readSecret('WERKPLEK_GATEWAY_SECRET', 'development-only-gateway-secret-do-not-use-it', env);
}

/** Signs the services' own tokens (service → gateway), e.g. inspection calling dual learning; never given to a browser. */
export function serviceTokenSecret(env = process.env): string {
  return readSecret('WERKPLEK_SERVICE_SECRET', 'development-only-service-token-secret-do-not-use', env);
}
