import { Role, type User } from '@werkplek/auth/roles';

export { Role, roleLabels } from '@werkplek/auth/roles';
export type { User } from '@werkplek/auth/roles';

/**
 * What the shell gives every remote's App: the signed-in user (so a remote never reads the shell's storage) and the
 * path of its area, under which the remote routes on its own.
 */
export interface RemoteAppProps {
  user: User;
  basePath: string;
}

/** Does the user have one of these roles? False without a user. */
export function hasRole(user: Pick<User, 'role'> | undefined, ...roles: readonly Role[]): boolean {
  return user !== undefined && roles.includes(user.role);
}

export const isAgencyStaff = (user: Pick<User, 'role'> | undefined) => hasRole(user, Role.AgencyStaff);
export const isCentreUser = (user: Pick<User, 'role'> | undefined) => hasRole(user, Role.CentreUser);
export const isInspector = (user: Pick<User, 'role'> | undefined) => hasRole(user, Role.Inspector);
export const isPartnershipStaff = (user: Pick<User, 'role'> | undefined) => hasRole(user, Role.PartnershipStaff);
