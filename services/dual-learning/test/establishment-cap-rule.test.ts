import { describe, expect, it } from 'vitest';
import {
  autoBands,
  blocksOfTen,
  establishmentCap,
  InvalidCapRuleError,
  parseEstablishmentCapRule,
} from '../src/partnership/establishment-cap-rule.js';

describe('establishment cap rule (Tabel 21)', () => {
  it('Tabel 21 Auto: bands up to 3 → 1, 4-6 → 2, 7-10 → 3, 11-14 → 4, 15+ → 5', () => {
    const expected: [number, number][] = [[0, 1], [3, 1], [4, 2], [6, 2], [7, 3], [10, 3], [11, 4], [14, 4], [15, 5], [400, 5]];
    for (const [headcount, cap] of expected) expect(establishmentCap(autoBands, headcount)).toBe(cap);
  });

  it('Tabel 21 Bouw/Hout/Social Profit: <5 → 1, 5-10 → 2, +1 per complete block of 10 above 10, max 15', () => {
    const expected: [number, number][] = [[1, 1], [4, 1], [5, 2], [10, 2], [11, 2], [19, 2], [20, 3], [29, 3], [30, 4], [139, 14], [140, 15], [5000, 15]];
    for (const [headcount, cap] of expected) expect(establishmentCap(blocksOfTen, headcount)).toBe(cap);
  });

  it('Tabel 21: no rule means no cap per establishment', () => {
    expect(establishmentCap(null, 50)).toBeNull();
  });

  it('refuses a negative or fractional headcount', () => {
    expect(() => establishmentCap(autoBands, -1)).toThrow(RangeError);
    expect(() => establishmentCap(autoBands, 2.5)).toThrow(RangeError);
  });

  it('parses the stored JSON shapes and round-trips them', () => {
    expect(parseEstablishmentCapRule(JSON.parse(JSON.stringify(autoBands)))).toEqual(autoBands);
    expect(parseEstablishmentCapRule(JSON.parse(JSON.stringify(blocksOfTen)))).toEqual(blocksOfTen);
    expect(parseEstablishmentCapRule(null)).toBeNull();
  });

  it('refuses malformed rules', () => {
    const bad = [
      { kind: 'percent' },
      { kind: 'bands', bands: [] },
      { kind: 'bands', bands: [{ upTo: 5, cap: 1 }, { upTo: 3, cap: 2 }] },
      { kind: 'bands', bands: [{ upTo: null, cap: 1 }, { upTo: 3, cap: 2 }] },
      { kind: 'bands', bands: [{ upTo: 3, cap: -1 }] },
      { kind: 'blocks', under5: 1, from5to10: 2, perBlockOf10Above10: 1 },
      [1, 2],
      'bands',
    ];
    for (const rule of bad) expect(() => parseEstablishmentCapRule(rule)).toThrow(InvalidCapRuleError);
  });

  it('a bands rule without an open-ended band keeps its last cap above the last bound', () => {
    const rule = parseEstablishmentCapRule({ kind: 'bands', bands: [{ upTo: 3, cap: 1 }, { upTo: 6, cap: 2 }] });
    expect(establishmentCap(rule, 100)).toBe(2);
  });
});
