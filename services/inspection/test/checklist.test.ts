import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { User } from '@werkplek/auth';
import { startTestSubgraph, testUsers, type TestSubgraph } from '@werkplek/test-kit';
import type { PrismaClient } from '../src/generated/prisma/client.js';
import { createInspectionSubgraph } from '../src/index.js';
import { insertTemplate, type QuestionSpec } from './checklist-fixtures.js';
import { insertAudit, limburgCentre, otherInspector, westCentre } from './fixtures.js';

let subgraph: TestSubgraph;
let prisma: PrismaClient;
let clock = new Date('2026-12-08T10:00:00Z');
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
  clock = new Date('2026-12-08T10:00:00Z');
});

const inspector = testUsers.inspector;
type Errors = { message: string; extensions?: Record<string, unknown> }[] | undefined;
const code = (errors: Errors) => errors?.[0]?.extensions?.code;
const field = (errors: Errors) => errors?.[0]?.extensions?.field;

interface Answer {
  questionId: string;
  booleanValue: boolean | null;
  numberValue: number | null;
  textValue: string | null;
  note: string | null;
  answeredBy: string;
  answeredAt: string;
}
interface Item {
  question: { id: string; code: string };
  answer: Answer | null;
}
interface Score {
  score: number;
  maxScore: number;
  percentage: number | null;
  answeredCount: number;
  requiredCount: number;
  unansweredRequired: { code: string }[];
}
interface AuditView {
  id: string;
  template: { id: string; version: number; questions: { code: string }[] } | null;
  checklist: Item[];
  checklistScore: Score;
}

const ANSWER = 'questionId booleanValue numberValue textValue note answeredBy answeredAt';
const ANSWER_MUTATION = `mutation ($input: AnswerChecklistQuestionInput!) {
  answerChecklistQuestion(input: $input) { question { id code } answer { ${ANSWER} } } }`;
const AUDIT_FIELDS = `id template { id version questions { code } }
  checklist { question { id code } answer { ${ANSWER} } }
  checklistScore { score maxScore percentage answeredCount requiredCount unansweredRequired { code } }`;
/** Audits as the gateway asks for them (entity references): one request for many, like a list would. */
const ENTITIES = `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Audit { ${AUDIT_FIELDS} } } }`;

const answer = (input: Record<string, unknown>, as: User = inspector) =>
  subgraph.query<{ answerChecklistQuestion: Item }>(ANSWER_MUTATION, { variables: { input }, as });

async function audits(ids: string[], as: User = inspector) {
  return subgraph.query<{ _entities: (AuditView | null)[] }>(ENTITIES, {
    variables: { representations: ids.map((id) => ({ __typename: 'Audit', id })) },
    as,
  });
}

const questions: QuestionSpec[] = [
  { code: '1.1', answerType: 'YES_NO', weight: 2 },
  { code: '1.2', answerType: 'YES_NO', weight: 1 },
  { code: '2.1', answerType: 'SCALE', weight: 3 },
  { code: '2.2', answerType: 'NUMBER', weight: 5, required: false },
  { code: '3.1', answerType: 'TEXT', weight: 4 },
  { code: '3.2', answerType: 'CHOICE', weight: 2, choices: ['Brugge', 'Kortrijk', 'Roeselare'], required: false },
];

async function auditWithTemplate(overrides: Parameters<typeof insertAudit>[1] = {}) {
  const template = await insertTemplate(prisma, questions);
  const auditId = await insertAudit(prisma, { status: 'IN_PROGRESS', templateId: template.templateId, ...overrides });
  return { auditId, ...template };
}

