import { isRole, type User } from '@werkplek/auth/roles';

/**
 * Standalone development only (a remote on its own page, without the shell): the gateway URL and the token of the
 * gateway's development sign-in, kept in localStorage under these keys so one sign-in serves every remote's page.
 */
export const STANDALONE_KEYS = {
  gatewayUrl: 'werkplek.standalone.gatewayUrl',
  token: 'werkplek.standalone.token',
} as const;

export const DEFAULT_GATEWAY_URL = 'http://localhost:4000';

export function standaloneGatewayUrl(storage: Storage = localStorage): string {
  return storage.getItem(STANDALONE_KEYS.gatewayUrl) ?? DEFAULT_GATEWAY_URL;
}

/**
 * The user a token's claims name (sub, name, role, the organisation binding). Read without checking the signature:
 * only to show the page as that user; the gateway checks the token on every request.
 */
export function userFromToken(token: string): User | undefined {
  const payload = token.split('.')[1];
  if (!payload) return undefined;
  try {
    const padded = payload.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(payload.length / 4) * 4, '=');
    const claims = JSON.parse(atob(padded)) as Record<string, unknown>;
    const { sub, name, role } = claims;
    if (typeof sub !== 'string' || !isRole(role)) return undefined;
    const user: User = { id: sub, name: typeof name === 'string' ? name : '', role };
    for (const key of ['centreId', 'partnershipId', 'companyId'] as const) {
      const value = claims[key];
      if (typeof value === 'string') user[key] = value;
    }
    return user;
  } catch {
    return undefined;
  }
}

/** The stored token and its user, when the token is readable. */
export function readStandaloneSession(storage: Storage = localStorage): { token: string; user: User } | undefined {
  const token = storage.getItem(STANDALONE_KEYS.token);
  const user = token ? userFromToken(token) : undefined;
  return token && user ? { token, user } : undefined;
}

export interface DevSignInRequest {
  role: User['role'];
  centreId?: string;
  partnershipId?: string;
  companyId?: string;
}

/** POST {gateway}/auth/dev-sign-in and keep the token; the Dutch reason of a refusal as the error's message. */
export async function standaloneSignIn(request: DevSignInRequest, storage: Storage = localStorage, fetchImpl: typeof fetch = fetch): Promise<User> {
  const gatewayUrl = standaloneGatewayUrl(storage);
  const response = await fetchImpl(`${gatewayUrl}/auth/dev-sign-in`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(request),
  });
  const body = (await response.json().catch(() => undefined)) as { token?: unknown; error?: { message?: unknown } } | undefined;
  const user = typeof body?.token === 'string' ? userFromToken(body.token) : undefined;
  if (!response.ok || typeof body?.token !== 'string' || !user) {
    const message = typeof body?.error?.message === 'string' ? body.error.message.split(' / ')[0] : `HTTP ${response.status}`;
    throw new Error(message);
  }
  storage.setItem(STANDALONE_KEYS.token, body.token);
  return user;
}

export function standaloneSignOut(storage: Storage = localStorage): void {
  storage.removeItem(STANDALONE_KEYS.token);
}
