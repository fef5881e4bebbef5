export type Role = 'AGENCY_STAFF' | 'CENTRE_USER' | 'INSPECTOR';

export const roles: readonly Role[] = ['AGENCY_STAFF', 'CENTRE_USER', 'INSPECTOR'];

export const roleLabels: Record<Role, string> = {
  AGENCY_STAFF: 'Agentschapsmedewerker',
  CENTRE_USER: 'Centrummedewerker',
  INSPECTOR: 'Inspecteur',
};

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (roles as readonly string[]).includes(value);
}
