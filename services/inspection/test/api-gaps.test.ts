import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { User } from '@werkplek/auth';
import { startTestSubgraph, testUsers, type TestSubgraph } from '@werkplek/test-kit';
import type { PrismaClient } from '../src/generated/prisma/client.js';
import type { AuditStatus, RecommendationStatus } from '../src/generated/prisma/enums.js';
import { createInspectionSubgraph } from '../src/index.js';
import { insertAudit, otherInspector, westCentre } from './fixtures.js';

// audits(sort:), recommendations(sort:) with cursor paging, and Audit.allowedSteps (issue #6's screens).
let subgraph: TestSubgraph;
let prisma: PrismaClient;
const clock = new Date('2026-11-23T09:00:00Z');
const statements: string[] = [];
const date = (day: string) => new Date(`${day}T00:00:00Z`);
const statusOrder: AuditStatus[] = ['PLANNED', 'PREPARED', 'IN_PROGRESS', 'REPORTED', 'FOLLOW_UP', 'CLOSED', 'CANCELLED'];
const recommendationStatusOrder: RecommendationStatus[] = ['OPEN', 'IMPLEMENTED', 'NOT_IMPLEMENTED'];
const byStatus = {} as Record<AuditStatus, string>;
let withoutTeam = '';

async function seed(client: PrismaClient) {
  prisma = client;
  // Three days and seven states for 14 audits: many ties, so the tie-breakers decide the order.
  const days = ['2026-12-08', '2026-10-01', '2026-12-08', '2027-01-15'];
  for (let i = 0; i < 14; i++) {
    const status = statusOrder[(i * 3) % statusOrder.length]!;
    const id = await insertAudit(client, { status, scheduledOn: date(days[i % days.length]!) });
    byStatus[status] ??= id;
    // Recommendations on tied dates, in each of the three states.
    await client.recommendation.create({
      data: {
        auditId: id,
        description: `Aanbeveling ${i}`,
        owner: 'Directeur',
        agreedDueOn: date(i % 2 ? '2027-03-01' : '2026-09-30'),
        status: recommendationStatusOrder[i % 3]!,
        createdById: 'fixture',
        createdBy: 'fixture',
      },
    });
  }
  withoutTeam = randomUUID();
  await client.audit.create({
    data: {
      id: withoutTeam,
      kind: 'TRACK_INSPECTION',
      title: 'Uit de jaarplanning, nog zonder team',
      subjectType: 'TRAINING_CENTRE',
      subjectId: westCentre,
      trainingCentreId: westCentre,
      status: 'PLANNED',
      scheduledOn: date('2026-12-08'),
      createdBy: 'fixture',
    },
  });
}

beforeAll(async () => {
  subgraph = await startTestSubgraph('inspection', (db) =>
    createInspectionSubgraph({ ...db, seedWith: seed, now: () => clock, onQuery: (sql) => statements.push(sql) }),
  );
});
afterAll(() => subgraph?.stop());

// `any`: the tests read differently shaped documents field by field; a type per document would repeat each query.
async function ask(document: string, variables: Record<string, unknown>, as: User = testUsers.agencyStaff): Promise<any> {
  const result = await subgraph.query<any>(document, { variables, as });
  expect(result.errors).toBeUndefined();
  return result.data;
}

/** Every page of a list, `first` at a time, following the cursors. */
async function allPages(field: 'audits' | 'recommendations', sort: string, first: number) {
  const document = `query ($sort: ${field === 'audits' ? 'AuditSort' : 'RecommendationSort'}, $page: PageInput) {
    ${field}(sort: $sort, page: $page) { totalCount pageInfo { endCursor hasNextPage } nodes { id } } }`;
  const ids: string[] = [];
  let after: string | null = null;
  for (let guard = 0; guard < 50; guard++) {
    const data = await ask(document, { sort, page: { first, after } });
    ids.push(...data[field].nodes.map((node: { id: string }) => node.id));
    if (!data[field].pageInfo.hasNextPage) return { ids, totalCount: data[field].totalCount as number };
    after = data[field].pageInfo.endCursor;
  }
  throw new Error('no last page');
}

const cmp = (a: string | number, b: string | number) => (a < b ? -1 : a > b ? 1 : 0);

