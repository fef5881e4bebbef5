import { badUserInput, checkStep, domainError, ErrorCode, forbidden, loaderByGroup, notFound, requireUser, type User } from '@werkplek/subgraph-kit';
import type { InspectionContext } from '../context.js';
import type { AuditTemplate, ChecklistAnswer as AnswerRow, TemplateQuestion } from '../generated/prisma/client.js';
import { AnswerType, AuditStatus } from '../generated/prisma/enums.js';
import { auditWorkflow } from '../audit/audit.workflow.js';
import { assertMayWorkOnAudit, canReadAudit } from '../shared/access.js';
import { isDuplicateKey } from '../shared/client-mutation.js';
import { auditTemplateServiceOf } from '../audit-template/audit-template.service.js';
import { isUuid, optionalText } from '../shared/input.js';
import { auditLoader, auditOfRoot, lockAuditStatus, type AuditRow } from '../shared/audit-rows.js';
import type { AnswerChecklistQuestionInput, ChecklistAnswer, ChecklistItem, ChecklistScore } from './checklist.types.js';

const AUDIT = { nl: 'Doorlichting', en: 'Audit' };
/** Decimal(12, 2): ten digits before the point. */
const NUMBER_LIMIT = 1e10;

function answerOf(row: AnswerRow): ChecklistAnswer {
  return {
    id: row.id,
    questionId: row.questionId,
    booleanValue: row.booleanValue,
    numberValue: row.numberValue === null ? null : Number(row.numberValue),
    textValue: row.textValue,
    note: row.note,
    answeredBy: row.answeredBy,
    answeredAt: row.answeredAt,
  };
}

const round = (value: number, decimals: number) => Math.round(value * 10 ** decimals) / 10 ** decimals;

/** The checklist of an audit: the questions of the template version it pinned, and the inspectors' answers. */
export class ChecklistService {
  readonly auditById;
  readonly answersOf;

  constructor(private readonly ctx: InspectionContext) {
    const prisma = ctx.prisma;
    this.auditById = auditLoader(ctx);
    this.answersOf = loaderByGroup(
      (auditIds) => prisma.checklistAnswer.findMany({ where: { auditId: { in: [...auditIds] } } }),
      (row) => row.auditId,
    );
  }

  private get user(): User {
    return requireUser(this.ctx);
  }

  private get templates() {
    return auditTemplateServiceOf(this.ctx);
  }

  /** The audit under a field, when the caller may read it (the audit's readers; the audited party once it is reported). */
  private async readable(root: Partial<AuditRow> & { id: string }): Promise<AuditRow> {
    const audit = await auditOfRoot(root, this.auditById);
    if (!audit) throw notFound(AUDIT, root.id);
    if (!canReadAudit(this.user, audit)) {
      throw forbidden('Je mag de checklist van deze doorlichting niet lezen', 'You may not read the checklist of this audit');
    }
    return audit;
  }

  async templateOf(root: Partial<AuditRow> & { id: string }): Promise<AuditTemplate | null> {
    const audit = await this.readable(root);
    return audit.templateId ? this.templates.templateById.load(audit.templateId) : null;
  }

  private async questionsAndAnswers(audit: AuditRow): Promise<{ questions: TemplateQuestion[]; answers: Map<string, AnswerRow> }> {
    if (!audit.templateId) return { questions: [], answers: new Map() };
    const [questions, answers] = await Promise.all([this.templates.questionsOf.load(audit.templateId), this.answersOf.load(audit.id)]);
    return { questions, answers: new Map(answers.map((answer) => [answer.questionId, answer])) };
  }

  async checklist(root: Partial<AuditRow> & { id: string }): Promise<ChecklistItem[]> {
    const { questions, answers } = await this.questionsAndAnswers(await this.readable(root));
    return questions.map((question) => {
      const answer = answers.get(question.id);
      return { question, answer: answer ? answerOf(answer) : null };
    });
  }

  async score(root: Partial<AuditRow> & { id: string }): Promise<ChecklistScore> {
    const { questions, answers } = await this.questionsAndAnswers(await this.readable(root));
    return scoreOf(questions, answers);
  }

  // ───────────── answering ─────────────

  async answer(input: AnswerChecklistQuestionInput): Promise<ChecklistItem> {
    const user = this.user;
    const audit = isUuid(input.auditId) ? await this.auditById.load(input.auditId) : null;
    if (!audit || !canReadAudit(user, audit)) throw notFound(AUDIT, input.auditId);
    // Assignment before state: an unassigned inspector is refused whatever the audit's state (src/access/policy.ts).
    await assertMayWorkOnAudit(this.ctx, user, audit.id);
    checkStep(auditWorkflow, 'log', audit.status, user);
    const question = isUuid(input.questionId) && audit.templateId
      ? (await this.templates.questionsOf.load(audit.templateId)).find((candidate) => candidate.id === input.questionId.toLowerCase())
      : undefined;
    if (!question) {
      throw badUserInput(
        'questionId: geen vraag van het inspectiekader van deze doorlichting',
        "questionId: not a question of this audit's template",
        { field: 'questionId' },
      );
    }
    const values = valuesFor(question, input);
    const note = optionalText(input.note, 'note', 2000);
    const data = { ...values, note, answeredById: user.id, answeredBy: user.name, answeredAt: this.ctx.now() };
    const write = () =>
      this.ctx.prisma.$transaction(async (tx) => {
        const status = await lockAuditStatus(tx, audit.id);
        if (status !== AuditStatus.IN_PROGRESS) checkStep(auditWorkflow, 'log', status ?? audit.status, user);
        return tx.checklistAnswer.upsert({
          where: { auditId_questionId: { auditId: audit.id, questionId: question.id } },
          create: { auditId: audit.id, questionId: question.id, ...data },
          update: data,
        });
      });
    let row: AnswerRow;
    try {
      row = await write();
    } catch (error) {
      // Two first answers at once: one inserts, the other's insert loses on the unique key and now updates.
      if (!isDuplicateKey(error)) throw error;
      row = await write();
    }
    this.answersOf.clear(audit.id);
    return { question, answer: answerOf(row) };
  }
}

