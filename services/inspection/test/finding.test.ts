import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { User } from '@werkplek/auth';
import { startTestSubgraph, testUsers, type TestSubgraph } from '@werkplek/test-kit';
import type { PrismaClient } from '../src/generated/prisma/client.js';
import { createInspectionSubgraph } from '../src/index.js';
import { insertAudit, janssensWorkplace, limburgCentre, otherInspector, westCentre } from './fixtures.js';

let subgraph: TestSubgraph;
let prisma: PrismaClient;
let clock = new Date('2026-12-10T09:00:00Z');
const statements: string[] = [];

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
beforeEach(() => {
  clock = new Date('2026-12-10T09:00:00Z');
});

const inspector = testUsers.inspector;
type Errors = { message: string; extensions?: Record<string, unknown> }[] | undefined;
const code = (errors: Errors) => errors?.[0]?.extensions?.code;

interface FindingData {
  id: string;
  severity: string;
  title: string;
  description: string;
  questionId: string | null;
  resolvedOn: string | null;
  isOpen: boolean;
  createdBy: string;
  audit: { id: string; status: string };
}
const FINDING = 'id severity title description questionId resolvedOn isOpen createdBy audit { id status }';
const RECORD = `mutation ($input: RecordFindingInput!) { recordFinding(input: $input) { ${FINDING} } }`;
const UPDATE = `mutation ($input: UpdateFindingInput!) { updateFinding(input: $input) { ${FINDING} } }`;

function record(input: Record<string, unknown>, as: User = inspector) {
  return subgraph.query<{ recordFinding: FindingData }>(RECORD, { variables: { input }, as });
}
const findingInput = (auditId: string, over: Record<string, unknown> = {}) => ({
  id: randomUUID(),
  auditId,
  severity: 'SHORTCOMING',
  title: 'Eindproef zonder beoordelingsrooster',
  description: 'Op de lesplaats Brugge werd de eindproef beoordeeld zonder het afgesproken beoordelingsrooster.',
  ...over,
});

/** A published template with one question, inserted straight into the database. */
async function insertTemplate(): Promise<{ templateId: string; questionId: string }> {
  const templateId = randomUUID();
  const questionId = randomUUID();
  const version = Math.floor(Math.random() * 1_000_000) + 1;
  await prisma.auditTemplate.create({
    data: { id: templateId, kind: 'TRACK_INSPECTION', version, title: 'Inspectiekader eindproeven', status: 'PUBLISHED', createdBy: 'test' },
  });
  await prisma.templateQuestion.create({
    data: { id: questionId, templateId, code: '1.1', section: 'Eindproeven', text: 'Is er een beoordelingsrooster?', answerType: 'YES_NO', position: 1 },
  });
  return { templateId, questionId };
}

