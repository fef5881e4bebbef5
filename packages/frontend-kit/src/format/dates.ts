/**
 * Dates as people in Flanders read them, whatever the browser's time zone: nl-BE, in Europe/Brussels. The API sends
 * calendar days as LocalDate ("2026-03-14") and moments as ISO timestamps.
 */
export const TIME_ZONE = 'Europe/Brussels';

/** What an empty value shows: a dash, so that an empty table cell or description is not silently blank. */
export const EMPTY = '–';

const dateFormat = new Intl.DateTimeFormat('nl-BE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: TIME_ZONE });
const dateTimeFormat = new Intl.DateTimeFormat('nl-BE', { dateStyle: 'long', timeStyle: 'short', timeZone: TIME_ZONE });
const isoDayFormat = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE });
const brusselsTime = new Intl.DateTimeFormat('en-GB', { timeZone: TIME_ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Is this a valid LocalDate ("2026-02-28"; not "2026-02-30")? */
export function isLocalDate(value: string): boolean {
  if (!LOCAL_DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/** "14 maart 2026" for a LocalDate or a timestamp (its day in Brussels); a dash when empty. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return EMPTY;
  // A LocalDate has no time zone: read it at noon UTC, so that no zone shifts it to another day.
  const date = LOCAL_DATE.test(value) ? new Date(`${value}T12:00:00Z`) : new Date(value);
  return Number.isNaN(date.getTime()) ? value : dateFormat.format(date);
}

/** "14 maart 2026 om 09:30" in Brussels; a dash when empty. */
export function formatDateTime(value: string | null | undefined): string {
  if (!value) return EMPTY;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : dateTimeFormat.format(date);
}

/** Today as a LocalDate in Brussels: the domain's calendar days (deadlines, "not in the future"). */
export function today(now: Date = new Date()): string {
  return isoDayFormat.format(now);
}

/** The day of a LocalDate or timestamp as "2026-03-14", for CSV (spreadsheets sort it); "" when empty. */
export function isoDate(value: string | null | undefined): string {
  if (!value) return '';
  if (LOCAL_DATE.test(value.slice(0, 10)) && value.length === 10) return value;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value.slice(0, 10) : isoDayFormat.format(date);
}

/**
 * The last second of a day in Brussels as an ISO timestamp ("2027-04-30" → "2027-04-30T21:59:59.000Z" in summer):
 * a deadline "30 april" means until midnight in Belgium, whatever the browser's zone.
 */
export function endOfDayInBrussels(day: string): string {
  for (const offset of ['+02:00', '+01:00']) {
    const candidate = new Date(`${day}T23:59:59${offset}`);
    if (brusselsTime.format(candidate) === '23:59') return candidate.toISOString();
  }
  return new Date(`${day}T23:59:59Z`).toISOString();
}
