import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestSubgraph, testUsers, type TestSubgraph } from '@werkplek/test-kit';
import type { PrismaClient } from '../src/generated/prisma/client.js';
import { createInspectionSubgraph } from '../src/index.js';
import { insertAudit, janssensWorkplace, westCentre } from './fixtures.js';

/*
 * The inspection indicators of 2026 against a hand-computed fixture; today is 15 November 2026.
 * Edge cases: 31 December vs 1 January, a cancelled audit (even one with a visit date), a recommendation implemented
 * on its due date and one a day late, an adopted plan's planned item without an audit.
 */

const id = (n: number) => `7c000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const d = (value: string) => new Date(`${value}T00:00:00Z`);
const partnership = id(0x900);

async function seedIndicatorFixture(prisma: PrismaClient) {
  const audit = (n: number, over: Parameters<typeof insertAudit>[1]) => insertAudit(prisma, { id: id(n), ...over });
  // T1: scheduled and performed on 1 January 2026, reported in February → planned, performed, reported 2026.
  await audit(1, { status: 'CLOSED', scheduledOn: d('2026-01-01'), performedOn: d('2026-01-01'), reportedOn: d('2026-02-01') });
  // T2: scheduled and performed on 31 December 2025, reported 5 January 2026 → reported 2026 only.
  await audit(2, { status: 'REPORTED', scheduledOn: d('2025-12-31'), performedOn: d('2025-12-31'), reportedOn: d('2026-01-05') });
  // T3: planned on 31 December 2026 (from the adopted plan) → planned 2026.
  // T4: planned on 1 January 2027 → not 2026.
  await audit(4, { status: 'PLANNED', scheduledOn: d('2027-01-01') });
  // T5: cancelled while in progress (it has a visit date) → cancelled only.
  await audit(5, { status: 'CANCELLED', scheduledOn: d('2026-05-01'), performedOn: d('2026-05-01'), cancelledReason: 'Centrum gesloten' });
  // W1: a workplace audit performed in March 2026.
  await audit(6, {
    kind: 'WORKPLACE_AUDIT', subjectType: 'WORKPLACE', subjectId: janssensWorkplace, trainingCentreId: null, partnershipId: partnership,
    status: 'REPORTED', scheduledOn: d('2026-03-01'), performedOn: d('2026-03-02'), reportedOn: d('2026-03-10'),
  });

  // The adopted plan 2026: a planned item with audit T3, a planned workplace item without audit, an item not planned.
  const item = (n: number, kind: 'TRACK_INSPECTION' | 'WORKPLACE_AUDIT', planned: boolean) => ({
    id: id(0x100 + n), planId: id(0x100), kind, subjectType: kind === 'WORKPLACE_AUDIT' ? ('WORKPLACE' as const) : ('TRAINING_CENTRE' as const),
    subjectId: id(0x200 + n), riskScore: 5, riskInputs: [], rank: n, planned, quarter: planned ? 4 : null,
  });
  await prisma.annualPlan.create({
    data: { id: id(0x100), year: 2026, status: 'ADOPTED', adoptedOn: d('2025-12-01'), weights: [], createdById: 'test-staff', createdBy: 'Sofie Claes' },
  });
  await prisma.annualPlanItem.createMany({ data: [item(1, 'TRACK_INSPECTION', true), item(2, 'WORKPLACE_AUDIT', true), item(3, 'WORKPLACE_AUDIT', false)] });
  await audit(3, { status: 'PLANNED', scheduledOn: d('2026-12-31'), planItemId: id(0x101), subjectId: id(0x201), trainingCentreId: id(0x201) });

  const finding = (auditN: number, severity: 'POSITIVE' | 'OBSERVATION' | 'SHORTCOMING' | 'SERIOUS_SHORTCOMING') => ({
    auditId: id(auditN), severity, title: severity, description: 'Vaststelling', createdById: 'f', createdBy: 'f',
  });
  await prisma.finding.createMany({
    data: [
      finding(1, 'SERIOUS_SHORTCOMING'), finding(1, 'OBSERVATION'), finding(1, 'OBSERVATION'),
      finding(2, 'SHORTCOMING'), // performed 31 December 2025
      finding(5, 'POSITIVE'), // cancelled
      finding(6, 'POSITIVE'),
    ],
  });

  const rec = (agreedDueOn: string, status: 'OPEN' | 'IMPLEMENTED' | 'NOT_IMPLEMENTED', implementedOn?: string) => ({
    auditId: id(1), description: 'Aanbeveling', owner: 'Directeur', agreedDueOn: d(agreedDueOn), status,
    implementedOn: implementedOn ? d(implementedOn) : null, createdById: 'f', createdBy: 'f',
  });
  await prisma.recommendation.createMany({
    data: [
      rec('2026-03-31', 'IMPLEMENTED', '2026-03-31'), // on time (on the day)
      rec('2026-03-31', 'IMPLEMENTED', '2026-04-01'), // a day late
      rec('2026-01-01', 'NOT_IMPLEMENTED'),
      rec('2026-06-30', 'OPEN'), // overdue today
      rec('2026-12-31', 'OPEN'), // not yet due
      rec('2025-12-31', 'IMPLEMENTED', '2025-12-20'), // due in 2025
      rec('2027-01-01', 'OPEN'), // due in 2027
    ],
  });
}

let subgraph: TestSubgraph;
const statements: string[] = [];

beforeAll(async () => {
  subgraph = await startTestSubgraph('inspection', (db) =>
    createInspectionSubgraph({
      ...db,
      seedWith: seedIndicatorFixture,
      now: () => new Date('2026-11-15T09:00:00Z'),
      riskSignals: { candidates: async () => [] },
      onQuery: (sql) => statements.push(sql),
    }),
  );
});
afterAll(() => subgraph?.stop());

const INDICATORS = `query ($year: Int!) { auditIndicators(year: $year) {
  year kinds { kind planned performed reported cancelled doneShare } findings { severity count }
  recommendations { due implementedOnTime implementedLate notImplemented openOverdue openNotDue onTimeShare } } }`;
type Errors = readonly { extensions?: Record<string, unknown> }[] | undefined;
const first = (errors: Errors) => errors?.[0]?.extensions;
const none = (kind: string) => ({ kind, planned: 0, performed: 0, reported: 0, cancelled: 0, doneShare: null });

describe('auditIndicators', () => {
  it('2026: planned, performed, reported and cancelled per kind, findings of audits performed, recommendations due', async () => {
    statements.length = 0;
    const result = await subgraph.query(INDICATORS, { variables: { year: 2026 }, as: testUsers.inspector });
    expect(result.errors).toBeUndefined();
    expect(result.data!.auditIndicators).toEqual({
      year: 2026,
      kinds: [
        none('PARTNERSHIP_SUPERVISION'),
        // planned T1 (1 Jan), T3 (31 Dec); performed T1; reported T1, T2 (5 Jan); cancelled T5 → 1 / 2
        { kind: 'TRACK_INSPECTION', planned: 2, performed: 1, reported: 2, cancelled: 1, doneShare: 50 },
        none('DUAL_QUALITY_AUDIT'),
        none('APPRENTICESHIP_FOLLOW_UP'),
        // W1 plus the adopted plan's planned item without an audit (the unplanned item does not count)
        { kind: 'WORKPLACE_AUDIT', planned: 2, performed: 1, reported: 1, cancelled: 0, doneShare: 50 },
      ],
      // T1: 1 serious, 2 observations; W1: 1 positive; T2 (2025) and T5 (cancelled) left out
      findings: [
        { severity: 'POSITIVE', count: 1 },
        { severity: 'OBSERVATION', count: 2 },
        { severity: 'SHORTCOMING', count: 0 },
        { severity: 'SERIOUS_SHORTCOMING', count: 1 },
      ],
      // due in 2026: 5 (31 Dec 2025 and 1 Jan 2027 left out); on time 1 of 5
      recommendations: { due: 5, implementedOnTime: 1, implementedLate: 1, notImplemented: 1, openOverdue: 1, openNotDue: 1, onTimeShare: 20 },
    });
    // Four aggregate statements, whatever the number of rows.
    expect(statements.filter((sql) => /GROUP BY|COUNT\(/.test(sql))).toHaveLength(4);
  });

  it('2025: the audit of 31 December 2025 and its recommendation belong to 2025', async () => {
    const result = await subgraph.query<{ auditIndicators: { kinds: { kind: string }[]; findings: { severity: string; count: number }[]; recommendations: unknown } }>(
      INDICATORS,
      { variables: { year: 2025 }, as: testUsers.agencyStaff },
    );
    expect(result.errors).toBeUndefined();
    const indicators = result.data!.auditIndicators;
    expect(indicators.kinds.find((k) => k.kind === 'TRACK_INSPECTION')).toEqual({
      kind: 'TRACK_INSPECTION', planned: 1, performed: 1, reported: 0, cancelled: 0, doneShare: 100,
    });
    expect(indicators.findings.find((f) => f.severity === 'SHORTCOMING')!.count).toBe(1);
    expect(indicators.recommendations).toEqual({
      due: 1, implementedOnTime: 1, implementedLate: 0, notImplemented: 0, openOverdue: 0, openNotDue: 0, onTimeShare: 100,
    });
  });

  it('a year without anything gives zeros and empty shares', async () => {
    const result = await subgraph.query<{ auditIndicators: { kinds: unknown[]; recommendations: { due: number; onTimeShare: number | null } } }>(
      INDICATORS,
      { variables: { year: 2019 }, as: testUsers.agencyStaff },
    );
    expect(result.data!.auditIndicators.kinds.every((k) => (k as { doneShare: unknown }).doneShare === null)).toBe(true);
    expect(result.data!.auditIndicators.recommendations).toMatchObject({ due: 0, onTimeShare: null });
  });

  it('refuses a year out of range and readers other than agency staff and inspectors', async () => {
    for (const year of [1999, 2101]) {
      const result = await subgraph.query(INDICATORS, { variables: { year }, as: testUsers.agencyStaff });
      expect(first(result.errors)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'year' });
    }
    for (const as of [testUsers.centreUser(westCentre), testUsers.partnershipStaff(partnership)]) {
      expect(first((await subgraph.query(INDICATORS, { variables: { year: 2026 }, as })).errors)?.code).toBe('FORBIDDEN');
    }
    expect(first((await subgraph.query(INDICATORS, { variables: { year: 2026 } })).errors)?.code).toBe('UNAUTHENTICATED');
  });
});
