import { badUserInput } from '@werkplek/subgraph-kit';
import { addYears, startOfDay } from '../shared/calendar.js';

/** A closed period of calendar days as SQL date literals' text ('YYYY-MM-DD'), both days included. */
export interface Period {
  from: string;
  to: string;
}

const MAX_YEARS = 3;

/**
 * Checks a reporting period: from ≤ to and at most three years (e.g. 1/1/2024 – 31/12/2026), so one query never
 * scans the whole history. Returned as text: a Date parameter would be cast to a day in the session's time zone.
 */
export function checkPeriod(from: Date, to: Date): Period {
  const first = startOfDay(from);
  const last = startOfDay(to);
  if (last < first) {
    throw badUserInput('De periode eindigt voor ze begint', 'The period ends before it starts', { field: 'to' });
  }
  if (last >= addYears(first, MAX_YEARS)) {
    throw badUserInput(`De periode is langer dan ${MAX_YEARS} jaar`, `The period is longer than ${MAX_YEARS} years`, { field: 'to' });
  }
  return { from: first.toISOString().slice(0, 10), to: last.toISOString().slice(0, 10) };
}
