import { Role, type User } from '@werkplek/auth';
import { forbidden } from '@werkplek/subgraph-kit';

/** Agency staff act for every centre; a centre user only for their own (also when reached through a reference). */
export function canActForCentre(user: User, centreId: string): boolean {
  return user.role === Role.AgencyStaff || (user.role === Role.CentreUser && user.centreId === centreId);
}

export function assertActsForCentre(user: User, centreId: string): void {
  if (!canActForCentre(user, centreId)) {
    throw forbidden('Dit hoort bij een ander opleidingscentrum', "This belongs to another training centre");
  }
}

/** Who reads a centre's records: agency staff and inspectors all; a centre user only their own. */
export function canReadCentre(user: User, centreId: string): boolean {
  return user.role === Role.Inspector || canActForCentre(user, centreId);
}
