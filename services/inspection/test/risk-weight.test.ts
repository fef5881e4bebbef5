import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { User } from '@werkplek/auth';
import { startTestSubgraph, testUsers, type TestSubgraph } from '@werkplek/test-kit';
import type { PrismaClient } from '../src/generated/prisma/client.js';
import { createInspectionSubgraph } from '../src/index.js';
import {
  choosePlanned,
  defaultRiskWeights,
  keptCandidates,
  negativePreviousResult,
  quarterOf,
  rankByRisk,
  scheduledOnOf,
  scoreRisk,
  yearsSinceLastAudit,
} from '../src/risk/risk-score.js';
import { westCentre } from './fixtures.js';

const d = (value: string) => new Date(`${value}T00:00:00Z`);

describe('risk score (pure)', () => {
  it('is Σ weight × value with the default weights 2, 1.5, 3, 4, 1, each contribution kept', () => {
    const { score, inputs } = scoreRisk(
      { COMPLAINTS: 3, EARLY_TERMINATIONS: 2, OVERDUE_RECOMMENDATIONS: 1, NEGATIVE_PREVIOUS_RESULT: 1, YEARS_SINCE_LAST_AUDIT: 5 },
      defaultRiskWeights,
    );
    // 3×2 + 2×1.5 + 1×3 + 1×4 + 5×1 = 6 + 3 + 3 + 4 + 5
    expect(score).toBe(21);
    expect(inputs).toEqual([
      { factor: 'COMPLAINTS', value: 3, weight: 2, contribution: 6 },
      { factor: 'EARLY_TERMINATIONS', value: 2, weight: 1.5, contribution: 3 },
      { factor: 'OVERDUE_RECOMMENDATIONS', value: 1, weight: 3, contribution: 3 },
      { factor: 'NEGATIVE_PREVIOUS_RESULT', value: 1, weight: 4, contribution: 4 },
      { factor: 'YEARS_SINCE_LAST_AUDIT', value: 5, weight: 1, contribution: 5 },
    ]);
  });

  it('keeps two exact decimals where floating point would not (0.1 + 0.2, 0.07 × 3)', () => {
    const { score, inputs } = scoreRisk(
      { COMPLAINTS: 1, EARLY_TERMINATIONS: 1, OVERDUE_RECOMMENDATIONS: 3, NEGATIVE_PREVIOUS_RESULT: 0, YEARS_SINCE_LAST_AUDIT: 0 },
      { COMPLAINTS: 0.1, EARLY_TERMINATIONS: 0.2, OVERDUE_RECOMMENDATIONS: 0.07, NEGATIVE_PREVIOUS_RESULT: 99.99, YEARS_SINCE_LAST_AUDIT: 1 },
    );
    expect(inputs[2]!.contribution).toBe(0.21);
    expect(inputs[3]!.contribution).toBe(0);
    expect(score).toBe(0.51);
  });

  it('counts calendar years since the last performed audit, capped at 5; never audited is 5', () => {
    expect(yearsSinceLastAudit(null, 2027)).toBe(5);
    expect(yearsSinceLastAudit(d('2026-12-31'), 2027)).toBe(1);
    expect(yearsSinceLastAudit(d('2026-01-01'), 2027)).toBe(1);
    expect(yearsSinceLastAudit(d('2025-12-31'), 2027)).toBe(2);
    expect(yearsSinceLastAudit(d('2027-03-01'), 2027)).toBe(0);
    expect(yearsSinceLastAudit(d('2021-06-01'), 2027)).toBe(5);
    expect(yearsSinceLastAudit(d('2012-06-01'), 2027)).toBe(5);
  });

  it('negative previous result: not positive or a serious shortcoming is 1; positive without, or none, is 0', () => {
    expect(negativePreviousResult(null)).toBe(0);
    expect(negativePreviousResult({ notPositive: false, seriousShortcoming: false })).toBe(0);
    expect(negativePreviousResult({ notPositive: true, seriousShortcoming: false })).toBe(1);
    expect(negativePreviousResult({ notPositive: false, seriousShortcoming: true })).toBe(1);
  });

  it('ranks the highest score first and breaks ties by subject id, whatever the input order', () => {
    const input = [
      { subjectId: 'c', score: 5 },
      { subjectId: 'b', score: 7.5 },
      { subjectId: 'a', score: 5 },
    ];
    const expected = [
      { subjectId: 'b', score: 7.5, rank: 1 },
      { subjectId: 'a', score: 5, rank: 2 },
      { subjectId: 'c', score: 5, rank: 3 },
    ];
    expect(rankByRisk(input)).toEqual(expected);
    expect(rankByRisk([...input].reverse())).toEqual(expected);
  });

  it('keeps max(3 × capacity, 25) candidates', () => {
    expect(keptCandidates(0)).toBe(25);
    expect(keptCandidates(8)).toBe(25);
    expect(keptCandidates(9)).toBe(27);
  });

  it('spreads planned audits evenly over the quarters, highest risk first', () => {
    const spread = (count: number) => Array.from({ length: count }, (_, i) => quarterOf(i, count));
    expect(spread(1)).toEqual([1]);
    expect(spread(2)).toEqual([1, 3]);
    expect(spread(4)).toEqual([1, 2, 3, 4]);
    expect(spread(6)).toEqual([1, 1, 2, 3, 3, 4]);
    expect(spread(8)).toEqual([1, 1, 2, 2, 3, 3, 4, 4]);
  });

  it('plans the top ranks up to the capacity; a choice by hand takes or frees a place and keeps its quarter', () => {
    const items = [1, 2, 3, 4, 5, 6].map((rank) => ({ rank, manual: null as { planned: boolean; quarter: number | null } | null }));
    const plain = choosePlanned(items, 3);
    expect(plain.map((i) => [i.rank, i.planned, i.quarter])).toEqual([
      [1, true, 1], [2, true, 2], [3, true, 3], [4, false, null], [5, false, null], [6, false, null],
    ]);
    items[5]!.manual = { planned: true, quarter: 4 }; // rank 6 planned by hand in Q4
    items[0]!.manual = { planned: false, quarter: null }; // rank 1 dropped by hand
    const chosen = choosePlanned(items, 3);
    expect(chosen.filter((i) => i.planned).map((i) => [i.rank, i.quarter])).toEqual([[2, 1], [3, 2], [6, 4]]);
  });

  it('schedules on the 15th of the middle month of the quarter', () => {
    expect(scheduledOnOf(2027, 1)).toEqual(d('2027-02-15'));
    expect(scheduledOnOf(2027, 2)).toEqual(d('2027-05-15'));
    expect(scheduledOnOf(2027, 3)).toEqual(d('2027-08-15'));
    expect(scheduledOnOf(2027, 4)).toEqual(d('2027-11-15'));
  });
});

