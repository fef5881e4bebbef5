import { addDays, schoolYearBounds, schoolYearOf, startOfDay } from '../shared/calendar.js';

// The per-establishment cap (Tabel 21) is the partnership module's: ../partnership/establishment-cap-rule.ts.

/**
 * BR-35 (Horeca): when a mentor has not followed the mentor training in time, the contract is stopped on 31 August or
 * 31 January: the first of those dates on or after `from`.
 */
export function horecaStopDate(from: Date): Date {
  const day = startOfDay(from);
  const year = day.getUTCFullYear();
  const candidates = [
    new Date(Date.UTC(year, 0, 31)),
    new Date(Date.UTC(year, 7, 31)),
    new Date(Date.UTC(year + 1, 0, 31)),
  ];
  return candidates.find((candidate) => candidate.getTime() >= day.getTime())!;
}

/** BR-32: an agreement may be terminated for suspension only when it has been suspended longer than 60 days. */
export function suspendedOver60Days(suspendedFrom: Date | null, on: Date): boolean {
  return suspendedFrom !== null && startOfDay(on).getTime() > addDays(suspendedFrom, 60).getTime();
}

/** BR-36: dual learning means more than 14 hours per week at the workplace. */
export const MINIMUM_DUAL_WORKPLACE_HOURS_EXCLUSIVE = 14;
export function isDualByWorkplaceHours(hoursPerWeek: number): boolean {
  return hoursPerWeek > MINIMUM_DUAL_WORKPLACE_HOURS_EXCLUSIVE;
}

/**
 * BR-37: the dual decree provides an exploratory pupil internship (verkennende leerlingenstage, snuffelstage) of one
 * week in the school year before a possible start: the window for a start on `startDate`, and its length in days.
 */
export const EXPLORATORY_INTERNSHIP_DAYS = 5;
export function exploratoryInternshipWindow(startDate: Date): { from: Date; to: Date; maxWorkingDays: number } {
  const year = schoolYearOf(startDate) - 1;
  const { from, to } = schoolYearBounds(year);
  return { from, to, maxWorkingDays: EXPLORATORY_INTERNSHIP_DAYS };
}