describe('audits(sort:)', () => {
  type Row = { id: string; number: number; scheduledOn: Date; status: AuditStatus };
  const expected: Record<string, (a: Row, b: Row) => number> = {
    SCHEDULED_ON_ASC: (a, b) => cmp(+a.scheduledOn, +b.scheduledOn) || cmp(a.number, b.number),
    SCHEDULED_ON_DESC: (a, b) => cmp(+b.scheduledOn, +a.scheduledOn) || cmp(b.number, a.number),
    REFERENCE_ASC: (a, b) => cmp(a.number, b.number),
    REFERENCE_DESC: (a, b) => cmp(b.number, a.number),
    STATUS_ASC: (a, b) => cmp(statusOrder.indexOf(a.status), statusOrder.indexOf(b.status)) || cmp(+a.scheduledOn, +b.scheduledOn) || cmp(a.number, b.number),
    STATUS_DESC: (a, b) => cmp(statusOrder.indexOf(b.status), statusOrder.indexOf(a.status)) || cmp(+a.scheduledOn, +b.scheduledOn) || cmp(a.number, b.number),
  };
  for (const [sort, compare] of Object.entries(expected)) {
    it(`${sort}: pages of 4 without gaps or repeats, in the expected order`, async () => {
      const rows = await prisma.audit.findMany({ select: { id: true, number: true, scheduledOn: true, status: true } });
      const { ids, totalCount } = await allPages('audits', sort, 4);
      expect(totalCount).toBe(rows.length);
      expect(new Set(ids).size).toBe(rows.length);
      expect(ids).toEqual([...rows].sort(compare).map((row) => row.id));
    });
  }

  it('keeps the planned-day order by default', async () => {
    const data = await ask(`{ audits(page: { first: 100 }) { nodes { scheduledOn } } }`, {});
    const days = data.audits.nodes.map((node: { scheduledOn: string }) => node.scheduledOn);
    expect(days).toEqual([...days].sort());
  });
});

describe('recommendations(sort:)', () => {
  type Row = { id: string; agreedDueOn: Date; status: RecommendationStatus };
  const expected: Record<string, (a: Row, b: Row) => number> = {
    AGREED_DUE_ON_ASC: (a, b) => cmp(+a.agreedDueOn, +b.agreedDueOn) || cmp(a.id, b.id),
    AGREED_DUE_ON_DESC: (a, b) => cmp(+b.agreedDueOn, +a.agreedDueOn) || cmp(a.id, b.id),
    STATUS_ASC: (a, b) =>
      cmp(recommendationStatusOrder.indexOf(a.status), recommendationStatusOrder.indexOf(b.status)) || cmp(+a.agreedDueOn, +b.agreedDueOn) || cmp(a.id, b.id),
    STATUS_DESC: (a, b) =>
      cmp(recommendationStatusOrder.indexOf(b.status), recommendationStatusOrder.indexOf(a.status)) || cmp(+a.agreedDueOn, +b.agreedDueOn) || cmp(a.id, b.id),
  };
  for (const [sort, compare] of Object.entries(expected)) {
    it(`${sort}: pages of 3 without gaps or repeats, in the expected order`, async () => {
      const rows = await prisma.recommendation.findMany({ select: { id: true, agreedDueOn: true, status: true } });
      const { ids, totalCount } = await allPages('recommendations', sort, 3);
      expect(totalCount).toBe(rows.length);
      expect(new Set(ids).size).toBe(rows.length);
      // Ids are UUIDs: PostgreSQL orders them bytewise, as the lowercase hex text compares.
      expect(ids).toEqual([...rows].sort(compare).map((row) => row.id));
    });
  }
});