describe('answerChecklistQuestion', () => {
  it('answers each type of question and scores YES_NO and SCALE by weight only', async () => {
    const { auditId, questionIds: q } = await auditWithTemplate();
    const given = [
      { questionId: q['1.1'], booleanValue: true, note: 'Rooster aanwezig op beide lesplaatsen' },
      { questionId: q['1.2'], booleanValue: false },
      { questionId: q['2.1'], numberValue: 3 },
      { questionId: q['2.2'], numberValue: 12.345 },
      { questionId: q['3.1'], textValue: '  Twee eindproeven bijgewoond.  ' },
    ];
    for (const input of given) {
      const result = await answer({ auditId, ...input });
      expect(result.errors).toBeUndefined();
      expect(result.data!.answerChecklistQuestion.answer).toMatchObject({ answeredBy: inspector.name, answeredAt: '2026-12-08T10:00:00.000Z' });
    }
    const view = (await audits([auditId])).data!._entities[0]!;
    expect(view.checklist.map((item) => [item.question.code, item.answer?.booleanValue ?? item.answer?.numberValue ?? item.answer?.textValue ?? null])).toEqual([
      ['1.1', true],
      ['1.2', false],
      ['2.1', 3],
      ['2.2', 12.35], // rounded to the column's 2 decimals
      ['3.1', 'Twee eindproeven bijgewoond.'],
      ['3.2', null],
    ]);
    expect(view.checklist[0]!.answer!.note).toBe('Rooster aanwezig op beide lesplaatsen');
    // 1.1 yes: 2 of 2; 1.2 no: 0 of 1; 2.1 scale 3: 3 × 2/3 = 2 of 3; NUMBER, TEXT and CHOICE do not count.
    expect(view.checklistScore).toEqual({
      score: 4,
      maxScore: 6,
      percentage: 66.7,
      answeredCount: 5,
      requiredCount: 4,
      unansweredRequired: [],
    });
    expect(view.template!.questions.map((question) => question.code)).toEqual(['1.1', '1.2', '2.1', '2.2', '3.1', '3.2']);

    const choice = await answer({ auditId, questionId: q['3.2'], textValue: 'Kortrijk' });
    expect(choice.data!.answerChecklistQuestion.answer!.textValue).toBe('Kortrijk');
  });

  it('replaces the answer when answered again (one row, latest value, latest time)', async () => {
    const { auditId, questionIds: q } = await auditWithTemplate();
    await answer({ auditId, questionId: q['2.1'], numberValue: 1 });
    const repeat = await answer({ auditId, questionId: q['2.1'], numberValue: 1 });
    expect(repeat.errors).toBeUndefined();
    clock = new Date('2026-12-08T11:30:00Z');
    const changed = await answer({ auditId, questionId: q['2.1'], numberValue: 4, note: 'Na gesprek met de coördinator' });
    expect(changed.data!.answerChecklistQuestion.answer).toMatchObject({ numberValue: 4, answeredAt: '2026-12-08T11:30:00.000Z' });
    expect(await prisma.checklistAnswer.count({ where: { auditId } })).toBe(1);
    const score = (await audits([auditId])).data!._entities[0]!.checklistScore;
    expect(score).toMatchObject({ score: 3, maxScore: 6, answeredCount: 1, unansweredRequired: [{ code: '1.1' }, { code: '1.2' }, { code: '3.1' }] });
  });

  it('needs exactly the value its answer type asks for, valid', async () => {
    const { auditId, questionIds: q } = await auditWithTemplate();
    const cases: [Record<string, unknown>, string][] = [
      [{ questionId: q['1.1'] }, 'booleanValue'],
      [{ questionId: q['1.1'], booleanValue: true, textValue: 'ja' }, 'textValue'],
      [{ questionId: q['2.1'], numberValue: 0 }, 'numberValue'],
      [{ questionId: q['2.1'], numberValue: 5 }, 'numberValue'],
      [{ questionId: q['2.1'], numberValue: 2.5 }, 'numberValue'],
      [{ questionId: q['2.1'], booleanValue: true }, 'booleanValue'],
      [{ questionId: q['2.2'], numberValue: 1e11 }, 'numberValue'],
      [{ questionId: q['3.1'], textValue: '   ' }, 'textValue'],
      [{ questionId: q['3.1'], textValue: 'x'.repeat(4001) }, 'textValue'],
      [{ questionId: q['3.2'], textValue: 'Gent' }, 'textValue'],
      [{ questionId: q['3.2'], numberValue: 1 }, 'numberValue'],
      [{ questionId: q['1.1'], booleanValue: true, note: 'x'.repeat(2001) }, 'note'],
      [{ questionId: randomUUID(), booleanValue: true }, 'questionId'],
      [{ questionId: 'vraag-1', booleanValue: true }, 'questionId'],
    ];
    for (const [input, expectedField] of cases) {
      const result = await answer({ auditId, ...input });
      expect([code(result.errors), field(result.errors)], JSON.stringify(input).slice(0, 100)).toEqual(['BAD_USER_INPUT', expectedField]);
    }
    expect(await prisma.checklistAnswer.count({ where: { auditId } })).toBe(0);
  });

  it('refuses a question of another template version than the one the audit pinned', async () => {
    const { auditId } = await auditWithTemplate();
    const newer = await insertTemplate(prisma, questions);
    const result = await answer({ auditId, questionId: newer.questionIds['1.1'], booleanValue: true });
    expect([code(result.errors), field(result.errors)]).toEqual(['BAD_USER_INPUT', 'questionId']);
    const withoutTemplate = await insertAudit(prisma, { status: 'IN_PROGRESS' });
    const none = await answer({ auditId: withoutTemplate, questionId: newer.questionIds['1.1'], booleanValue: true });
    expect(field(none.errors)).toBe('questionId');
  });

  it('only while the audit is in progress', async () => {
    for (const status of ['PLANNED', 'PREPARED', 'REPORTED', 'CLOSED', 'CANCELLED'] as const) {
      const { auditId, questionIds: q } = await auditWithTemplate({ status });
      const result = await answer({ auditId, questionId: q['1.1'], booleanValue: true });
      expect(code(result.errors), status).toBe('INVALID_STATE_TRANSITION');
      expect(result.errors![0]!.extensions!.currentState).toBe(status);
    }
  });

  it('only by an inspector assigned to the audit', async () => {
    const { auditId, questionIds: q } = await auditWithTemplate();
    const input = { auditId, questionId: q['1.1'], booleanValue: true };
    expect(code((await answer(input, otherInspector)).errors)).toBe('FORBIDDEN');
    expect(code((await answer(input, testUsers.agencyStaff)).errors)).toBe('FORBIDDEN');
    expect(code((await answer(input, testUsers.centreUser(westCentre))).errors)).toBe('FORBIDDEN');
    expect(await prisma.checklistAnswer.count({ where: { auditId } })).toBe(0);
    expect(code((await answer({ ...input, auditId: randomUUID() })).errors)).toBe('NOT_FOUND');
    expect(code((await answer({ ...input, auditId: 'AUD-2026-1' })).errors)).toBe('NOT_FOUND');
  });
});

