import { badUserInput, checkStep, domainError, ErrorCode, forbidden, historyLoader, loaderByGroup, loaderById, notFound, paginate, requireUser, Role, type PageInput, type User, checkExpectedVersion, unlessChangedMeanwhile } from '@werkplek/subgraph-kit';
import type { DualLearningContext } from '../context.js';
import type { Prisma, Recognition } from '../generated/prisma/client.js';
import { ApplicationStatus, RecognitionStatus } from '../generated/prisma/enums.js';
import { applicationWorkflow } from '../recognition-application/recognition-application.workflow.js';
import { assertActsForPartnership } from '../shared/access.js';
import { startOfDay } from '../shared/calendar.js';
import { historyOrder, recordStatusChange } from '../shared/history.js';
import { exclusionStateOn, exclusionWorkflow, recognitionWorkflow } from './recognition.workflow.js';
import { RecognitionSort, type ExcludeCompanyInput, type RecognitionFilter, type WithdrawRecognitionInput } from './recognition.types.js';

const RECOGNITION = { nl: 'Erkenning', en: 'Recognition' };
const EXCLUSION = { nl: 'Uitsluiting', en: 'Company exclusion' };

const sortOrder: Record<RecognitionSort, Prisma.RecognitionOrderByWithRelationInput[]> = {
  [RecognitionSort.VALID_FROM]: [{ validFrom: 'asc' }, { id: 'asc' }],
  [RecognitionSort.VALID_UNTIL]: [{ validUntil: 'asc' }, { id: 'asc' }],
  [RecognitionSort.WORKPLACE_NAME]: [{ workplace: { name: 'asc' } }, { id: 'asc' }],
};
/** Compares as "no row" against uuid columns when a user lacks the binding its role needs. */
export const NO_ID = '00000000-0000-0000-0000-000000000000';

export class RecognitionService {
  readonly byId;
  readonly byApplication;
  readonly mentorsByRecognition;
  readonly trainingById;
  readonly partnershipById;
  readonly historyOf;
  /** Recognitions by id among those the caller may see (null otherwise): one query per request. */
  readonly visibleById;
  /** A company's exclusions, newest first (Company.exclusions). */
  readonly exclusionsByCompany;
  /** A workplace's recognitions the caller may see, newest validFrom first (Workplace.recognitions). */
  readonly visibleByWorkplace;

  constructor(private readonly ctx: DualLearningContext) {
    const prisma = ctx.prisma;
    this.byId = loaderById((ids) => prisma.recognition.findMany({ where: { id: { in: [...ids] } } }));
    this.byApplication = loaderByGroup(
      (ids) => prisma.recognition.findMany({ where: { applicationId: { in: [...ids] } } }),
      (row) => row.applicationId ?? '',
    );
    this.mentorsByRecognition = loaderByGroup(
      (ids) =>
        prisma.recognitionMentor.findMany({
          where: { recognitionId: { in: [...ids] } },
          include: { mentor: true },
          orderBy: { mentor: { name: 'asc' } },
        }),
      (row) => row.recognitionId,
    );
    this.trainingById = loaderById((ids) => prisma.training.findMany({ where: { id: { in: [...ids] } } }));
    this.partnershipById = loaderById((ids) => prisma.partnership.findMany({ where: { id: { in: [...ids] } } }));
    this.historyOf = historyLoader((query) => prisma.statusChange.findMany(query));
    this.visibleById = loaderById((ids) => this.visible([...ids]));
    this.exclusionsByCompany = loaderByGroup(
      (ids) =>
        prisma.companyExclusion.findMany({
          where: { companyId: { in: [...ids] } },
          orderBy: [{ startsOn: 'desc' }, { createdAt: 'desc' }, { id: 'asc' }],
        }),
      (row) => row.companyId,
    );
    this.visibleByWorkplace = loaderByGroup(
      (ids) =>
        prisma.recognition.findMany({
          where: { AND: [{ workplaceId: { in: [...ids] } }, this.visibleWhere(this.user)] },
          orderBy: [{ validFrom: 'desc' }, { id: 'asc' }],
        }),
      (row) => row.workplaceId,
    );
  }

  private get user(): User {
    return requireUser(this.ctx);
  }

  /** Who sees which recognitions: agency staff and inspectors all; the others their own partnership's, company's, files. */
  visibleWhere(user: User): Prisma.RecognitionWhereInput {
    switch (user.role) {
      case Role.AgencyStaff:
      case Role.Inspector:
        return {};
      case Role.PartnershipStaff:
        return { partnershipId: user.partnershipId ?? NO_ID };
      case Role.CompanyUser:
        return { workplace: { companyId: user.companyId ?? NO_ID } };
      case Role.SchoolUser:
        return { application: { submittedById: user.id } };
      default:
        throw forbidden('Je hebt geen toegang tot erkenningen', 'You may not access recognitions');
    }
  }