describe('recordFinding', () => {
  it('records a finding on an audit in progress, by an assigned inspector', async () => {
    const { templateId, questionId } = await insertTemplate();
    const auditId = await insertAudit(prisma, { status: 'IN_PROGRESS', performedOn: new Date('2026-12-08'), templateId });
    const input = findingInput(auditId, { questionId });
    const result = await record(input);
    expect(result.errors).toBeUndefined();
    expect(result.data!.recordFinding).toEqual({
      id: input.id,
      severity: 'SHORTCOMING',
      title: input.title,
      description: input.description,
      questionId,
      resolvedOn: null,
      isOpen: true,
      createdBy: inspector.name,
      audit: { id: auditId, status: 'IN_PROGRESS' },
    });
  });

  it('is safe to repeat: the same id returns the same finding, once, even after the audit moved on', async () => {
    const auditId = await insertAudit(prisma, { status: 'IN_PROGRESS', performedOn: new Date('2026-12-08') });
    const input = findingInput(auditId);
    const first = await record(input);
    const second = await record(input);
    expect(second.errors).toBeUndefined();
    expect(second.data).toEqual(first.data);
    await prisma.audit.update({ where: { id: auditId }, data: { status: 'REPORTED' } });
    const late = await record(input);
    expect(late.errors).toBeUndefined();
    expect(late.data!.recordFinding.id).toBe(input.id);
    expect(await prisma.finding.count({ where: { id: input.id } })).toBe(1);
    // The same id for another audit is a client bug, never an overwrite.
    const otherAudit = await insertAudit(prisma, { status: 'IN_PROGRESS' });
    const reused = await record({ ...input, auditId: otherAudit });
    expect(code(reused.errors)).toBe('CONFLICT');
    // A repeat by an inspector who is not assigned is still refused.
    expect(code((await record(input, otherInspector)).errors)).toBe('FORBIDDEN');
  });

  it('refuses other inspectors, other roles and audits that are not in progress', async () => {
    const auditId = await insertAudit(prisma, { status: 'IN_PROGRESS' });
    expect(code((await record(findingInput(auditId), otherInspector)).errors)).toBe('FORBIDDEN');
    expect(code((await record(findingInput(auditId), testUsers.agencyStaff)).errors)).toBe('FORBIDDEN');
    expect(code((await record(findingInput(auditId), testUsers.centreUser(westCentre))).errors)).toBe('FORBIDDEN');
    expect(code((await record(findingInput(auditId), null as unknown as User)).errors)).toBe('UNAUTHENTICATED');
    for (const status of ['PLANNED', 'PREPARED', 'REPORTED', 'CLOSED'] as const) {
      const other = await insertAudit(prisma, { status });
      const result = await record(findingInput(other));
      expect(code(result.errors)).toBe('INVALID_STATE_TRANSITION');
      expect(result.errors![0]!.extensions!.currentState).toBe(status);
    }
    expect(await prisma.finding.count({ where: { auditId } })).toBe(0);
  });

  it('validates the input', async () => {
    const { questionId } = await insertTemplate();
    const { templateId } = await insertTemplate();
    const auditId = await insertAudit(prisma, { status: 'IN_PROGRESS', templateId });
    const withoutTemplate = await insertAudit(prisma, { status: 'IN_PROGRESS' });
    const cases: [Record<string, unknown>, string, string?][] = [
      [findingInput(auditId, { title: 'ab' }), 'BAD_USER_INPUT'],
      [findingInput(auditId, { title: '     ' }), 'BAD_USER_INPUT', 'title'],
      [findingInput(auditId, { description: 'x'.repeat(4001) }), 'BAD_USER_INPUT'],
      [findingInput(auditId, { id: 'not-a-uuid' }), 'BAD_USER_INPUT'],
      [findingInput(auditId, { questionId }), 'BAD_USER_INPUT', 'questionId'],
      [findingInput(withoutTemplate, { questionId }), 'BAD_USER_INPUT', 'questionId'],
      [findingInput(randomUUID()), 'NOT_FOUND'],
    ];
    for (const [input, expected, field] of cases) {
      const result = await record(input);
      expect(code(result.errors), JSON.stringify(input).slice(0, 80)).toBe(expected);
      if (field) expect(result.errors![0]!.extensions!.field).toBe(field);
    }
    const severity = await record(findingInput(auditId, { severity: 'FATAL' }));
    expect(severity.errors).toBeDefined();
  });
});

describe('updateFinding', () => {
  it('changes a finding while the audit runs', async () => {
    const auditId = await insertAudit(prisma, { status: 'IN_PROGRESS' });
    const input = findingInput(auditId);
    await record(input);
    const result = await subgraph.query<{ updateFinding: FindingData }>(UPDATE, {
      variables: { input: { findingId: input.id, severity: 'SERIOUS_SHORTCOMING', title: '  Geen beoordelingsrooster  ' } },
      as: inspector,
    });
    expect(result.errors).toBeUndefined();
    expect(result.data!.updateFinding).toMatchObject({ severity: 'SERIOUS_SHORTCOMING', title: 'Geen beoordelingsrooster', description: input.description });
  });

  it('refuses empty changes, other inspectors, finished audits and a positive finding with recommendations', async () => {
    const auditId = await insertAudit(prisma, { status: 'IN_PROGRESS' });
    const input = findingInput(auditId);
    await record(input);
    const update = (change: Record<string, unknown>, as: User = inspector) =>
      subgraph.query(UPDATE, { variables: { input: { findingId: input.id, ...change } }, as });
    expect(code((await update({})).errors)).toBe('BAD_USER_INPUT');
    expect(code((await update({ title: 'Andere titel' }, otherInspector)).errors)).toBe('FORBIDDEN');
    expect(code((await subgraph.query(UPDATE, { variables: { input: { findingId: randomUUID(), title: 'Andere titel' } }, as: inspector })).errors)).toBe('NOT_FOUND');
    await prisma.recommendation.create({
      data: {
        auditId,
        findingId: input.id,
        description: 'Gebruik het beoordelingsrooster',
        owner: 'Directie',
        agreedDueOn: new Date('2027-03-01'),
        createdById: inspector.id,
        createdBy: inspector.name,
      },
    });
    const positive = await update({ severity: 'POSITIVE' });
    expect(code(positive.errors)).toBe('BAD_USER_INPUT');
    expect(positive.errors![0]!.extensions!.field).toBe('severity');
    await prisma.audit.update({ where: { id: auditId }, data: { status: 'REPORTED' } });
    const late = await update({ title: 'Andere titel' });
    expect(code(late.errors)).toBe('INVALID_STATE_TRANSITION');
  });
});

