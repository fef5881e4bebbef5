import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { User } from '@werkplek/auth';
import { startTestSubgraph, testUsers, type TestSubgraph } from '@werkplek/test-kit';
import type { Prisma, PrismaClient } from '../src/generated/prisma/client.js';
import { createInspectionSubgraph } from '../src/index.js';
import { insertAudit, limburgCentre, otherInspector, westCentre } from './fixtures.js';

let subgraph: TestSubgraph;
let prisma: PrismaClient;
let clock = new Date('2026-12-10T09:00:00Z');
const statements: string[] = [];
const at = (day: string) => {
  clock = new Date(`${day}T09:00:00Z`);
};

beforeAll(async () => {
  subgraph = await startTestSubgraph('inspection', (db) =>
    createInspectionSubgraph({
      ...db,
      seedWith: async (client) => {
        prisma = client;
      },
      now: () => clock,
      onQuery: (sql) => statements.push(sql),
    }),
  );
});
afterAll(() => subgraph?.stop());
beforeEach(() => at('2026-12-10'));

const inspector = testUsers.inspector;
type Errors = { message: string; extensions?: Record<string, unknown> }[] | undefined;
const code = (errors: Errors) => errors?.[0]?.extensions?.code;
const field = (errors: Errors) => errors?.[0]?.extensions?.field;

interface RecommendationData {
  id: string;
  kind: string;
  description: string;
  owner: string;
  agreedDueOn: string;
  status: string;
  implementedOn: string | null;
  evaluatedOn: string | null;
  evaluationNote: string | null;
  evaluatedBy: string | null;
  isOverdue: boolean;
  daysOverdue: number;
  implementedOnTime: boolean | null;
  finding: { id: string; resolvedOn: string | null; isOpen: boolean } | null;
  audit: { id: string; status: string };
  history: { step: string; fromStatus: string | null; toStatus: string; actorName: string }[];
}
const REC = `id kind description owner agreedDueOn status implementedOn evaluatedOn evaluationNote evaluatedBy isOverdue daysOverdue
  implementedOnTime finding { id resolvedOn isOpen } audit { id status } history { step fromStatus toStatus actorName }`;
const ISSUE = `mutation ($input: IssueRecommendationInput!) { issueRecommendation(input: $input) { ${REC} } }`;
const EVALUATE = `mutation ($input: EvaluateRecommendationInput!) { evaluateRecommendation(input: $input) { ${REC} } }`;
const LIST = `query ($filter: RecommendationFilter, $page: PageInput) {
  recommendations(filter: $filter, page: $page) { totalCount pageInfo { hasNextPage endCursor } nodes { id agreedDueOn status } } }`;

function issue(input: Record<string, unknown>, as: User = inspector) {
  return subgraph.query<{ issueRecommendation: RecommendationData }>(ISSUE, { variables: { input }, as });
}
function evaluate(input: Record<string, unknown>, as: User = inspector) {
  return subgraph.query<{ evaluateRecommendation: RecommendationData }>(EVALUATE, { variables: { input }, as });
}
const recommendationInput = (auditId: string, over: Record<string, unknown> = {}) => ({
  id: randomUUID(),
  auditId,
  kind: 'RECOMMENDATION',
  description: 'Beoordeel elke eindproef met het afgesproken beoordelingsrooster.',
  owner: 'Pedagogisch directeur Syntra West',
  agreedDueOn: '2027-03-31',
  ...over,
});

