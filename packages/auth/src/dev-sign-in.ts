import { randomUUID } from 'node:crypto';
import { isRole, Role, roleLabels, type User } from './user.js';

export interface SignInRequest {
  role: Role;
  name?: string;
  centreId?: string;
}

export class SignInError extends Error {
  readonly code = 'BAD_USER_INPUT';
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Reads a development sign-in request into a user. The development sign-in stands in for the agency's identity
 * provider: it trusts the chosen role, so it is switched off in production.
 */
export function parseSignInRequest(body: unknown): User {
  if (typeof body !== 'object' || body === null) {
    throw new SignInError('Ongeldige aanvraag / Invalid request: expected a JSON object');
  }
  const { role, name, centreId } = body as Record<string, unknown>;
  if (!isRole(role)) {
    throw new SignInError(
      `Onbekende rol / Unknown role: expected one of ${Object.keys(roleLabels).join(', ')}`,
    );
  }
  if (name !== undefined && (typeof name !== 'string' || name.trim().length === 0 || name.length > 100)) {
    throw new SignInError('Ongeldige naam / Invalid name: 1 to 100 characters');
  }
  const displayName = typeof name === 'string' ? name.trim() : roleLabels[role];
  if (role === Role.CentreUser) {
    if (typeof centreId !== 'string' || !UUID.test(centreId)) {
      throw new SignInError('Kies een opleidingscentrum / Choose a training centre: centreId must be a centre id');
    }
    return { id: randomUUID(), name: displayName, role, centreId };
  }
  if (centreId !== undefined) {
    throw new SignInError('Alleen een centrummedewerker hoort bij een centrum / Only a centre user has a centre');
  }
  return { id: randomUUID(), name: displayName, role };
}
