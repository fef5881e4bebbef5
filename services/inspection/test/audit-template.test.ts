import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { User } from '@werkplek/auth';
import { startTestSubgraph, testUsers, type TestSubgraph } from '@werkplek/test-kit';
import type { PrismaClient } from '../src/generated/prisma/client.js';
import { createInspectionSubgraph } from '../src/index.js';
import { insertAudit, insertAuditors, otherInspector, westCentre } from './fixtures.js';

let subgraph: TestSubgraph;
let prisma: PrismaClient;
let clock = new Date('2026-11-02T09:00:00Z');

beforeAll(async () => {
  subgraph = await startTestSubgraph('inspection', (db) =>
    createInspectionSubgraph({
      ...db,
      seedWith: async (client) => {
        prisma = client;
        await insertAuditors(client);
      },
      now: () => clock,
    }),
  );
});
afterAll(() => subgraph?.stop());
beforeEach(() => {
  clock = new Date('2026-11-02T09:00:00Z');
});

const staff = testUsers.agencyStaff;
/** Team Inspectie (the fixture's register): writes the frameworks of track inspections and leertijd follow-ups. */
const inspector = testUsers.inspector;
type Errors = { message: string; extensions?: Record<string, unknown> }[] | undefined;
const code = (errors: Errors) => errors?.[0]?.extensions?.code;
const field = (errors: Errors) => errors?.[0]?.extensions?.field;

interface Question {
  id: string;
  code: string;
  section: string;
  text: string;
  answerType: string;
  choices: string[];
  weight: number;
  required: boolean;
  position: number;
}
interface Template {
  id: string;
  kind: string;
  version: number;
  title: string;
  status: string;
  publishedAt: string | null;
  questions: Question[];
  history: { step: string; fromStatus: string | null; toStatus: string; actorName: string; note: string | null }[];
}
const TEMPLATE = `id kind version title description status publishedAt
  questions { id code section text guidance answerType choices weight required position }
  history { step fromStatus toStatus actorName note }`;

async function q<T>(document: string, variables: Record<string, unknown>, as: User | null = inspector) {
  return subgraph.query<T>(document, { variables, as });
}
const draft = (input: Record<string, unknown>, as: User = inspector) =>
  q<{ draftAuditTemplate: Template }>(`mutation ($input: DraftAuditTemplateInput!) { draftAuditTemplate(input: $input) { ${TEMPLATE} } }`, { input }, as);
const add = (templateId: string, input: Record<string, unknown>, as: User = inspector) =>
  q<{ addTemplateQuestion: Template }>(
    `mutation ($templateId: ID!, $input: TemplateQuestionInput!) { addTemplateQuestion(templateId: $templateId, input: $input) { ${TEMPLATE} } }`,
    { templateId, input },
    as,
  );
const update = (questionId: string, input: Record<string, unknown>, as: User = inspector) =>
  q<{ updateTemplateQuestion: Template }>(
    `mutation ($questionId: ID!, $input: TemplateQuestionInput!) { updateTemplateQuestion(questionId: $questionId, input: $input) { ${TEMPLATE} } }`,
    { questionId, input },
    as,
  );
const remove = (questionId: string, as: User = inspector) =>
  q<{ removeTemplateQuestion: Template }>(`mutation ($questionId: ID!) { removeTemplateQuestion(questionId: $questionId) { ${TEMPLATE} } }`, { questionId }, as);
const reorder = (templateId: string, questionIds: string[], as: User = inspector) =>
  q<{ reorderTemplateQuestions: Template }>(
    `mutation ($templateId: ID!, $questionIds: [ID!]!) { reorderTemplateQuestions(templateId: $templateId, questionIds: $questionIds) { ${TEMPLATE} } }`,
    { templateId, questionIds },
    as,
  );
const publish = (id: string, as: User = inspector) =>
  q<{ publishAuditTemplate: Template }>(`mutation ($id: ID!) { publishAuditTemplate(id: $id) { ${TEMPLATE} } }`, { id }, as);
const get = (id: string, as: User | null = inspector) => q<{ auditTemplate: Template }>(`query ($id: ID!) { auditTemplate(id: $id) { ${TEMPLATE} } }`, { id }, as);

const yesNo = (codeValue: string, over: Record<string, unknown> = {}) => ({
  code: codeValue,
  section: 'Eindproeven',
  text: `Vraag ${codeValue}: wordt het beoordelingsrooster gebruikt?`,
  answerType: 'YES_NO',
  ...over,
});

