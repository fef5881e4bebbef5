import {
  badUserInput,
  domainError,
  ErrorCode,
  forbidden,
  historyLoader,
  loaderByGroup,
  loaderById,
  notFound,
  recordStatusChange,
  requireUser,
  Role,
  type User,
} from '@werkplek/subgraph-kit';
import type { InspectionContext } from '../context.js';
import type { AuditTemplate, Prisma, TemplateQuestion } from '../generated/prisma/client.js';
import { AnswerType, AuditKind, InspectionTeam, TemplateStatus } from '../generated/prisma/enums.js';
import { teamOfKind } from '../audit/audit.rules.js';
import { isDuplicateKey } from '../shared/client-mutation.js';
import type { DraftAuditTemplateInput, TemplateQuestionInput } from './audit-template.types.js';
import { isUuid, optionalText, text } from '../shared/input.js';

const TEMPLATE = { nl: 'Inspectiekader', en: 'Audit template' };
const QUESTION = { nl: 'Vraag', en: 'Question' };
export const TEMPLATE_ENTITY = 'AuditTemplate';
const CODE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,19}$/;
const MAX_CHOICES = 20;

const teamLabel: Record<InspectionTeam, string> = { SUPERVISION: 'team Toezicht', INSPECTION: 'team Inspectie' };

/** The versioned inspection frameworks (toezichtkader, inspectiekader) per kind of audit. */
export class AuditTemplateService {
  readonly templateById;
  readonly questionsOf;
  readonly historyOf;

  constructor(private readonly ctx: InspectionContext) {
    const prisma = ctx.prisma;
    this.templateById = loaderById((ids) => prisma.auditTemplate.findMany({ where: { id: { in: ids.filter(isUuid) } } }));
    this.questionsOf = loaderByGroup(
      (ids) =>
        prisma.templateQuestion.findMany({ where: { templateId: { in: [...ids] } }, orderBy: [{ position: 'asc' }, { id: 'asc' }] }),
      (row) => row.templateId,
    );
    this.historyOf = historyLoader((query) => prisma.statusChange.findMany(query), TEMPLATE_ENTITY);
  }

  private get user(): User {
    return requireUser(this.ctx);
  }

  // ───────────── reading ─────────────

  list(kind: AuditKind | undefined, status: TemplateStatus | undefined): Promise<AuditTemplate[]> {
    return this.ctx.prisma.auditTemplate.findMany({
      where: { ...(kind ? { kind } : {}), ...(status ? { status } : {}) },
      orderBy: [{ kind: 'asc' }, { version: 'desc' }],
    });
  }

  async template(id: string): Promise<AuditTemplate> {
    const template = await this.templateById.load(id);
    if (!template) throw notFound(TEMPLATE, id);
    return template;
  }

  // ───────────── who writes which framework ─────────────

  /** Agency staff write every framework; an inspector only those of their own team's kinds. */
  private async assertMayWrite(user: User, kind: AuditKind): Promise<void> {
    if (user.role === Role.AgencyStaff) return;
    const auditor = await this.ctx.prisma.auditor.findUnique({ where: { userId: user.id }, select: { team: true, active: true } });
    // The teams write their own frameworks (§4.3): the team that audits the kind, as the audit module assigns it.
    const team = teamOfKind(kind);
    if (!auditor || !auditor.active || auditor.team !== team) {
      throw forbidden(
        `Alleen ${teamLabel[team]} schrijft het kader van deze soort doorlichting`,
        `Only the ${team} team writes the framework of this kind of audit`,
      );
    }
  }

  /** A draft the user may edit: PUBLISHED and RETIRED versions never change. */
  private async draftToEdit(templateId: string): Promise<AuditTemplate> {
    const template = await this.template(templateId);
    await this.assertMayWrite(this.user, template.kind);
    if (template.status !== TemplateStatus.DRAFT) throw this.notDraft(template);
    return template;
  }

  private notDraft(template: AuditTemplate) {
    return domainError(
      ErrorCode.InvalidStateTransition,
      `Versie ${template.version} van dit kader is ${template.status === TemplateStatus.PUBLISHED ? 'gepubliceerd' : 'vervangen'} en wijzigt niet meer: maak een nieuwe versie`,
      `Version ${template.version} of this template is ${template.status} and never changes: draft a new version`,
      { currentState: template.status },
    );
  }

  // ───────────── drafting ─────────────

