import { badUserInput, checkStep, daysBetween, domainError, ErrorCode, historyLoader, loaderByGroup, loaderById, notFound, paginate, recordStatusChange, requireUser, startOfDay, type PageInput, type User, checkExpectedVersion, changedMeanwhile } from '@werkplek/subgraph-kit';
import type { InspectionContext } from '../context.js';
import type { Audit, Prisma, Recommendation } from '../generated/prisma/client.js';
import { AuditKind, AuditStatus, FindingSeverity, RecommendationKind, RecommendationStatus } from '../generated/prisma/enums.js';
import { auditWorkflow } from '../audit/audit.workflow.js';
import { AUDIT, findingServiceOf, text } from '../finding/finding.service.js';
import { assertMayWorkOnAudit, canReadAudit, readableAuditsWhere } from '../shared/access.js';
import { actOnce, createOnce } from '../shared/client-mutation.js';
import {
  EvaluationOutcome,
  RecommendationSort,
  type EvaluateRecommendationInput,
  type IssueRecommendationInput,
  type RecommendationFilter,
} from './recommendation.types.js';

/** Each order ends on the id, so it is total and paginate's id cursor resumes exactly where the page ended. */
const recommendationOrder: Record<RecommendationSort, Prisma.RecommendationOrderByWithRelationInput[]> = {
  AGREED_DUE_ON_ASC: [{ agreedDueOn: 'asc' }, { id: 'asc' }],
  AGREED_DUE_ON_DESC: [{ agreedDueOn: 'desc' }, { id: 'asc' }],
  STATUS_ASC: [{ status: 'asc' }, { agreedDueOn: 'asc' }, { id: 'asc' }],
  STATUS_DESC: [{ status: 'desc' }, { agreedDueOn: 'asc' }, { id: 'asc' }],
};

const RECOMMENDATION = { nl: 'Aanbeveling', en: 'Recommendation' };
export const RECOMMENDATION_ENTITY = 'Recommendation';
const AUDIT_ENTITY = 'Audit';

const iso = (date: Date) => date.toISOString().slice(0, 10);
/** dd/mm/jjjj, for Dutch messages. */
const dutch = (date: Date) => `${iso(date).slice(8, 10)}/${iso(date).slice(5, 7)}/${iso(date).slice(0, 4)}`;

/** Open and past its agreed realisation date (the reminder list: §4.5, §8.3 story 3). */
export function isOverdue(recommendation: Pick<Recommendation, 'status' | 'agreedDueOn'>, today: Date): boolean {
  return recommendation.status === RecommendationStatus.OPEN && recommendation.agreedDueOn < startOfDay(today);
}

export function daysOverdue(recommendation: Pick<Recommendation, 'status' | 'agreedDueOn'>, today: Date): number {
  return isOverdue(recommendation, today) ? daysBetween(recommendation.agreedDueOn, today) : 0;
}

/** Implemented on or before the agreed date; null while open. */
export function implementedOnTime(recommendation: Pick<Recommendation, 'status' | 'agreedDueOn' | 'implementedOn'>): boolean | null {
  if (recommendation.status === RecommendationStatus.OPEN) return null;
  if (recommendation.status === RecommendationStatus.NOT_IMPLEMENTED || !recommendation.implementedOn) return false;
  return recommendation.implementedOn <= recommendation.agreedDueOn;
}

/**
 * Recommendations, measures and actions of a verbeterplan (§4.5, §6.9, §6.12): issued with an agreed realisation date
 * while the audit runs or after its report, evaluated after that date; the first evaluation starts the audit's
 * follow-up (opvolging).
 */
export class RecommendationService {
  readonly recommendationById;
  readonly recommendationsOfAudit;
  readonly historyOf;

  constructor(private readonly ctx: InspectionContext) {
    const prisma = ctx.prisma;
    const order = [{ agreedDueOn: 'asc' as const }, { id: 'asc' as const }];
    this.recommendationById = loaderById((ids) => prisma.recommendation.findMany({ where: { id: { in: [...ids] } } }));
    this.recommendationsOfAudit = loaderByGroup(
      (ids) => prisma.recommendation.findMany({ where: { auditId: { in: [...ids] } }, orderBy: order }),
      (row) => row.auditId,
    );
    this.historyOf = historyLoader((query) => prisma.statusChange.findMany(query), RECOMMENDATION_ENTITY);
  }

  private get user(): User {
    return requireUser(this.ctx);
  }

  get today(): Date {
    return startOfDay(this.ctx.now());
  }

