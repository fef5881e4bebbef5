import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestSubgraph, type TestSubgraph } from '@werkplek/test-kit';
import type { PrismaClient } from '../src/generated/prisma/client.js';
import { createInspectionSubgraph } from '../src/subgraph.js';
import { seedInspection } from '../src/seed.js';
import { auditSeed } from '../src/seed/audit-data.js';
import { plannedAuditsWithoutItem } from '../src/seed/annual-plan.js';
import { day, seedAuditId } from '../src/seed/ids.js';

let subgraph: TestSubgraph;
let prisma: PrismaClient;
const statements: string[] = [];
const observed = { firstStatements: -1, secondStatements: -1, rowsAfterFirst: {} as Record<string, number>, rowsAfterSecond: {} as Record<string, number> };

const rowCounts = async (client: PrismaClient) => ({
  auditors: await client.auditor.count(),
  templates: await client.auditTemplate.count(),
  questions: await client.templateQuestion.count(),
  audits: await client.audit.count(),
  assignments: await client.auditAssignment.count(),
  answers: await client.checklistAnswer.count(),
  findings: await client.finding.count(),
  recommendations: await client.recommendation.count(),
  evidence: await client.evidenceFile.count(),
  history: await client.statusChange.count(),
  plans: await client.annualPlan.count(),
  planItems: await client.annualPlanItem.count(),
  capacities: await client.annualPlanCapacity.count(),
  riskWeights: await client.riskWeight.count(),
});

const today = day('2026-11-23');

beforeAll(async () => {
  subgraph = await startTestSubgraph('inspection', (db) =>
    createInspectionSubgraph({
      ...db,
      onQuery: (sql: string) => statements.push(sql),
      riskSignals: { candidates: async () => [] },
      seedWith: async (client) => {
        prisma = client;
        statements.length = 0;
        await seedInspection(client);
        observed.firstStatements = statements.length;
        observed.rowsAfterFirst = await rowCounts(client);
        statements.length = 0;
        await seedInspection(client);
        observed.secondStatements = statements.length;
        observed.rowsAfterSecond = await rowCounts(client);
      },
    }),
  );
}, 60_000);
afterAll(() => subgraph?.stop());