async function audit(over: Partial<Prisma.AuditUncheckedCreateInput> = {}) {
  return insertAudit(prisma, { status: 'IN_PROGRESS', performedOn: new Date('2026-12-08'), ...over });
}
async function finding(auditId: string, severity: 'POSITIVE' | 'SHORTCOMING' = 'SHORTCOMING') {
  const row = await prisma.finding.create({
    data: { auditId, severity, title: 'Vaststelling', description: 'Vastgesteld tijdens het terreinbezoek', createdById: 'test', createdBy: 'Test' },
  });
  return row.id;
}
/** A recommendation inserted straight into the database (any due date, e.g. in the past). */
async function insertRecommendation(auditId: string, over: Partial<Prisma.RecommendationUncheckedCreateInput> = {}) {
  const row = await prisma.recommendation.create({
    data: {
      auditId,
      description: 'Aanbeveling uit het verslag',
      owner: 'Directie',
      agreedDueOn: new Date('2027-01-15'),
      createdById: inspector.id,
      createdBy: inspector.name,
      ...over,
    },
  });
  return row.id;
}

describe('issueRecommendation', () => {
  it('issues a recommendation on a finding of an audit in progress, with history', async () => {
    const auditId = await audit();
    const findingId = await finding(auditId);
    const input = recommendationInput(auditId, { findingId });
    const result = await issue(input);
    expect(result.errors).toBeUndefined();
    expect(result.data!.issueRecommendation).toMatchObject({
      id: input.id,
      kind: 'RECOMMENDATION',
      owner: input.owner,
      agreedDueOn: '2027-03-31',
      status: 'OPEN',
      isOverdue: false,
      daysOverdue: 0,
      implementedOnTime: null,
      finding: { id: findingId, isOpen: true },
      audit: { id: auditId, status: 'IN_PROGRESS' },
      history: [{ step: 'issue', fromStatus: null, toStatus: 'OPEN', actorName: inspector.name }],
    });
  });

  it('is safe to repeat by id, and refuses the id for another audit', async () => {
    const auditId = await audit();
    const input = recommendationInput(auditId);
    const first = await issue(input);
    const second = await issue(input);
    expect(second.errors).toBeUndefined();
    expect(second.data).toEqual(first.data);
    expect(await prisma.recommendation.count({ where: { id: input.id } })).toBe(1);
    expect(await prisma.statusChange.count({ where: { entityId: input.id } })).toBe(1);
    const reused = await issue({ ...input, auditId: await audit() });
    expect(code(reused.errors)).toBe('CONFLICT');
  });

  it('adds measures after the report (REPORTED, FOLLOW_UP), not before the visit nor after closing', async () => {
    for (const status of ['REPORTED', 'FOLLOW_UP'] as const) {
      const result = await issue(recommendationInput(await audit({ status }), { kind: 'MEASURE' }));
      expect(result.errors).toBeUndefined();
      expect(result.data!.issueRecommendation.audit.status).toBe(status);
    }
    for (const status of ['PLANNED', 'PREPARED', 'CLOSED', 'CANCELLED'] as const) {
      const result = await issue(recommendationInput(await audit({ status })));
      expect(code(result.errors)).toBe('INVALID_STATE_TRANSITION');
      expect(result.errors![0]!.extensions!.currentState).toBe(status);
    }
  });

  it('refuses inspectors who are not assigned and other roles', async () => {
    const auditId = await audit();
    expect(code((await issue(recommendationInput(auditId), otherInspector)).errors)).toBe('FORBIDDEN');
    expect(code((await issue(recommendationInput(auditId), testUsers.agencyStaff)).errors)).toBe('FORBIDDEN');
    expect(code((await issue(recommendationInput(auditId), testUsers.centreUser(westCentre))).errors)).toBe('FORBIDDEN');
    expect(await prisma.recommendation.count({ where: { auditId } })).toBe(0);
  });

  it('applies the rules on the agreed date, the finding and the kind', async () => {
    const auditId = await audit();
    const positive = await finding(auditId, 'POSITIVE');
    const elsewhere = await finding(await audit());
    const futureVisit = await audit({ performedOn: new Date('2026-12-20') });
    const cases: [Record<string, unknown>, string, string | undefined][] = [
      [recommendationInput(auditId, { agreedDueOn: '2026-12-10' }), 'BAD_USER_INPUT', 'agreedDueOn'],
      [recommendationInput(auditId, { agreedDueOn: '2026-12-01' }), 'BAD_USER_INPUT', 'agreedDueOn'],
      [recommendationInput(futureVisit, { agreedDueOn: '2026-12-15' }), 'BAD_USER_INPUT', 'agreedDueOn'],
      [recommendationInput(auditId, { findingId: positive }), 'BAD_USER_INPUT', 'findingId'],
      [recommendationInput(auditId, { findingId: elsewhere }), 'BAD_USER_INPUT', 'findingId'],
      [recommendationInput(auditId, { findingId: randomUUID() }), 'BAD_USER_INPUT', 'findingId'],
      [recommendationInput(auditId, { kind: 'IMPROVEMENT_ACTION' }), 'BAD_USER_INPUT', 'kind'],
      [recommendationInput(auditId, { owner: ' ' }), 'BAD_USER_INPUT', undefined],
      [recommendationInput(auditId, { owner: '    ' }), 'BAD_USER_INPUT', 'owner'],
      [recommendationInput(auditId, { description: 'x'.repeat(4001) }), 'BAD_USER_INPUT', undefined],
      [recommendationInput(auditId, { agreedDueOn: '2027-02-30' }), 'BAD_USER_INPUT', undefined],
      [recommendationInput(auditId, { id: '123' }), 'BAD_USER_INPUT', undefined],
      [recommendationInput(randomUUID()), 'NOT_FOUND', undefined],
    ];
    for (const [input, expected, at] of cases) {
      const result = await issue(input);
      expect(code(result.errors), JSON.stringify(input).slice(0, 120)).toBe(expected);
      if (at) expect(field(result.errors)).toBe(at);
    }
    expect(await prisma.recommendation.count({ where: { auditId } })).toBe(0);
    // Improvement actions belong to the verbeterplan of a leertijd follow-up audit.
    const followUp = await audit({ kind: 'APPRENTICESHIP_FOLLOW_UP', status: 'REPORTED' });
    const action = await issue(recommendationInput(followUp, { kind: 'IMPROVEMENT_ACTION' }));
    expect(action.errors).toBeUndefined();
    expect(action.data!.issueRecommendation.kind).toBe('IMPROVEMENT_ACTION');
  });

  it('reopens a resolved finding that gets a new recommendation', async () => {
    const auditId = await audit({ status: 'REPORTED' });
    const findingId = await finding(auditId);
    await prisma.finding.update({ where: { id: findingId }, data: { resolvedOn: new Date('2026-12-09') } });
    const result = await issue(recommendationInput(auditId, { findingId }));
    expect(result.data!.issueRecommendation.finding).toEqual({ id: findingId, resolvedOn: null, isOpen: true });
  });
});

