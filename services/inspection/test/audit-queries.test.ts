import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { User } from '@werkplek/auth';
import { startTestSubgraph, testUsers, type TestSubgraph } from '@werkplek/test-kit';
import type { PrismaClient } from '../src/generated/prisma/client.js';
import { createInspectionSubgraph } from '../src/index.js';
import { insertFinding } from './audit-fixtures.js';
import { auditorIds, insertAudit, janssensWorkplace, limburgCentre, otherInspector, westCentre } from './fixtures.js';

let subgraph: TestSubgraph;
const clock = new Date('2026-11-23T09:00:00Z');
const statements: string[] = [];
const partnership = randomUUID();
const track = randomUUID();
const date = (day: string) => new Date(`${day}T00:00:00Z`);

/** The audits of the tests, by what makes each one useful. */
const ids = {} as Record<
  'westPlanned' | 'westReported' | 'westClosed' | 'limburgReported' | 'supervisionFollowUp' | 'supervisionPlanned' | 'workplaceReported' | 'trackReported',
  string
>;

async function seedAudits(prisma: PrismaClient) {
  ids.westPlanned = await insertAudit(prisma, { scheduledOn: date('2026-12-08') });
  ids.westReported = await insertAudit(prisma, { status: 'REPORTED', scheduledOn: date('2026-06-01') });
  ids.westClosed = await insertAudit(prisma, { status: 'CLOSED', scheduledOn: date('2025-05-01') });
  ids.limburgReported = await insertAudit(prisma, {
    status: 'REPORTED',
    subjectId: limburgCentre,
    trainingCentreId: limburgCentre,
    scheduledOn: date('2026-03-01'),
  });
  const supervision = { kind: 'PARTNERSHIP_SUPERVISION', subjectType: 'PARTNERSHIP', subjectId: partnership, trainingCentreId: null, partnershipId: partnership } as const;
  ids.supervisionFollowUp = await insertAudit(prisma, { ...supervision, status: 'FOLLOW_UP', scheduledOn: date('2026-04-01') });
  ids.supervisionPlanned = await insertAudit(prisma, { ...supervision, scheduledOn: date('2027-01-15') });
  ids.workplaceReported = await insertAudit(prisma, {
    kind: 'WORKPLACE_AUDIT',
    title: 'Doorlichting werkplek Bouwonderneming Janssens',
    subjectType: 'WORKPLACE',
    subjectId: janssensWorkplace,
    trainingCentreId: null,
    partnershipId: partnership,
    status: 'REPORTED',
    scheduledOn: date('2026-09-10'),
  });
  await prisma.auditAssignment.create({ data: { auditId: ids.workplaceReported, auditorId: auditorIds.other, role: 'INSPECTOR' } });
  ids.trackReported = await insertAudit(prisma, {
    kind: 'DUAL_QUALITY_AUDIT',
    subjectType: 'TRACK',
    subjectId: track,
    status: 'REPORTED',
    scheduledOn: date('2026-10-01'),
  });
  // Overdue: an open recommendation past its agreed date; the other audit's open one is not due yet.
  const overdue = await insertFinding(prisma, ids.westReported, 'OPEN');
  await prisma.recommendation.update({ where: { id: overdue.recommendation!.id }, data: { agreedDueOn: date('2026-09-01') } });
  await insertFinding(prisma, ids.limburgReported, 'OPEN');
}

beforeAll(async () => {
  subgraph = await startTestSubgraph('inspection', (db) =>
    createInspectionSubgraph({ ...db, seedWith: seedAudits, now: () => clock, onQuery: (sql) => statements.push(sql) }),
  );
});
afterAll(() => subgraph?.stop());

const staff = testUsers.agencyStaff;
const inspector = testUsers.inspector;
type Errors = { message: string; extensions?: Record<string, unknown> }[] | undefined;
const code = (errors: Errors) => errors?.[0]?.extensions?.code;

