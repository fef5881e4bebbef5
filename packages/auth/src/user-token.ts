import { jwtVerify, SignJWT } from 'jose';
import { Role, toClaims, toUser, type User } from './user.js';

const ISSUER = 'werkplek-sign-in';
const AUDIENCE = 'werkplek-gateway';

export interface UserTokenOptions {
  secret: string;
  /** Lifetime as jose understands it, e.g. "8h" (a working day). */
  expiresIn?: string;
}

const key = (secret: string) => new TextEncoder().encode(secret);

export async function issueUserToken(user: User, options: UserTokenOptions): Promise<string> {
  // Role SERVICE is carried only by service tokens (service-token.ts): a person can never be given it.
  if (user.role === Role.Service) throw new Error('a user token cannot carry role SERVICE');
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
  const user = toUser(payload);
  if (user.role === Role.Service) throw new Error('a user token cannot carry role SERVICE');
  return user;
}
