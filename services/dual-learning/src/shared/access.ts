import { Role, type User } from '@werkplek/auth';
import { forbidden } from '@werkplek/subgraph-kit';

/**
 * Who may act on a partnership's files: agency staff on all; partnership staff only on their own partnership's
 * (applications, guidance, complaints). Everyone else: no.
 */
export function canActForPartnership(user: User, partnershipId: string): boolean {
  return user.role === Role.AgencyStaff || (user.role === Role.PartnershipStaff && user.partnershipId === partnershipId);
}

export function assertActsForPartnership(user: User, partnershipId: string): void {
  if (!canActForPartnership(user, partnershipId)) {
    throw forbidden('Dit dossier hoort bij een ander partnerschap', "This file belongs to another partnership's");
  }
}

// The roles each operation lets through are declared in ../access/policy.ts (issue #7); these helpers do the `own` part.
