import { isRole, type Role } from './roles.js';
import type { Session } from './session.js';

export interface DevSignInRequest {
  role: Role;
  name?: string;
  centreId?: string;
}

/** A sign-in failure with a Dutch message that can be shown as-is. */
export class SignInError extends Error {
  override readonly name = 'SignInError';
}

function toSession(json: unknown): Session {
  const body = json as { token?: unknown; user?: { id?: unknown; name?: unknown; role?: unknown; centreId?: unknown } };
  const user = body.user;
  if (typeof body.token !== 'string' || !user || typeof user.id !== 'string' || typeof user.name !== 'string' || !isRole(user.role)) {
    throw new SignInError('De aanmeldservice gaf een onverwacht antwoord.');
  }
  return {
    token: body.token,
    user: { id: user.id, name: user.name, role: user.role, ...(typeof user.centreId === 'string' ? { centreId: user.centreId } : {}) },
  };
}

/** POST {gateway}/auth/dev-sign-in: the development sign-in of the gateway. */
export async function devSignIn(gatewayUrl: string, request: DevSignInRequest, fetchImpl: typeof fetch = fetch): Promise<Session> {
  let response: Response;
  try {
    response = await fetchImpl(`${gatewayUrl}/auth/dev-sign-in`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(request),
    });
  } catch {
    throw new SignInError('De aanmeldservice is niet bereikbaar. Probeer het later opnieuw.');
  }
  const json: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const message = (json as { error?: { message?: unknown } } | undefined)?.error?.message;
    // The gateway's messages read "Dutch text / English text"; the Dutch half is enough here.
    const dutch = typeof message === 'string' ? message.split(' / ')[0] : undefined;
    throw new SignInError(dutch ? `Aanmelden is mislukt: ${dutch}` : `Aanmelden is mislukt (HTTP ${response.status}).`);
  }
  return toSession(json);
}