/** Exactly the value field the answer type needs, checked; the others must be left empty. */
function valuesFor(
  question: TemplateQuestion,
  input: AnswerChecklistQuestionInput,
): { booleanValue: boolean | null; numberValue: number | null; textValue: string | null } {
  const given = {
    booleanValue: input.booleanValue ?? null,
    numberValue: input.numberValue ?? null,
    textValue: input.textValue ?? null,
  };
  const needed: keyof typeof given =
    question.answerType === AnswerType.YES_NO
      ? 'booleanValue'
      : question.answerType === AnswerType.SCALE || question.answerType === AnswerType.NUMBER
        ? 'numberValue'
        : 'textValue';
  const extra = (Object.keys(given) as (keyof typeof given)[]).find((field) => field !== needed && given[field] !== null);
  if (extra) {
    throw badUserInput(
      `${extra}: een ${question.answerType}-vraag wordt beantwoord met ${needed}`,
      `${extra}: a ${question.answerType} question is answered with ${needed}`,
      { field: extra },
    );
  }
  if (given[needed] === null) {
    throw badUserInput(`${needed}: het antwoord ontbreekt`, `${needed}: the answer is missing`, { field: needed });
  }
  const empty = { booleanValue: null, numberValue: null, textValue: null };
  switch (question.answerType) {
    case AnswerType.YES_NO:
      return { ...empty, booleanValue: given.booleanValue };
    case AnswerType.SCALE: {
      const value = given.numberValue!;
      if (!Number.isInteger(value) || value < 1 || value > 4) {
        throw badUserInput('numberValue: een geheel getal van 1 tot 4', 'numberValue: an integer from 1 to 4', { field: 'numberValue' });
      }
      return { ...empty, numberValue: value };
    }
    case AnswerType.NUMBER: {
      const value = given.numberValue!;
      if (!Number.isFinite(value) || Math.abs(value) >= NUMBER_LIMIT) {
        throw badUserInput('numberValue: een getal kleiner dan 10 miljard', 'numberValue: a number below 10 billion', { field: 'numberValue' });
      }
      return { ...empty, numberValue: round(value, 2) };
    }
    case AnswerType.TEXT: {
      const value = given.textValue!.trim();
      if (value.length < 1 || value.length > 4000) {
        throw badUserInput('textValue: 1 tot 4000 tekens', 'textValue: 1 to 4000 characters', { field: 'textValue' });
      }
      return { ...empty, textValue: value };
    }
    case AnswerType.CHOICE: {
      const value = given.textValue!.trim();
      if (!question.choices.includes(value)) {
        throw badUserInput(
          `textValue: kies één van ${question.choices.join(', ')}`,
          `textValue: choose one of ${question.choices.join(', ')}`,
          { field: 'textValue' },
        );
      }
      return { ...empty, textValue: value };
    }
    default:
      throw domainError(ErrorCode.BadUserInput, 'Onbekende soort vraag', 'Unknown answer type', { field: 'questionId' });
  }
}

/** See ChecklistScore's description: YES_NO and SCALE count, weighted; the other types do not. */
export function scoreOf(questions: TemplateQuestion[], answers: Map<string, Pick<AnswerRow, 'booleanValue' | 'numberValue'>>): ChecklistScore {
  let score = 0;
  let maxScore = 0;
  for (const question of questions) {
    const answer = answers.get(question.id);
    if (question.answerType === AnswerType.YES_NO) {
      maxScore += question.weight;
      if (answer?.booleanValue === true) score += question.weight;
    } else if (question.answerType === AnswerType.SCALE) {
      maxScore += question.weight;
      if (answer?.numberValue != null) score += (question.weight * (Number(answer.numberValue) - 1)) / 3;
    }
  }
  return {
    score: round(score, 2),
    maxScore,
    percentage: maxScore > 0 ? round((score / maxScore) * 100, 1) : null,
    answeredCount: questions.filter((question) => answers.has(question.id)).length,
    requiredCount: questions.filter((question) => question.required).length,
    unansweredRequired: questions.filter((question) => question.required && !answers.has(question.id)),
  };
}

export function checklistServiceOf(ctx: InspectionContext): ChecklistService {
  return ctx.scoped(ChecklistService, () => new ChecklistService(ctx));
}
