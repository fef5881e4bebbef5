import { jwtVerify, SignJWT } from 'jose';
import { Role, type User } from './user.js';

/*
 * A service token (service → gateway): another domain acting as itself, e.g. the inspection domain delivering a
 * revocation proposal to dual learning or reading its risk signals. It is signed with a secret only the services and
 * the gateway share (WERKPLEK_SERVICE_SECRET, not the users' secret), has its own issuer, and lives five minutes: the
 * caller signs a fresh one per request, so nothing long-lived sits in memory or a log. The gateway turns it into a user
 * with role SERVICE and forwards it like any other caller; the receiving subgraph authorises `Role.Service` explicitly.
 */

export const SERVICE_TOKEN_ISSUER = 'werkplek-service';
const AUDIENCE = 'werkplek-gateway';

/** The services that may hold a service token, with the Dutch name their history rows show. */
export const serviceLabels = {
  'dual-learning': 'Domein duaal leren',
  training: 'Domein ondernemersvorming',
  inspection: 'Toezicht en inspectie',
} as const;
export type ServiceIdentityName = keyof typeof serviceLabels;

export function isServiceName(value: unknown): value is ServiceIdentityName {
  return typeof value === 'string' && Object.hasOwn(serviceLabels, value);
}

/** `service:<name>`: never a person's id (those are UUIDs), so history rows tell the two apart. */
export function serviceUser(service: ServiceIdentityName): User {
  return { id: `service:${service}`, name: serviceLabels[service], role: Role.Service };
}

const key = (secret: string) => new TextEncoder().encode(secret);

export async function signServiceToken(options: { service: ServiceIdentityName; secret: string; expiresIn?: string }): Promise<string> {
  if (!isServiceName(options.service)) throw new Error(`unknown service ${String(options.service)}`);
  return new SignJWT({ service: options.service })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(`service:${options.service}`)
    .setIssuer(SERVICE_TOKEN_ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(options.expiresIn ?? '5m')
    .sign(key(options.secret));
}

/** Verifies signature, issuer, audience and expiry, and that it names a known service; throws on any failure. */
export async function verifyServiceToken(token: string, secret: string): Promise<User> {
  const { payload } = await jwtVerify(token, key(secret), {
    issuer: SERVICE_TOKEN_ISSUER,
    audience: AUDIENCE,
    algorithms: ['HS256'],
  });
  if (!isServiceName(payload.service)) throw new Error('service token names no known service');
  if (payload.sub !== `service:${payload.service}`) throw new Error('service token subject does not match its service');
  return serviceUser(payload.service);
}
