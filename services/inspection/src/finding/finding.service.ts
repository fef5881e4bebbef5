import { badUserInput, checkStep, loaderByGroup, loaderById, notFound, requireUser, type User, checkExpectedVersion, unlessChangedMeanwhile } from '@werkplek/subgraph-kit';
import type { InspectionContext } from '../context.js';
import { auditLoader, lockAuditStatus } from '../shared/audit-rows.js';
import type { Audit, Finding, Prisma } from '../generated/prisma/client.js';
import { AuditStatus, AuditSubjectType, FindingSeverity } from '../generated/prisma/enums.js';
import { auditWorkflow } from '../audit/audit.workflow.js';
import { assertMayWorkOnAudit, readableAuditsWhere } from '../shared/access.js';
import { actOnce, createOnce } from '../shared/client-mutation.js';
import { requireUuid } from '../shared/input.js';
import type { RecordFindingInput, UpdateFindingInput } from './finding.types.js';

export const FINDING = { nl: 'Vaststelling', en: 'Finding' };
export const AUDIT = { nl: 'Doorlichting', en: 'Audit' };

/** Trimmed text within bounds; class-validator checks the raw length, this refuses text that is only blanks. */
export function text(value: string, field: string, min: number, max: number): string {
  const trimmed = value.trim();
  if (trimmed.length < min || trimmed.length > max) {
    throw badUserInput(`${field}: ${min} tot ${max} tekens`, `${field}: ${min} to ${max} characters`, { field });
  }
  return trimmed;
}

/** Open findings of the audited organisations, one query for all the parents of a request, grouped by `key`. */
function openFindingsLoader(
  ctx: InspectionContext,
  subjectWhere: (ids: string[]) => Prisma.AuditWhereInput,
  key: (audit: Pick<Audit, 'subjectId' | 'trainingCentreId' | 'partnershipId'>) => string | null,
) {
  return loaderByGroup(
    async (ids) => {
      const user = ctx.user;
      // Anonymous callers see none; readableAuditsWhere narrows the others (a centre: its finished reports only).
      if (!user) return [];
      const rows = await ctx.prisma.finding.findMany({
        where: {
          resolvedOn: null,
          audit: { AND: [readableAuditsWhere(user), subjectWhere([...ids]), { status: { not: AuditStatus.CANCELLED } }] },
        },
        include: { audit: { select: { subjectId: true, trainingCentreId: true, partnershipId: true } } },
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      });
      return rows.map(({ audit, ...finding }) => ({ finding: finding as Finding, key: key(audit) ?? '' }));
    },
    (row) => row.key,
  );
}

/** Findings (vaststellingen) of an audit: logged in the field while the audit runs, batched wherever they are listed. */
export class FindingService {
  readonly findingById;
  readonly findingsOfAudit;
  readonly auditById;
  readonly openFindingsOfWorkplace;
  readonly openFindingsOfTrainingCentre;
  readonly openFindingsOfPartnership;