describe('updateFinding from the field queue (clientMutationId)', () => {
  it('acts once: a repeat answers with the finding as it is now, never writes the old values again, even after the report', async () => {
    const auditId = await insertAudit(prisma, { status: 'IN_PROGRESS' });
    const input = findingInput(auditId);
    await record(input);
    const clientMutationId = randomUUID();
    const edit = { findingId: input.id, title: 'Rooster ontbreekt', clientMutationId };
    const first = await subgraph.query<{ updateFinding: FindingData }>(UPDATE, { variables: { input: edit }, as: inspector });
    expect(first.errors).toBeUndefined();
    expect(first.data!.updateFinding.title).toBe('Rooster ontbreekt');
    // A later edit (another form, no id) and then the queued repeat of the first: the later title stays.
    const later = await subgraph.query(UPDATE, { variables: { input: { findingId: input.id, title: 'Rooster ontbreekt op twee lesplaatsen' } }, as: inspector });
    expect(later.errors).toBeUndefined();
    const repeat = await subgraph.query<{ updateFinding: FindingData }>(UPDATE, { variables: { input: edit }, as: inspector });
    expect(repeat.errors).toBeUndefined();
    expect(repeat.data!.updateFinding.title).toBe('Rooster ontbreekt op twee lesplaatsen');
    await prisma.audit.update({ where: { id: auditId }, data: { status: 'REPORTED' } });
    const afterReport = await subgraph.query<{ updateFinding: FindingData }>(UPDATE, { variables: { input: edit }, as: inspector });
    expect(afterReport.errors).toBeUndefined();
    expect(afterReport.data!.updateFinding.title).toBe('Rooster ontbreekt op twee lesplaatsen');
    expect(await prisma.clientMutation.count({ where: { id: clientMutationId } })).toBe(1);
  });

  it('refuses the id reused for another finding (CONFLICT), a malformed id, and keeps the rules for a new edit', async () => {
    const auditId = await insertAudit(prisma, { status: 'IN_PROGRESS' });
    const one = findingInput(auditId);
    const two = findingInput(auditId);
    await record(one);
    await record(two);
    const clientMutationId = randomUUID();
    const ok = await subgraph.query(UPDATE, { variables: { input: { findingId: one.id, severity: 'OBSERVATION', clientMutationId } }, as: inspector });
    expect(ok.errors).toBeUndefined();
    const reused = await subgraph.query(UPDATE, { variables: { input: { findingId: two.id, severity: 'OBSERVATION', clientMutationId } }, as: inspector });
    expect(code(reused.errors)).toBe('CONFLICT');
    const malformed = await subgraph.query(UPDATE, { variables: { input: { findingId: one.id, title: 'Andere titel', clientMutationId: 'wijziging-1' } }, as: inspector });
    expect([code(malformed.errors), malformed.errors?.[0]?.extensions?.field]).toEqual(['BAD_USER_INPUT', 'clientMutationId']);
    // A refused edit records no id: the same id is free for the edit once allowed.
    const refusedId = randomUUID();
    const refused = await subgraph.query(UPDATE, { variables: { input: { findingId: two.id, title: 'Andere titel', clientMutationId: refusedId } }, as: otherInspector });
    expect(code(refused.errors)).toBe('FORBIDDEN');
    expect(await prisma.clientMutation.count({ where: { id: refusedId } })).toBe(0);
    expect((await prisma.finding.findUniqueOrThrow({ where: { id: two.id } })).severity).toBe('SHORTCOMING');
  });
});

describe('Audit.findings', () => {
  it('loads the findings of many audits in one query', async () => {
    const audits = [
      await insertAudit(prisma, { status: 'IN_PROGRESS' }),
      await insertAudit(prisma, { status: 'IN_PROGRESS' }),
      await insertAudit(prisma, { status: 'IN_PROGRESS' }),
    ];
    for (const auditId of audits) {
      await record(findingInput(auditId, { title: 'Eerste vaststelling' }));
      await record(findingInput(auditId, { title: 'Tweede vaststelling' }));
    }
    statements.length = 0;
    const result = await subgraph.query<{ _entities: { id: string; findings: { title: string; recommendations: unknown[] }[] }[] }>(
      'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Audit { id findings { title recommendations { id } } } } }',
      { variables: { r: audits.map((id) => ({ __typename: 'Audit', id })) }, as: inspector },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!._entities.map((audit) => audit.findings.map((f) => f.title))).toEqual(
      audits.map(() => ['Eerste vaststelling', 'Tweede vaststelling']),
    );
    expect(statements.filter((sql) => /from "public"\."finding"/i.test(sql))).toHaveLength(1);
    expect(statements.filter((sql) => /from "public"\."recommendation"/i.test(sql))).toHaveLength(1);
  });
});