  async draft(input: DraftAuditTemplateInput): Promise<AuditTemplate> {
    const user = this.user;
    await this.assertMayWrite(user, input.kind);
    const title = text(input.title, 'title', 3, 200);
    const description = optionalText(input.description, 'description', 2000);
    let copied: TemplateQuestion[] = [];
    if (input.copyFromId) {
      const source = isUuid(input.copyFromId) ? await this.templateById.load(input.copyFromId) : null;
      if (!source || source.kind !== input.kind) {
        throw badUserInput(
          'copyFromId: geen eerdere versie van het kader van deze soort',
          'copyFromId: not an earlier version of this kind of template',
          { field: 'copyFromId' },
        );
      }
      copied = await this.questionsOf.load(source.id);
    }
    // The next version number is read, then claimed by the unique (kind, version): a concurrent draft loses and retries.
    for (let attempt = 0; ; attempt++) {
      const newest = await this.ctx.prisma.auditTemplate.findFirst({ where: { kind: input.kind }, orderBy: { version: 'desc' }, select: { version: true } });
      try {
        return await this.ctx.prisma.auditTemplate.create({
          data: {
            kind: input.kind,
            version: (newest?.version ?? 0) + 1,
            title,
            description,
            createdBy: user.name,
            questions: {
              create: copied.map(({ id: _id, templateId: _templateId, ...question }) => question),
            },
          },
        });
      } catch (error) {
        if (!isDuplicateKey(error) || attempt >= 3) throw error;
      }
    }
  }

  private validateQuestion(input: TemplateQuestionInput) {
    const code = (input.code ?? '').trim();
    if (!CODE.test(code)) {
      throw badUserInput(
        'code: 1 tot 20 tekens, letters, cijfers, punt, streepje of liggend streepje',
        'code: 1 to 20 characters: letters, digits, dot, dash or underscore',
        { field: 'code' },
      );
    }
    const weight = input.weight ?? 1;
    if (!Number.isInteger(weight) || weight < 0 || weight > 10) {
      throw badUserInput('weight: een geheel getal van 0 tot 10', 'weight: an integer from 0 to 10', { field: 'weight' });
    }
    const choices = (input.choices ?? []).map((choice) => choice.trim());
    if (input.answerType !== AnswerType.CHOICE && choices.length > 0) {
      throw badUserInput('choices: alleen voor een keuzevraag (CHOICE)', 'choices: only for a CHOICE question', { field: 'choices' });
    }
    if (choices.length > MAX_CHOICES || choices.some((choice) => choice.length < 1 || choice.length > 200)) {
      throw badUserInput(
        `choices: hoogstens ${MAX_CHOICES} keuzes van 1 tot 200 tekens`,
        `choices: at most ${MAX_CHOICES} choices of 1 to 200 characters`,
        { field: 'choices' },
      );
    }
    if (new Set(choices).size !== choices.length) {
      throw badUserInput('choices: elke keuze één keer', 'choices: each choice once', { field: 'choices' });
    }
    return {
      code,
      section: text(input.section, 'section', 1, 200),
      text: text(input.text, 'text', 3, 1000),
      guidance: optionalText(input.guidance, 'guidance', 4000),
      answerType: input.answerType,
      choices,
      weight,
      required: input.required ?? true,
    };
  }

  private codeTaken(code: string) {
    return domainError(ErrorCode.Conflict, `Code ${code} bestaat al in dit kader`, `Code ${code} already exists in this template`, {
      field: 'code',
    });
  }

  private concurrentChange() {
    return domainError(
      ErrorCode.Conflict,
      'Het kader werd tegelijk gewijzigd (dezelfde code of volgorde): probeer opnieuw',
      'The template was changed at the same time (same code or order): try again',
    );
  }

  /** Runs a change of a draft's questions and refreshes what this request cached of it. */
  private async changeQuestions(templateId: string, change: (tx: Prisma.TransactionClient) => Promise<unknown>): Promise<AuditTemplate> {
    try {
      await this.ctx.prisma.$transaction(async (tx) => {
        // Guarded by the state read: a publish in between makes this find no draft, and the change is undone.
        const still = await tx.auditTemplate.updateMany({ where: { id: templateId, status: TemplateStatus.DRAFT }, data: { updatedAt: this.ctx.now() } });
        if (still.count === 0) throw this.notDraft((await tx.auditTemplate.findUniqueOrThrow({ where: { id: templateId } })));
        await change(tx);
      });
    } catch (error) {
      if (isDuplicateKey(error)) throw this.concurrentChange();
      throw error;
    }
    this.questionsOf.clear(templateId);
    this.templateById.clear(templateId);
    return this.template(templateId);
  }

  async addQuestion(templateId: string, input: TemplateQuestionInput): Promise<AuditTemplate> {
    await this.draftToEdit(templateId);
    const data = this.validateQuestion(input);
    const questions = await this.questionsOf.load(templateId);
    if (questions.some((question) => question.code === data.code)) throw this.codeTaken(data.code);
    const position = questions.reduce((max, question) => Math.max(max, question.position), 0) + 1;
    return this.changeQuestions(templateId, (tx) => tx.templateQuestion.create({ data: { ...data, templateId, position } }));
  }

