/**
 * The kinds of people who use the platform. No imports here: the shell uses this module in the browser
 * (`@werkplek/auth/roles`), so role names and labels exist once.
 */
export const Role = {
  /** Agentschapsmedewerker: staff of SYNTRA Vlaanderen. */
  AgencyStaff: 'AGENCY_STAFF',
  /** Centrummedewerker: a user of one regional training centre (a Syntra), bound to that centre. */
  CentreUser: 'CENTRE_USER',
  /** Inspecteur: plans and logs audits. */
  Inspector: 'INSPECTOR',
  /** Medewerker van een partnerschap: staff of one sectoral partnership (or the Flemish Partnership). */
  PartnershipStaff: 'PARTNERSHIP_STAFF',
  /** Gebruiker van een onderneming: acts for one company (submits and reads its own applications). */
  CompanyUser: 'COMPANY_USER',
  /** Gemandateerde van een opleidingsinstelling: a school submitting under mandate (BR-07); reads its own. */
  SchoolUser: 'SCHOOL_USER',
  /**
   * Another domain's service acting as itself through the gateway (e.g. inspection delivering a revocation proposal to
   * dual learning). Never a person: only a service token carries it, never a sign-in.
   */
  Service: 'SERVICE',
} as const;
export type Role = (typeof Role)[keyof typeof Role];

export const roles: readonly Role[] = Object.values(Role);

export const roleLabels: Record<Role, string> = {
  AGENCY_STAFF: 'Agentschapsmedewerker',
  CENTRE_USER: 'Centrummedewerker',
  INSPECTOR: 'Inspecteur',
  PARTNERSHIP_STAFF: 'Medewerker partnerschap',
  COMPANY_USER: 'Onderneming',
  SCHOOL_USER: 'Opleidingsinstelling',
  SERVICE: 'Dienst van een ander domein',
};

/** The organisation a role acts for, by the claim that names it; roles without one act for the agency or themselves. */
export const roleBindings = {
  CENTRE_USER: 'centreId',
  PARTNERSHIP_STAFF: 'partnershipId',
  COMPANY_USER: 'companyId',
} as const satisfies Partial<Record<Role, string>>;
export type Binding = (typeof roleBindings)[keyof typeof roleBindings];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (roles as readonly string[]).includes(value);
}

export function bindingOf(role: Role): Binding | undefined {
  return (roleBindings as Partial<Record<Role, Binding>>)[role];
}

export interface User {
  id: string;
  name: string;
  role: Role;
  /** The training centre a centre user is bound to. */
  centreId?: string;
  /** The partnership a partnership staff member is bound to. */
  partnershipId?: string;
  /** The company a company user is bound to. */
  companyId?: string;
}

/** Checks the shape of a user read from a token; a token that carries anything else is refused. */
export function toUser(claims: Record<string, unknown>): User {
  const { sub, name, role } = claims;
  if (typeof sub !== 'string' || sub.length === 0) throw new Error('token has no subject');
  if (typeof name !== 'string') throw new Error('token has no name');
  if (!isRole(role)) throw new Error('token has an unknown role');
  const binding = bindingOf(role);
  if (!binding) return { id: sub, name, role };
  const value = claims[binding];
  if (typeof value !== 'string' || value.length === 0) throw new Error(`${role} token has no ${binding}`);
  return { id: sub, name, role, [binding]: value };
}

export function toClaims(user: User): Record<string, string> {
  const binding = bindingOf(user.role);
  const value = binding ? user[binding] : undefined;
  return { name: user.name, role: user.role, ...(binding && value ? { [binding]: value } : {}) };
}
