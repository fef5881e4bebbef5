import { decodeJwt } from 'jose';
import { SERVICE_TOKEN_ISSUER, verifyServiceToken } from './service-token.js';
import { verifyUserToken } from './user-token.js';
import type { User } from './user.js';

/**
 * A bearer token at the gateway: a person's (sign-in) or a service's (another domain). The unverified issuer only
 * chooses which verification applies; each kind is then verified with its own secret and issuer, so a user token never
 * passes as a service token or the other way round, and a user token claiming role SERVICE is refused.
 */
export async function verifyCallerToken(token: string, secrets: { user: string; service: string }): Promise<User> {
  const isService = decodeJwt(token).iss === SERVICE_TOKEN_ISSUER;
  return isService ? verifyServiceToken(token, secrets.service) : verifyUserToken(token, secrets.user);
}