/** A draft of `kind` with the given questions, through the API. */
async function draftWith(kind: string, questions: Record<string, unknown>[], as: User = inspector): Promise<Template> {
  const drafted = await draft({ kind, title: 'Inspectiekader eindproeven' }, as);
  expect(drafted.errors).toBeUndefined();
  let template = drafted.data!.draftAuditTemplate;
  for (const question of questions) {
    const added = await add(template.id, question, as);
    expect(added.errors).toBeUndefined();
    template = added.data!.addTemplateQuestion;
  }
  return template;
}

describe('drafting a template version', () => {
  it('numbers the versions per kind and starts as a draft without questions', async () => {
    const first = await draft({ kind: 'APPRENTICESHIP_FOLLOW_UP', title: 'Kader opvolgingsdoorlichting leertijd', description: 'Paritair college' });
    expect(first.errors).toBeUndefined();
    expect(first.data!.draftAuditTemplate).toMatchObject({ kind: 'APPRENTICESHIP_FOLLOW_UP', version: 1, status: 'DRAFT', questions: [], publishedAt: null });
    const second = await draft({ kind: 'APPRENTICESHIP_FOLLOW_UP', title: 'Kader opvolgingsdoorlichting leertijd v2' }, staff);
    expect(second.data!.draftAuditTemplate.version).toBe(2);
  });

  it('copies the questions of an earlier version of the same kind, as new questions', async () => {
    const source = await draftWith('TRACK_INSPECTION', [yesNo('1.1'), { ...yesNo('1.2'), answerType: 'CHOICE', choices: ['Brugge', 'Kortrijk'], weight: 0 }]);
    const copy = await draft({ kind: 'TRACK_INSPECTION', title: 'Kader eindproeven (herzien)', copyFromId: source.id });
    expect(copy.errors).toBeUndefined();
    const copied = copy.data!.draftAuditTemplate;
    expect(copied.version).toBe(source.version + 1);
    expect(copied.questions.map((question) => [question.code, question.answerType, question.choices, question.position])).toEqual([
      ['1.1', 'YES_NO', [], 1],
      ['1.2', 'CHOICE', ['Brugge', 'Kortrijk'], 2],
    ]);
    expect(copied.questions.map((question) => question.id)).not.toContain(source.questions[0]!.id);
  });

  it('refuses a copy of another kind, an unknown id, and bad titles', async () => {
    const other = await draft({ kind: 'APPRENTICESHIP_FOLLOW_UP', title: 'Kader leertijd' });
    const wrongKind = await draft({ kind: 'TRACK_INSPECTION', title: 'Kader', copyFromId: other.data!.draftAuditTemplate.id });
    expect([code(wrongKind.errors), field(wrongKind.errors)]).toEqual(['BAD_USER_INPUT', 'copyFromId']);
    const unknown = await draft({ kind: 'TRACK_INSPECTION', title: 'Kader', copyFromId: 'not-a-uuid' });
    expect(field(unknown.errors)).toBe('copyFromId');
    const short = await draft({ kind: 'TRACK_INSPECTION', title: ' x ' });
    expect([code(short.errors), field(short.errors)]).toEqual(['BAD_USER_INPUT', 'title']);
    const long = await draft({ kind: 'TRACK_INSPECTION', title: 'Kader', description: 'x'.repeat(2001) });
    expect(field(long.errors)).toBe('description');
  });

  it('lets only agency staff and the team of the kind write a framework', async () => {
    // Partnership supervision belongs to team Toezicht: the fixture inspector is of team Inspectie.
    const notMyTeam = await draft({ kind: 'PARTNERSHIP_SUPERVISION', title: 'Toezichtkader erkenningen' });
    expect(code(notMyTeam.errors)).toBe('FORBIDDEN');
    const theirTeam = await draft({ kind: 'PARTNERSHIP_SUPERVISION', title: 'Toezichtkader erkenningen' }, otherInspector);
    expect(theirTeam.errors).toBeUndefined();
    const template = theirTeam.data!.draftAuditTemplate;
    expect(code((await add(template.id, yesNo('1.1'))).errors)).toBe('FORBIDDEN');
    expect(code((await publish(template.id)).errors)).toBe('FORBIDDEN');
    for (const outsider of [testUsers.centreUser(westCentre), testUsers.schoolUser]) {
      expect(code((await draft({ kind: 'TRACK_INSPECTION', title: 'Eigen kader' }, outsider)).errors)).toBe('FORBIDDEN');
      expect(code((await get(template.id, outsider)).errors)).toBe('FORBIDDEN');
    }
    expect(code((await get(template.id, null)).errors)).toBe('UNAUTHENTICATED');
  });
});

