import { badUserInput, checkStep, domainError, ErrorCode, forbidden, historyLoader, loaderByGroup, loaderById, notFound, paginate, requireUser, Role, type PageInput, type User, checkExpectedVersion, unlessChangedMeanwhile } from '@werkplek/subgraph-kit';
import type { DualLearningContext } from '../context.js';
import type { Appeal as AppealRow, Prisma } from '../generated/prisma/client.js';
import type { AppealStatus } from '../generated/prisma/enums.js';
import { addDays, startOfDay, workingDaysBefore } from '../shared/calendar.js';
import { historyOrder, recordStatusChange } from '../shared/history.js';
import { HANDLING_DAYS } from '../recognition-application/recognition-application.service.js';
import { workplaceServiceOf } from '../workplace/workplace.service.js';
import {
  AppealOutcome,
  AppealSort,
  type AppealFilter,
  type AssignAppealCaseHandlerInput,
  type DecideAppealInput,
  type LodgeAppealInput,
} from './appeal.types.js';
import { appealWorkflow, type AppealStep } from './appeal.workflow.js';

const APPEAL = { nl: 'Beroep', en: 'Appeal' };
const ENTITY = 'Appeal';
/** BR-40: the registered letter within 10 days of notification. */
export const LODGE_DAYS = 10;
/** BR-44: the final decision within 60 days of lodging. */
export const DECISION_DAYS = 60;
/** BR-43: the file reaches the commission at the latest 3 working days before the session. */
export const FILE_WORKING_DAYS = 3;
export const openStatuses: AppealStatus[] = ['LODGED', 'UNDER_INVESTIGATION', 'SCHEDULED', 'INTERIM_DECISION'];

