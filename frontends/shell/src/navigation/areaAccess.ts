import type { Role } from '../auth/roles.js';
import { areas, type Area } from '../federation/areas.js';

/** How a role uses an area: to work in it, or only to look things up. */
export type AreaAccess = 'full' | 'read-only';

/**
 * Which areas each role sees in the navigation. The subgraphs authorise every query and mutation themselves; this
 * only keeps people from being sent to screens that would refuse them.
 */
const accessByRole: Record<Role, Partial<Record<Area['remoteName'], AreaAccess>>> = {
  AGENCY_STAFF: { dualLearning: 'full', training: 'full', inspection: 'full' },
  CENTRE_USER: { training: 'full' },
  INSPECTOR: { inspection: 'full', dualLearning: 'read-only', training: 'read-only' },
  PARTNERSHIP_STAFF: { dualLearning: 'full' },
  COMPANY_USER: { dualLearning: 'full' },
  SCHOOL_USER: { dualLearning: 'full' },
  // Never a person: signs in with a service token only, so it sees no screens.
  SERVICE: {},
};

export function areaAccess(role: Role | undefined, area: Area): AreaAccess | undefined {
  if (!role) return undefined;
  return accessByRole[role][area.remoteName];
}

/** The areas a role sees, in the navigation's order (the role's own work first). */
export function areasForRole(role: Role | undefined): Area[] {
  if (!role) return [];
  const visible = areas.filter((area) => areaAccess(role, area) !== undefined);
  return [...visible.filter((area) => areaAccess(role, area) === 'full'), ...visible.filter((area) => areaAccess(role, area) === 'read-only')];
}

/** The area that owns a path: the area's own path or anything below it (the remote routes inside). */
export function areaForPath(path: string): Area | undefined {
  return areas.find((area) => path === area.path || path.startsWith(`${area.path}/`));
}
