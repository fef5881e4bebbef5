import type { OidcVerifier } from './oidc.js';
import { issuerOf } from './oidc.js';
import { SERVICE_TOKEN_ISSUER, verifyServiceToken } from './service-token.js';
import { verifyUserToken } from './user-token.js';
import type { User } from './user.js';

/** How the gateway verifies bearer tokens. */
export interface CallerTokenVerification {
  /** The development sign-in's secret; undefined when that sign-in is off (its tokens are then refused). */
  user?: string;
  /** The services' shared secret (service → gateway). */
  service: string;
  /** The agency's OpenID Connect provider, when configured. */
  oidc?: OidcVerifier;
}

/**
 * A bearer token at the gateway: a person's (from the OIDC provider, or the development sign-in where that is on) or a
 * service's (another domain). The unverified issuer only chooses which verification applies; each kind is then verified
 * with its own keys and issuer, so a user token never passes as a service token or the other way round, and a user
 * token claiming role SERVICE is refused.
 */
export async function verifyCallerToken(token: string, verification: CallerTokenVerification): Promise<User> {
  const issuer = issuerOf(token);
  if (issuer === SERVICE_TOKEN_ISSUER) return verifyServiceToken(token, verification.service);
  if (verification.oidc && issuer === verification.oidc.issuer) return verification.oidc.verify(token);
  if (verification.user === undefined) throw new Error('development sign-in tokens are not accepted here');
  return verifyUserToken(token, verification.user);
}