describe('Audit.allowedSteps', () => {
  const STEPS = `query ($id: ID!) { audit(id: $id) { status allowedSteps } }`;
  const stepsOf = async (status: AuditStatus, as: User) => (await ask(STEPS, { id: byStatus[status] }, as)).audit.allowedSteps;

  it('the assigned inspector: the steps of the state', async () => {
    expect(await stepsOf('PLANNED', testUsers.inspector)).toEqual(['reschedule', 'assign', 'prepare', 'cancel']);
    expect(await stepsOf('PREPARED', testUsers.inspector)).toEqual(['reschedule', 'assign', 'start', 'cancel', 'uploadEvidence']);
    expect(await stepsOf('IN_PROGRESS', testUsers.inspector)).toEqual(['assign', 'log', 'report', 'cancel', 'uploadEvidence']);
    expect(await stepsOf('REPORTED', testUsers.inspector)).toEqual(['completeReport', 'startFollowUp', 'evaluateRecommendation', 'close', 'uploadEvidence']);
    expect(await stepsOf('FOLLOW_UP', testUsers.inspector)).toEqual(['completeReport', 'evaluateRecommendation', 'close', 'uploadEvidence']);
    expect(await stepsOf('CLOSED', testUsers.inspector)).toEqual([]);
    expect(await stepsOf('CANCELLED', testUsers.inspector)).toEqual([]);
  });

  it('agency staff: planning and cancelling only, before the report', async () => {
    expect(await stepsOf('PLANNED', testUsers.agencyStaff)).toEqual(['reschedule', 'assign', 'cancel']);
    expect(await stepsOf('PREPARED', testUsers.agencyStaff)).toEqual(['reschedule', 'assign', 'cancel']);
    expect(await stepsOf('IN_PROGRESS', testUsers.agencyStaff)).toEqual(['assign', 'cancel']);
    expect(await stepsOf('REPORTED', testUsers.agencyStaff)).toEqual([]);
  });

  it('an inspector not on the team: nothing; on an audit without a team: taking it up (assign)', async () => {
    for (const status of statusOrder) expect(await stepsOf(status, otherInspector)).toEqual([]);
    expect((await ask(STEPS, { id: withoutTeam }, otherInspector)).audit.allowedSteps).toEqual(['assign']);
    expect((await ask(STEPS, { id: withoutTeam }, testUsers.agencyStaff)).audit.allowedSteps).toEqual(['reschedule', 'assign', 'cancel']);
  });

  it('the audited centre reads its report but takes no step', async () => {
    expect(await stepsOf('REPORTED', testUsers.centreUser(westCentre))).toEqual([]);
  });

  it('lists uploadEvidence exactly where uploadEvidence succeeds (evidence states, assigned inspector only)', async () => {
    const pdf = Buffer.from('%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n', 'latin1');
    const users = [testUsers.inspector, otherInspector, testUsers.agencyStaff, testUsers.centreUser(westCentre)];
    for (const status of statusOrder) {
      // A fresh audit per state, so uploads do not change what the other tests read.
      const auditId = await insertAudit(prisma, { status });
      for (const user of users) {
        // The centre reads no unfinished audit at all: nothing listed then.
        const read = await subgraph.query<{ audit: { allowedSteps: string[] } | null }>(STEPS, { variables: { id: auditId }, as: user });
        const listed = read.data?.audit?.allowedSteps ?? [];
        const uploaded = await subgraph.query<{ uploadEvidence: { id: string } }>(
          `mutation ($input: UploadEvidenceInput!) { uploadEvidence(input: $input) { id } }`,
          { variables: { input: { id: randomUUID(), auditId, fileName: 'verslag.pdf', mediaType: 'application/pdf', contentBase64: pdf.toString('base64') } }, as: user },
        );
        expect(listed.includes('uploadEvidence'), `${status} ${user.role}`).toBe(uploaded.errors === undefined);
      }
    }
  });

  it('agrees with the steps themselves: a step not listed is refused, a listed one is taken', async () => {
    const refused = await subgraph.query<any>(`mutation ($input: AuditStepInput!) { startAuditFollowUp(input: $input) { id } }`, {
      variables: { input: { auditId: byStatus.REPORTED } },
      as: otherInspector,
    });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const taken = await ask(
      `mutation ($input: RescheduleAuditInput!) { rescheduleAudit(input: $input) { scheduledOn allowedSteps } }`,
      { input: { auditId: withoutTeam, scheduledOn: '2026-12-15' } },
    );
    expect(taken.rescheduleAudit).toEqual({ scheduledOn: '2026-12-15', allowedSteps: ['reschedule', 'assign', 'cancel'] });
  });

  it('one query for the teams of a whole page', async () => {
    statements.length = 0;
    const data = await ask(`{ audits(page: { first: 15 }) { nodes { allowedSteps } } }`, {}, testUsers.inspector);
    expect(data.audits.nodes).toHaveLength(15);
    expect(statements.filter((sql) => /FROM "public"\."audit_assignment"/.test(sql))).toHaveLength(1);
  });
});
