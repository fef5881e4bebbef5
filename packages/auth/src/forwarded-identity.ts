import { jwtVerify, SignJWT } from 'jose';
import { toClaims, toUser, type User } from './user.js';

/**
 * The gateway forwards who is calling in this header as a short-lived JWT signed with a secret only the gateway and
 * the subgraphs share, with the subgraph's name as audience. A subgraph refuses any request without a valid one, so
 * nobody can reach a subgraph around the gateway, spoof a user, or replay a forwarded identity at another subgraph.
 */
export const FORWARDED_IDENTITY_HEADER = 'x-werkplek-identity';

const ISSUER = 'werkplek-gateway';
const ANONYMOUS = 'anonymous';

export interface ForwardedIdentity {
  /** null for an anonymous caller (public queries only). */
  user: User | null;
}

const key = (secret: string) => new TextEncoder().encode(secret);

export async function signForwardedIdentity(
  user: User | null,
  options: { secret: string; audience: string },
): Promise<string> {
  const jwt = user
    ? new SignJWT(toClaims(user)).setSubject(user.id)
    : new SignJWT({ anonymous: true }).setSubject(ANONYMOUS);
  return jwt
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer(ISSUER)
    .setAudience(options.audience)
    .setIssuedAt()
    .setExpirationTime('60s')
    .sign(key(options.secret));
}

export async function verifyForwardedIdentity(
  token: string,
  options: { secret: string; audience: string },
): Promise<ForwardedIdentity> {
  const { payload } = await jwtVerify(token, key(options.secret), {
    issuer: ISSUER,
    audience: options.audience,
    algorithms: ['HS256'],
  });
  if (payload.anonymous === true && payload.sub === ANONYMOUS) return { user: null };
  return { user: toUser(payload) };
}