const LIST = `query ($filter: AuditFilter, $page: PageInput) {
  audits(filter: $filter, page: $page) { totalCount pageInfo { endCursor hasNextPage } nodes { id scheduledOn } } }`;
interface ListData {
  audits: { totalCount: number; pageInfo: { endCursor: string | null; hasNextPage: boolean }; nodes: { id: string; scheduledOn: string }[] };
}
async function list(as: User, filter?: Record<string, unknown>, page?: Record<string, unknown>) {
  const result = await subgraph.query<ListData>(LIST, { as, variables: { filter, page } });
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data!.audits;
}
const idsOf = (audits: { nodes: { id: string }[] }) => audits.nodes.map((node) => node.id);
const GET = `query ($id: ID!) { audit(id: $id) { id reference status } }`;

describe('who sees which audits', () => {
  it('shows agency staff and inspectors every audit, by planned day', async () => {
    for (const user of [staff, inspector]) {
      const audits = await list(user, undefined, { first: 50 });
      expect(audits.totalCount).toBe(8);
      const days = audits.nodes.map((node) => node.scheduledOn);
      expect(days).toEqual([...days].sort());
      expect(idsOf(audits)[0]).toBe(ids.westClosed);
    }
  });

  it('shows a training centre only its finished reports', async () => {
    const west = testUsers.centreUser(westCentre);
    expect(idsOf(await list(west))).toEqual([ids.westClosed, ids.westReported, ids.trackReported]);
    expect((await list(west, { statuses: ['CLOSED'] })).nodes.map((n) => n.id)).toEqual([ids.westClosed]);
    const own = await subgraph.query<{ audit: { id: string; reference: string } }>(GET, { as: west, variables: { id: ids.westReported } });
    expect(own.data!.audit.reference).toMatch(/^AUD-2026-\d{4}$/);
    // Planned (no report yet) and another centre's report do not exist for it.
    expect(code((await subgraph.query(GET, { as: west, variables: { id: ids.westPlanned } })).errors)).toBe('NOT_FOUND');
    expect(code((await subgraph.query(GET, { as: west, variables: { id: ids.limburgReported } })).errors)).toBe('NOT_FOUND');
  });

  it('shows a partnership the finished reports about itself or its workplaces', async () => {
    const staffOfPartnership = testUsers.partnershipStaff(partnership);
    expect(idsOf(await list(staffOfPartnership)).sort()).toEqual([ids.supervisionFollowUp, ids.workplaceReported].sort());
    expect(code((await subgraph.query(GET, { as: staffOfPartnership, variables: { id: ids.supervisionPlanned } })).errors)).toBe('NOT_FOUND');
    expect(idsOf(await list(testUsers.partnershipStaff(randomUUID())))).toEqual([]);
  });

  it('refuses other roles and anonymous callers', async () => {
    expect(code((await subgraph.query(LIST, { as: testUsers.companyUser(randomUUID()) })).errors)).toBe('FORBIDDEN');
    expect(code((await subgraph.query(LIST, { as: testUsers.schoolUser })).errors)).toBe('FORBIDDEN');
    expect(code((await subgraph.query(LIST)).errors)).toBe('UNAUTHENTICATED');
  });

  it('answers NOT_FOUND for an unknown id and BAD_USER_INPUT for a malformed one', async () => {
    expect(code((await subgraph.query(GET, { as: staff, variables: { id: randomUUID() } })).errors)).toBe('NOT_FOUND');
    // An audit reference is no id: the caller's mistake, named as such.
    expect(code((await subgraph.query(GET, { as: staff, variables: { id: 'AUD-2026-0001' } })).errors)).toBe('BAD_USER_INPUT');
  });
});

