import { jwtVerify, SignJWT } from 'jose';
import { toClaims, toUser, type User } from './user.js';

const ISSUER = 'werkplek-sign-in';
const AUDIENCE = 'werkplek-gateway';

export interface UserTokenOptions {
  secret: string;
  /** Lifetime as jose understands it, e.g. "8h" (a working day). */
  expiresIn?: string;
}

const key = (secret: string) => new TextEncoder().encode(secret);

export async function issueUserToken(user: User, options: UserTokenOptions): Promise<string> {
  return new SignJWT(toClaims(user))
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(user.id)
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(options.expiresIn ?? '8h')
    .sign(key(options.secret));
}

/** Verifies signature, issuer, audience and expiry; throws on any failure. */
export async function verifyUserToken(token: string, secret: string): Promise<User> {
  const { payload } = await jwtVerify(token, key(secret), {
    issuer: ISSUER,
    audience: AUDIENCE,
    algorithms: ['HS256'],
  });
  return toUser(payload);
}
