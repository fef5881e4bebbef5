import { createHash } from 'node:crypto';

/**
 * The Belgian national register number (rijksregisternummer): YYMMDD, a 3-digit serial, then 2 check digits equal to
 * 97 − (the first 9 digits mod 97); for people born from 2000 on, "2" is put before the 9 digits. A BIS number adds
 * 20 or 40 to the month. Only its SHA-256 hash is stored (identity check without keeping the number).
 */
export interface NationalRegisterNumber {
  digits: string;
  birthDate: Date;
}

export function parseNationalRegisterNumber(value: string): NationalRegisterNumber | null {
  const digits = value.replace(/[\s.\-]/g, '');
  if (!/^\d{11}$/.test(digits)) return null;
  const body = digits.slice(0, 9);
  const check = Number(digits.slice(9));
  const before2000 = 97 - (Number(body) % 97) === check;
  const from2000 = 97 - (Number(`2${body}`) % 97) === check;
  if (!before2000 && !from2000) return null;
  const yy = Number(digits.slice(0, 2));
  let month = Number(digits.slice(2, 4));
  const day = Number(digits.slice(4, 6));
  if (month > 40) month -= 40;
  else if (month > 20) month -= 20;
  const year = (from2000 ? 2000 : 1900) + yy;
  if (month < 1 || month > 12 || day < 1) return null; // birth date unknown: cannot check the age (BR-04)
  const birthDate = new Date(Date.UTC(year, month - 1, day));
  if (birthDate.getUTCMonth() !== month - 1) return null; // e.g. 31 February
  return { digits, birthDate };
}

export function hashNationalRegisterNumber(digits: string): string {
  return createHash('sha256').update(digits, 'utf8').digest('hex');
}

/** Adds the check digits to YYMMDD + serial (9 digits), for tests and seed data. */
export function nationalRegisterNumberOf(firstNine: string, bornFrom2000 = false): string {
  const base = Number(bornFrom2000 ? `2${firstNine}` : firstNine);
  return `${firstNine}${String(97 - (base % 97)).padStart(2, '0')}`;
}