describe('filters', () => {
  it('filter on kind, status, subject, organisation, auditor and planned days', async () => {
    const sorted = (values: string[]) => [...values].sort();
    expect(sorted(idsOf(await list(staff, { kinds: ['PARTNERSHIP_SUPERVISION'] })))).toEqual(sorted([ids.supervisionFollowUp, ids.supervisionPlanned]));
    expect(sorted(idsOf(await list(staff, { statuses: ['PLANNED', 'CLOSED'] })))).toEqual(sorted([ids.westPlanned, ids.westClosed, ids.supervisionPlanned]));
    expect(idsOf(await list(staff, { subjectType: 'TRACK', subjectId: track }))).toEqual([ids.trackReported]);
    expect(idsOf(await list(staff, { subjectType: 'WORKPLACE' }))).toEqual([ids.workplaceReported]);
    expect(idsOf(await list(staff, { trainingCentreId: limburgCentre }))).toEqual([ids.limburgReported]);
    expect(sorted(idsOf(await list(staff, { partnershipId: partnership })))).toEqual(
      sorted([ids.supervisionFollowUp, ids.supervisionPlanned, ids.workplaceReported]),
    );
    expect(idsOf(await list(staff, { auditorId: auditorIds.other }))).toEqual([ids.workplaceReported]);
    expect(idsOf(await list(otherInspector, { assignedToMe: true }))).toEqual([ids.workplaceReported]);
    expect((await list(inspector, { assignedToMe: true })).totalCount).toBe(8);
    expect(idsOf(await list(staff, { scheduledFrom: '2026-06-01', scheduledTo: '2026-10-01' }))).toEqual([
      ids.westReported,
      ids.workplaceReported,
      ids.trackReported,
    ]);
  });

  it('finds audits with an overdue open recommendation, and those without', async () => {
    expect(idsOf(await list(staff, { overdue: true }))).toEqual([ids.westReported]);
    expect((await list(staff, { overdue: false })).totalCount).toBe(7);
  });

  it('searches the title (any case) or the reference', async () => {
    expect(idsOf(await list(staff, { search: '  JANSSENS ' }))).toEqual([ids.workplaceReported]);
    const reference = (await subgraph.query<{ audit: { reference: string } }>(GET, { as: staff, variables: { id: ids.westClosed } })).data!.audit.reference;
    expect(idsOf(await list(staff, { search: reference.toLowerCase() }))).toEqual([ids.westClosed]);
    expect((await list(staff, { search: 'geen zulke doorlichting' })).totalCount).toBe(0);
    // Visibility still applies: a centre finds no other organisation's audit.
    expect((await list(testUsers.centreUser(westCentre), { search: 'Janssens' })).totalCount).toBe(0);
  });

  it('combines the filter with the caller’s visibility', async () => {
    expect(idsOf(await list(testUsers.centreUser(westCentre), { kinds: ['TRACK_INSPECTION'] }))).toEqual([ids.westClosed, ids.westReported]);
  });

  it('refuses bad filters and pages', async () => {
    const bad = async (filter: Record<string, unknown> | undefined, page?: Record<string, unknown>) =>
      code((await subgraph.query(LIST, { as: staff, variables: { filter, page } })).errors);
    expect(await bad({ scheduledFrom: '2026-10-01', scheduledTo: '2026-06-01' })).toBe('BAD_USER_INPUT');
    expect(await bad({ trainingCentreId: 'syntra-west' })).toBe('BAD_USER_INPUT');
    expect(await bad({ kinds: ['GEEN_SOORT'] })).toBe('BAD_USER_INPUT');
    expect(await bad({ search: 'x'.repeat(101) })).toBe('BAD_USER_INPUT');
    expect(await bad(undefined, { first: 0 })).toBe('BAD_USER_INPUT');
    expect(await bad(undefined, { first: 201 })).toBe('BAD_USER_INPUT');
    expect(await bad(undefined, { after: 'geen-cursor' })).toBe('BAD_USER_INPUT');
  });
});

