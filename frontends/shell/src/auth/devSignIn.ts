import type { Role } from './roles.js';
import { toSessionUser, type Session } from './session.js';

/** What the gateway's POST /auth/dev-sign-in accepts (validated there by parseSignInRequest of @werkplek/auth). */
export interface DevSignInRequest {
  role: Role;
  name?: string;
  centreId?: string;
  partnershipId?: string;
  companyId?: string;
  /** Sign in as a known person (an auditor's user id), so their assigned audits are theirs. Development only. */
  userId?: string;
}

/** A sign-in failure with a Dutch message that can be shown as-is. */
export class SignInError extends Error {
  override readonly name = 'SignInError';
}

function toSession(json: unknown): Session {
  const body = json as { token?: unknown; user?: unknown } | undefined;
  const user = toSessionUser(body?.user);
  if (typeof body?.token !== 'string' || !user) throw new SignInError('De aanmeldservice gaf een onverwacht antwoord.');
  return { token: body.token, user };
}

/** The gateway's messages read "Dutch text / English text"; the Dutch half is enough here. */
export function dutchPart(json: unknown): string | undefined {
  const message = (json as { error?: { message?: unknown } } | undefined)?.error?.message;
  return typeof message === 'string' ? message.split(' / ')[0] : undefined;
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
    const dutch = dutchPart(json);
    throw new SignInError(dutch ? `Aanmelden is mislukt: ${dutch}` : `Aanmelden is mislukt (HTTP ${response.status}).`);
  }
  return toSession(json);
}