  private clearCaches(): void {
    this.recommendationById.clearAll();
    this.recommendationsOfAudit.clearAll();
    this.historyOf.clearAll();
    const findings = findingServiceOf(this.ctx);
    findings.findingById.clearAll();
    findings.findingsOfAudit.clearAll();
    findings.auditById.clearAll();
  }

  private async auditFor(auditId: string): Promise<Audit> {
    const audit = await findingServiceOf(this.ctx).auditById.load(auditId);
    if (!audit) throw notFound(AUDIT, auditId);
    return audit;
  }

  // ───────────── reading ─────────────

  async recommendation(id: string): Promise<Recommendation> {
    const recommendation = await this.recommendationById.load(id);
    const audit = recommendation ? await findingServiceOf(this.ctx).auditById.load(recommendation.auditId) : null;
    if (!recommendation || !audit || !canReadAudit(this.user, audit)) throw notFound(RECOMMENDATION, id);
    return recommendation;
  }

  /** Visible as their audit is (readableAuditsWhere on the relation), nearest agreed date first. */
  list(filter: RecommendationFilter | undefined, page: PageInput | undefined, sort: RecommendationSort = RecommendationSort.AGREED_DUE_ON_ASC) {
    const user = this.user;
    const today = this.today;
    if (filter?.dueFrom && filter.dueTo && filter.dueFrom > filter.dueTo) {
      throw badUserInput('De einddatum ligt vóór de begindatum', 'dueTo is before dueFrom', { field: 'dueTo' });
    }
    const overdueWhere: Prisma.RecommendationWhereInput = {
      status: RecommendationStatus.OPEN,
      agreedDueOn: { lt: today },
      // A cancelled audit is not followed up: its open recommendations are no reminders.
      audit: { status: { not: AuditStatus.CANCELLED } },
    };
    const auditWhere: Prisma.AuditWhereInput[] = [readableAuditsWhere(user)];
    if (filter?.auditId) auditWhere.push({ id: filter.auditId });
    if (filter?.trainingCentreId) auditWhere.push({ trainingCentreId: filter.trainingCentreId });
    if (filter?.partnershipId) auditWhere.push({ partnershipId: filter.partnershipId });
    if (filter?.assignedToMe) auditWhere.push({ assignments: { some: { auditor: { userId: user.id } } } });
    const and: Prisma.RecommendationWhereInput[] = [{ audit: { AND: auditWhere } }];
    if (filter?.status) and.push({ status: filter.status });
    if (filter?.kinds?.length) and.push({ kind: { in: filter.kinds } });
    if (filter?.dueFrom) and.push({ agreedDueOn: { gte: filter.dueFrom } });
    if (filter?.dueTo) and.push({ agreedDueOn: { lte: filter.dueTo } });
    if (filter?.overdue === true) and.push(overdueWhere);
    if (filter?.overdue === false) and.push({ NOT: overdueWhere });
    const where: Prisma.RecommendationWhereInput = { AND: and };
    return paginate(
      page,
      (args) => this.ctx.prisma.recommendation.findMany({ where, orderBy: recommendationOrder[sort], ...args }),
      () => this.ctx.prisma.recommendation.count({ where }),
    );
  }

  // ───────────── issuing ─────────────

  /**
   * While the audit runs (step `log`) or after its report (step `completeReport`: measures added to the report, the
   * verbeterplan's actions). The client's id makes a resubmission return the stored recommendation.
   */
  async issue(input: IssueRecommendationInput): Promise<Recommendation> {
    const user = this.user;
    const audit = await this.auditFor(input.auditId);
    const description = text(input.description, 'description', 3, 4000);
    const owner = text(input.owner, 'owner', 2, 200);
    const recommendation = await createOnce({
      id: input.id,
      what: { nl: 'aanbeveling', en: 'recommendation' },
      find: async () => {
        const row = await this.ctx.prisma.recommendation.findUnique({ where: { id: input.id } });
        if (row && row.auditId === audit.id) await assertMayWorkOnAudit(this.ctx, user, audit.id);
        return row;
      },
      sameRequest: (row) => row.auditId === audit.id,
      create: async () => {
        const afterReport = audit.status === AuditStatus.REPORTED || audit.status === AuditStatus.FOLLOW_UP;
        checkStep(auditWorkflow, afterReport ? 'completeReport' : 'log', audit.status, user);
        await assertMayWorkOnAudit(this.ctx, user, audit.id);
        await this.checkIssue(audit, input);
        return this.ctx.prisma.$transaction(async (tx) => {
          const created = await tx.recommendation.create({
            data: {
              id: input.id,
              auditId: audit.id,
              findingId: input.findingId ?? null,
              kind: input.kind,
              description,
              owner,
              agreedDueOn: input.agreedDueOn,
              createdById: user.id,
              createdBy: user.name,
            },
          });
          // A resolved finding that gets a new recommendation is open again until that one is implemented.
          if (input.findingId) await tx.finding.update({ where: { id: input.findingId }, data: { resolvedOn: null } });
          await recordStatusChange(tx, {
            entityType: RECOMMENDATION_ENTITY,
            entityId: created.id,
            step: 'issue',
            from: null,
            to: created.status,
            actor: user,
            note: `Realisatie afgesproken tegen ${dutch(created.agreedDueOn)} (${owner})`,
            at: this.ctx.now(),
          });
          return created;
        });
      },
    });
    this.clearCaches();
    return recommendation;
  }