describe('openFindings on the audited subjects', () => {
  const OPEN = `query ($r: [_Any!]!) { _entities(representations: $r) {
    ... on Workplace { id openFindings { id title } }
    ... on TrainingCentre { id openFindings { id title } }
    ... on Partnership { id openFindings { id title } } } }`;
  type Entities = { _entities: { id: string; openFindings: { id: string; title: string }[] }[] };

  async function findingOn(auditId: string, title: string, resolvedOn: Date | null = null) {
    const finding = await prisma.finding.create({
      data: { auditId, severity: 'SHORTCOMING', title, description: 'Vastgesteld tijdens het terreinbezoek', createdById: 'test', createdBy: 'Test', resolvedOn },
    });
    return finding.id;
  }

  it('lists unresolved findings of audits that are not cancelled, for a whole list of workplaces in one query', async () => {
    const workplaces = [janssensWorkplace, randomUUID(), randomUUID()];
    const expected: string[][] = [];
    for (const [index, workplaceId] of workplaces.entries()) {
      const audit = await insertAudit(prisma, {
        kind: 'WORKPLACE_AUDIT',
        subjectType: 'WORKPLACE',
        subjectId: workplaceId,
        trainingCentreId: null,
        status: 'REPORTED',
      });
      const cancelled = await insertAudit(prisma, {
        kind: 'WORKPLACE_AUDIT',
        subjectType: 'WORKPLACE',
        subjectId: workplaceId,
        trainingCentreId: null,
        status: 'CANCELLED',
      });
      await findingOn(cancelled, 'Van een geannuleerde doorlichting');
      await findingOn(audit, 'Opgelost', new Date('2026-11-30'));
      expected.push([`Open ${index}`]);
      await findingOn(audit, `Open ${index}`);
    }
    statements.length = 0;
    const result = await subgraph.query<Entities>(OPEN, {
      variables: { r: workplaces.map((id) => ({ __typename: 'Workplace', id })) },
      as: inspector,
    });
    expect(result.errors).toBeUndefined();
    expect(result.data!._entities.map((w) => w.openFindings.map((f) => f.title))).toEqual(expected);
    expect(statements.filter((sql) => /from "public"\."finding"/i.test(sql))).toHaveLength(1);
  });

  it('shows a centre only the open findings of its own finished reports', async () => {
    const centre = randomUUID();
    const running = await insertAudit(prisma, { status: 'IN_PROGRESS', subjectId: centre, trainingCentreId: centre });
    const reported = await insertAudit(prisma, { status: 'FOLLOW_UP', subjectId: centre, trainingCentreId: centre });
    await findingOn(running, 'Nog niet gerapporteerd');
    await findingOn(reported, 'Uit het verslag');
    const asUser = (user: User) =>
      subgraph.query<Entities>(OPEN, { variables: { r: [{ __typename: 'TrainingCentre', id: centre }] }, as: user });
    expect((await asUser(testUsers.centreUser(centre))).data!._entities[0]!.openFindings.map((f) => f.title)).toEqual(['Uit het verslag']);
    expect((await asUser(testUsers.centreUser(limburgCentre))).data!._entities[0]!.openFindings).toEqual([]);
    expect((await asUser(inspector)).data!._entities[0]!.openFindings.map((f) => f.title)).toEqual([
      'Nog niet gerapporteerd',
      'Uit het verslag',
    ]);
    const anonymous = await subgraph.query<Entities>(OPEN, { variables: { r: [{ __typename: 'TrainingCentre', id: centre }] } });
    expect(anonymous.data?._entities[0]?.openFindings ?? []).toEqual([]);
  });

  it('shows a partnership the open findings of its supervisions', async () => {
    const partnership = randomUUID();
    const audit = await insertAudit(prisma, {
      kind: 'PARTNERSHIP_SUPERVISION',
      subjectType: 'PARTNERSHIP',
      subjectId: partnership,
      partnershipId: partnership,
      trainingCentreId: null,
      status: 'REPORTED',
    });
    await findingOn(audit, 'Kwaliteitsborging erkenningen onvolledig');
    const result = await subgraph.query<Entities>(OPEN, {
      variables: { r: [{ __typename: 'Partnership', id: partnership }] },
      as: testUsers.partnershipStaff(partnership),
    });
    expect(result.data!._entities[0]!.openFindings.map((f) => f.title)).toEqual(['Kwaliteitsborging erkenningen onvolledig']);
    const other = await subgraph.query<Entities>(OPEN, {
      variables: { r: [{ __typename: 'Partnership', id: partnership }] },
      as: testUsers.partnershipStaff(randomUUID()),
    });
    expect(other.data!._entities[0]!.openFindings).toEqual([]);
  });
});