describe('questions of a draft', () => {
  it('adds at the end, updates, removes (renumbering) and reorders', async () => {
    const template = await draftWith('TRACK_INSPECTION', [yesNo('1.1'), yesNo('1.2'), yesNo('1.3')]);
    expect(template.questions.map((question) => [question.code, question.position])).toEqual([['1.1', 1], ['1.2', 2], ['1.3', 3]]);
    const [one, two, three] = template.questions as [Question, Question, Question];

    const updated = await update(two.id, { ...yesNo('1.2'), answerType: 'SCALE', weight: 3, required: false, text: 'Hoe goed is de eindproef voorbereid?' });
    expect(updated.errors).toBeUndefined();
    expect(updated.data!.updateTemplateQuestion.questions[1]).toMatchObject({ code: '1.2', answerType: 'SCALE', weight: 3, required: false, position: 2 });

    const removed = await remove(one.id);
    expect(removed.data!.removeTemplateQuestion.questions.map((question) => [question.code, question.position])).toEqual([['1.2', 1], ['1.3', 2]]);

    const reordered = await reorder(template.id, [three.id, two.id]);
    expect(reordered.errors).toBeUndefined();
    expect(reordered.data!.reorderTemplateQuestions.questions.map((question) => [question.code, question.position])).toEqual([['1.3', 1], ['1.2', 2]]);
  });

  it('validates code, weight, texts and choices', async () => {
    const template = await draftWith('TRACK_INSPECTION', [yesNo('1.1')]);
    const cases: [Record<string, unknown>, string][] = [
      [yesNo('a b'), 'code'],
      [yesNo(''), 'code'],
      [yesNo('x'.repeat(21)), 'code'],
      [yesNo('2.1', { weight: 11 }), 'weight'],
      [yesNo('2.1', { weight: -1 }), 'weight'],
      [yesNo('2.1', { text: 'x'.repeat(1001) }), 'text'],
      [yesNo('2.1', { text: '  ' }), 'text'],
      [yesNo('2.1', { section: '' }), 'section'],
      [yesNo('2.1', { guidance: 'x'.repeat(4001) }), 'guidance'],
      [yesNo('2.1', { choices: ['Ja', 'Nee'] }), 'choices'], // only for CHOICE
      [yesNo('2.1', { answerType: 'CHOICE', choices: ['Brugge', 'Brugge'] }), 'choices'],
      [yesNo('2.1', { answerType: 'CHOICE', choices: ['Brugge', ''] }), 'choices'],
      [yesNo('2.1', { answerType: 'CHOICE', choices: Array.from({ length: 21 }, (_, i) => `Keuze ${i}`) }), 'choices'],
    ];
    for (const [input, expectedField] of cases) {
      const result = await add(template.id, input);
      expect(result.errors, JSON.stringify(input).slice(0, 80)).toBeDefined();
      expect([code(result.errors), field(result.errors)]).toEqual(['BAD_USER_INPUT', expectedField]);
    }
    const taken = await add(template.id, yesNo('1.1'));
    expect([code(taken.errors), field(taken.errors)]).toEqual(['CONFLICT', 'code']);
    const second = await add(template.id, yesNo('1.2'));
    const renamedOnto = await update(second.data!.addTemplateQuestion.questions[1]!.id, yesNo('1.1'));
    expect(code(renamedOnto.errors)).toBe('CONFLICT');
    expect((await get(template.id)).data!.auditTemplate.questions).toHaveLength(2);
  });

  it('refuses a reorder that is not every question exactly once', async () => {
    const template = await draftWith('TRACK_INSPECTION', [yesNo('1.1'), yesNo('1.2')]);
    const [one, two] = template.questions as [Question, Question];
    for (const ids of [[one.id], [one.id, one.id], [one.id, two.id, randomUUID()], [one.id, 'nope']]) {
      const result = await reorder(template.id, ids);
      expect([code(result.errors), field(result.errors)]).toEqual(['BAD_USER_INPUT', 'questionIds']);
    }
  });

  it('answers NOT_FOUND for unknown templates and questions, BAD_USER_INPUT for malformed ids', async () => {
    expect(code((await add(randomUUID(), yesNo('1.1'))).errors)).toBe('NOT_FOUND');
    expect(code((await add('nope', yesNo('1.1'))).errors)).toBe('BAD_USER_INPUT');
    expect(code((await update(randomUUID(), yesNo('1.1'))).errors)).toBe('NOT_FOUND');
    expect(code((await remove('nope')).errors)).toBe('BAD_USER_INPUT');
    expect(code((await get(randomUUID())).errors)).toBe('NOT_FOUND');
  });
});