describe('the demonstration seed', () => {
  it('is idempotent (a second run inserts nothing) and fast: a bulk insert per table, not a statement per row', () => {
    expect(observed.rowsAfterFirst.audits).toBe(18);
    expect(observed.rowsAfterSecond).toEqual(observed.rowsAfterFirst);
    // About one statement per table; a statement per row would be several hundred (the rows counted above).
    const rows = Object.values(observed.rowsAfterFirst).reduce((sum, count) => sum + count, 0);
    expect(rows).toBeGreaterThan(300);
    expect(observed.firstStatements).toBeGreaterThan(0);
    expect(observed.firstStatements).toBeLessThanOrEqual(30);
    expect(observed.secondStatements).toBeLessThanOrEqual(observed.firstStatements);
  });

  it('keeps the first run’s rows untouched on a second run (audit numbers, versions)', async () => {
    const audits = await prisma.audit.findMany({ orderBy: { number: 'asc' }, select: { id: true, number: true } });
    expect(audits.map((audit) => audit.id)).toEqual(auditSeed.map((audit) => seedAuditId(audit.number)));
    expect(audits.map((audit) => audit.number)).toEqual(auditSeed.map((_, index) => index + 1));
    // The second run drew no audit numbers: the next audit planned gets number 19, not 37.
    const [sequence] = await prisma.$queryRaw<{ last_value: bigint }[]>`SELECT last_value FROM audit_number_seq`;
    expect(Number(sequence!.last_value)).toBe(auditSeed.length);
  });

  it('registers both teams, two co-auditors of the onderwijsinspectie and the two demo sign-ins', async () => {
    const auditors = await prisma.auditor.findMany();
    expect(auditors.filter((auditor) => auditor.team === 'INSPECTION').length).toBeGreaterThanOrEqual(4);
    expect(auditors.filter((auditor) => auditor.team === 'SUPERVISION').length).toBeGreaterThanOrEqual(4);
    const coAuditors = auditors.filter((auditor) => auditor.organisation === 'EDUCATION_INSPECTORATE');
    expect(coAuditors).toHaveLength(2);
    expect(coAuditors.every((auditor) => auditor.userId === null && auditor.team === null)).toBe(true);
    expect(auditors.find((auditor) => auditor.userId === 'demo-inspector-pieter')?.name).toBe('Pieter De Smet');
    expect(auditors.find((auditor) => auditor.userId === 'demo-supervisor-els')?.team).toBe('SUPERVISION');
  });

  it('publishes one template per kind, with 6–10 questions, and shows versioning for the track inspection', async () => {
    const templates = await prisma.auditTemplate.findMany({ include: { questions: true }, orderBy: [{ kind: 'asc' }, { version: 'asc' }] });
    const published = templates.filter((template) => template.status === 'PUBLISHED');
    expect(published.map((template) => template.kind).sort()).toEqual(
      ['APPRENTICESHIP_FOLLOW_UP', 'DUAL_QUALITY_AUDIT', 'PARTNERSHIP_SUPERVISION', 'TRACK_INSPECTION', 'WORKPLACE_AUDIT'],
    );
    const track = templates.filter((template) => template.kind === 'TRACK_INSPECTION');
    expect(track.map((template) => [template.version, template.status])).toEqual([[1, 'RETIRED'], [2, 'PUBLISHED']]);
    for (const template of templates) {
      expect(template.questions.length).toBeGreaterThanOrEqual(6);
      expect(template.questions.length).toBeLessThanOrEqual(10);
      const positions = template.questions.map((question) => question.position).sort((a, b) => a - b);
      expect(positions).toEqual(template.questions.map((_, index) => index + 1));
      for (const question of template.questions) {
        expect(question.choices.length > 0).toBe(question.answerType === 'CHOICE');
      }
    }
  });

  it('has audits of every kind in the states of §4 (counts per kind and status)', async () => {
    const groups = await prisma.audit.groupBy({ by: ['kind', 'status'], _count: { _all: true } });
    const count = (kind: string, status: string) => groups.find((group) => group.kind === kind && group.status === status)?._count._all ?? 0;
    expect(count('APPRENTICESHIP_FOLLOW_UP', 'FOLLOW_UP')).toBe(1);
    expect(count('APPRENTICESHIP_FOLLOW_UP', 'REPORTED')).toBe(1);
    expect(count('APPRENTICESHIP_FOLLOW_UP', 'PLANNED')).toBe(2);
    expect(count('TRACK_INSPECTION', 'CLOSED')).toBe(3);
    expect(count('TRACK_INSPECTION', 'REPORTED')).toBe(2);
    expect(count('TRACK_INSPECTION', 'FOLLOW_UP')).toBe(1);
    expect(count('DUAL_QUALITY_AUDIT', 'PREPARED') + count('DUAL_QUALITY_AUDIT', 'PLANNED')).toBe(3);
    expect(count('PARTNERSHIP_SUPERVISION', 'REPORTED')).toBe(1);
    expect(count('PARTNERSHIP_SUPERVISION', 'PREPARED')).toBe(1);
    expect(count('PARTNERSHIP_SUPERVISION', 'CLOSED')).toBe(1);
    expect(count('WORKPLACE_AUDIT', 'IN_PROGRESS')).toBe(1);
    expect(count('WORKPLACE_AUDIT', 'CLOSED')).toBe(1);

    const leertijd = await prisma.audit.findMany({ where: { kind: 'APPRENTICESHIP_FOLLOW_UP', performedOn: { not: null } } });
    expect(leertijd).toHaveLength(2);
    expect(leertijd.every((audit) => audit.result === 'NOT_POSITIVE' && audit.improvementPlanApprovedOn !== null)).toBe(true);
    const west = await prisma.audit.findUniqueOrThrow({ where: { id: seedAuditId(3) } });
    expect(west).toMatchObject({ title: 'Opvolgingsdoorlichting leertijd Syntra West', status: 'PLANNED', scheduledOn: day('2027-04-20') });
  });

  it('gives the dual trial audits a co-auditor and each leertijd Paritair College an agency and an education member', async () => {
    const assignments = await prisma.auditAssignment.findMany({ include: { auditor: true, audit: true } });
    const dual = await prisma.audit.findMany({ where: { kind: 'DUAL_QUALITY_AUDIT' }, select: { id: true } });
    for (const { id } of dual) {
      expect(assignments.some((a) => a.auditId === id && a.role === 'CO_AUDITOR' && a.auditor.organisation === 'EDUCATION_INSPECTORATE')).toBe(true);
    }
    for (const auditId of [seedAuditId(1), seedAuditId(2), seedAuditId(3)]) {
      const college = assignments.filter((a) => a.auditId === auditId);
      expect(college.filter((a) => a.role === 'LEAD')).toHaveLength(1);
      expect(college.some((a) => a.auditor.organisation === 'EDUCATION_INSPECTORATE' && a.role === 'PANEL_MEMBER')).toBe(true);
    }
    // Co-auditors and panel members only where the domain allows them.
    for (const assignment of assignments) {
      if (assignment.auditor.organisation === 'EDUCATION_INSPECTORATE') {
        expect(['DUAL_QUALITY_AUDIT', 'APPRENTICESHIP_FOLLOW_UP']).toContain(assignment.audit.kind);
      }
      if (assignment.role === 'PANEL_MEMBER') expect(assignment.audit.kind).toBe('APPRENTICESHIP_FOLLOW_UP');
    }
    const leads = await prisma.audit.findMany({ where: { assignments: { none: { role: 'LEAD' } } } });
    expect(leads).toEqual([]);
  });

  it('has the recommendations of the eindproeven overdue against 23 November 2026, and only those still open', async () => {
    const overdue = await prisma.recommendation.findMany({
      where: { status: 'OPEN', agreedDueOn: { lt: today } },
      include: { audit: true },
    });
    expect(overdue.length).toBeGreaterThanOrEqual(3);
    expect(overdue.every((recommendation) => recommendation.audit.focus === 'eindproeven')).toBe(true);
    expect(overdue.every((recommendation) => recommendation.agreedDueOn.getUTCMonth() === 10)).toBe(true); // November
    const dueLater = await prisma.recommendation.count({ where: { status: 'OPEN', agreedDueOn: { gte: today } } });
    expect(dueLater).toBeGreaterThan(0);
    // Evaluated ones carry the evaluation, open ones do not.
    const recommendations = await prisma.recommendation.findMany();
    for (const recommendation of recommendations) {
      expect(recommendation.evaluatedOn === null).toBe(recommendation.status === 'OPEN');
      if (recommendation.status === 'IMPLEMENTED') expect(recommendation.implementedOn).not.toBeNull();
    }
    const older = await prisma.recommendation.findMany({ where: { audit: { focus: { in: ['toerisme en recreatie', 'informatica'] } } } });
    expect(older.length).toBeGreaterThan(0);
    expect(older.every((recommendation) => recommendation.status !== 'OPEN' && recommendation.evaluatedOn! >= day('2026-10-01'))).toBe(true);
  });

  it('gives every audit a history whose steps chain from planning to its current status', async () => {
    const audits = await prisma.audit.findMany();
    const history = await prisma.statusChange.findMany({ where: { entityType: 'Audit' }, orderBy: [{ at: 'asc' }, { sequence: 'asc' }] });
    for (const audit of audits) {
      const steps = history.filter((change) => change.entityId === audit.id);
      expect(steps[0], audit.title).toMatchObject({ step: 'plan', fromStatus: null, toStatus: 'PLANNED' });
      for (let index = 1; index < steps.length; index++) expect(steps[index]!.fromStatus).toBe(steps[index - 1]!.toStatus);
      expect(steps.at(-1)!.toStatus, audit.title).toBe(audit.status);
      expect(audit.version).toBe(steps.length - 1);
    }
  });

  it('answers the whole checklist of every reported audit, and keeps findings of every severity', async () => {
    const reported = await prisma.audit.findMany({ where: { status: { in: ['REPORTED', 'FOLLOW_UP', 'CLOSED'] } } });
    for (const audit of reported) {
      expect(audit.templateId, audit.title).not.toBeNull();
      const required = await prisma.templateQuestion.count({ where: { templateId: audit.templateId!, required: true } });
      const answered = await prisma.checklistAnswer.count({ where: { auditId: audit.id, question: { required: true } } });
      expect(answered, audit.title).toBe(required);
    }
    const severities = await prisma.finding.groupBy({ by: ['severity'], _count: { _all: true } });
    expect(severities.map((group) => group.severity).sort()).toEqual(['OBSERVATION', 'POSITIVE', 'SERIOUS_SHORTCOMING', 'SHORTCOMING']);
    // A closed audit has no open recommendation (closing refuses that).
    expect(await prisma.recommendation.count({ where: { status: 'OPEN', audit: { status: 'CLOSED' } } })).toBe(0);
    const evidence = await prisma.evidenceFile.findFirstOrThrow();
    expect(evidence.sizeBytes).toBe(evidence.content.byteLength);
    expect(Buffer.from(evidence.content).toString('utf8')).toContain('eindproeven');
  });

  it('adopts the annual plan 2026, whose planned items link to the seeded audits, with default weights', async () => {
    expect(plannedAuditsWithoutItem()).toEqual([]);
    const plan = await prisma.annualPlan.findUniqueOrThrow({ where: { year: 2026 }, include: { items: { include: { audit: true } }, capacities: true } });
    expect(plan.status).toBe('ADOPTED');
    const planned = plan.items.filter((item) => item.planned);
    expect(planned.length).toBeGreaterThan(5);
    expect(planned.every((item) => item.audit !== null && item.quarter !== null)).toBe(true);
    expect(plan.items.filter((item) => !item.planned).every((item) => item.audit === null)).toBe(true);
    for (const capacity of plan.capacities) {
      expect(planned.filter((item) => item.kind === capacity.kind)).toHaveLength(capacity.count);
    }
    for (const item of plan.items) {
      const inputs = item.riskInputs as { weight: number; value: number; contribution: number }[];
      expect(inputs).toHaveLength(5);
      expect(inputs.reduce((sum, input) => sum + input.contribution, 0)).toBeCloseTo(Number(item.riskScore), 2);
    }
    // Planned against the ranking only with a reason.
    for (const item of planned) {
      const outranked = plan.items.some((other) => other.kind === item.kind && !other.planned && other.rank < item.rank);
      if (outranked) expect(item.manualReason).toBeTruthy();
    }
    expect(observed.rowsAfterFirst.riskWeights).toBe(0);
  });
});
