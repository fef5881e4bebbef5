/**
 * Calendar arithmetic for the domain's terms, on dates at midnight UTC (PostgreSQL DATE through Prisma):
 * 14 calendar days (BR-01), 10 days (BR-40, BR-46), 45 days (BR-47), 60 days (BR-44), months (BR-21), 5 years
 * (BR-13), working days (BR-43) and the school year from 1 July to 30 June (BR-33).
 */
const DAY = 86_400_000;

/** The calendar day in Belgium, as "YYYY-MM-DD" (en-CA formats dates that way). */
const belgianDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels', year: 'numeric', month: '2-digit', day: '2-digit' });

/**
 * The calendar day `date` falls on in Belgium, as a date at midnight UTC (how PostgreSQL DATE values arrive). A DATE
 * value stays the same day; an instant is read on the Belgian calendar, so between midnight in Brussels and midnight
 * UTC "today" is already the new day, as it is for the people using the platform (and for the dates the screens send).
 */
export function startOfDay(date: Date): Date {
  const [year, month, day] = belgianDay.format(date).split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day));
}

export function addDays(date: Date, days: number): Date {
  return new Date(startOfDay(date).getTime() + days * DAY);
}

/** Same day of the month, `months` later; the month's last day when it has no such day (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(date: Date, months: number): Date {
  const start = startOfDay(date);
  const target = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(start.getUTCDate(), lastDay));
  return target;
}

export function addYears(date: Date, years: number): Date {
  return addMonths(date, years * 12);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: Date, to: Date): number {
  return Math.round((startOfDay(to).getTime() - startOfDay(from).getTime()) / DAY);
}

function isWeekend(date: Date): boolean {
  const day = date.getUTCDay();
  return day === 0 || day === 6;
}

/** The date `count` working days (Monday to Friday) before `date`. Public holidays are not modelled. */
export function workingDaysBefore(date: Date, count: number): Date {
  let current = startOfDay(date);
  let left = count;
  while (left > 0) {
    current = addDays(current, -1);
    if (!isWeekend(current)) left -= 1;
  }
  return current;
}

/** The school year a date falls in (1 July – 30 June), named by its first calendar year: 2017 for 2017-2018. */
export function schoolYearOf(date: Date): number {
  return date.getUTCMonth() >= 6 ? date.getUTCFullYear() : date.getUTCFullYear() - 1;
}

export function schoolYearBounds(startYear: number): { from: Date; to: Date } {
  return { from: new Date(Date.UTC(startYear, 6, 1)), to: new Date(Date.UTC(startYear + 1, 5, 30)) };
}

/** "2017-2018". */
export function schoolYearLabel(startYear: number): string {
  return `${startYear}-${startYear + 1}`;
}