  private async checkIssue(audit: Audit, input: IssueRecommendationInput): Promise<void> {
    if (input.kind === RecommendationKind.IMPROVEMENT_ACTION && audit.kind !== AuditKind.APPRENTICESHIP_FOLLOW_UP) {
      throw badUserInput(
        'Acties uit het verbeterplan horen alleen bij een opvolgingsdoorlichting leertijd',
        'Improvement actions belong to apprenticeship follow-up audits only',
        { field: 'kind' },
      );
    }
    const today = this.today;
    if (input.agreedDueOn <= today) {
      throw badUserInput(
        `De afgesproken realisatiedatum moet na vandaag (${dutch(today)}) liggen`,
        `The agreed realisation date must be after today (${iso(today)})`,
        { field: 'agreedDueOn' },
      );
    }
    if (audit.performedOn && input.agreedDueOn <= audit.performedOn) {
      throw badUserInput(
        `De afgesproken realisatiedatum moet na het terreinbezoek (${dutch(audit.performedOn)}) liggen`,
        `The agreed realisation date must be after the visit (${iso(audit.performedOn)})`,
        { field: 'agreedDueOn' },
      );
    }
    if (input.findingId) {
      const finding = await findingServiceOf(this.ctx).findingById.load(input.findingId);
      if (!finding || finding.auditId !== audit.id) {
        throw badUserInput(
          `Vaststelling ${input.findingId} hoort niet bij deze doorlichting`,
          `Finding ${input.findingId} is not part of this audit`,
          { field: 'findingId' },
        );
      }
      if (finding.severity === FindingSeverity.POSITIVE) {
        throw badUserInput(
          'Een positieve vaststelling krijgt geen aanbeveling',
          'A positive finding takes no recommendation',
          { field: 'findingId' },
        );
      }
    }
  }

  // ───────────── follow-up ─────────────