describe('evaluateRecommendation', () => {
  it('starts the follow-up of a reported audit at the first evaluation, with history on both', async () => {
    const auditId = await audit({ status: 'REPORTED' });
    const first = await insertRecommendation(auditId, { agreedDueOn: new Date('2027-01-15') });
    const second = await insertRecommendation(auditId, { agreedDueOn: new Date('2027-01-15') });
    at('2027-01-20');
    const result = await evaluate({ recommendationId: first, outcome: 'IMPLEMENTED', implementedOn: '2027-01-10', note: 'Rooster gebruikt bij de eindproeven van januari' });
    expect(result.errors).toBeUndefined();
    expect(result.data!.evaluateRecommendation).toMatchObject({
      status: 'IMPLEMENTED',
      implementedOn: '2027-01-10',
      evaluatedOn: '2027-01-20',
      evaluationNote: 'Rooster gebruikt bij de eindproeven van januari',
      evaluatedBy: inspector.name,
      isOverdue: false,
      implementedOnTime: true,
      audit: { id: auditId, status: 'FOLLOW_UP' },
      history: [{ step: 'evaluate', fromStatus: 'OPEN', toStatus: 'IMPLEMENTED', actorName: inspector.name }],
    });
    const auditHistory = await prisma.statusChange.findMany({ where: { entityType: 'Audit', entityId: auditId } });
    expect(auditHistory.map((h) => [h.step, h.fromStatus, h.toStatus])).toEqual([['evaluateRecommendation', 'REPORTED', 'FOLLOW_UP']]);
    const later = await evaluate({ recommendationId: second, outcome: 'NOT_IMPLEMENTED', note: 'Nog geen rooster op de lesplaats Kortrijk' });
    expect(later.errors).toBeUndefined();
    expect(later.data!.evaluateRecommendation).toMatchObject({ status: 'NOT_IMPLEMENTED', implementedOn: null, implementedOnTime: false });
    expect(await prisma.statusChange.count({ where: { entityType: 'Audit', entityId: auditId } })).toBe(1);
    expect((await prisma.audit.findUnique({ where: { id: auditId } }))!.version).toBe(1);
  });

  it('records "not implemented" only from the agreed date on, and "implemented" with a plausible date', async () => {
    const auditId = await audit({ status: 'FOLLOW_UP' });
    const recommendationId = await insertRecommendation(auditId, { agreedDueOn: new Date('2027-01-15') });
    at('2027-01-14');
    const early = await evaluate({ recommendationId, outcome: 'NOT_IMPLEMENTED', note: 'Nog niet gebeurd' });
    expect(code(early.errors)).toBe('BAD_USER_INPUT');
    expect(field(early.errors)).toBe('outcome');
    const cases: [Record<string, unknown>, string][] = [
      [{ outcome: 'IMPLEMENTED', note: 'Gerealiseerd' }, 'implementedOn'],
      [{ outcome: 'IMPLEMENTED', implementedOn: '2027-01-15', note: 'Gerealiseerd' }, 'implementedOn'],
      [{ outcome: 'IMPLEMENTED', implementedOn: '2026-12-01', note: 'Gerealiseerd' }, 'implementedOn'],
      [{ outcome: 'NOT_IMPLEMENTED', implementedOn: '2027-01-10', note: 'Niet gerealiseerd' }, 'implementedOn'],
      [{ outcome: 'IMPLEMENTED', implementedOn: '2027-01-10', note: '      ' }, 'note'],
    ];
    for (const [input, at] of cases) {
      const result = await evaluate({ recommendationId, ...input });
      expect(code(result.errors), JSON.stringify(input)).toBe('BAD_USER_INPUT');
      expect(field(result.errors), JSON.stringify(input)).toBe(at);
    }
    expect(code((await evaluate({ recommendationId: 'x', outcome: 'IMPLEMENTED', note: 'abc' })).errors)).toBe('BAD_USER_INPUT');
    expect(code((await evaluate({ recommendationId: randomUUID(), outcome: 'IMPLEMENTED', implementedOn: '2027-01-10', note: 'abc' })).errors)).toBe('NOT_FOUND');
    // Implemented before the agreed date is fine (early), and not overdue.
    const implemented = await evaluate({ recommendationId, outcome: 'IMPLEMENTED', implementedOn: '2027-01-14', note: 'Vervroegd gerealiseerd' });
    expect(implemented.errors).toBeUndefined();
    at('2027-01-15');
    const onTheDay = await insertRecommendation(auditId, { agreedDueOn: new Date('2027-01-15') });
    const notImplemented = await evaluate({ recommendationId: onTheDay, outcome: 'NOT_IMPLEMENTED', note: 'Niet gerealiseerd op de afgesproken datum' });
    expect(notImplemented.errors).toBeUndefined();
  });

  it('does not evaluate twice, except as a repeat of the same clientMutationId', async () => {
    const auditId = await audit({ status: 'REPORTED' });
    const recommendationId = await insertRecommendation(auditId);
    const other = await insertRecommendation(auditId);
    at('2027-01-20');
    const input = { recommendationId, outcome: 'NOT_IMPLEMENTED', note: 'Niet gerealiseerd', clientMutationId: randomUUID() };
    const first = await evaluate(input);
    const repeat = await evaluate(input);
    expect(repeat.errors).toBeUndefined();
    expect(repeat.data).toEqual(first.data);
    expect(await prisma.statusChange.count({ where: { entityId: recommendationId } })).toBe(1);
    const again = await evaluate({ ...input, clientMutationId: randomUUID() });
    expect(code(again.errors)).toBe('INVALID_STATE_TRANSITION');
    expect(again.errors![0]!.extensions!.currentState).toBe('NOT_IMPLEMENTED');
    const withoutId = await evaluate({ recommendationId, outcome: 'NOT_IMPLEMENTED', note: 'Niet gerealiseerd' });
    expect(code(withoutId.errors)).toBe('INVALID_STATE_TRANSITION');
    const reused = await evaluate({ ...input, recommendationId: other });
    expect(code(reused.errors)).toBe('CONFLICT');
  });

  it('refuses other inspectors, other roles and audits without a report', async () => {
    const running = await audit({ status: 'IN_PROGRESS' });
    const reported = await audit({ status: 'REPORTED' });
    const closed = await audit({ status: 'CLOSED' });
    at('2027-01-20');
    const input = (recommendationId: string) => ({ recommendationId, outcome: 'NOT_IMPLEMENTED', note: 'Niet gerealiseerd' });
    const onRunning = await evaluate(input(await insertRecommendation(running)));
    expect(code(onRunning.errors)).toBe('INVALID_STATE_TRANSITION');
    expect(onRunning.errors![0]!.extensions!.currentState).toBe('IN_PROGRESS');
    expect(code((await evaluate(input(await insertRecommendation(closed)))).errors)).toBe('INVALID_STATE_TRANSITION');
    const recommendationId = await insertRecommendation(reported);
    expect(code((await evaluate(input(recommendationId), otherInspector)).errors)).toBe('FORBIDDEN');
    expect(code((await evaluate(input(recommendationId), testUsers.agencyStaff)).errors)).toBe('FORBIDDEN');
    expect(code((await evaluate(input(recommendationId), testUsers.centreUser(westCentre))).errors)).toBe('FORBIDDEN');
    expect((await prisma.recommendation.findUnique({ where: { id: recommendationId } }))!.status).toBe('OPEN');
    expect((await prisma.audit.findUnique({ where: { id: reported } }))!.status).toBe('REPORTED');
  });

  it('resolves a finding when all its recommendations are implemented', async () => {
    const auditId = await audit({ status: 'FOLLOW_UP' });
    const findingId = await finding(auditId);
    const first = await insertRecommendation(auditId, { findingId });
    const second = await insertRecommendation(auditId, { findingId });
    at('2027-02-01');
    const one = await evaluate({ recommendationId: first, outcome: 'IMPLEMENTED', implementedOn: '2027-01-20', note: 'Gerealiseerd' });
    expect(one.data!.evaluateRecommendation.finding).toEqual({ id: findingId, resolvedOn: null, isOpen: true });
    const two = await evaluate({ recommendationId: second, outcome: 'IMPLEMENTED', implementedOn: '2027-01-05', note: 'Gerealiseerd' });
    expect(two.data!.evaluateRecommendation).toMatchObject({ implementedOnTime: true, finding: { id: findingId, resolvedOn: '2027-01-20', isOpen: false } });
  });

  it('leaves a finding open when one of its recommendations is not implemented', async () => {
    const auditId = await audit({ status: 'FOLLOW_UP' });
    const findingId = await finding(auditId);
    const first = await insertRecommendation(auditId, { findingId });
    const second = await insertRecommendation(auditId, { findingId });
    at('2027-02-01');
    await evaluate({ recommendationId: first, outcome: 'NOT_IMPLEMENTED', note: 'Niet gerealiseerd' });
    const late = await evaluate({ recommendationId: second, outcome: 'IMPLEMENTED', implementedOn: '2027-01-30', note: 'Te laat gerealiseerd' });
    expect(late.data!.evaluateRecommendation).toMatchObject({ implementedOnTime: false, finding: { resolvedOn: null, isOpen: true } });
  });
});

