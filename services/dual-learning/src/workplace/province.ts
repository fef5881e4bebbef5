import { Province } from '../generated/prisma/enums.js';

/**
 * The province follows from the Belgian postal code. Dual learning in this platform covers Flanders and Brussels;
 * Walloon postal codes give null (the report counts 15 Walloon requests that could not be handled).
 */
const ranges: [from: number, to: number, province: Province][] = [
  [1000, 1299, Province.BRUSSEL],
  [1500, 1999, Province.VLAAMS_BRABANT],
  [2000, 2999, Province.ANTWERPEN],
  [3000, 3499, Province.VLAAMS_BRABANT],
  [3500, 3999, Province.LIMBURG],
  [8000, 8999, Province.WEST_VLAANDEREN],
  [9000, 9999, Province.OOST_VLAANDEREN],
];

export function provinceOfPostalCode(postalCode: string): Province | null {
  if (!/^\d{4}$/.test(postalCode)) return null;
  const code = Number(postalCode);
  return ranges.find(([from, to]) => code >= from && code <= to)?.[2] ?? null;
}
