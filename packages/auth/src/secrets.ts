import { readSecret } from '@werkplek/config';

/** Signs the users' tokens (browser → gateway). */
export function userTokenSecret(env = process.env): string {
  return readSecret('WERKPLEK_JWT_SECRET', 'development-only-user-token-secret-do-not-use', env);
}

/** Signs the identity the gateway forwards to the subgraphs (gateway → subgraph). */
export function gatewaySecret(env = process.env): string {
  return readSecret('WERKPLEK_GATEWAY_SECRET', 'development-only-gateway-secret-do-not-use-it', env);
}
