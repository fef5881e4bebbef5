// Roles and their Dutch labels come from the one definition the gateway and subgraphs use.
import { Role } from '@werkplek/auth/roles';

export { isRole, roleLabels, roles, type Role } from '@werkplek/auth/roles';

/** The roles the sign-in form offers: choosing a partnership or company for the other roles comes with their screens. */
export const signInRoles = [Role.AgencyStaff, Role.CentreUser, Role.Inspector] as const;