function iso(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function dutchDate(date: Date): string {
  const [year, month, day] = iso(date).split('-');
  return `${day}/${month}/${year}`;
}

/** The decision an appeal contests, as found in the recognition tables (BR-41). */
interface ContestedDecision {
  workplaceId: string;
  applicationId: string | null;
  recognitionId: string | null;
  originalDeciderId: string | null;
  decidedByAgency: boolean;
}

/** Appeals to the appeals commission of the Flemish Partnership (§3.7, BR-40 … BR-45). */
export class AppealService {
  readonly byId;
  readonly historyOf;

  constructor(private readonly ctx: DualLearningContext) {
    this.byId = loaderById((ids) => ctx.prisma.appeal.findMany({ where: { id: { in: [...ids] } } }));
    this.historyOf = historyLoader((query) => ctx.prisma.statusChange.findMany(query), ENTITY);
  }

  private get user(): User {
    return requireUser(this.ctx);
  }

  private today(): Date {
    return startOfDay(this.ctx.now());
  }

  /** BR-44: still open after the decision date. */
  overdue(appeal: AppealRow): boolean {
    return openStatuses.includes(appeal.status) && this.today() > appeal.decisionDueOn;
  }

  private async ownsWorkplace(user: User, workplaceId: string): Promise<boolean> {
    if (user.role !== Role.CompanyUser || !user.companyId) return false;
    const workplace = await workplaceServiceOf(this.ctx).byId.load(workplaceId);
    return workplace?.companyId === user.companyId;
  }

  private async canRead(user: User, appeal: AppealRow): Promise<boolean> {
    if (user.role === Role.AgencyStaff || user.role === Role.Inspector) return true;
    return this.ownsWorkplace(user, appeal.workplaceId);
  }

  async get(id: string): Promise<AppealRow> {
    const appeal = await this.byId.load(id);
    if (!appeal || !(await this.canRead(this.user, appeal))) throw notFound(APPEAL, id);
    return appeal;
  }

  async list(filter: AppealFilter | undefined, sort: AppealSort, page: PageInput | undefined) {
    const user = this.user;
    const and: Prisma.AppealWhereInput[] = [];
    if (user.role === Role.CompanyUser) {
      const workplaces = await this.ctx.prisma.workplace.findMany({
        where: { companyId: user.companyId ?? '00000000-0000-0000-0000-000000000000' },
        select: { id: true },
      });
      and.push({ workplaceId: { in: workplaces.map((workplace) => workplace.id) } });
    }
    if (filter?.status) and.push({ status: filter.status });
    if (filter?.decisionType) and.push({ decisionType: filter.decisionType });
    const overdue: Prisma.AppealWhereInput = { status: { in: openStatuses }, decisionDueOn: { lt: this.today() } };
    if (filter?.overdue === true) and.push(overdue);
    if (filter?.overdue === false) and.push({ NOT: overdue });
    const where: Prisma.AppealWhereInput = { AND: and };
    const orderBy: Prisma.AppealOrderByWithRelationInput[] =
      sort === AppealSort.DECISION_DUE_ON_ASC ? [{ decisionDueOn: 'asc' }, { id: 'asc' }] : [{ lodgedOn: 'desc' }, { id: 'asc' }];
    return paginate(
      page,
      (args) => this.ctx.prisma.appeal.findMany({ where, orderBy, ...args }),
      () => this.ctx.prisma.appeal.count({ where }),
    );
  }

  /** BR-44: open appeals whose decision date has passed, the oldest term first. */
  listOverdue() {
    return this.ctx.prisma.appeal.findMany({
      where: { status: { in: openStatuses }, decisionDueOn: { lt: this.today() } },
      orderBy: [{ decisionDueOn: 'asc' }, { id: 'asc' }],
    });
  }

  /** BR-41: only a non-recognition (rejected application), a withdrawal or an exclusion can be appealed. */
  private async contested(input: LodgeAppealInput): Promise<ContestedDecision> {
    const prisma = this.ctx.prisma;
    if (input.decisionType === 'NON_RECOGNITION') {
      if (!input.applicationId || input.recognitionId) {
        throw badUserInput(
          'Bij een niet-erkenning: geef de afgekeurde aanvraag (applicationId), geen erkenning',
          'For a non-recognition: give the rejected application (applicationId), no recognition',
          { field: 'applicationId' },
        );
      }
      const application = await prisma.recognitionApplication.findUnique({
        where: { id: input.applicationId },
        include: { partnership: true },
      });
      if (!application) throw notFound({ nl: 'Aanvraag', en: 'Application' }, input.applicationId);
      if (application.status !== 'REJECTED') {
        throw domainError(
          ErrorCode.Conflict,
          'Alleen tegen een afgekeurde aanvraag kan beroep worden ingesteld (BR-41)',
          'Only a rejected application can be appealed (BR-41)',
          { currentState: application.status },
        );
      }
      return {
        workplaceId: application.workplaceId,
        applicationId: application.id,
        recognitionId: null,
        originalDeciderId: application.decidedById,
        decidedByAgency: application.partnership.kind === 'FLEMISH',
      };
    }
    if (!input.recognitionId || input.applicationId) {
      throw badUserInput(
        'Bij een opheffing of uitsluiting: geef de erkenning (recognitionId), geen aanvraag',
        'For a withdrawal or exclusion: give the recognition (recognitionId), no application',
        { field: 'recognitionId' },
      );
    }
    const recognition = await prisma.recognition.findUnique({ where: { id: input.recognitionId }, include: { partnership: true } });
    if (!recognition) throw notFound({ nl: 'Erkenning', en: 'Recognition' }, input.recognitionId);
    const expected = input.decisionType === 'WITHDRAWAL' ? 'WITHDRAWN' : 'EXCLUDED';
    if (recognition.status !== expected) {
      throw domainError(
        ErrorCode.Conflict,
        input.decisionType === 'WITHDRAWAL'
          ? 'Deze erkenning werd niet opgeheven (BR-41)'
          : 'Deze erkenning werd niet beëindigd door een uitsluiting (BR-41)',
        `This recognition is ${recognition.status}, not ${expected} (BR-41)`,
        { currentState: recognition.status },
      );
    }
    let originalDeciderId: string | null = null;
    if (input.decisionType === 'EXCLUSION') {
      const exclusion = await prisma.companyExclusion.findFirst({
        where: { recognitionId: recognition.id },
        orderBy: [{ startsOn: 'desc' }, { id: 'asc' }],
      });
      originalDeciderId = exclusion?.decidedById ?? null;
    }
    if (!originalDeciderId) {
      const change = await prisma.statusChange.findFirst({
        where: { entityType: 'Recognition', entityId: recognition.id, toStatus: expected },
        orderBy: [{ at: 'desc' }, { sequence: 'desc' }],
      });
      originalDeciderId = change?.actorId ?? null;
    }
    return {
      workplaceId: recognition.workplaceId,
      applicationId: null,
      recognitionId: recognition.id,
      originalDeciderId,
      decidedByAgency: recognition.partnership.kind === 'FLEMISH',
    };
  }

  /**
   * Lodges an appeal: the company of the workplace, or agency staff registering a registered letter received. A letter
   * later than 10 days after notification is accepted but marked INADMISSIBLE with the reason (BR-40).
   */
  async lodge(input: LodgeAppealInput): Promise<AppealRow> {
    const user = this.user;
    const today = this.today();
    const notifiedOn = startOfDay(input.notifiedOn);
    const lodgedOn = startOfDay(input.lodgedOn);
    if (notifiedOn > today) {
      throw badUserInput('De kennisgeving ligt in de toekomst', 'The notification lies in the future', { field: 'notifiedOn' });
    }
    if (lodgedOn > today) {
      throw badUserInput('De aangetekende brief is gedateerd in de toekomst', 'The registered letter is dated in the future', { field: 'lodgedOn' });
    }
    if (lodgedOn < notifiedOn) {
      throw badUserInput(
        'De aangetekende brief is ouder dan de kennisgeving van de beslissing',
        'The registered letter predates the notification of the decision',
        { field: 'lodgedOn' },
      );
    }
    const decision = await this.contested(input);
    if (user.role === Role.CompanyUser && !(await this.ownsWorkplace(user, decision.workplaceId))) {
      throw forbidden('Je kunt alleen beroep instellen voor je eigen onderneming', 'You can only appeal for your own company');
    }
    const latest = addDays(notifiedOn, LODGE_DAYS);
    const admissible = lodgedOn <= latest;
    const reason = admissible
      ? null
      : `Onontvankelijk: de aangetekende brief van ${dutchDate(lodgedOn)} kwam na de termijn van ${LODGE_DAYS} dagen na de kennisgeving van ${dutchDate(notifiedOn)} (uiterlijk ${dutchDate(latest)}, BR-40)`;
    // One open appeal per decision: checked and inserted as one unit, serialized per contested decision by a
    // transaction-scoped advisory lock, so two simultaneous letters cannot both pass the check.
    const decisionKey = `appeal:${decision.applicationId ?? decision.recognitionId}`;
    return this.ctx.prisma.$transaction(async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${decisionKey}::text))`;
      const pending = await tx.appeal.findFirst({
        where: {
          status: { in: openStatuses },
          ...(decision.applicationId ? { applicationId: decision.applicationId } : { recognitionId: decision.recognitionId }),
        },
      });
      if (pending) {
        throw domainError(
          ErrorCode.Conflict,
          `Tegen deze beslissing loopt al beroep BER-${pending.number}`,
          `An appeal against this decision is already pending (${pending.id})`,
          { id: pending.id },
        );
      }
      const appeal = await tx.appeal.create({
        data: {
          decisionType: input.decisionType,
          workplaceId: decision.workplaceId,
          applicationId: decision.applicationId,
          recognitionId: decision.recognitionId,
          originalDeciderId: decision.originalDeciderId,
          decidedByAgency: decision.decidedByAgency,
          notifiedOn,
          lodgedOn,
          motivation: input.motivation.trim(),
          status: admissible ? 'LODGED' : 'INADMISSIBLE',
          admissible,
          decisionNote: reason,
          decisionDueOn: addDays(lodgedOn, DECISION_DAYS),
        },
      });
      await recordStatusChange(tx, {
        entityType: ENTITY,
        entityId: appeal.id,
        step: 'lodge',
        from: null,
        to: appeal.status,
        actor: user,
        note: reason ?? `Aangetekende brief van ${dutchDate(lodgedOn)}, ontvankelijk`,
        at: this.ctx.now(),
      });
      return appeal;
    });
  }

  private async step(
    id: string,
    step: AppealStep,
    change: (appeal: AppealRow, tx: Prisma.TransactionClient) => Promise<{ data: Prisma.AppealUpdateInput; note: string | null }>,
    validate?: (appeal: AppealRow) => Promise<void> | void,
  ): Promise<AppealRow> {
    const user = this.user;
    const appeal = await this.byId.load(id);
    if (!appeal || !(await this.canRead(user, appeal))) throw notFound(APPEAL, id);
    checkExpectedVersion(this.ctx, appeal, APPEAL);
    const { from, to } = checkStep(appealWorkflow, step, appeal.status, user);
    await validate?.(appeal);
    return this.ctx.prisma.$transaction(async (tx) => {
      const { data, note } = await change(appeal, tx);
      // Guarded by the state and version read: a concurrent change in between makes this update find no row (CONFLICT).
      const updated = await unlessChangedMeanwhile(APPEAL, () =>
        tx.appeal.update({ where: { id, status: from, version: appeal.version }, data: { ...data, status: to } }),
      );
      await recordStatusChange(tx, { entityType: ENTITY, entityId: id, step, from, to, actor: user, note, at: this.ctx.now() });
      this.byId.clear(id).prime(id, updated);
      this.historyOf.clear(id);
      return updated;
    });
  }

  /** BR-42: when SYNTRA Vlaanderen took the decision, another workplace coach handles the appeal. */
  assignCaseHandler(id: string, input: AssignAppealCaseHandlerInput) {
    return this.step(
      id,
      'assignCaseHandler',
      async () => ({
        data: { caseHandlerId: input.caseHandlerId.trim(), caseHandlerName: input.caseHandlerName.trim() },
        note: `Dossierbehandelaar: ${input.caseHandlerName.trim()}; de teamcoördinator werkplekbegeleiders wordt om advies gevraagd`,
      }),
      (appeal) => {
        if (appeal.decidedByAgency && appeal.originalDeciderId === input.caseHandlerId.trim()) {
          throw domainError(
            ErrorCode.Conflict,
            'De dossierbehandelaar moet een andere werkplekbegeleider zijn dan wie de betwiste beslissing nam (BR-42)',
            'The case handler must be another workplace coach than the one who took the contested decision (BR-42)',
            { field: 'caseHandlerId' },
          );
        }
      },
    );
  }

  scheduleSession(id: string, sessionOn: Date) {
    const session = startOfDay(sessionOn);
    return this.step(
      id,
      'scheduleSession',
      async () => ({ data: { sessionOn: session, fileSentOn: null }, note: `Zitting van de beroepscommissie op ${dutchDate(session)}` }),
      () => {
        if (session <= this.today()) {
          throw badUserInput('De zitting moet in de toekomst liggen', 'The session must lie in the future', { field: 'sessionOn' });
        }
      },
    );
  }

  /** BR-43: the file reaches the commission members at the latest 3 working days before the session. */
  sendFile(id: string, fileSentOn: Date | null | undefined) {
    const sent = fileSentOn ? startOfDay(fileSentOn) : this.today();
    return this.step(
      id,
      'sendFile',
      async () => ({ data: { fileSentOn: sent }, note: `Dossier bezorgd op ${dutchDate(sent)}` }),
      (appeal) => {
        if (sent > this.today()) {
          throw badUserInput('De verzenddatum ligt in de toekomst', 'The date sent lies in the future', { field: 'fileSentOn' });
        }
        const latest = workingDaysBefore(appeal.sessionOn!, FILE_WORKING_DAYS);
        if (sent > latest) {
          throw badUserInput(
            `Te laat: het dossier moet uiterlijk ${dutchDate(latest)} (3 werkdagen voor de zitting van ${dutchDate(appeal.sessionOn!)}) bij de commissie zijn (BR-43)`,
            `Too late: the file must reach the commission by ${iso(latest)} (3 working days before the session on ${iso(appeal.sessionOn!)}) (BR-43)`,
            { field: 'fileSentOn', latestAllowedOn: iso(latest) },
          );
        }
      },
    );
  }

  private requireFileSent(appeal: AppealRow): void {
    if (!appeal.fileSentOn) {
      throw domainError(
        ErrorCode.Conflict,
        'Het dossier werd nog niet aan de beroepscommissie bezorgd (BR-43)',
        'The file has not yet been sent to the appeals commission (BR-43)',
      );
    }
  }

  /** The commission asks for additional information (delivered by the case handler); a new session follows. */
  interimDecision(id: string, request: string) {
    const note = request.trim();
    return this.step(
      id,
      'interimDecision',
      async () => ({ data: { decisionNote: note }, note: `Tussenbeslissing: ${note}` }),
      (appeal) => {
        if (note.length < 10 || note.length > 5000) {
          throw badUserInput('Tussenbeslissing: 10 tot 5000 tekens', 'Interim decision: 10 to 5000 characters', { field: 'request' });
        }
        this.requireFileSent(appeal);
      },
    );
  }

  /**
   * Final decision: confirm or annul (BR-45: by consensus, otherwise the chair decides, both recorded). Annulling a
   * withdrawal or exclusion restores the recognition (and lifts the exclusion); annulling a non-recognition sends the
   * application back to IN_PROGRESS.
   */
  decide(id: string, input: DecideAppealInput) {
    const step = input.outcome === AppealOutcome.ANNULLED ? 'annul' : 'confirm';
    const chair = input.chairName?.trim() || null;
    const by = input.consensus
      ? 'De beroepscommissie besliste bij consensus.'
      : `Zonder consensus besliste de voorzitter${chair ? `, ${chair}` : ''} (BR-45).`;
    const decisionNote = `${input.motivation.trim()} ${by}`;
    return this.step(
      id,
      step,
      async (appeal, tx) => {
        const today = this.today();
        if (step === 'annul') await this.restore(appeal, tx, today);
        return {
          data: { decidedOn: today, consensus: input.consensus, decisionNote },
          note: `${input.outcome === AppealOutcome.ANNULLED ? 'Vernietigd' : 'Bevestigd'}. ${by}`,
        };
      },
      (appeal) => {
        if (!input.consensus && !chair) {
          throw badUserInput(
            'Zonder consensus beslist de voorzitter: geef zijn of haar naam (BR-45)',
            'Without consensus the chair decides: give the chair’s name (BR-45)',
            { field: 'chairName' },
          );
        }
        this.requireFileSent(appeal);
      },
    );
  }

  /**
   * The annulment's effects, in the step's transaction. A non-recognition: the application goes back to IN_PROGRESS as
   * an undecided file: decision, proposal and votes cleared, a new handling term of 14 days from today (BR-01), so the
   * partnership's decision mechanism (BR-10) decides it afresh. A withdrawal or exclusion: the recognition is active
   * again, unless meanwhile another recognition is active for the same workplace and training or its validity ended.
   */
  private async restore(appeal: AppealRow, tx: Prisma.TransactionClient, today: Date): Promise<void> {
    const user = this.user;
    const note = `Beroep BER-${appeal.number} gegrond: beslissing vernietigd door de beroepscommissie`;
    if (appeal.applicationId) {
      const application = await tx.recognitionApplication.findUnique({ where: { id: appeal.applicationId } });
      if (application?.status === 'REJECTED') {
        // Guarded by the state read, like the appeal's own step.
        await tx.recognitionApplication.update({
          where: { id: application.id, status: 'REJECTED' },
          data: {
            status: 'IN_PROGRESS',
            outcome: null,
            rejectionReason: null,
            excludedActivities: [],
            decidedAt: null,
            decidedById: null,
            decidedByName: null,
            dueOn: addDays(today, HANDLING_DAYS),
          },
        });
        // The votes of the annulled decision would decide it again (BR-10 b): the new handling starts without votes.
        const votes = await tx.applicationVote.deleteMany({ where: { applicationId: application.id } });
        await recordStatusChange(tx, {
          entityType: 'RecognitionApplication',
          entityId: application.id,
          step: 'appealAnnulled',
          from: application.status,
          to: 'IN_PROGRESS',
          actor: user,
          note: `${note}; nieuwe behandeltermijn tot ${dutchDate(addDays(today, HANDLING_DAYS))}${votes.count ? `, ${votes.count} stem(men) van de vernietigde beslissing vervallen` : ''}`,
          at: this.ctx.now(),
        });
      }
    }
    if (appeal.recognitionId) {
      const recognition = await tx.recognition.findUnique({ where: { id: appeal.recognitionId } });
      if (recognition && recognition.status !== 'ACTIVE') {
        const other = await tx.recognition.findFirst({
          where: { workplaceId: recognition.workplaceId, trainingId: recognition.trainingId, status: 'ACTIVE', id: { not: recognition.id } },
          orderBy: [{ validFrom: 'desc' }, { id: 'asc' }],
        });
        if (other) {
          throw domainError(
            ErrorCode.Conflict,
            `De erkenning kan niet opnieuw actief worden: de vestiging heeft intussen een andere actieve erkenning voor deze opleiding (geldig van ${dutchDate(other.validFrom)} tot ${dutchDate(other.validUntil)})`,
            'The recognition cannot be reactivated: the workplace meanwhile has another active recognition for this training',
            { rule: 'ONE_ACTIVE_RECOGNITION', recognitionId: recognition.id, activeRecognitionId: other.id },
          );
        }
        if (recognition.validUntil < today) {
          throw domainError(
            ErrorCode.Conflict,
            `De erkenning kan niet opnieuw actief worden: haar geldigheid liep af op ${dutchDate(recognition.validUntil)}; de onderneming dient een nieuwe aanvraag in`,
            `The recognition cannot be reactivated: its validity ended on ${iso(recognition.validUntil)}; the company submits a new application`,
            { rule: 'RECOGNITION_EXPIRED', recognitionId: recognition.id, validUntil: iso(recognition.validUntil) },
          );
        }
        await tx.recognition.update({
          where: { id: recognition.id, status: recognition.status },
          data: { status: 'ACTIVE', endedOn: null, endReason: null },
        });
        await recordStatusChange(tx, {
          entityType: 'Recognition',
          entityId: recognition.id,
          step: 'appealAnnulled',
          from: recognition.status,
          to: 'ACTIVE',
          actor: user,
          note,
          at: this.ctx.now(),
        });
      }
      // Opheffing and uitsluiting also withdrew the recognition's application (recognition module): it is approved again.
      const application = recognition?.applicationId
        ? await tx.recognitionApplication.findUnique({ where: { id: recognition.applicationId } })
        : null;
      if (application?.status === 'WITHDRAWN') {
        // Guarded by the state read: only a still withdrawn application is approved again.
        const approved = await tx.recognitionApplication.updateMany({
          where: { id: application.id, status: 'WITHDRAWN' },
          data: { status: 'APPROVED' },
        });
        if (approved.count === 1) {
          await recordStatusChange(tx, {
            entityType: 'RecognitionApplication',
            entityId: application.id,
            step: 'appealAnnulled',
            from: application.status,
            to: 'APPROVED',
            actor: user,
            note,
            at: this.ctx.now(),
          });
        }
      }
      if (appeal.decisionType === 'EXCLUSION') {
        const lifted = await tx.companyExclusion.findMany({ where: { recognitionId: appeal.recognitionId, liftedOn: null }, select: { id: true } });
        await tx.companyExclusion.updateMany({ where: { id: { in: lifted.map((e) => e.id) } }, data: { liftedOn: today } });
        for (const exclusion of lifted) {
          await recordStatusChange(tx, {
            entityType: 'CompanyExclusion',
            entityId: exclusion.id,
            step: 'appealAnnulled',
            from: 'ACTIVE',
            to: 'LIFTED',
            actor: user,
            note,
            at: this.ctx.now(),
          });
        }
      }
    }
  }

  /** The appellant withdraws (the company itself, or agency staff registering its letter). */
  withdraw(id: string, reason: string | null | undefined) {
    return this.step(
      id,
      'withdraw',
      async () => ({ data: {}, note: reason?.trim() || 'Ingetrokken door de appellant' }),
      async (appeal) => {
        const user = this.user;
        if (user.role === Role.CompanyUser && !(await this.ownsWorkplace(user, appeal.workplaceId))) {
          throw forbidden('Alleen de appellant kan het beroep intrekken', 'Only the appellant can withdraw the appeal');
        }
      },
    );
  }
}

/** The request's AppealService (its DataLoaders cache for this request only). */
export function appealServiceOf(ctx: DualLearningContext): AppealService {
  return ctx.scoped(AppealService, () => new AppealService(ctx));
}