describe('overdue and the recommendation lists', () => {
  it('computes overdue against the clock', async () => {
    const auditId = await audit({ status: 'REPORTED' });
    const recommendationId = await insertRecommendation(auditId, { agreedDueOn: new Date('2027-01-15') });
    const GET = `query ($id: ID!) { recommendation(id: $id) { isOverdue daysOverdue } }`;
    const read = async () => (await subgraph.query<{ recommendation: { isOverdue: boolean; daysOverdue: number } }>(GET, { variables: { id: recommendationId }, as: inspector })).data!.recommendation;
    at('2027-01-15');
    expect(await read()).toEqual({ isOverdue: false, daysOverdue: 0 });
    at('2027-01-20');
    expect(await read()).toEqual({ isOverdue: true, daysOverdue: 5 });
  });

  it('filters, orders by the agreed date and pages', async () => {
    const centre = randomUUID();
    const reported = await audit({ status: 'REPORTED', subjectId: centre, trainingCentreId: centre });
    const cancelled = await audit({ status: 'CANCELLED', subjectId: centre, trainingCentreId: centre });
    const late = await insertRecommendation(reported, { agreedDueOn: new Date('2027-01-05') });
    const due = await insertRecommendation(reported, { agreedDueOn: new Date('2027-02-01'), kind: 'MEASURE' });
    const done = await insertRecommendation(reported, { agreedDueOn: new Date('2027-01-01'), status: 'IMPLEMENTED', implementedOn: new Date('2026-12-20') });
    const ofCancelled = await insertRecommendation(cancelled, { agreedDueOn: new Date('2027-01-02') });
    at('2027-01-10');
    const list = async (filter: Record<string, unknown>, page?: Record<string, unknown>, as: User = inspector) => {
      const result = await subgraph.query<{ recommendations: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; nodes: { id: string }[] } }>(LIST, {
        variables: { filter: { trainingCentreId: centre, ...filter }, page },
        as,
      });
      expect(result.errors).toBeUndefined();
      return result.data!.recommendations;
    };
    expect((await list({})).nodes.map((n) => n.id)).toEqual([done, ofCancelled, late, due]);
    expect((await list({ overdue: true })).nodes.map((n) => n.id)).toEqual([late]);
    expect((await list({ overdue: false })).nodes.map((n) => n.id)).toEqual([done, ofCancelled, due]);
    expect((await list({ status: 'IMPLEMENTED' })).nodes.map((n) => n.id)).toEqual([done]);
    expect((await list({ kinds: ['MEASURE'] })).nodes.map((n) => n.id)).toEqual([due]);
    expect((await list({ dueFrom: '2027-01-02', dueTo: '2027-01-05' })).nodes.map((n) => n.id)).toEqual([ofCancelled, late]);
    expect((await list({ auditId: cancelled })).nodes.map((n) => n.id)).toEqual([ofCancelled]);
    const firstPage = await list({}, { first: 3 });
    expect(firstPage.totalCount).toBe(4);
    expect(firstPage.pageInfo.hasNextPage).toBe(true);
    const secondPage = await list({}, { first: 3, after: firstPage.pageInfo.endCursor });
    expect(secondPage.nodes.map((n) => n.id)).toEqual([due]);
    const wrong = await subgraph.query(LIST, { variables: { filter: { dueFrom: '2027-02-01', dueTo: '2027-01-01' } }, as: inspector });
    expect(code(wrong.errors)).toBe('BAD_USER_INPUT');
  });

  it('shows a centre only the recommendations of its finished reports', async () => {
    const centre = randomUUID();
    const reported = await audit({ status: 'REPORTED', subjectId: centre, trainingCentreId: centre });
    const running = await audit({ status: 'IN_PROGRESS', subjectId: centre, trainingCentreId: centre });
    const visible = await insertRecommendation(reported);
    const hidden = await insertRecommendation(running);
    const ids = async (as: User) => {
      const result = await subgraph.query<{ recommendations: { nodes: { id: string }[] } }>(LIST, { variables: { filter: { trainingCentreId: centre } }, as });
      return result.data!.recommendations.nodes.map((n) => n.id);
    };
    expect(await ids(testUsers.centreUser(centre))).toEqual([visible]);
    expect(await ids(testUsers.centreUser(limburgCentre))).toEqual([]);
    expect((await ids(inspector)).sort()).toEqual([visible, hidden].sort());
    const single = await subgraph.query(`query ($id: ID!) { recommendation(id: $id) { id } }`, { variables: { id: hidden }, as: testUsers.centreUser(centre) });
    expect(code(single.errors)).toBe('NOT_FOUND');
    const company = await subgraph.query(LIST, { variables: {}, as: testUsers.companyUser(randomUUID()) });
    expect(code(company.errors)).toBe('FORBIDDEN');
  });

  it("lists the inspector's overdue recommendations to evaluate", async () => {
    const mine = await audit({ status: 'REPORTED' });
    const overdue = await insertRecommendation(mine, { agreedDueOn: new Date('2020-01-10') });
    await insertRecommendation(mine, { agreedDueOn: new Date('2099-01-10') });
    const OVERDUE = `query ($mine: Boolean) { overdueRecommendations(assignedToMe: $mine, page: { first: 200 }) { nodes { id isOverdue } } }`;
    type Overdue = { overdueRecommendations: { nodes: { id: string; isOverdue: boolean }[] } };
    const asMe = await subgraph.query<Overdue>(OVERDUE, { variables: { mine: true }, as: inspector });
    expect(asMe.errors).toBeUndefined();
    expect(asMe.data!.overdueRecommendations.nodes.map((n) => n.id)).toContain(overdue);
    expect(asMe.data!.overdueRecommendations.nodes.every((n) => n.isOverdue)).toBe(true);
    const asOther = await subgraph.query<Overdue>(OVERDUE, { variables: { mine: true }, as: otherInspector });
    expect(asOther.data!.overdueRecommendations.nodes.map((n) => n.id)).not.toContain(overdue);
    const everyone = await subgraph.query<Overdue>(OVERDUE, { variables: {}, as: otherInspector });
    expect(everyone.data!.overdueRecommendations.nodes.map((n) => n.id)).toContain(overdue);
    const centre = await subgraph.query(OVERDUE, { variables: {}, as: testUsers.centreUser(westCentre) });
    expect(code(centre.errors)).toBe('FORBIDDEN');
  });

  it('counts open and overdue recommendations on many audits with one query', async () => {
    at('2027-01-20');
    const audits = [await audit({ status: 'REPORTED' }), await audit({ status: 'FOLLOW_UP' }), await audit({ status: 'REPORTED' })];
    await insertRecommendation(audits[0]!, { agreedDueOn: new Date('2027-01-15') });
    await insertRecommendation(audits[0]!, { agreedDueOn: new Date('2027-03-15') });
    await insertRecommendation(audits[1]!, { agreedDueOn: new Date('2027-01-15'), status: 'IMPLEMENTED', implementedOn: new Date('2027-01-10') });
    statements.length = 0;
    const result = await subgraph.query<{ _entities: { recommendations: { id: string }[]; openRecommendationCount: number; overdueRecommendationCount: number }[] }>(
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Audit {
        recommendations { id finding { id } } openRecommendationCount overdueRecommendationCount } } }`,
      { variables: { r: audits.map((id) => ({ __typename: 'Audit', id })) }, as: inspector },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!._entities.map((a) => [a.recommendations.length, a.openRecommendationCount, a.overdueRecommendationCount])).toEqual([
      [2, 2, 1],
      [1, 0, 0],
      [0, 0, 0],
    ]);
    expect(statements.filter((sql) => /from "public"\."recommendation"/i.test(sql))).toHaveLength(1);
  });
});