  list(filter: RecognitionFilter | undefined, page: PageInput | undefined, sort?: RecognitionSort | null) {
    const day = filter?.validOn ? startOfDay(filter.validOn) : null;
    const where: Prisma.RecognitionWhereInput = {
      AND: [
        this.visibleWhere(this.user),
        {
          ...(filter?.partnershipId ? { partnershipId: filter.partnershipId } : {}),
          ...(filter?.workplaceId ? { workplaceId: filter.workplaceId } : {}),
          ...(filter?.trainingId ? { trainingId: filter.trainingId } : {}),
          ...(filter?.status ? { status: filter.status } : {}),
          ...(filter?.province ? { workplace: { province: filter.province } } : {}),
          ...(day ? { status: RecognitionStatus.ACTIVE, validFrom: { lte: day }, validUntil: { gte: day } } : {}),
        },
      ],
    };
    return paginate(
      page,
      (args) => this.ctx.prisma.recognition.findMany({ where, orderBy: sort ? sortOrder[sort] : [{ validFrom: 'desc' }, { id: 'asc' }], ...args }),
      () => this.ctx.prisma.recognition.count({ where }),
    );
  }

  /** One recognition the caller may see (NOT_FOUND otherwise, so ids of others' files reveal nothing). */
  async get(id: string): Promise<Recognition> {
    const [found] = await this.visible([id]);
    if (!found) throw notFound(RECOGNITION, id);
    return found;
  }

  /** The recognitions among `ids` the caller may see, in one query (federation references). */
  async visible(ids: string[]): Promise<Recognition[]> {
    return this.ctx.prisma.recognition.findMany({ where: { AND: [{ id: { in: ids } }, this.visibleWhere(this.user)] } });
  }

  private async load(id: string) {
    const recognition = await this.ctx.prisma.recognition.findUnique({ where: { id }, include: { workplace: true, application: true } });
    if (!recognition) throw notFound(RECOGNITION, id);
    return recognition;
  }

  /** Opheffing (§3.6): the recognition ends today; its application becomes WITHDRAWN; the company may apply again tomorrow. */
  async withdraw(input: WithdrawRecognitionInput) {
    return this.ctx.prisma.$transaction(await this.planWithdrawal(input));
  }

  /**
   * Uitsluiting (§3.6): the recognition ends and no new application is possible while the exclusion lasts. Agency
   * staff exclude the whole company (workplaceId null: all its establishments); partnership staff only the
   * establishment of the recognition (workplaceId set), so their exclusion blocks applications for that workplace only.
   */
  async exclude(input: ExcludeCompanyInput) {
    return this.ctx.prisma.$transaction(await this.planExclusion(input));
  }

  // ── Reused by revocation proposals (src/revocation-proposal/): accepting an audit's proposal runs the same
  // withdrawal or exclusion inside the decision's own transaction. `plan*` checks everything first (outside any
  // transaction: PGlite has one connection) and returns the writes, to run with the caller's transaction client.

  /** Checks an opheffing and returns its writes (see `withdraw`). */
  async planWithdrawal(input: WithdrawRecognitionInput): Promise<EndRecognition> {
    return this.end(input.recognitionId, 'withdraw', input.reason.trim(), null);
  }

  /** Checks an uitsluiting and returns its writes (see `exclude`). */
  async planExclusion(input: ExcludeCompanyInput): Promise<EndRecognition> {
    const user = this.user;
    const recognition = await this.load(input.recognitionId);
    const today = startOfDay(this.ctx.now());
    if (!recognition.workplace.companyId) {
      throw domainError(
        ErrorCode.Conflict,
        'De werkplek is aan geen onderneming gekoppeld: uitsluiten kan niet',
        'The workplace is linked to no company: it cannot be excluded',
      );
    }
    if (input.until && startOfDay(input.until) < today) {
      throw domainError(ErrorCode.BadUserInput, 'De uitsluiting kan niet in het verleden eindigen', 'The exclusion cannot end in the past', {
        field: 'until',
      });
    }
    return this.end(input.recognitionId, 'exclude', input.reason.trim(), {
      companyId: recognition.workplace.companyId,
      workplaceId: user.role === Role.AgencyStaff ? null : recognition.workplaceId,
      endsOn: input.until ? startOfDay(input.until) : null,
    });
  }