  private async question(questionId: string): Promise<TemplateQuestion> {
    const question = isUuid(questionId) ? await this.ctx.prisma.templateQuestion.findUnique({ where: { id: questionId } }) : null;
    if (!question) throw notFound(QUESTION, questionId);
    return question;
  }

  async updateQuestion(questionId: string, input: TemplateQuestionInput): Promise<AuditTemplate> {
    const question = await this.question(questionId);
    await this.draftToEdit(question.templateId);
    const data = this.validateQuestion(input);
    const questions = await this.questionsOf.load(question.templateId);
    if (questions.some((other) => other.id !== questionId && other.code === data.code)) throw this.codeTaken(data.code);
    return this.changeQuestions(question.templateId, (tx) => tx.templateQuestion.update({ where: { id: questionId }, data }));
  }

  async removeQuestion(questionId: string): Promise<AuditTemplate> {
    const question = await this.question(questionId);
    await this.draftToEdit(question.templateId);
    const rest = (await this.questionsOf.load(question.templateId)).filter((other) => other.id !== questionId);
    return this.changeQuestions(question.templateId, async (tx) => {
      await tx.templateQuestion.delete({ where: { id: questionId } });
      await this.renumber(tx, rest.map((other) => other.id));
    });
  }

  /** `questionIds`: every question of the draft once, in the new order. */
  async reorderQuestions(templateId: string, questionIds: string[]): Promise<AuditTemplate> {
    await this.draftToEdit(templateId);
    const current = (await this.questionsOf.load(templateId)).map((question) => question.id);
    const asked = questionIds.map((id) => id.toLowerCase());
    const samePermutation = asked.length === current.length && new Set(asked).size === asked.length && asked.every((id) => current.includes(id));
    if (!samePermutation) {
      throw badUserInput(
        'questionIds: elke vraag van het kader precies één keer',
        'questionIds: every question of the template exactly once',
        { field: 'questionIds' },
      );
    }
    return this.changeQuestions(templateId, (tx) => this.renumber(tx, asked));
  }

  private async renumber(tx: Prisma.TransactionClient, orderedIds: string[]): Promise<void> {
    for (const [index, id] of orderedIds.entries()) {
      await tx.templateQuestion.update({ where: { id }, data: { position: index + 1 } });
    }
  }

  // ───────────── publishing ─────────────

  async publish(templateId: string): Promise<AuditTemplate> {
    const user = this.user;
    const template = await this.draftToEdit(templateId);
    const questions = await this.questionsOf.load(templateId);
    if (questions.length === 0) {
      throw badUserInput('Een kader zonder vragen kan niet gepubliceerd worden', 'A template without questions cannot be published', {
        field: 'questions',
      });
    }
    const thin = questions.find((question) => question.answerType === AnswerType.CHOICE && question.choices.length < 2);
    if (thin) {
      throw badUserInput(
        `Vraag ${thin.code} is een keuzevraag met minder dan twee keuzes`,
        `Question ${thin.code} is a CHOICE question with fewer than two choices`,
        { field: 'choices', questionId: thin.id },
      );
    }
    const now = this.ctx.now();
    const published = await this.ctx.prisma.$transaction(async (tx) => {
      const previous = await tx.auditTemplate.findMany({ where: { kind: template.kind, status: TemplateStatus.PUBLISHED } });
      // Guarded by the state read: a concurrent publish of this draft makes this update find no row (NOT_FOUND).
      const updated = await tx.auditTemplate.update({
        where: { id: templateId, status: TemplateStatus.DRAFT },
        data: { status: TemplateStatus.PUBLISHED, publishedAt: now },
      });
      await recordStatusChange(tx, {
        entityType: TEMPLATE_ENTITY,
        entityId: templateId,
        step: 'publish',
        from: TemplateStatus.DRAFT,
        to: TemplateStatus.PUBLISHED,
        actor: user,
        note: `Versie ${template.version}, ${questions.length} vragen`,
        at: now,
      });
      for (const old of previous) {
        await tx.auditTemplate.update({ where: { id: old.id }, data: { status: TemplateStatus.RETIRED } });
        await recordStatusChange(tx, {
          entityType: TEMPLATE_ENTITY,
          entityId: old.id,
          step: 'retire',
          from: TemplateStatus.PUBLISHED,
          to: TemplateStatus.RETIRED,
          actor: user,
          note: `Vervangen door versie ${template.version}`,
          at: now,
        });
      }
      return updated;
    });
    this.templateById.clearAll();
    this.historyOf.clearAll();
    return published;
  }
}

export function auditTemplateServiceOf(ctx: InspectionContext): AuditTemplateService {
  return ctx.scoped(AuditTemplateService, () => new AuditTemplateService(ctx));
}
