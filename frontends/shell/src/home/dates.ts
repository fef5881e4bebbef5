/** Dates as the API writes them (LocalDate: "2026-11-23"), computed in local time: "this week" is the user's week. */
export function toLocalDate(date: Date): string {
  const month = String(date.getMonth() + 1).padStart(2, '0');
  const day = String(date.getDate()).padStart(2, '0');
  return `${date.getFullYear()}-${month}-${day}`;
}

/** Monday to Sunday of the week that holds `today`. */
export function weekOf(today: Date): { from: string; to: string } {
  const monday = new Date(today.getFullYear(), today.getMonth(), today.getDate() - ((today.getDay() + 6) % 7));
  const sunday = new Date(monday.getFullYear(), monday.getMonth(), monday.getDate() + 6);
  return { from: toLocalDate(monday), to: toLocalDate(sunday) };
}

export function addDaysToLocalDate(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return toLocalDate(new Date(year, month - 1, day + days));
}

const dateFormat = new Intl.DateTimeFormat('nl-BE', { day: 'numeric', month: 'long', year: 'numeric' });
// A moment (a deadline at 23:59 Belgian time) is shown as the day it is in Belgium, wherever the browser is.
const momentFormat = new Intl.DateTimeFormat('nl-BE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Brussels' });

/** "2026-11-23" or an ISO date-time → "23 november 2026". */
export function formatDate(value: string): string {
  const localDate = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (localDate) return dateFormat.format(new Date(Number(localDate[1]), Number(localDate[2]) - 1, Number(localDate[3])));
  const moment = new Date(value);
  return Number.isNaN(moment.getTime()) ? value : momentFormat.format(moment);
}