describe('reading the checklist', () => {
  it('is readable by the audited centre once reported, not before, and never by another centre', async () => {
    const { auditId, questionIds: q } = await auditWithTemplate();
    await answer({ auditId, questionId: q['1.1'], booleanValue: true });
    const westUser = testUsers.centreUser(westCentre);
    const before = await audits([auditId], westUser);
    expect(before.data?._entities[0]?.checklist ?? null).toBeNull();

    await prisma.audit.update({ where: { id: auditId }, data: { status: 'REPORTED' } });
    const after = await audits([auditId], westUser);
    expect(after.errors).toBeUndefined();
    expect(after.data!._entities[0]!.checklist[0]!.answer!.booleanValue).toBe(true);
    expect(after.data!._entities[0]!.checklistScore.score).toBe(2);

    const other = await audits([auditId], testUsers.centreUser(limburgCentre));
    expect(other.data?._entities[0]?.checklist ?? null).toBeNull();
  });

  it('an audit without a template has an empty checklist', async () => {
    const auditId = await insertAudit(prisma, { status: 'PREPARED' });
    const view = (await audits([auditId])).data!._entities[0]!;
    expect(view.template).toBeNull();
    expect(view.checklist).toEqual([]);
    expect(view.checklistScore).toEqual({ score: 0, maxScore: 0, percentage: null, answeredCount: 0, requiredCount: 0, unansweredRequired: [] });
  });

  it('loads template, questions and answers of many audits in a constant number of queries', async () => {
    const ids: string[] = [];
    for (let index = 0; index < 6; index++) {
      const { auditId, questionIds: q } = await auditWithTemplate();
      await answer({ auditId, questionId: q['1.1'], booleanValue: index % 2 === 0 });
      ids.push(auditId);
    }
    const selectsFor = async (some: string[]) => {
      statements.length = 0;
      const result = await audits(some);
      expect(result.errors).toBeUndefined();
      expect(result.data!._entities).toHaveLength(some.length);
      expect(result.data!._entities.every((view) => view!.checklist.length === questions.length)).toBe(true);
      return statements.filter((sql) => /^\s*select/i.test(sql)).length;
    };
    const two = await selectsFor(ids.slice(0, 2));
    const six = await selectsFor(ids);
    expect(two).toBeGreaterThan(0);
    expect(six).toBe(two);
    // The audits, their templates, the questions, the answers (and the readers' own lookups): a handful, not per row.
    expect(six).toBeLessThanOrEqual(6);
  });
});