describe('risk weights (riskWeights, setRiskWeight)', () => {
  let subgraph: TestSubgraph;
  let prisma: PrismaClient;
  let clock = new Date('2026-06-01T09:00:00Z');

  beforeAll(async () => {
    subgraph = await startTestSubgraph('inspection', (db) =>
      createInspectionSubgraph({
        ...db,
        seedWith: async (client) => {
          prisma = client;
        },
        now: () => clock,
        riskSignals: { candidates: async () => [] },
      }),
    );
  });
  afterAll(() => subgraph?.stop());
  beforeEach(() => {
    clock = new Date('2026-06-01T09:00:00Z');
  });

  const WEIGHTS = `query ($on: LocalDate) { riskWeights(on: $on) { factor weight validFrom changedBy reason isDefault } }`;
  const SET = `mutation ($input: SetRiskWeightInput!) { setRiskWeight(input: $input) { factor weight validFrom changedBy reason isDefault } }`;
  type Errors = readonly { extensions?: Record<string, unknown> }[] | undefined;
  const first = (errors: Errors) => errors?.[0]?.extensions;

  async function set(input: Record<string, unknown>, as: User | null = testUsers.agencyStaff) {
    return subgraph.query<{ setRiskWeight: Record<string, unknown> }>(SET, {
      variables: { input: { factor: 'COMPLAINTS', weight: 2.5, validFrom: '2026-07-01', reason: 'Klachten wegen zwaarder door de nieuwe visie', ...input } },
      as,
    });
  }
  async function weights(on: string | null, as: User = testUsers.inspector) {
    const result = await subgraph.query<{ riskWeights: { factor: string; weight: number; validFrom: string | null; isDefault: boolean; changedBy: string | null }[] }>(
      WEIGHTS,
      { variables: { on }, as },
    );
    expect(result.errors).toBeUndefined();
    return result.data!.riskWeights;
  }

  it('shows the defaults, as such, while nothing is set', async () => {
    expect(await weights('2026-06-01')).toEqual([
      { factor: 'COMPLAINTS', weight: 2, validFrom: null, changedBy: null, reason: null, isDefault: true },
      { factor: 'EARLY_TERMINATIONS', weight: 1.5, validFrom: null, changedBy: null, reason: null, isDefault: true },
      { factor: 'OVERDUE_RECOMMENDATIONS', weight: 3, validFrom: null, changedBy: null, reason: null, isDefault: true },
      { factor: 'NEGATIVE_PREVIOUS_RESULT', weight: 4, validFrom: null, changedBy: null, reason: null, isDefault: true },
      { factor: 'YEARS_SINCE_LAST_AUDIT', weight: 1, validFrom: null, changedBy: null, reason: null, isDefault: true },
    ]);
  });

  it('agency staff set a weight from a future day; it applies from that day on, the default before', async () => {
    const result = await set({ factor: 'EARLY_TERMINATIONS', weight: 2.75, validFrom: '2026-07-01' });
    expect(result.errors).toBeUndefined();
    expect(result.data!.setRiskWeight).toEqual({
      factor: 'EARLY_TERMINATIONS',
      weight: 2.75,
      validFrom: '2026-07-01',
      changedBy: testUsers.agencyStaff.name,
      reason: 'Klachten wegen zwaarder door de nieuwe visie',
      isDefault: false,
    });
    expect((await weights('2026-06-30')).find((w) => w.factor === 'EARLY_TERMINATIONS')).toMatchObject({ weight: 1.5, isDefault: true });
    expect((await weights('2026-07-01')).find((w) => w.factor === 'EARLY_TERMINATIONS')).toMatchObject({ weight: 2.75, isDefault: false });
  });

  it('the same factor and day again replaces that planned row (a plan, not history); the newest row on or before a day applies', async () => {
    await set({ factor: 'YEARS_SINCE_LAST_AUDIT', weight: 2, validFrom: '2026-09-01' });
    const again = await set({ factor: 'YEARS_SINCE_LAST_AUDIT', weight: 0.5, validFrom: '2026-09-01', reason: 'Toch minder zwaar' });
    expect(again.errors).toBeUndefined();
    expect(await prisma.riskWeight.count({ where: { factor: 'YEARS_SINCE_LAST_AUDIT' } })).toBe(1);
    await set({ factor: 'YEARS_SINCE_LAST_AUDIT', weight: 1.25, validFrom: '2027-01-01' });
    expect((await weights('2026-12-31')).find((w) => w.factor === 'YEARS_SINCE_LAST_AUDIT')).toMatchObject({ weight: 0.5, validFrom: '2026-09-01' });
    expect((await weights('2027-01-01')).find((w) => w.factor === 'YEARS_SINCE_LAST_AUDIT')).toMatchObject({ weight: 1.25, validFrom: '2027-01-01' });
  });

  it('today is not in the past; yesterday is', async () => {
    expect((await set({ factor: 'NEGATIVE_PREVIOUS_RESULT', weight: 5, validFrom: '2026-06-01' })).errors).toBeUndefined();
    const past = await set({ validFrom: '2026-05-31' });
    expect(first(past.errors)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'validFrom' });
  });

  it('refuses a weight out of 0–100 or with more than 2 decimals, and a missing reason', async () => {
    for (const weight of [-0.01, 100.01, 1.234]) {
      expect(first((await set({ weight })).errors)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'weight' });
    }
    expect((await set({ weight: 0, validFrom: '2026-08-01' })).errors).toBeUndefined();
    expect((await set({ weight: 100, validFrom: '2026-08-02' })).errors).toBeUndefined();
    expect(first((await set({ reason: '  ok ' })).errors)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    expect(first((await set({ validFrom: '2026-02-30' })).errors)).toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it('only agency staff set weights; inspectors read them; centres, partnerships and anonymous callers do neither', async () => {
    expect(first((await set({}, testUsers.inspector)).errors)?.code).toBe('FORBIDDEN');
    expect(first((await set({}, testUsers.centreUser(westCentre))).errors)?.code).toBe('FORBIDDEN');
    expect(first((await set({}, null)).errors)?.code).toBe('UNAUTHENTICATED');
    const asCentre = await subgraph.query(WEIGHTS, { variables: { on: null }, as: testUsers.centreUser(westCentre) });
    expect(first(asCentre.errors)?.code).toBe('FORBIDDEN');
    const asPartnership = await subgraph.query(WEIGHTS, { variables: { on: null }, as: testUsers.partnershipStaff(westCentre) });
    expect(first(asPartnership.errors)?.code).toBe('FORBIDDEN');
    expect(await weights(null, testUsers.agencyStaff)).toHaveLength(5);
  });
});
