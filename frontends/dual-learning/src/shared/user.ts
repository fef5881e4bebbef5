/**
 * The signed-in user as the shell knows it (its SessionUser). Optional: the shell may not pass it yet; then the app
 * shows every step the record's state allows and the API refuses what the role may not do (FORBIDDEN is shown).
 */
export interface AppUser {
  id?: string;
  name?: string;
  role: string;
  partnershipId?: string;
}

export const AGENCY_STAFF = 'AGENCY_STAFF';
export const PARTNERSHIP_STAFF = 'PARTNERSHIP_STAFF';

/**
 * May this user handle (take up, decide, …) records of this partnership? Agency staff: all; partnership staff: their
 * own partnership's; other roles read only. Unknown user: assume yes and let the API decide.
 */
export function canHandle(user: AppUser | undefined, partnershipId: string | undefined): boolean {
  if (!user) return true;
  if (user.role === AGENCY_STAFF) return true;
  if (user.role === PARTNERSHIP_STAFF) return partnershipId === undefined || user.partnershipId === partnershipId;
  return false;
}

export function isAgency(user: AppUser | undefined): boolean {
  return !user || user.role === AGENCY_STAFF;
}