describe('publishing', () => {
  it('publishes a draft, retires the previously published version of the kind, and records both in the history', async () => {
    const kind = 'DUAL_QUALITY_AUDIT'; // team Toezicht
    const first = await draftWith(kind, [yesNo('1.1')], otherInspector);
    const published = await publish(first.id, otherInspector);
    expect(published.errors).toBeUndefined();
    expect(published.data!.publishAuditTemplate).toMatchObject({ status: 'PUBLISHED', publishedAt: '2026-11-02T09:00:00.000Z' });
    expect(published.data!.publishAuditTemplate.history).toEqual([
      { step: 'publish', fromStatus: 'DRAFT', toStatus: 'PUBLISHED', actorName: otherInspector.name, note: 'Versie 1, 1 vragen' },
    ]);
    const auditId = await insertAudit(prisma, { kind, status: 'IN_PROGRESS', templateId: first.id });

    clock = new Date('2027-01-15T09:00:00Z');
    const second = await draftWith(kind, [yesNo('1.1'), yesNo('1.2')], staff);
    expect(second.version).toBe(2);
    const republished = await publish(second.id, staff);
    expect(republished.data!.publishAuditTemplate.status).toBe('PUBLISHED');
    const retired = (await get(first.id)).data!.auditTemplate;
    expect(retired.status).toBe('RETIRED');
    expect(retired.history.map((entry) => [entry.step, entry.toStatus, entry.note])).toEqual([
      ['publish', 'PUBLISHED', 'Versie 1, 1 vragen'],
      ['retire', 'RETIRED', 'Vervangen door versie 2'],
    ]);
    // The audit keeps the version it pinned.
    expect((await prisma.audit.findUniqueOrThrow({ where: { id: auditId } })).templateId).toBe(first.id);

    const list = await q<{ auditTemplates: { version: number; status: string }[] }>(
      'query ($kind: AuditKind, $status: TemplateStatus) { auditTemplates(kind: $kind, status: $status) { version status } }',
      { kind },
    );
    expect(list.data!.auditTemplates).toEqual([{ version: 2, status: 'PUBLISHED' }, { version: 1, status: 'RETIRED' }]);
    const published2 = await q<{ auditTemplates: { version: number }[] }>(
      'query ($kind: AuditKind, $status: TemplateStatus) { auditTemplates(kind: $kind, status: $status) { version } }',
      { kind, status: 'PUBLISHED' },
    );
    expect(published2.data!.auditTemplates).toEqual([{ version: 2 }]);
  });

  it('never changes a published or retired version', async () => {
    const template = await draftWith('TRACK_INSPECTION', [yesNo('1.1')]);
    await publish(template.id);
    const question = template.questions[0]!;
    for (const attempt of [
      add(template.id, yesNo('1.2')),
      update(question.id, yesNo('1.1', { text: 'Gewijzigde vraag na publicatie' })),
      remove(question.id),
      reorder(template.id, [question.id]),
      publish(template.id),
    ]) {
      const result = await attempt;
      expect(code(result.errors)).toBe('INVALID_STATE_TRANSITION');
      expect(result.errors![0]!.extensions!.currentState).toBe('PUBLISHED');
    }
    const later = await draftWith('TRACK_INSPECTION', [yesNo('1.1')]);
    await publish(later.id);
    expect(code((await add(template.id, yesNo('1.2'))).errors)).toBe('INVALID_STATE_TRANSITION');
    expect((await get(template.id)).data!.auditTemplate).toMatchObject({ status: 'RETIRED', questions: [{ text: question.text }] });
  });

  it('needs at least one question, and two choices for every CHOICE question', async () => {
    const empty = await draftWith('TRACK_INSPECTION', []);
    expect([code((await publish(empty.id)).errors), field((await publish(empty.id)).errors)]).toEqual(['BAD_USER_INPUT', 'questions']);
    const thin = await draftWith('TRACK_INSPECTION', [yesNo('1.1'), yesNo('1.2', { answerType: 'CHOICE', choices: ['Brugge'] })]);
    const refused = await publish(thin.id);
    expect([code(refused.errors), field(refused.errors)]).toEqual(['BAD_USER_INPUT', 'choices']);
    expect(refused.errors![0]!.message).toContain('1.2');
    expect((await get(thin.id)).data!.auditTemplate.status).toBe('DRAFT');
  });
});
