import { RiskFactor } from '../generated/prisma/enums.js';

/*
 * The risk score of a candidate for the annual planning (jaarplanning), as pure functions so the arithmetic is tested
 * without a database. Seed 003 §4.8 asks for risk-based planning but describes no model: this one is a weighted sum of
 * five factors whose weights the agency sets (risk/risk-weight.service.ts), kept per factor so every score is
 * explainable to the audited party and to the commissie audit.
 */

/** The order in which factors are listed (inputs, weight settings). */
export const riskFactors: readonly RiskFactor[] = [
  RiskFactor.COMPLAINTS,
  RiskFactor.EARLY_TERMINATIONS,
  RiskFactor.OVERDUE_RECOMMENDATIONS,
  RiskFactor.NEGATIVE_PREVIOUS_RESULT,
  RiskFactor.YEARS_SINCE_LAST_AUDIT,
];

/** The weight of a factor while the agency has set none. */
export const defaultRiskWeights: Readonly<Record<RiskFactor, number>> = {
  COMPLAINTS: 2,
  EARLY_TERMINATIONS: 1.5,
  OVERDUE_RECOMMENDATIONS: 3,
  NEGATIVE_PREVIOUS_RESULT: 4,
  YEARS_SINCE_LAST_AUDIT: 1,
};

/** Beyond five years a subject is as "due" as one never audited: the factor stops growing. */
export const MAX_YEARS_SINCE_LAST_AUDIT = 5;

export type RiskWeights = Readonly<Record<RiskFactor, number>>;
export type RiskValues = Readonly<Record<RiskFactor, number>>;

export interface RiskInput {
  factor: RiskFactor;
  value: number;
  weight: number;
  contribution: number;
}

export interface RiskScore {
  score: number;
  inputs: RiskInput[];
}

/**
 * Calendar years between the last performed audit and the plan's year (audited in 2025, planned for 2027: 2), capped
 * at five; never audited counts as five. Calendar years rather than elapsed days: the plan places the audit somewhere
 * in the year, so an audit of last January and one of last December are both "last year".
 */
export function yearsSinceLastAudit(lastPerformedOn: Date | null, planYear: number): number {
  if (!lastPerformedOn) return MAX_YEARS_SINCE_LAST_AUDIT;
  return Math.min(MAX_YEARS_SINCE_LAST_AUDIT, Math.max(0, planYear - lastPerformedOn.getUTCFullYear()));
}

/** 1 when the last reported audit of the kind was not positive or found a serious shortcoming (ernstige tekortkoming). */
export function negativePreviousResult(lastReported: { notPositive: boolean; seriousShortcoming: boolean } | null): number {
  return lastReported && (lastReported.notPositive || lastReported.seriousShortcoming) ? 1 : 0;
}

/** Weights carry two decimals and values are whole numbers: computing in cents keeps 0.1 + 0.2 away from the score. */
function cents(value: number): number {
  return Math.round(value * 100);
}

/** Σ weight × value with two decimals, and the contribution of each factor. */
export function scoreRisk(values: RiskValues, weights: RiskWeights): RiskScore {
  const inputs = riskFactors.map((factor) => {
    const contributionCents = Math.round(cents(weights[factor]) * values[factor]);
    return { factor, value: values[factor], weight: weights[factor], contribution: contributionCents / 100 };
  });
  const total = inputs.reduce((sum, input) => sum + cents(input.contribution), 0);
  return { score: total / 100, inputs };
}

/** Highest score first; equal scores by subject id, so the same data always gives the same ranks. */
export function rankByRisk<T extends { subjectId: string; score: number }>(candidates: readonly T[]): (T & { rank: number })[] {
  return [...candidates]
    .sort((a, b) => b.score - a.score || (a.subjectId < b.subjectId ? -1 : a.subjectId > b.subjectId ? 1 : 0))
    .map((candidate, index) => ({ ...candidate, rank: index + 1 }));
}

/**
 * How many ranked candidates a plan keeps per kind: three times the capacity, at least 25. Lower ranks will not be
 * planned in any realistic choice and would only bury the relevant ones; they are scored again at a rescore anyway.
 */
export function keptCandidates(capacity: number): number {
  return Math.max(3 * capacity, 25);
}

/** The quarter of the i-th (0-based) of `count` planned audits: highest risk first, spread evenly over the year. */
export function quarterOf(index: number, count: number): number {
  return Math.floor((index * 4) / Math.max(count, 1)) + 1;
}

export interface PlanChoice {
  rank: number;
  /** A choice made by hand (kept at rescoring): planned or not, and possibly its quarter. */
  manual: { planned: boolean; quarter: number | null } | null;
}

/**
 * Which ranked items are planned and when. Manual choices stand; the rest of the capacity goes to the highest ranks
 * not chosen by hand. Quarters are spread over all planned items in rank order; a quarter set by hand is kept.
 */
export function choosePlanned<T extends PlanChoice>(items: readonly T[], capacity: number): (T & { planned: boolean; quarter: number | null })[] {
  const byRank = [...items].sort((a, b) => a.rank - b.rank);
  const manualPlanned = byRank.filter((item) => item.manual?.planned).length;
  let free = Math.max(0, capacity - manualPlanned);
  const planned = new Set<T>();
  for (const item of byRank) {
    if (item.manual) {
      if (item.manual.planned) planned.add(item);
    } else if (free > 0) {
      planned.add(item);
      free -= 1;
    }
  }
  const plannedInOrder = byRank.filter((item) => planned.has(item));
  return byRank.map((item) => {
    if (!planned.has(item)) return { ...item, planned: false, quarter: null };
    const quarter = item.manual?.quarter ?? quarterOf(plannedInOrder.indexOf(item), plannedInOrder.length);
    return { ...item, planned: true, quarter };
  });
}

/** Audits of a quarter are scheduled on the 15th of its middle month (February, May, August, November). */
export function scheduledOnOf(year: number, quarter: number): Date {
  return new Date(Date.UTC(year, (quarter - 1) * 3 + 1, 15));
}
