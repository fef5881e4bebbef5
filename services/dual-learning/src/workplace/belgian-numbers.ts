/**
 * Numbers of the Crossroads Bank for Enterprises (KBO): an enterprise number (ondernemingsnummer) starts with 0 or 1,
 * an establishment unit number (vestigingsnummer) with 2 to 8; both are 10 digits whose last two are
 * 97 − (the first eight mod 97).
 */
function normalise(value: string): string {
  return value.replace(/[\s.]/g, '');
}

function hasValidCheckDigits(digits: string): boolean {
  const body = Number(digits.slice(0, 8));
  const check = Number(digits.slice(8));
  return 97 - (body % 97) === check;
}

/** "0123.456.749" → "0123456749", or null when it is not a valid enterprise number. */
export function parseEnterpriseNumber(value: string): string | null {
  const digits = normalise(value);
  return /^[01]\d{9}$/.test(digits) && hasValidCheckDigits(digits) ? digits : null;
}

/** "2.123.456.785" → "2123456785", or null when it is not a valid establishment unit number. */
export function parseEstablishmentNumber(value: string): string | null {
  const digits = normalise(value);
  return /^[2-8]\d{9}$/.test(digits) && hasValidCheckDigits(digits) ? digits : null;
}

/** Appends the check digits to eight digits (for seed data and tests). */
export function withCheckDigits(firstEight: string): string {
  return `${firstEight}${String(97 - (Number(firstEight) % 97)).padStart(2, '0')}`;
}
