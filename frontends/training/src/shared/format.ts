const dateFormat = new Intl.DateTimeFormat('nl-BE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Brussels' });
const dateTimeFormat = new Intl.DateTimeFormat('nl-BE', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'Europe/Brussels',
});
const percentFormat = new Intl.NumberFormat('nl-BE', { maximumFractionDigits: 1 });

/** "30 april 2027" for a LocalDate ("2027-04-30") or a timestamp; a dash when empty. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '–';
  // A LocalDate has no time zone: read it at noon UTC so no zone shifts it to the day before.
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00Z`) : new Date(value);
  return Number.isNaN(date.getTime()) ? value : dateFormat.format(date);
}

export function formatDateTime(value: string | null | undefined): string {
  if (!value) return '–';
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : dateTimeFormat.format(date);
}

export function formatPercent(value: number | null | undefined): string {
  return value === null || value === undefined ? '–' : `${percentFormat.format(value)} %`;
}

/** For CSV: the ISO day, which spreadsheets sort correctly. */
export function isoDay(value: string | null | undefined): string {
  return value ? value.slice(0, 10) : '';
}

const brusselsTime = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Brussels', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

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
