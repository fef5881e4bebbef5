import { demoPartnershipId, stableDemoId } from '@werkplek/config';

/** Stable ids, derived like every domain's seed, so a second run finds its rows and the partnerships match dual learning's. */
export const stableId = stableDemoId;
export const partnershipIdOf = demoPartnershipId;

/** The demonstration audits have fixed, readable ids (links, browser tests, issue #6). */
export function seedAuditId(number: number): string {
  return `5a7c1d2e-0003-4a00-8000-0000000000${String(number).padStart(2, '0')}`;
}

/** A calendar day (a @db.Date column) at UTC midnight. */
export const day = (localDate: string) => new Date(`${localDate}T00:00:00Z`);

/** A moment on a calendar day, for history rows (office hours, Brussels). */
export const at = (localDate: string, time = '09:00') => new Date(`${localDate}T${time}:00Z`);
