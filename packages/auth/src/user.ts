/**
 * The three kinds of people who use the platform. No imports here: the shell uses this module in the browser
 * (`@werkplek/auth/roles`), so role names and labels exist once.
 */
export const Role = {
  /** Agentschapsmedewerker: staff of SYNTRA Vlaanderen. */
  AgencyStaff: 'AGENCY_STAFF',
  /** Centrummedewerker: a user of one regional training centre (a Syntra), bound to that centre. */
  CentreUser: 'CENTRE_USER',
  /** Inspecteur: plans and logs audits. */
  Inspector: 'INSPECTOR',
} as const;
export type Role = (typeof Role)[keyof typeof Role];

export const roles: readonly Role[] = Object.values(Role);

export const roleLabels: Record<Role, string> = {
  AGENCY_STAFF: 'Agentschapsmedewerker',
  CENTRE_USER: 'Centrummedewerker',
  INSPECTOR: 'Inspecteur',
};

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (roles as readonly string[]).includes(value);
}

export interface User {
  id: string;
  name: string;
  role: Role;
  /** The training centre a centre user is bound to; absent for the other roles. */
  centreId?: string;
}

/** Checks the shape of a user read from a token; a token that carries anything else is refused. */
export function toUser(claims: Record<string, unknown>): User {
  const { sub, name, role, centreId } = claims;
  if (typeof sub !== 'string' || sub.length === 0) throw new Error('token has no subject');
  if (typeof name !== 'string') throw new Error('token has no name');
  if (!isRole(role)) throw new Error('token has an unknown role');
  if (role === Role.CentreUser) {
    if (typeof centreId !== 'string' || centreId.length === 0) throw new Error('centre user token has no centre');
    return { id: sub, name, role, centreId };
  }
  return { id: sub, name, role };
}

export function toClaims(user: User): Record<string, string> {
  return {
    name: user.name,
    role: user.role,
    ...(user.role === Role.CentreUser && user.centreId ? { centreId: user.centreId } : {}),
  };
}