  /**
   * On an audit REPORTED or FOLLOW_UP: implemented (with the date, not in the future) or, from the agreed date on, not
   * implemented. The first evaluation moves a reported audit to follow-up. A repeat with the same clientMutationId
   * answers with the recommendation as it is; any other second evaluation is refused.
   */
  async evaluate(input: EvaluateRecommendationInput): Promise<Recommendation> {
    const user = this.user;
    const note = text(input.note, 'note', 3, 4000);
    const found = await this.recommendationById.load(input.recommendationId);
    if (!found) throw notFound(RECOMMENDATION, input.recommendationId);
    await assertMayWorkOnAudit(this.ctx, user, found.auditId);
    const implemented = input.outcome === EvaluationOutcome.IMPLEMENTED;
    if (implemented && !input.implementedOn) {
      throw badUserInput('Geef de realisatiedatum op', 'Give the date it was implemented', { field: 'implementedOn' });
    }
    if (!implemented && input.implementedOn) {
      throw badUserInput(
        'Een niet gerealiseerde aanbeveling heeft geen realisatiedatum',
        'A recommendation not implemented has no implementation date',
        { field: 'implementedOn' },
      );
    }
    const result = await actOnce(
      this.ctx.prisma,
      { clientMutationId: input.clientMutationId, operation: 'evaluateRecommendation', entityId: found.id, actor: user },
      async (tx) => {
        const recommendation = (await tx.recommendation.findUnique({ where: { id: found.id } }))!;
        const audit = (await tx.audit.findUnique({ where: { id: recommendation.auditId } }))!;
        checkExpectedVersion(this.ctx, recommendation, RECOMMENDATION);
        const { from, to } = checkStep(auditWorkflow, 'evaluateRecommendation', audit.status, user);
        this.checkEvaluation(recommendation, audit, input);
        const status = implemented ? RecommendationStatus.IMPLEMENTED : RecommendationStatus.NOT_IMPLEMENTED;
        const now = this.ctx.now();
        // Guarded on OPEN and the version read, so two evaluations at once cannot both win.
        const { count } = await tx.recommendation.updateMany({
          where: { id: recommendation.id, status: RecommendationStatus.OPEN, version: recommendation.version },
          data: {
            status,
            implementedOn: implemented ? input.implementedOn! : null,
            evaluatedOn: startOfDay(now),
            evaluationNote: note,
            evaluatedBy: user.name,
          },
        });
        if (count === 0) {
          // Lost a race. If the winner was this very request repeated (same clientMutationId, committed with it),
          // answer like actOnce answers a late repeat: it recognises a duplicate key and replays.
          const winner = input.clientMutationId ? await tx.clientMutation.findUnique({ where: { id: input.clientMutationId } }) : null;
          if (winner) throw Object.assign(new Error('concurrent repeat'), { code: 'P2002' });
          // Another evaluation got there between this one's read and its write: like any lost race, CONFLICT.
          throw changedMeanwhile(RECOMMENDATION);
        }
        await recordStatusChange(tx, {
          entityType: RECOMMENDATION_ENTITY,
          entityId: recommendation.id,
          step: 'evaluate',
          from: RecommendationStatus.OPEN,
          to: status,
          actor: user,
          note,
          at: now,
        });
        if (from !== to) {
          const moved = await tx.audit.updateMany({
            where: { id: audit.id, status: from },
            data: { status: to },
          });
          if (moved.count === 1) {
            await recordStatusChange(tx, {
              entityType: AUDIT_ENTITY,
              entityId: audit.id,
              step: 'evaluateRecommendation',
              from,
              to,
              actor: user,
              note: 'Opvolging van de aanbevelingen gestart',
              at: now,
            });
          }
        }
        if (implemented && recommendation.findingId) await this.resolveFindingIfDone(tx, recommendation.findingId);
        return (await tx.recommendation.findUnique({ where: { id: recommendation.id } }))!;
      },
      async () => (await this.ctx.prisma.recommendation.findUnique({ where: { id: found.id } }))!,
    );
    this.clearCaches();
    return result;
  }

  private checkEvaluation(recommendation: Recommendation, audit: Audit, input: EvaluateRecommendationInput): void {
    if (recommendation.status !== RecommendationStatus.OPEN) throw alreadyEvaluated(recommendation.status);
    const today = this.today;
    if (input.outcome === EvaluationOutcome.NOT_IMPLEMENTED && today < recommendation.agreedDueOn) {
      throw badUserInput(
        `Niet gerealiseerd kan pas vanaf de afgesproken realisatiedatum (${dutch(recommendation.agreedDueOn)})`,
        `Not implemented only from the agreed realisation date on (${iso(recommendation.agreedDueOn)})`,
        { field: 'outcome', agreedDueOn: iso(recommendation.agreedDueOn) },
      );
    }
    const implementedOn = input.implementedOn;
    if (implementedOn && implementedOn > today) {
      throw badUserInput('De realisatiedatum ligt in de toekomst', 'The implementation date is in the future', { field: 'implementedOn' });
    }
    if (implementedOn && audit.performedOn && implementedOn < audit.performedOn) {
      throw badUserInput(
        `De realisatiedatum ligt vóór het terreinbezoek (${dutch(audit.performedOn)})`,
        `The implementation date is before the visit (${iso(audit.performedOn)})`,
        { field: 'implementedOn' },
      );
    }
  }

  /** Every recommendation of the finding implemented: resolved on the last implementation date. */
  private async resolveFindingIfDone(tx: Prisma.TransactionClient, findingId: string): Promise<void> {
    const recommendations = await tx.recommendation.findMany({ where: { findingId }, select: { status: true, implementedOn: true } });
    if (recommendations.some((r) => r.status !== RecommendationStatus.IMPLEMENTED)) return;
    const last = recommendations.reduce<Date | null>((max, r) => (r.implementedOn && (!max || r.implementedOn > max) ? r.implementedOn : max), null);
    await tx.finding.update({ where: { id: findingId }, data: { resolvedOn: last ?? this.today } });
  }
}

function alreadyEvaluated(current: RecommendationStatus) {
  return domainError(
    ErrorCode.InvalidStateTransition,
    'Deze aanbeveling is al opgevolgd',
    'This recommendation has already been evaluated',
    { currentState: current, step: 'evaluateRecommendation' },
  );
}

/** The request's RecommendationService (its DataLoaders cache for this request only). */
export function recommendationServiceOf(ctx: InspectionContext): RecommendationService {
  return ctx.scoped(RecommendationService, () => new RecommendationService(ctx));
}
