// Roles and their Dutch labels come from the one definition the gateway and subgraphs use.
import { Role } from '@werkplek/auth/roles';

export { bindingOf, isRole, roleLabels, roles, type Binding, type Role } from '@werkplek/auth/roles';

/** Every role a person can have; SERVICE is another domain's identity, never a sign-in. */
export const signInRoles = [
  Role.AgencyStaff,
  Role.CentreUser,
  Role.Inspector,
  Role.PartnershipStaff,
  Role.CompanyUser,
  Role.SchoolUser,
] as const;
export type SignInRole = (typeof signInRoles)[number];
