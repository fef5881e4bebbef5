import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { User } from '@werkplek/auth';
import { startTestSubgraph, testUsers, type TestSubgraph } from '@werkplek/test-kit';
import type { PrismaClient } from '../src/generated/prisma/client.js';
import type { AuditKind } from '../src/generated/prisma/enums.js';
import { createInspectionSubgraph } from '../src/index.js';
import type { RiskCandidate } from '../src/risk/risk-signals.js';
import { insertAudit, janssensWorkplace, limburgCentre, westCentre } from './fixtures.js';

/*
 * The annual planning with a fixed risk signal source: the scoring is checked against hand-computed scores.
 * Plan year 2027, today 15 November 2026; reference date 1 January 2027.
 */

const id = (n: number) => `7a000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const centre = { A: westCentre, B: limburgCentre, C: id(0xc), D: id(0xd), E: id(0xe), F: id(0xf) };
const partnership = id(0x900);
const d = (value: string) => new Date(`${value}T00:00:00Z`);

const sourceCalls: { kind: AuditKind; from: string; to: string }[] = [];
const centreCandidate = (subjectId: string, complaints: number, earlyTerminations: number): RiskCandidate => ({
  subjectType: 'TRAINING_CENTRE',
  subjectId,
  trainingCentreId: subjectId,
  complaints,
  earlyTerminations,
});
const riskSignals = {
  async candidates(kind: AuditKind, period: { from: Date; to: Date }): Promise<RiskCandidate[]> {
    sourceCalls.push({ kind, from: period.from.toISOString().slice(0, 10), to: period.to.toISOString().slice(0, 10) });
    if (kind === 'TRACK_INSPECTION') {
      // D is not in the source: it is a candidate through its earlier audit in this database. A bad id is ignored.
      return [
        centreCandidate(centre.A, 3, 0),
        centreCandidate(centre.B, 1, 2),
        centreCandidate(centre.C, 0, 0),
        centreCandidate(centre.E, 0, 0),
        centreCandidate('not-a-uuid', 9, 9),
      ];
    }
    if (kind === 'WORKPLACE_AUDIT') {
      const workplace = (subjectId: string, complaints: number, earlyTerminations: number): RiskCandidate => ({
        subjectType: 'WORKPLACE',
        subjectId,
        partnershipId: partnership,
        complaints,
        earlyTerminations,
      });
      return [
        workplace(janssensWorkplace, 2, 1),
        workplace(id(0x200), 0, 0),
        ...Array.from({ length: 30 }, (_, i) => workplace(id(0x300 + i), 0, 0)),
      ];
    }
    return [];
  },
};

const recommendationIds = { overdueA: id(0x501) };

async function seedPlanningFixture(prisma: PrismaClient) {
  // A: not positive in 2025 (performed 10 March), one recommendation overdue on 1 January 2027, one due later, one done.
  const auditA = await insertAudit(prisma, {
    subjectId: centre.A, trainingCentreId: centre.A, status: 'CLOSED', scheduledOn: d('2025-03-10'), performedOn: d('2025-03-10'),
    reportedOn: d('2025-04-01'), result: 'NOT_POSITIVE', closedOn: d('2025-12-01'),
  });
  const rec = (auditId: string, agreedDueOn: string, status: 'OPEN' | 'IMPLEMENTED', recId?: string) => ({
    ...(recId ? { id: recId } : {}), auditId, description: 'Eindproeven per lesplaats afstemmen', owner: 'Directeur', agreedDueOn: d(agreedDueOn),
    status, createdById: 'fixture', createdBy: 'fixture',
  });
  await prisma.recommendation.createMany({
    data: [
      rec(auditA, '2026-06-30', 'OPEN', recommendationIds.overdueA),
      rec(auditA, '2027-03-01', 'OPEN'),
      rec(auditA, '2026-01-31', 'IMPLEMENTED'),
    ],
  });
  // C: positive in May 2026, but with a serious shortcoming.
  const auditC = await insertAudit(prisma, {
    subjectId: centre.C, trainingCentreId: centre.C, status: 'REPORTED', scheduledOn: d('2026-05-01'), performedOn: d('2026-05-01'),
    reportedOn: d('2026-05-20'), result: 'POSITIVE',
  });
  await prisma.finding.create({
    data: { auditId: auditC, severity: 'SERIOUS_SHORTCOMING', title: 'Geen proctoring', description: 'Eindproef zonder toezicht', createdById: 'f', createdBy: 'f' },
  });
  // D: audited (positive) in January 2024; a leertijd audit of one of its tracks left a recommendation overdue.
  await insertAudit(prisma, {
    subjectId: centre.D, trainingCentreId: centre.D, status: 'CLOSED', scheduledOn: d('2024-01-10'), performedOn: d('2024-01-10'),
    reportedOn: d('2024-02-01'), result: 'POSITIVE',
  });
  const trackAudit = await insertAudit(prisma, {
    kind: 'APPRENTICESHIP_FOLLOW_UP', subjectType: 'TRACK', subjectId: id(0x701), trainingCentreId: centre.D, status: 'FOLLOW_UP',
    scheduledOn: d('2025-05-01'), performedOn: d('2025-05-01'), reportedOn: d('2025-06-01'), result: 'NOT_POSITIVE',
  });
  await prisma.recommendation.create({ data: rec(trackAudit, '2026-01-01', 'OPEN') });
  // F: only a cancelled audit: not a candidate.
  await insertAudit(prisma, { subjectId: centre.F, trainingCentreId: centre.F, status: 'CANCELLED', scheduledOn: d('2026-03-01') });
  // Weights: complaints 2.5 from 1 January 2027 (used); early terminations 10 from 2 January 2027 (not yet on 1 January).
  await prisma.riskWeight.createMany({
    data: [
      { factor: 'COMPLAINTS', weight: 2.5, validFrom: d('2027-01-01'), changedById: 'test-staff', changedBy: 'Sofie Claes', reason: 'Klachten zwaarder' },
      { factor: 'EARLY_TERMINATIONS', weight: 10, validFrom: d('2027-01-02'), changedById: 'test-staff', changedBy: 'Sofie Claes', reason: 'Later' },
    ],
  });
}

let subgraph: TestSubgraph;
let prisma: PrismaClient;
const clock = new Date('2026-11-15T09:00:00Z');
const statements: string[] = [];

beforeAll(async () => {
  subgraph = await startTestSubgraph('inspection', (db) =>
    createInspectionSubgraph({
      ...db,
      seedWith: async (client) => {
        prisma = client;
        await seedPlanningFixture(client);
      },
      now: () => clock,
      riskSignals,
      onQuery: (sql) => statements.push(sql),
    }),
  );
});
afterAll(() => subgraph?.stop());

const ITEM = `id kind subjectType subjectId riskScore riskInputs { factor value weight contribution } rank planned quarter manualReason
  trainingCentre { id } partnership { id } workplace { id } track { id } audit { id status scheduledOn kind subjectType subjectId title }`;
const PLAN = `id year status adoptedOn weights { factor weight validFrom isDefault } capacities { kind count planned }
  items { ${ITEM} } history { step fromStatus toStatus note }`;
const DRAFT = `mutation ($input: DraftAnnualPlanInput!) { draftAnnualPlan(input: $input) { ${PLAN} } }`;
const RESCORE = `mutation ($planId: ID!) { rescoreAnnualPlan(planId: $planId) { ${PLAN} } }`;
const ADOPT = `mutation ($planId: ID!) { adoptAnnualPlan(planId: $planId) { ${PLAN} } }`;
const CHOOSE = `mutation ($input: SetAnnualPlanItemPlannedInput!) { setAnnualPlanItemPlanned(input: $input) { ${ITEM} } }`;
const BY_YEAR = `query ($year: Int!, $kind: AuditKind, $plannedOnly: Boolean) { annualPlan(year: $year) { id items(kind: $kind, plannedOnly: $plannedOnly) { subjectId rank planned } } }`;

interface Item {
  id: string;
  kind: string;
  subjectId: string;
  riskScore: number;
  riskInputs: { factor: string; value: number; weight: number; contribution: number }[];
  rank: number;
  planned: boolean;
  quarter: number | null;
  manualReason: string | null;
  trainingCentre: { id: string } | null;
  partnership: { id: string } | null;
  workplace: { id: string } | null;
  audit: { id: string; status: string; scheduledOn: string; kind: string; subjectType: string; subjectId: string; title: string } | null;
}
interface Plan {
  id: string;
  year: number;
  status: string;
  adoptedOn: string | null;
  weights: { factor: string; weight: number; validFrom: string | null; isDefault: boolean }[];
  capacities: { kind: string; count: number; planned: number }[];
  items: Item[];
  history: { step: string; fromStatus: string | null; toStatus: string; note: string | null }[];
}
type Errors = readonly { extensions?: Record<string, unknown> }[] | undefined;
const first = (errors: Errors) => errors?.[0]?.extensions;

async function ok<T>(query: string, variables: Record<string, unknown>, as: User = testUsers.inspector): Promise<T> {
  const result = await subgraph.query<Record<string, T>>(query, { variables, as });
  expect(result.errors).toBeUndefined();
  return Object.values(result.data!)[0]!;
}
const draftInput = (over: Record<string, unknown> = {}) => ({
  year: 2027,
  capacities: [
    { kind: 'TRACK_INSPECTION', count: 3 },
    { kind: 'WORKPLACE_AUDIT', count: 1 },
    { kind: 'PARTNERSHIP_SUPERVISION', count: 0 },
  ],
  ...over,
});
const track = (plan: Plan) => plan.items.filter((i) => i.kind === 'TRACK_INSPECTION');
const bySubject = (plan: Plan, subjectId: string) => plan.items.find((i) => i.subjectId === subjectId)!;

let plan: Plan;

describe('draftAnnualPlan', () => {
  it('reads the candidates of each kind with capacity for the year before, and scores them with the weights of 1 January', async () => {
    plan = await ok<Plan>(DRAFT, { input: draftInput() });
    expect(sourceCalls).toEqual([
      { kind: 'TRACK_INSPECTION', from: '2026-01-01', to: '2026-12-31' },
      { kind: 'WORKPLACE_AUDIT', from: '2026-01-01', to: '2026-12-31' },
    ]);
    expect(plan).toMatchObject({ year: 2027, status: 'DRAFT', adoptedOn: null });
    expect(plan.weights).toEqual([
      { factor: 'COMPLAINTS', weight: 2.5, validFrom: '2027-01-01', isDefault: false },
      { factor: 'EARLY_TERMINATIONS', weight: 1.5, validFrom: null, isDefault: true },
      { factor: 'OVERDUE_RECOMMENDATIONS', weight: 3, validFrom: null, isDefault: true },
      { factor: 'NEGATIVE_PREVIOUS_RESULT', weight: 4, validFrom: null, isDefault: true },
      { factor: 'YEARS_SINCE_LAST_AUDIT', weight: 1, validFrom: null, isDefault: true },
    ]);
    expect(plan.history).toEqual([{ step: 'draft', fromStatus: null, toStatus: 'DRAFT', note: expect.stringContaining('4 gepland') }]);
  });

  it('ranks per kind by score (ties by subject id) and explains every score', async () => {
    // A: 3 × 2.5 + 1 overdue × 3 + not positive 4 + 2 years (2025) × 1 = 16.5
    // B: 1 × 2.5 + 2 × 1.5 + never audited 5 = 10.5
    // D: not in the source; 1 overdue (audit of its track) × 3 + 3 years (2024) = 6
    // C: serious shortcoming 4 + 1 year (2026) = 5;  E: never audited 5 (tie with C: C's id is lower)
    // F: only a cancelled audit, not a candidate; 'not-a-uuid' ignored.
    expect(track(plan).map((i) => [i.subjectId, i.riskScore, i.rank, i.planned, i.quarter])).toEqual([
      [centre.A, 16.5, 1, true, 1],
      [centre.B, 10.5, 2, true, 2],
      [centre.D, 6, 3, true, 3],
      [centre.C, 5, 4, false, null],
      [centre.E, 5, 5, false, null],
    ]);
    expect(bySubject(plan, centre.A).riskInputs).toEqual([
      { factor: 'COMPLAINTS', value: 3, weight: 2.5, contribution: 7.5 },
      { factor: 'EARLY_TERMINATIONS', value: 0, weight: 1.5, contribution: 0 },
      { factor: 'OVERDUE_RECOMMENDATIONS', value: 1, weight: 3, contribution: 3 },
      { factor: 'NEGATIVE_PREVIOUS_RESULT', value: 1, weight: 4, contribution: 4 },
      { factor: 'YEARS_SINCE_LAST_AUDIT', value: 2, weight: 1, contribution: 2 },
    ]);
    expect(bySubject(plan, centre.A).trainingCentre).toEqual({ id: centre.A });
    expect(bySubject(plan, centre.A).workplace).toBeNull();
  });

  it('keeps at most max(3 × capacity, 25) candidates per kind and plans the top of each', async () => {
    const workplaces = plan.items.filter((i) => i.kind === 'WORKPLACE_AUDIT');
    expect(workplaces).toHaveLength(25);
    // 2 × 2.5 + 1 × 1.5 + 5 = 11.5
    expect(workplaces[0]).toMatchObject({ subjectId: janssensWorkplace, riskScore: 11.5, rank: 1, planned: true, quarter: 1 });
    expect(workplaces[0]!.workplace).toEqual({ id: janssensWorkplace });
    expect(workplaces[0]!.partnership).toEqual({ id: partnership });
    expect(plan.capacities).toEqual(
      expect.arrayContaining([
        { kind: 'TRACK_INSPECTION', count: 3, planned: 3 },
        { kind: 'WORKPLACE_AUDIT', count: 1, planned: 1 },
        { kind: 'PARTNERSHIP_SUPERVISION', count: 0, planned: 0 },
      ]),
    );
  });

  it('filters items by kind and planned', async () => {
    const found = await ok<{ items: { subjectId: string }[] }>(BY_YEAR, { year: 2027, kind: 'TRACK_INSPECTION', plannedOnly: true });
    expect(found.items.map((i) => i.subjectId)).toEqual([centre.A, centre.B, centre.D]);
    expect(await ok(BY_YEAR, { year: 2031 })).toBeNull();
  });

  it('one plan per year: a second draft of 2027 is CONFLICT', async () => {
    const again = await subgraph.query(DRAFT, { variables: { input: draftInput() }, as: testUsers.agencyStaff });
    expect(first(again.errors)?.code).toBe('CONFLICT');
  });

  it('refuses a past year, a negative or too large count, a kind twice and no capacity at all', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ year: 2025 }, 'year'],
      [{ year: 2040 }, 'year'],
      [{ year: 2028, capacities: [{ kind: 'TRACK_INSPECTION', count: -1 }] }, 'capacities'],
      [{ year: 2028, capacities: [{ kind: 'TRACK_INSPECTION', count: 201 }] }, 'capacities'],
      [{ year: 2028, capacities: [{ kind: 'TRACK_INSPECTION', count: 1 }, { kind: 'TRACK_INSPECTION', count: 2 }] }, 'capacities'],
      [{ year: 2028, capacities: [] }, 'capacities'],
    ];
    for (const [over, field] of cases) {
      const result = await subgraph.query(DRAFT, { variables: { input: draftInput(over) }, as: testUsers.agencyStaff });
      expect(first(result.errors), JSON.stringify(over)).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    expect(await prisma.annualPlan.count()).toBe(1);
  });

  it('is for agency staff and inspectors only', async () => {
    const input = draftInput({ year: 2028 });
    for (const as of [testUsers.centreUser(westCentre), testUsers.partnershipStaff(partnership), testUsers.schoolUser]) {
      expect(first((await subgraph.query(DRAFT, { variables: { input }, as })).errors)?.code).toBe('FORBIDDEN');
      expect(first((await subgraph.query(BY_YEAR, { variables: { year: 2027 }, as })).errors)?.code).toBe('FORBIDDEN');
      expect(first((await subgraph.query('{ annualPlans { id } }', { as })).errors)?.code).toBe('FORBIDDEN');
    }
    expect(first((await subgraph.query(DRAFT, { variables: { input }, as: null })).errors)?.code).toBe('UNAUTHENTICATED');
  });
});

describe('setAnnualPlanItemPlanned', () => {
  it('going against the ranking needs a reason', async () => {
    const e = bySubject(plan, centre.E);
    const a = bySubject(plan, centre.A);
    const noReason = await subgraph.query(CHOOSE, { variables: { input: { itemId: e.id, planned: true } }, as: testUsers.inspector });
    expect(first(noReason.errors)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    const drop = await subgraph.query(CHOOSE, { variables: { input: { itemId: a.id, planned: false } }, as: testUsers.inspector });
    expect(first(drop.errors)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    const short = await subgraph.query(CHOOSE, { variables: { input: { itemId: e.id, planned: true, reason: 'kort' } }, as: testUsers.inspector });
    expect(first(short.errors)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
  });

  it('refuses a quarter outside 1–4 or on a dropped candidate, and an unknown item', async () => {
    const e = bySubject(plan, centre.E);
    const reason = 'Signalen van de sector over eindproeven';
    for (const input of [{ itemId: e.id, planned: true, quarter: 5, reason }, { itemId: e.id, planned: true, quarter: 0, reason }, { itemId: e.id, planned: false, quarter: 2 }]) {
      expect(first((await subgraph.query(CHOOSE, { variables: { input }, as: testUsers.inspector })).errors)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'quarter' });
    }
    for (const itemId of [id(0xdead), 'nope']) {
      expect(first((await subgraph.query(CHOOSE, { variables: { input: { itemId, planned: true, reason } }, as: testUsers.inspector })).errors)?.code).toBe('NOT_FOUND');
    }
    expect(first((await subgraph.query(CHOOSE, { variables: { input: { itemId: e.id, planned: true, reason } }, as: testUsers.centreUser(westCentre) })).errors)?.code).toBe('FORBIDDEN');
  });

  it('a candidate planned by hand takes the place of the lowest automatic one, in the quarter chosen', async () => {
    const e = bySubject(plan, centre.E);
    const chosen = await ok<Item>(CHOOSE, { input: { itemId: e.id, planned: true, quarter: 4, reason: 'Signalen van de sector over eindproeven' } });
    expect(chosen).toMatchObject({ subjectId: centre.E, planned: true, quarter: 4, manualReason: 'Signalen van de sector over eindproeven' });
    plan = (await ok<Plan[]>(`{ annualPlans { ${PLAN} } }`, {}))[0]!;
    expect(track(plan).filter((i) => i.planned).map((i) => [i.subjectId, i.quarter])).toEqual([[centre.A, 1], [centre.B, 2], [centre.E, 4]]);
    expect(bySubject(plan, centre.D)).toMatchObject({ planned: false, quarter: null, manualReason: null });
    expect(plan.history.at(-1)).toMatchObject({ step: 'choose', note: expect.stringContaining('rang 5: gepland in kwartaal 4') });
  });
});

describe('rescoreAnnualPlan', () => {
  it('scores again with the data of now and keeps the choices made by hand (same item ids)', async () => {
    const before = bySubject(plan, centre.E);
    // A's overdue recommendation is implemented meanwhile: A loses 3 points.
    await prisma.recommendation.update({ where: { id: recommendationIds.overdueA }, data: { status: 'IMPLEMENTED', implementedOn: d('2026-11-01') } });
    plan = await ok<Plan>(RESCORE, { planId: plan.id }, testUsers.agencyStaff);
    expect(bySubject(plan, centre.A)).toMatchObject({ riskScore: 13.5, rank: 1, planned: true, quarter: 1 });
    expect(bySubject(plan, centre.E)).toMatchObject({ id: before.id, planned: true, quarter: 4, manualReason: 'Signalen van de sector over eindproeven' });
    expect(track(plan).filter((i) => i.planned).map((i) => i.subjectId)).toEqual([centre.A, centre.B, centre.E]);
    expect(plan.history.map((h) => h.step)).toEqual(['draft', 'choose', 'rescore']);
    expect(plan.history.at(-1)!.note).toContain('1 keuze(s) met de hand behouden');
  });
});

describe('adoptAnnualPlan', () => {
  it('creates one PLANNED audit per planned item, on the 15th of the middle month of its quarter, without auditors', async () => {
    const adopted = await ok<Plan>(ADOPT, { planId: plan.id }, testUsers.agencyStaff);
    expect(adopted).toMatchObject({ status: 'ADOPTED', adoptedOn: '2026-11-15' });
    const planned = adopted.items.filter((i) => i.planned);
    expect(planned.map((i) => [i.subjectId, i.audit?.status, i.audit?.scheduledOn])).toEqual([
      [centre.A, 'PLANNED', '2027-02-15'],
      [centre.B, 'PLANNED', '2027-05-15'],
      [centre.E, 'PLANNED', '2027-11-15'],
      [janssensWorkplace, 'PLANNED', '2027-02-15'],
    ]);
    expect(planned[0]!.audit).toMatchObject({ kind: 'TRACK_INSPECTION', subjectType: 'TRAINING_CENTRE', subjectId: centre.A, title: expect.stringContaining('Inspectie ondernemerschapstrajecten') });
    expect(adopted.items.filter((i) => !i.planned).every((i) => i.audit === null)).toBe(true);
    const audits = await prisma.audit.findMany({ where: { planItemId: { not: null } }, include: { assignments: true } });
    expect(audits).toHaveLength(4);
    expect(audits.map((a) => a.assignments.length)).toEqual([0, 0, 0, 0]);
    expect(audits.find((a) => a.subjectId === janssensWorkplace)).toMatchObject({ partnershipId: partnership, kind: 'WORKPLACE_AUDIT', subjectType: 'WORKPLACE' });
    expect(audits.find((a) => a.subjectId === centre.B)).toMatchObject({ trainingCentreId: centre.B, scheduledOn: d('2027-05-15') });
    const history = await prisma.statusChange.findMany({ where: { entityType: 'Audit', entityId: { in: audits.map((a) => a.id) } } });
    expect(history.map((h) => [h.step, h.toStatus])).toEqual(audits.map(() => ['plan', 'PLANNED']));
    expect(adopted.history.at(-1)).toMatchObject({ step: 'adopt', fromStatus: 'DRAFT', toStatus: 'ADOPTED' });
  });

  it('adopting again is INVALID_STATE_TRANSITION and never creates audits twice; an adopted plan no longer changes', async () => {
    const again = await subgraph.query(ADOPT, { variables: { planId: plan.id }, as: testUsers.agencyStaff });
    expect(first(again.errors)?.code).toBe('INVALID_STATE_TRANSITION');
    expect(await prisma.audit.count({ where: { planItemId: { not: null } } })).toBe(4);
    expect(first((await subgraph.query(RESCORE, { variables: { planId: plan.id }, as: testUsers.inspector })).errors)?.code).toBe('INVALID_STATE_TRANSITION');
    const c = bySubject(plan, centre.C);
    const choose = await subgraph.query(CHOOSE, { variables: { input: { itemId: c.id, planned: true, reason: 'Toch nog inplannen graag' } }, as: testUsers.inspector });
    expect(first(choose.errors)?.code).toBe('INVALID_STATE_TRANSITION');
  });

  it('refuses other roles and unknown plans', async () => {
    expect(first((await subgraph.query(ADOPT, { variables: { planId: plan.id }, as: testUsers.partnershipStaff(partnership) })).errors)?.code).toBe('FORBIDDEN');
    expect(first((await subgraph.query(ADOPT, { variables: { planId: id(0xbad) }, as: testUsers.agencyStaff })).errors)?.code).toBe('NOT_FOUND');
  });
});

describe('batching', () => {
  it('reads the items, capacities, audits and history of all plans with one statement each', async () => {
    await ok(DRAFT, { input: draftInput({ year: 2028 }) }, testUsers.agencyStaff);
    statements.length = 0;
    const plans = await ok<Plan[]>(`{ annualPlans { ${PLAN} } }`, {}, testUsers.agencyStaff);
    expect(plans.map((p) => p.year)).toEqual([2028, 2027]);
    const from = (table: string) => statements.filter((sql) => new RegExp(`FROM "[^"]*"?\\."?${table}"|FROM "${table}"`).test(sql));
    expect(from('annual_plan_item')).toHaveLength(1);
    expect(from('annual_plan_capacity')).toHaveLength(1);
    expect(from('audit')).toHaveLength(1);
    expect(from('status_change')).toHaveLength(1);
  });
});
