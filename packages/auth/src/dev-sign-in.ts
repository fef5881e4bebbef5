import { randomUUID } from 'node:crypto';
import { isProduction } from '@werkplek/config';
import { bindingOf, isRole, Role, roleBindings, roleLabels, type Binding, type User } from './user.js';

export interface SignInRequest {
  role: Role;
  name?: string;
  centreId?: string;
  partnershipId?: string;
  companyId?: string;
  /**
   * Development only: sign in as a known person (e.g. the seeded inspector `demo-inspector-pieter`), so that what is
   * assigned to that person's user id (audits) is theirs. Without it every sign-in makes up a new id.
   */
  userId?: string;
}

export interface ParseSignInOptions {
  /** Whether a chosen `userId` is accepted; by default only outside production. */
  allowUserId?: boolean;
}

export class SignInError extends Error {
  readonly code = 'BAD_USER_INPUT';
}

/** Seeded user ids look like `demo-inspector-pieter`; UUIDs fit too. Nothing that could break out of a claim. */
const USER_ID = /^[A-Za-z0-9:_-]{1,100}$/;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const bindingLabels: Record<Binding, { nl: string; en: string }> = {
  centreId: { nl: 'Kies een opleidingscentrum', en: 'Choose a training centre' },
  partnershipId: { nl: 'Kies een partnerschap', en: 'Choose a partnership' },
  companyId: { nl: 'Kies een onderneming', en: 'Choose a company' },
};

/**
 * Reads a development sign-in request into a user. The development sign-in stands in for the agency's identity
 * provider: it trusts the chosen role, so it is switched off in production.
 */
export function parseSignInRequest(body: unknown, options: ParseSignInOptions = {}): User {
  if (typeof body !== 'object' || body === null) {
    throw new SignInError('Ongeldige aanvraag / Invalid request: expected a JSON object');
  }
  const fields = body as Record<string, unknown>;
  const { role, name } = fields;
  if (!isRole(role) || role === Role.Service) {
    // SERVICE is no person's role: only a service token carries it.
    const offered = Object.keys(roleLabels).filter((r) => r !== Role.Service);
    throw new SignInError(`Onbekende rol / Unknown role: expected one of ${offered.join(', ')}`);
  }
  if (name !== undefined && (typeof name !== 'string' || name.trim().length === 0 || name.length > 100)) {
    throw new SignInError('Ongeldige naam / Invalid name: 1 to 100 characters');
  }
  const displayName = typeof name === 'string' ? name.trim() : roleLabels[role];
  const id = chosenUserId(fields['userId'], options.allowUserId ?? !isProduction()) ?? randomUUID();
  const binding = bindingOf(role);
  for (const other of Object.values(roleBindings)) {
    if (other !== binding && fields[other] !== undefined) {
      throw new SignInError(`${other} hoort niet bij deze rol / ${other} does not belong to this role`);
    }
  }
  if (!binding) return { id, name: displayName, role };
  const value = fields[binding];
  if (typeof value !== 'string' || !UUID.test(value)) {
    const label = bindingLabels[binding];
    throw new SignInError(`${label.nl} / ${label.en}: ${binding} must be an id`);
  }
  return { id, name: displayName, role, [binding]: value };
}

function chosenUserId(value: unknown, allowed: boolean): string | undefined {
  if (value === undefined) return undefined;
  if (!allowed) throw new SignInError('Een gebruikers-id kiezen kan enkel in ontwikkeling / userId is only accepted in development');
  if (typeof value !== 'string' || !USER_ID.test(value)) {
    throw new SignInError('Ongeldige gebruikers-id / Invalid userId: 1 to 100 characters of A-Z, a-z, 0-9, ":", "_", "-"');
  }
  return value;
}
