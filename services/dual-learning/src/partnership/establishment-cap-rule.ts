/**
 * The per-establishment learner cap of a partnership (Tabel 21), stored as JSON in `Partnership.establishmentCapRule`.
 * Two shapes exist in the annual report 2017-2018:
 *
 * - `bands` (Auto): the cap by headcount band, e.g.
 *   `{ "kind": "bands", "bands": [{ "upTo": 3, "cap": 1 }, { "upTo": 6, "cap": 2 }, { "upTo": 10, "cap": 3 },
 *   { "upTo": 14, "cap": 4 }, { "upTo": null, "cap": 5 }] }`: bands in ascending order, `upTo` inclusive, the last one
 *   open-ended (`upTo: null`).
 * - `blocks` (Bouw, Houtsectoren, Social Profit): `{ "kind": "blocks", "under5": 1, "from5to10": 2,
 *   "perBlockOf10Above10": 1, "absoluteMax": 15 }`: fewer than 5 workers → `under5`; 5 to 10 → `from5to10`; more than
 *   10 → `from5to10` + `perBlockOf10Above10` for every COMPLETE block of 10 workers above the first 10 (11-19 → 2,
 *   20-29 → 3, …), never above `absoluteMax`. The report leaves "2 + 1 per block of 10" ambiguous (§4.2, open
 *   question); this is the interpretation chosen, to be confirmed by the partnerships.
 *
 * No rule (null) means no per-establishment cap: only the learners-per-mentor cap applies.
 */
export interface CapBand {
  /** Inclusive upper bound of the headcount band; null for the last, open-ended band. */
  upTo: number | null;
  cap: number;
}

export type EstablishmentCapRule =
  | { kind: 'bands'; bands: CapBand[] }
  | { kind: 'blocks'; under5: number; from5to10: number; perBlockOf10Above10: number; absoluteMax: number };

export class InvalidCapRuleError extends Error {}

const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0;

/** Checks a JSON value (from the database or an input) and returns it typed, or throws InvalidCapRuleError. */
export function parseEstablishmentCapRule(value: unknown): EstablishmentCapRule | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object' || Array.isArray(value)) throw new InvalidCapRuleError('rule must be an object');
  const rule = value as Record<string, unknown>;
  if (rule.kind === 'bands') {
    const bands = rule.bands;
    if (!Array.isArray(bands) || bands.length === 0) throw new InvalidCapRuleError('bands: at least one band');
    let previous = -1;
    const parsed: CapBand[] = bands.map((band: unknown, index) => {
      const { upTo, cap } = (band ?? {}) as Record<string, unknown>;
      const last = index === bands.length - 1;
      if (!isCount(cap)) throw new InvalidCapRuleError(`bands[${index}].cap: a whole number ≥ 0`);
      if (upTo === null) {
        if (!last) throw new InvalidCapRuleError(`bands[${index}].upTo: only the last band is open-ended`);
        return { upTo: null, cap };
      }
      if (!isCount(upTo) || upTo <= previous) throw new InvalidCapRuleError(`bands[${index}].upTo: ascending whole numbers`);
      previous = upTo;
      return { upTo, cap };
    });
    return { kind: 'bands', bands: parsed };
  }
  if (rule.kind === 'blocks') {
    const { under5, from5to10, perBlockOf10Above10, absoluteMax } = rule;
    for (const [name, field] of Object.entries({ under5, from5to10, perBlockOf10Above10, absoluteMax })) {
      if (!isCount(field)) throw new InvalidCapRuleError(`${name}: a whole number ≥ 0`);
    }
    return {
      kind: 'blocks',
      under5: under5 as number,
      from5to10: from5to10 as number,
      perBlockOf10Above10: perBlockOf10Above10 as number,
      absoluteMax: absoluteMax as number,
    };
  }
  throw new InvalidCapRuleError('kind: "bands" or "blocks"');
}

/**
 * How many learners an establishment with `headcount` employees (or workers, per partnership) may take at once;
 * null when the rule sets no cap. Pure: the agreements module calls it with the rule of the competent partnership.
 */
export function establishmentCap(rule: EstablishmentCapRule | null, headcount: number): number | null {
  if (!Number.isInteger(headcount) || headcount < 0) throw new RangeError('headcount must be a whole number ≥ 0');
  if (!rule) return null;
  if (rule.kind === 'bands') {
    const band = rule.bands.find((b) => b.upTo === null || headcount <= b.upTo);
    // Above the last closed band with no open-ended band: the last band's cap holds.
    return (band ?? rule.bands[rule.bands.length - 1]!).cap;
  }
  if (headcount < 5) return rule.under5;
  if (headcount <= 10) return rule.from5to10;
  const blocks = Math.floor((headcount - 10) / 10);
  return Math.min(rule.from5to10 + blocks * rule.perBlockOf10Above10, rule.absoluteMax);
}

/** Auto en aanverwante sectoren (Tabel 21). */
export const autoBands: EstablishmentCapRule = {
  kind: 'bands',
  bands: [
    { upTo: 3, cap: 1 },
    { upTo: 6, cap: 2 },
    { upTo: 10, cap: 3 },
    { upTo: 14, cap: 4 },
    { upTo: null, cap: 5 },
  ],
};

/** Bouw, Houtsectoren, Social Profit (Tabel 21). */
export const blocksOfTen: EstablishmentCapRule = { kind: 'blocks', under5: 1, from5to10: 2, perBlockOf10Above10: 1, absoluteMax: 15 };
