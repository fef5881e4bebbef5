import { Role, type User } from '@werkplek/frontend-kit';

/**
 * May this user handle (take up, decide, …) records of this partnership? Agency staff: all; partnership staff: their
 * own partnership's; other roles read only. Without a user (a component test) assume yes: the API decides anyway.
 */
export function canHandle(user: Pick<User, 'role' | 'partnershipId'> | undefined, partnershipId: string | undefined): boolean {
  if (!user) return true;
  if (user.role === Role.AgencyStaff) return true;
  if (user.role === Role.PartnershipStaff) return partnershipId === undefined || user.partnershipId === partnershipId;
  return false;
}

/** Steps only the agency takes (an exclusion, a withdrawal of a recognition); without a user the API decides. */
export function isAgency(user: Pick<User, 'role'> | undefined): boolean {
  return !user || user.role === Role.AgencyStaff;
}