  constructor(private readonly ctx: InspectionContext) {
    const prisma = ctx.prisma;
    this.findingById = loaderById((ids) => prisma.finding.findMany({ where: { id: { in: [...ids] } } }));
    this.auditById = auditLoader(ctx);
    this.findingsOfAudit = loaderByGroup(
      (ids) => prisma.finding.findMany({ where: { auditId: { in: [...ids] } }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] }),
      (row) => row.auditId,
    );
    this.openFindingsOfWorkplace = openFindingsLoader(
      ctx,
      (ids) => ({ subjectType: AuditSubjectType.WORKPLACE, subjectId: { in: ids } }),
      (audit) => audit.subjectId,
    );
    this.openFindingsOfTrainingCentre = openFindingsLoader(
      ctx,
      (ids) => ({ trainingCentreId: { in: ids } }),
      (audit) => audit.trainingCentreId,
    );
    this.openFindingsOfPartnership = openFindingsLoader(
      ctx,
      (ids) => ({ partnershipId: { in: ids } }),
      (audit) => audit.partnershipId,
    );
  }

  private get user(): User {
    return requireUser(this.ctx);
  }

  private async auditFor(auditId: string): Promise<Audit> {
    const audit = await this.auditById.load(auditId);
    if (!audit) throw notFound(AUDIT, auditId);
    return audit;
  }

  /** The question must be one of the audit's pinned template (toezichtkader / inspectiekader). */
  private async checkQuestion(audit: Audit, questionId: string | null | undefined): Promise<void> {
    if (!questionId) return;
    const question = audit.templateId
      ? await this.ctx.prisma.templateQuestion.findFirst({ where: { id: questionId, templateId: audit.templateId }, select: { id: true } })
      : null;
    if (!question) {
      throw badUserInput(
        `Vraag ${questionId} hoort niet bij het kader van deze doorlichting`,
        `Question ${questionId} is not part of this audit's template`,
        { field: 'questionId' },
      );
    }
  }

  /**
   * By an assigned inspector while the audit runs (step `log`). The client's id makes a resubmission return the
   * stored finding, even after the audit moved on, instead of refusing or recording it twice.
   */
  async record(input: RecordFindingInput): Promise<Finding> {
    const user = this.user;
    const audit = await this.auditFor(input.auditId);
    const title = text(input.title, 'title', 3, 200);
    const description = text(input.description, 'description', 3, 4000);
    const finding = await createOnce({
      id: input.id,
      what: { nl: 'vaststelling', en: 'finding' },
      find: async () => {
        const row = await this.ctx.prisma.finding.findUnique({ where: { id: input.id } });
        if (row && row.auditId === audit.id) await assertMayWorkOnAudit(this.ctx, user, audit.id);
        return row;
      },
      sameRequest: (row) => row.auditId === audit.id,
      create: async () => {
        // Assignment before state: an unassigned inspector is refused whatever the state (src/access/policy.ts).
        await assertMayWorkOnAudit(this.ctx, user, audit.id);
        checkStep(auditWorkflow, 'log', audit.status, user);
        await this.checkQuestion(audit, input.questionId);
        return this.ctx.prisma.finding.create({
          data: {
            id: input.id,
            auditId: audit.id,
            questionId: input.questionId ?? null,
            severity: input.severity,
            title,
            description,
            createdById: user.id,
            createdBy: user.name,
          },
        });
      },
    });
    this.findingById.clear(finding.id).prime(finding.id, finding);
    this.findingsOfAudit.clear(audit.id);
    return finding;
  }

  /**
   * While the audit runs; a finding that has recommendations cannot become a positive one (those take none). With a
   * `clientMutationId` (an edit queued in the field and sent again) a repeat answers with the finding as it is now,
   * even after the audit moved on or somebody edited it since: the old values are never written a second time.
   */
  async update(input: UpdateFindingInput): Promise<Finding> {
    const user = this.user;
    const finding = await this.findingById.load(input.findingId);
    if (!finding) throw notFound(FINDING, input.findingId);
    const clientMutationId = input.clientMutationId ? requireUuid(input.clientMutationId, 'clientMutationId') : null;
    const data: Prisma.FindingUpdateInput = {};
    if (input.title != null) data.title = text(input.title, 'title', 3, 200);
    if (input.description != null) data.description = text(input.description, 'description', 3, 4000);
    if (input.severity != null) data.severity = input.severity;
    if (Object.keys(data).length === 0) {
      throw badUserInput('Geef minstens één wijziging op', 'Give at least one change', { field: 'input' });
    }
    const updated = await actOnce(
      this.ctx.prisma,
      { clientMutationId, operation: 'updateFinding', entityId: finding.id, actor: user },
      async (tx) => {
        // Locked: a report arriving meanwhile cannot slip between this check and the edit.
        const status = await lockAuditStatus(tx, finding.auditId);
        if (!status) throw notFound(AUDIT, finding.auditId);
        await assertMayWorkOnAudit(this.ctx, user, finding.auditId, tx);
        checkExpectedVersion(this.ctx, finding, FINDING);
        checkStep(auditWorkflow, 'log', status, user);
        if (input.severity === FindingSeverity.POSITIVE && finding.severity !== FindingSeverity.POSITIVE) {
          const recommendations = await tx.recommendation.count({ where: { findingId: finding.id } });
          if (recommendations > 0) {
            throw badUserInput(
              'Een positieve vaststelling krijgt geen aanbevelingen; deze heeft er al',
              'A positive finding takes no recommendations; this one has some',
              { field: 'severity' },
            );
          }
        }
        return unlessChangedMeanwhile(FINDING, () => tx.finding.update({ where: { id: finding.id, version: finding.version }, data }));
      },
      () => this.ctx.prisma.finding.findUniqueOrThrow({ where: { id: finding.id } }),
    );
    this.findingById.clear(finding.id).prime(finding.id, updated);
    this.findingsOfAudit.clear(finding.auditId);
    return updated;
  }
}

/** The request's FindingService (its DataLoaders cache for this request only). */
export function findingServiceOf(ctx: InspectionContext): FindingService {
  return ctx.scoped(FindingService, () => new FindingService(ctx));
}
