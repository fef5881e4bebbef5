import { randomUUID } from 'node:crypto';
import { bindingOf, isRole, Role, roleBindings, roleLabels, type Binding, type User } from './user.js';

export interface SignInRequest {
  role: Role;
  name?: string;
  centreId?: string;
  partnershipId?: string;
  companyId?: string;
}

export class SignInError extends Error {
  readonly code = 'BAD_USER_INPUT';
}

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
export function parseSignInRequest(body: unknown): User {
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
  const binding = bindingOf(role);
  for (const other of Object.values(roleBindings)) {
    if (other !== binding && fields[other] !== undefined) {
      throw new SignInError(`${other} hoort niet bij deze rol / ${other} does not belong to this role`);
    }
  }
  if (!binding) return { id: randomUUID(), name: displayName, role };
  const value = fields[binding];
  if (typeof value !== 'string' || !UUID.test(value)) {
    const label = bindingLabels[binding];
    throw new SignInError(`${label.nl} / ${label.en}: ${binding} must be an id`);
  }
  return { id: randomUUID(), name: displayName, role, [binding]: value };
}