describe('pagination', () => {
  it('walks the list in pages without gaps or repeats', async () => {
    const all = idsOf(await list(staff, undefined, { first: 50 }));
    const walked: string[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 10; pages += 1) {
      const page = await list(staff, undefined, { first: 3, after });
      expect(page.totalCount).toBe(8);
      walked.push(...idsOf(page));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(walked).toEqual(all);
  });
});

describe('federation', () => {
  const CENTRES = `query ($r: [_Any!]!) { _entities(representations: $r) {
    ... on TrainingCentre { id audits { id reference assignments { role auditor { name } } leadAuditor { name } history { step } } } } }`;
  type Entities = { _entities: ({ id: string; audits: { id: string; assignments: unknown[] }[] } | null)[] };
  const reps = (typename: string, entityIds: string[]) => entityIds.map((id) => ({ __typename: typename, id }));
  const selectsFrom = (table: string) => statements.filter((sql) => new RegExp(`FROM "public"\\."${table}"`).test(sql)).length;

  it('adds audits to a list of training centres in one query per table', async () => {
    statements.length = 0;
    const result = await subgraph.query<Entities>(CENTRES, { as: staff, variables: { r: reps('TrainingCentre', [westCentre, limburgCentre, randomUUID()]) } });
    expect(result.errors).toBeUndefined();
    const [west, limburg, unknown] = result.data!._entities;
    // Newest first.
    expect(west!.audits.map((audit) => audit.id)).toEqual([ids.westPlanned, ids.trackReported, ids.westReported, ids.westClosed]);
    expect(limburg!.audits.map((audit) => audit.id)).toEqual([ids.limburgReported]);
    expect(unknown!.audits).toEqual([]);
    expect(west!.audits[0]!.assignments).toEqual([{ role: 'LEAD', auditor: { name: inspector.name } }]);
    expect(selectsFrom('audit')).toBe(1);
    expect(selectsFrom('audit_assignment')).toBe(1);
    expect(selectsFrom('status_change')).toBe(1);
  });

  it('shows a centre only its own finished reports under its entity', async () => {
    const result = await subgraph.query<Entities>(CENTRES, {
      as: testUsers.centreUser(westCentre),
      variables: { r: reps('TrainingCentre', [westCentre, limburgCentre]) },
    });
    expect(result.data!._entities.map((centre) => centre!.audits.map((audit) => audit.id))).toEqual([[ids.trackReported, ids.westReported, ids.westClosed], []]);
  });

  it('adds audits to partnerships, workplaces and tracks', async () => {
    const query = `query ($r: [_Any!]!) { _entities(representations: $r) {
      ... on Partnership { id audits { id } } ... on Workplace { id audits { id } } ... on Track { id audits { id } } } }`;
    statements.length = 0;
    const result = await subgraph.query<Entities>(query, {
      as: staff,
      variables: { r: [...reps('Partnership', [partnership]), ...reps('Workplace', [janssensWorkplace]), ...reps('Track', [track, randomUUID()])] },
    });
    expect(result.errors).toBeUndefined();
    expect(result.data!._entities.map((entity) => entity!.audits.map((audit) => audit.id))).toEqual([
      [ids.supervisionPlanned, ids.workplaceReported, ids.supervisionFollowUp],
      [ids.workplaceReported],
      [ids.trackReported],
      [],
    ]);
    expect(selectsFrom('audit')).toBeLessThanOrEqual(2);
  });

  it('resolves Audit references only for those who may read them', async () => {
    const query = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Audit { id status } } }`;
    const r = reps('Audit', [ids.westPlanned, ids.westReported, randomUUID(), 'geen-id']);
    const asCentre = await subgraph.query<{ _entities: ({ id: string } | null)[] }>(query, { as: testUsers.centreUser(westCentre), variables: { r } });
    expect(asCentre.data!._entities.map((audit) => audit?.id ?? null)).toEqual([null, ids.westReported, null, null]);
    const asStaff = await subgraph.query<{ _entities: ({ id: string } | null)[] }>(query, { as: staff, variables: { r } });
    expect(asStaff.data!._entities.map((audit) => audit?.id ?? null)).toEqual([ids.westPlanned, ids.westReported, null, null]);
    const anonymous = await subgraph.query<{ _entities: ({ id: string } | null)[] }>(query, { variables: { r } });
    expect(anonymous.data!._entities).toEqual([null, null, null, null]);
  });
});