  /**
   * Lifting an exclusion (§3.6): from that day the company may apply again. Agency staff, or staff of the partnership of
   * the excluded recognition; only a scheduled or active exclusion (INVALID_STATE_TRANSITION naming its state otherwise).
   */
  async liftExclusion(id: string, reason: string) {
    const user = this.user;
    const note = reason.trim();
    if (note.length < 5 || note.length > 1000) {
      throw badUserInput('reden: 5 tot 1000 tekens', 'reason: 5 to 1000 characters', { field: 'reason' });
    }
    const exclusion = await this.ctx.prisma.companyExclusion.findUnique({ where: { id } });
    if (!exclusion) throw notFound(EXCLUSION, id);
    const recognition = exclusion.recognitionId
      ? await this.ctx.prisma.recognition.findUnique({ where: { id: exclusion.recognitionId }, select: { partnershipId: true } })
      : null;
    if (user.role !== Role.AgencyStaff) {
      // Partnership staff only for their own partnership's recognition; an exclusion without one is the agency's.
      if (!recognition) throw forbidden('Enkel het agentschap kan deze uitsluiting opheffen', 'Only the agency can lift this exclusion');
      assertActsForPartnership(user, recognition.partnershipId);
    }
    checkExpectedVersion(this.ctx, exclusion, EXCLUSION);
    const now = this.ctx.now();
    const today = startOfDay(now);
    const { from, to } = checkStep(exclusionWorkflow, 'lift', exclusionStateOn(exclusion, today), user);
    return this.ctx.prisma.$transaction(async (tx) => {
      const lifted = await unlessChangedMeanwhile(EXCLUSION, () =>
        tx.companyExclusion.update({ where: { id, liftedOn: null, version: exclusion.version }, data: { liftedOn: today } }),
      );
      await recordStatusChange(tx, { entityType: 'CompanyExclusion', entityId: id, step: 'lift', from, to, actor: user, note, at: now });
      return lifted;
    });
  }

  private async end(
    id: string,
    step: 'withdraw' | 'exclude',
    reason: string,
    exclusion: { companyId: string; workplaceId: string | null; endsOn: Date | null } | null,
  ): Promise<EndRecognition> {
    const user = this.user;
    const recognition = await this.load(id);
    assertActsForPartnership(user, recognition.partnershipId);
    checkExpectedVersion(this.ctx, recognition, RECOGNITION);
    const { from, to } = checkStep(recognitionWorkflow, step, recognition.status, user);
    const now = this.ctx.now();
    const today = startOfDay(now);
    return async (tx) => {
      const updated = await unlessChangedMeanwhile(RECOGNITION, () =>
        tx.recognition.update({
          where: { id, status: from, version: recognition.version },
          data: { status: to, endedOn: today, endReason: reason },
        }),
      );
      await recordStatusChange(tx, { entityType: 'Recognition', entityId: id, step, from, to, actor: user, note: reason, at: now });
      const application = recognition.application;
      if (application && application.status === ApplicationStatus.APPROVED) {
        const next = checkStep(applicationWorkflow, 'withdraw', application.status, user);
        await tx.recognitionApplication.update({ where: { id: application.id, status: next.from }, data: { status: next.to } });
        await recordStatusChange(tx, {
          entityType: 'RecognitionApplication',
          entityId: application.id,
          step: step === 'withdraw' ? 'withdraw' : 'exclude',
          from: next.from,
          to: next.to,
          actor: user,
          note: reason,
          at: now,
        });
      }
      if (step === 'withdraw') await this.endRunningAgreements(tx, id, today, reason, now);
      if (exclusion) {
        const created = await tx.companyExclusion.create({
          data: {
            companyId: exclusion.companyId,
            workplaceId: exclusion.workplaceId,
            reason,
            startsOn: today,
            endsOn: exclusion.endsOn,
            decidedById: user.id,
            recognitionId: id,
          },
        });
        await recordStatusChange(tx, {
          entityType: 'CompanyExclusion',
          entityId: created.id,
          step: 'exclude',
          from: null,
          to: exclusionStateOn(created, today),
          actor: user,
          note: reason,
          at: now,
        });
      }
      return updated;
    };
  }

  /**
   * A withdrawn recognition ends its running agreements early with reason 13, "De erkenning van de onderneming werd
   * opgeheven" (§3.9). After an exclusion the partnership decides per agreement (learner's interest first, §3.6), so
   * those are left running.
   */
  private async endRunningAgreements(tx: Prisma.TransactionClient, recognitionId: string, today: Date, reason: string, now: Date) {
    const running = await tx.agreement.findMany({ where: { recognitionId, status: 'RUNNING' }, select: { id: true } });
    if (running.length === 0) return;
    await tx.agreement.updateMany({
      where: { id: { in: running.map((agreement) => agreement.id) }, status: 'RUNNING' },
      data: { status: 'ENDED_EARLY', actualEndDate: today, terminationReason: 'RECOGNITION_WITHDRAWN' },
    });
    await tx.statusChange.createMany({
      data: running.map((agreement) => ({
        entityType: 'Agreement',
        entityId: agreement.id,
        step: 'terminateEarly',
        fromStatus: 'RUNNING',
        toStatus: 'ENDED_EARLY',
        actorId: this.user.id,
        actorName: this.user.name,
        note: `erkenning opgeheven: ${reason}`,
        at: now,
      })),
    });
  }
}

/** The writes of a checked withdrawal or exclusion, to run inside a transaction (`planWithdrawal`, `planExclusion`). */
export type EndRecognition = (tx: Prisma.TransactionClient) => Promise<Recognition>;

/** The request's RecognitionService (one per request: its DataLoaders cache for that request only). */
export function recognitionServiceOf(ctx: DualLearningContext): RecognitionService {
  return ctx.scoped(RecognitionService, () => new RecognitionService(ctx));
}
