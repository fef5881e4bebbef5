import { badUserInput, checkStep, domainError, ErrorCode, forbidden, loaderByGroup, loaderById, notFound, paginate, requireUser, Role, type PageInput, type User, checkExpectedVersion, unlessChangedMeanwhile } from '@werkplek/subgraph-kit';
import type { DualLearningContext } from '../context.js';
import type { Partnership, Prisma, RecognitionApplication, Training } from '../generated/prisma/client.js';
import {
  ApplicationStatus,
  DecisionMechanism,
  DecisionOutcome,
  HandlingAction,
  RecognitionScope,
  RecognitionStatus,
  RejectionReason,
  SiteVisitPolicy,
  SubmitterType,
} from '../generated/prisma/enums.js';
import { routeToPartnership } from '../partnership/routing.js';
import { NO_ID, recognitionServiceOf } from '../recognition/recognition.service.js';
import { assertActsForPartnership } from '../shared/access.js';
import { addDays, addYears, daysBetween, startOfDay } from '../shared/calendar.js';
import { recordStatusChange } from '../shared/history.js';
import { workplaceServiceOf } from '../workplace/workplace.service.js';
import { provinceOfPostalCode } from '../workplace/province.js';
import { ageOn, meetsMentorConditions } from './mentor-conditions.js';
import { applicationWorkflow, undecidedStatuses, type ApplicationStep } from './recognition-application.workflow.js';
import {
  ApplicationSort,
  type ApplicationDecisionInput,
  type ApplicationFilter,
  type CastApplicationVoteInput,
  type CompanyConditionsInput,
  type DeclareApplicationIncompleteInput,
  type RecordHandlingActionInput,
  type SubmitRecognitionApplicationInput,
} from './recognition-application.types.js';

const APPLICATION = { nl: 'Erkenningsaanvraag', en: 'Recognition application' };
const ENTITY = 'RecognitionApplication';
/** BR-01: the legal handling term. */
export const HANDLING_DAYS = 14;
/** BR-13: a recognition is valid for 5 years. */
export const RECOGNITION_YEARS = 5;
const HOUR = 3_600_000;

/** ERK-<year of submission>-<running number, 5 digits>. */
export function referenceOf(application: { submittedAt: Date; number: number }): string {
  return `ERK-${application.submittedAt.getUTCFullYear()}-${String(application.number).padStart(5, '0')}`;
}

/** BR-10 b: a vote cast at `at` counts for the cycle closing on Thursday 12:00 (UTC) of that week (Monday first). */
export function voteClosingOf(at: Date): Date {
  const mondayOffset = (at.getUTCDay() + 6) % 7;
  return new Date(addDays(at, 3 - mondayOffset).getTime() + 12 * HOUR);
}

/** BR-10 b: the closing of the last week whose vote has closed at `at` (this Thursday noon once passed, else last week's). */
export function lastVoteClosing(at: Date): Date {
  const closing = voteClosingOf(at);
  return at.getTime() >= closing.getTime() ? closing : new Date(closing.getTime() - 7 * 24 * HOUR);
}

/** BR-10 b: votes are taken from Monday 00:00 until Thursday 12:00. */
export function voteWindowOpen(at: Date): boolean {
  return at.getTime() < voteClosingOf(at).getTime();
}

/** BR-10 c: the social partners are informed on Mondays and Thursdays; the first such day after `at`'s day. */
export function nextObjectionCycleAfter(at: Date): Date {
  let day = addDays(at, 1);
  while (day.getUTCDay() !== 1 && day.getUTCDay() !== 4) day = addDays(day, 1);
  return day;
}

function rejectionReasonOf(vote: { reason: string | null }): RejectionReason | null {
  const code = vote.reason?.split(':')[0]?.trim();
  return code && code in RejectionReason ? (code as RejectionReason) : null;
}

function conflict(dutch: string, english: string, rule: string) {
  return domainError(ErrorCode.Conflict, dutch, english, { rule });
}

export class RecognitionApplicationService {
  readonly byId;
  readonly mentorsOf;
  readonly actionsOf;
  readonly votesOf;

  constructor(private readonly ctx: DualLearningContext) {
    const prisma = ctx.prisma;
    this.byId = loaderById((ids) => prisma.recognitionApplication.findMany({ where: { id: { in: [...ids] } } }));
    this.mentorsOf = loaderByGroup(
      (ids) =>
        prisma.applicationMentor.findMany({
          where: { applicationId: { in: [...ids] } },
          include: { mentor: true },
          orderBy: { mentor: { name: 'asc' } },
        }),
      (row) => row.applicationId,
    );
    this.actionsOf = loaderByGroup(
      (ids) =>
        prisma.applicationAction.findMany({
          where: { applicationId: { in: [...ids] } },
          orderBy: [{ performedOn: 'asc' }, { createdAt: 'asc' }, { id: 'asc' }],
        }),
      (row) => row.applicationId,
    );
    this.votesOf = loaderByGroup(
      (ids) => prisma.applicationVote.findMany({ where: { applicationId: { in: [...ids] } }, orderBy: [{ castAt: 'asc' }, { id: 'asc' }] }),
      (row) => row.applicationId,
    );
  }

  private get user(): User {
    return requireUser(this.ctx);
  }

  private today(): Date {
    return startOfDay(this.ctx.now());
  }

  // ───────────── reading ─────────────

  /** Agency staff and inspectors see all; partnership staff their partnership's; companies their own; schools what they submitted. */
  visibleWhere(user: User): Prisma.RecognitionApplicationWhereInput {
    switch (user.role) {
      case Role.AgencyStaff:
      case Role.Inspector:
        return {};
      case Role.PartnershipStaff:
        return { partnershipId: user.partnershipId ?? NO_ID };
      case Role.CompanyUser:
        return { workplace: { companyId: user.companyId ?? NO_ID } };
      case Role.SchoolUser:
        return { submittedById: user.id };
      default:
        throw forbidden('Je hebt geen toegang tot erkenningsaanvragen', 'You may not access recognition applications');
    }
  }

  list(filter: ApplicationFilter | undefined, sort: ApplicationSort, page: PageInput | undefined) {
    const today = this.today();
    const conditions: Prisma.RecognitionApplicationWhereInput[] = [this.visibleWhere(this.user)];
    if (filter?.partnershipId) conditions.push({ partnershipId: filter.partnershipId });
    if (filter?.status) conditions.push({ status: filter.status });
    if (filter?.statuses?.length) conditions.push({ status: { in: filter.statuses } });
    if (filter?.open === true) conditions.push({ status: { in: undecidedStatuses } });
    if (filter?.open === false) conditions.push({ status: { notIn: undecidedStatuses } });
    if (filter?.province) conditions.push({ workplace: { province: filter.province } });
    if (filter?.submittedFrom) conditions.push({ submittedAt: { gte: startOfDay(filter.submittedFrom) } });
    if (filter?.submittedTo) conditions.push({ submittedAt: { lt: addDays(filter.submittedTo, 1) } });
    if (filter?.overdue === true) conditions.push({ status: { in: undecidedStatuses }, dueOn: { lt: today } });
    if (filter?.overdue === false) conditions.push({ OR: [{ status: { notIn: undecidedStatuses } }, { dueOn: { gte: today } }] });
    const where: Prisma.RecognitionApplicationWhereInput = { AND: conditions };
    const orderBy: Prisma.RecognitionApplicationOrderByWithRelationInput[] =
      sort === ApplicationSort.SUBMITTED_AT_ASC
        ? [{ submittedAt: 'asc' }, { id: 'asc' }]
        : sort === ApplicationSort.DUE_ON_ASC
          ? [{ dueOn: 'asc' }, { id: 'asc' }]
          : [{ submittedAt: 'desc' }, { id: 'asc' }];
    return paginate(
      page,
      (args) => this.ctx.prisma.recognitionApplication.findMany({ where, orderBy, ...args }),
      () => this.ctx.prisma.recognitionApplication.count({ where }),
    );
  }

  /** One application the caller may see (NOT_FOUND otherwise: others' ids reveal nothing). */
  async get(id: string): Promise<RecognitionApplication> {
    const found = await this.ctx.prisma.recognitionApplication.findFirst({ where: { AND: [{ id }, this.visibleWhere(this.user)] } });
    if (!found) throw notFound(APPLICATION, id);
    return found;
  }

  overdue(application: RecognitionApplication): boolean {
    return undecidedStatuses.includes(application.status) && application.dueOn < this.today();
  }

  daysOpen(application: RecognitionApplication): number {
    return daysBetween(application.submittedAt, application.decidedAt ?? this.ctx.now());
  }

  async mentorChecks(application: RecognitionApplication) {
    const on = application.decidedAt ?? this.ctx.now();
    return (await this.mentorsOf.load(application.id)).map(({ mentor }) => ({
      mentorId: mentor.id,
      name: mentor.name,
      age: ageOn(mentor.birthDate, on),
      yearsOfExperience: mentor.yearsOfExperience,
      meetsConditions: meetsMentorConditions(mentor, on),
    }));
  }

  // ───────────── submitting ─────────────

  async submit(input: SubmitRecognitionApplicationInput) {
    const user = this.user;
    const prisma = this.ctx.prisma;
    const now = this.ctx.now();
    const today = startOfDay(now);
    const submitterType = submitterTypeOf(user);
    if (submitterType === SubmitterType.TRAINING_INSTITUTION && !input.signedDeclaration) {
      throw badUserInput(
        'Een school die met machtiging indient, moet de ondertekende verklaring opladen (BR-07)',
        'A school submitting under mandate must upload the signed declaration (BR-07)',
        { field: 'signedDeclaration' },
      );
    }
    const workplace = await prisma.workplace.findUnique({ where: { id: input.workplaceId }, include: { company: true } });
    if (!workplace) throw notFound({ nl: 'Werkplek', en: 'Workplace' }, input.workplaceId);
    if (user.role === Role.CompanyUser && (!user.companyId || workplace.companyId !== user.companyId)) {
      throw forbidden('Je kan enkel voor je eigen onderneming indienen', 'You may only submit for your own company');
    }
    // Who may submit for this workplace first (BR-06/BR-07): a partnership learns nothing (an exclusion, a withdrawal)
    // about a workplace outside its remit (issue #7, authorization matrix).
    const partnerships = await prisma.partnership.findMany({ orderBy: [{ code: 'asc' }] });
    const partnership = workplace.company
      ? routeToPartnership(partnerships, workplace.company.jointCommittees, today)
      : (partnerships.find((p) => p.name === workplace.sectoralPartnership && p.takesRecognition) ??
        routeToPartnership(partnerships, [], today));
    if (!partnership) {
      throw conflict('Geen bevoegd partnerschap gevonden (BR-06)', 'No competent partnership found (BR-06)', 'BR-06');
    }
    if (user.role === Role.PartnershipStaff) assertActsForPartnership(user, partnership.id);

    if (!provinceOfPostalCode(workplace.postalCode)) {
      throw badUserInput('De vestiging ligt niet in Vlaanderen of Brussel (BR-05)', 'The establishment is not in Flanders or Brussels (BR-05)', {
        field: 'workplaceId',
      });
    }
    const training = await prisma.training.findUnique({ where: { id: input.trainingId } });
    if (!training) throw notFound({ nl: 'Opleiding', en: 'Training' }, input.trainingId);
    assertEnoughEmployees(workplace, training);

    const [exclusion, withdrawnToday, mentors] = await Promise.all([
      workplace.companyId
        ? prisma.companyExclusion.findFirst({
            where: {
              companyId: workplace.companyId,
              OR: [{ workplaceId: null }, { workplaceId: workplace.id }],
              startsOn: { lte: today },
              liftedOn: null,
              AND: [{ OR: [{ endsOn: null }, { endsOn: { gte: today } }] }],
            },
          })
        : null,
      prisma.recognition.findFirst({
        where: { workplaceId: workplace.id, trainingId: training.id, status: RecognitionStatus.WITHDRAWN, endedOn: { gte: today } },
      }),
      prisma.mentor.findMany({ where: { id: { in: input.mentorIds } } }),
    ]);
    if (exclusion) {
      const until = exclusion.endsOn ? exclusion.endsOn.toISOString().slice(0, 10) : 'opheffing / lifted';
      throw conflict(
        `De onderneming is uitgesloten tot ${until}: geen nieuwe erkenningsaanvraag mogelijk (§3.6)`,
        `The company is excluded until ${until}: no new recognition application is possible (§3.6)`,
        'EXCLUSION',
      );
    }
    if (withdrawnToday) {
      throw conflict(
        'De erkenning werd vandaag opgeheven: een nieuwe aanvraag kan vanaf morgen (§3.6)',
        'The recognition was withdrawn today: a new application is possible from tomorrow (§3.6)',
        'WITHDRAWAL',
      );
    }
    const mentorIds = [...new Set(input.mentorIds)];
    if (mentors.length !== mentorIds.length || mentors.some((mentor) => mentor.workplaceId !== workplace.id)) {
      throw badUserInput('Elke mentor moet een mentor van deze werkplek zijn', 'Every mentor must be a mentor of this workplace', {
        field: 'mentorIds',
      });
    }
    // The duplicate checks and the insert are one unit, serialized per workplace and training by a transaction-scoped
    // advisory lock: two simultaneous submissions cannot both pass the checks.
    return prisma.$transaction(async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`recognition-application:${workplace.id}:${training.id}`}::text))`;
      const activeRecognition = await tx.recognition.findFirst({
        where: { workplaceId: workplace.id, trainingId: training.id, status: RecognitionStatus.ACTIVE, validUntil: { gte: today } },
      });
      const openApplication = await tx.recognitionApplication.findFirst({
        where: { workplaceId: workplace.id, trainingId: training.id, status: { in: undecidedStatuses } },
      });
      if (activeRecognition) {
        throw conflict('Deze werkplek is al erkend voor deze opleiding', 'This workplace is already recognised for this training', 'DUPLICATE');
      }
      if (openApplication) {
        throw conflict(
          `Er loopt al een aanvraag voor deze werkplek en opleiding (${referenceOf(openApplication)})`,
          `An application for this workplace and training is already open (${referenceOf(openApplication)})`,
          'DUPLICATE',
        );
      }
      const created = await tx.recognitionApplication.create({
        data: {
          workplaceId: workplace.id,
          trainingId: training.id,
          partnershipId: partnership.id,
          submitterType,
          submittedById: user.id,
          submittedByName: user.name,
          signedDeclaration: input.signedDeclaration,
          dual: input.dual,
          learnerWaiting: input.learnerWaiting,
          priority: input.priority,
          status: ApplicationStatus.SUBMITTED,
          submittedAt: now,
          dueOn: addDays(today, HANDLING_DAYS),
          mentors: { create: mentorIds.map((mentorId) => ({ mentorId })) },
        },
      });
      await recordStatusChange(tx, {
        entityType: ENTITY,
        entityId: created.id,
        step: 'submit',
        from: null,
        to: ApplicationStatus.SUBMITTED,
        actor: user,
        note: `${referenceOf(created)} → ${partnership.name}`,
        at: now,
      });
      return created;
    });
  }

  // ───────────── workflow steps ─────────────

  private async load(id: string) {
    const application = await this.ctx.prisma.recognitionApplication.findUnique({
      where: { id },
      include: { partnership: true, training: true, workplace: true, mentors: { include: { mentor: true } } },
    });
    if (!application) throw notFound(APPLICATION, id);
    return application;
  }

  /** Checks who may take `step` on the application (role, own partnership, state) and returns it with the transition. */
  private async prepare(id: string, step: ApplicationStep) {
    const user = this.user;
    const application = await this.load(id);
    if (step === 'complete') this.assertApplicant(user, application);
    else assertActsForPartnership(user, application.partnershipId);
    checkExpectedVersion(this.ctx, application, APPLICATION);
    const transition = checkStep(applicationWorkflow, step, application.status, user);
    return { user, application, ...transition };
  }

  private assertApplicant(user: User, application: { partnershipId: string; submittedById: string; workplace: { companyId: string | null } }) {
    const own =
      user.role === Role.AgencyStaff ||
      (user.role === Role.PartnershipStaff && user.partnershipId === application.partnershipId) ||
      (user.role === Role.CompanyUser && !!user.companyId && application.workplace.companyId === user.companyId) ||
      (user.role === Role.SchoolUser && application.submittedById === user.id);
    if (!own) throw forbidden('Dit is niet jouw aanvraag', 'This is not your application');
  }

  /** Moves the application from `from` to `to` and writes the step in its history, in one transaction. */
  private move(
    user: User,
    /** The application as read for this step: the write only goes in while it is still at this version. */
    application: { id: string; version: number },
    step: string,
    from: ApplicationStatus,
    to: ApplicationStatus,
    data: Prisma.RecognitionApplicationUpdateInput,
    note: string | null,
    after?: (tx: Prisma.TransactionClient, updated: RecognitionApplication) => Promise<unknown>,
  ) {
    const now = this.ctx.now();
    const { id, version } = application;
    return this.ctx.prisma.$transaction(async (tx) => {
      const updated = await unlessChangedMeanwhile(APPLICATION, () =>
        tx.recognitionApplication.update({ where: { id, status: from, version }, data: { ...data, status: to } }),
      );
      await recordStatusChange(tx, { entityType: ENTITY, entityId: id, step, from, to, actor: user, note, at: now });
      if (after) await after(tx, updated);
      return updated;
    });
  }

  async declareIncomplete(input: DeclareApplicationIncompleteInput) {
    const { user, application, from, to } = await this.prepare(input.applicationId, 'declareIncomplete');
    const missingItems = input.missingItems.map((item) => item.trim());
    return this.move(user, application, 'declareIncomplete', from, to, { missingItems }, missingItems.join('; '));
  }

  /** The applicant completes the file: it is submitted again and the 14-day term runs from today (BR-01, BR-02). */
  async complete(applicationId: string) {
    const { user, application, from, to } = await this.prepare(applicationId, 'complete');
    return this.move(user, application, 'complete', from, to, { missingItems: [], dueOn: addDays(this.today(), HANDLING_DAYS) }, null);
  }

  async takeUp(applicationId: string) {
    const { user, application, from, to } = await this.prepare(applicationId, 'takeUp');
    return this.move(user, application, 'takeUp', from, to, {}, null);
  }

  async putOnHold(applicationId: string, reason: string | null) {
    if (reason && reason.length > 1000) {
      throw badUserInput('Reden: hoogstens 1000 tekens', 'Reason: at most 1000 characters', { field: 'reason' });
    }
    const { user, application, from, to } = await this.prepare(applicationId, 'putOnHold');
    return this.move(user, application, 'putOnHold', from, to, {}, reason?.trim() || null);
  }

  async resume(applicationId: string) {
    const { user, application, from, to } = await this.prepare(applicationId, 'resume');
    return this.move(user, application, 'resume', from, to, {}, null);
  }

  async recordHandlingAction(input: RecordHandlingActionInput) {
    const { user, application, from } = await this.prepare(input.applicationId, 'recordHandlingAction');
    const performedOn = input.performedOn ? startOfDay(input.performedOn) : this.today();
    if (performedOn > this.today() || performedOn < startOfDay(application.submittedAt)) {
      throw badUserInput('De actie moet tussen de indiening en vandaag liggen', 'The action must lie between submission and today', {
        field: 'performedOn',
      });
    }
    return this.move(user, application, 'recordHandlingAction', from, from, {}, `${input.action}${input.note ? `: ${input.note}` : ''}`, (tx) =>
      tx.applicationAction.create({
        data: {
          applicationId: application.id,
          action: input.action,
          performedOn,
          performedById: user.id,
          performedByName: user.name,
          note: input.note ?? null,
        },
      }),
    );
  }

  async recordCompanyConditions(input: CompanyConditionsInput) {
    const { user, application, from } = await this.prepare(input.applicationId, 'recordCompanyConditions');
    const { companyInOrder, equipmentSufficient, financiallyCapable, noConvictions } = input;
    const note = `in orde ${companyInOrder}, uitrusting ${equipmentSufficient}, draagkracht ${financiallyCapable}, geen veroordeling ${noConvictions}`;
    return this.move(user, application, 'recordCompanyConditions', from, from, {
      companyInOrder,
      equipmentSufficient,
      financiallyCapable,
      noConvictions,
    }, note);
  }

  /** A consultant's decision (BR-08, BR-09, BR-12); approval creates the recognition (BR-13). */
  async decide(input: ApplicationDecisionInput) {
    if (input.outcome === DecisionOutcome.REJECTION) {
      const { user, application, from, to } = await this.prepare(input.applicationId, 'reject');
      return this.move(user, application, 'decide', from, to, this.decisionData(user, input), input.note ?? input.rejectionReason ?? null);
    }
    const { user, application, from, to } = await this.prepare(input.applicationId, 'approve');
    const mechanism = application.partnership.decisionMechanism;
    if (mechanism === DecisionMechanism.UNANIMOUS_WEEKLY_VOTE || mechanism === DecisionMechanism.WITHOUT_OBJECTION) {
      throw conflict(
        `${application.partnership.name} beslist via ${mechanism === DecisionMechanism.UNANIMOUS_WEEKLY_VOTE ? 'de wekelijkse stemronde' : 'een voorstel zonder tegenbericht'} (BR-10)`,
        `${application.partnership.name} decides through ${mechanism === DecisionMechanism.UNANIMOUS_WEEKLY_VOTE ? 'the weekly vote' : 'a proposal without objection'} (BR-10)`,
        'BR-10',
      );
    }
    await this.assertApprovable(application, input);
    return this.move(user, application, 'decide', from, to, this.decisionData(user, input), input.note ?? null, (tx, updated) =>
      this.grantRecognition(tx, user, updated, application.mentors.map((m) => m.mentorId)),
    );
  }

  /** WITHOUT_OBJECTION (Tech): the proposal stands at the next Monday/Thursday cycle unless social partners object. */
  async proposeDecision(input: ApplicationDecisionInput) {
    const { user, application, from } = await this.prepare(input.applicationId, 'proposeDecision');
    if (application.partnership.decisionMechanism !== DecisionMechanism.WITHOUT_OBJECTION) {
      throw conflict(
        `${application.partnership.name} beslist niet via een voorstel zonder tegenbericht (BR-10)`,
        `${application.partnership.name} does not decide through a proposal without objection (BR-10)`,
        'BR-10',
      );
    }
    if (input.outcome !== DecisionOutcome.REJECTION) await this.assertApprovable(application, input);
    const { decidedAt: _decidedAt, decidedById: _id, decidedByName: _name, ...proposal } = this.decisionData(user, input);
    return this.move(user, application, 'proposeDecision', from, from, proposal, `${input.outcome}${input.note ? `: ${input.note}` : ''}`);
  }

  async castVote(input: CastApplicationVoteInput) {
    const { user, application, from } = await this.prepare(input.applicationId, 'castVote');
    const mechanism = application.partnership.decisionMechanism;
    const now = this.ctx.now();
    if (mechanism === DecisionMechanism.CONSULTANT_DECISION) {
      throw conflict(
        `Bij ${application.partnership.name} beslist de consulent: er wordt niet gestemd (BR-10)`,
        `At ${application.partnership.name} the consultant decides: there is no vote (BR-10)`,
        'BR-10',
      );
    }
    if (mechanism === DecisionMechanism.UNANIMOUS_WEEKLY_VOTE && !voteWindowOpen(now)) {
      throw conflict(
        'De stemronde is donderdag om 12 uur gesloten; stemmen kan weer vanaf maandag (BR-10)',
        'The vote closed on Thursday at noon; voting opens again on Monday (BR-10)',
        'BR-10',
      );
    }
    const reason = input.approve
      ? (input.note ?? null)
      : `${input.rejectionReason}${input.note ? `: ${input.note}` : ''}`;
    return this.move(user, application, 'castVote', from, from, {}, `${input.approve ? 'voor' : 'tegen'}${reason ? ` (${reason})` : ''}`, (tx) =>
      tx.applicationVote.upsert({
        where: { applicationId_voterId: { applicationId: application.id, voterId: user.id } },
        create: { applicationId: application.id, voterId: user.id, voterName: user.name, approve: input.approve, reason, castAt: now },
        update: { approve: input.approve, reason, castAt: now, voterName: user.name },
      }),
    );
  }

  /**
   * BR-10, what a scheduler calls: tacit approval at day 14 (unless on hold, rejected, vetoed, a company condition
   * recorded false or a mentor failing BR-04: those are left to a consultant); the weekly unanimous vote once Thursday
   * noon has passed; a proposal without objection at the next cycle.
   */
  async runDecisionCycle() {
    const user = this.user;
    if (user.role !== Role.AgencyStaff) throw forbidden('Enkel het agentschap draait de beslissingsronde', 'Only the agency runs the decision cycle');
    const now = this.ctx.now();
    const today = startOfDay(now);
    const prisma = this.ctx.prisma;
    const candidates = await prisma.recognitionApplication.findMany({
      where: {
        status: { in: [ApplicationStatus.SUBMITTED, ApplicationStatus.IN_PROGRESS] },
        partnership: {
          decisionMechanism: {
            in: [DecisionMechanism.TACIT_APPROVAL_DAY_14, DecisionMechanism.UNANIMOUS_WEEKLY_VOTE, DecisionMechanism.WITHOUT_OBJECTION],
          },
        },
      },
      include: { partnership: true, votes: true, mentors: { include: { mentor: true } } },
      orderBy: [{ submittedAt: 'asc' }, { id: 'asc' }],
    });
    const proposals = await prisma.statusChange.findMany({
      where: { entityType: ENTITY, step: 'proposeDecision', entityId: { in: candidates.map((c) => c.id) } },
      orderBy: [{ at: 'desc' }, { sequence: 'desc' }],
    });
    const lastProposal = new Map<string, Date>();
    for (const proposal of proposals) if (!lastProposal.has(proposal.entityId)) lastProposal.set(proposal.entityId, proposal.at);

    const approved: RecognitionApplication[] = [];
    const rejected: RecognitionApplication[] = [];
    for (const application of candidates) {
      const mentorIds = application.mentors.map((m) => m.mentorId);
      const objections = application.votes.filter((vote) => !vote.approve);
      let decision: { outcome: DecisionOutcome; rejectionReason: RejectionReason | null; excludedActivities: string[]; note: string } | null = null;
      switch (application.partnership.decisionMechanism) {
        case DecisionMechanism.TACIT_APPROVAL_DAY_14: {
          const conditionFailed = [application.companyInOrder, application.equipmentSufficient, application.financiallyCapable, application.noConvictions].includes(false);
          // BR-04: a mentor who does not meet the conditions leaves the file to a consultant (no tacit approval).
          const mentorFailed = application.mentors.length === 0 || application.mentors.some(({ mentor }) => !meetsMentorConditions(mentor, now));
          if (application.dueOn <= today && objections.length === 0 && !conditionFailed && !mentorFailed) {
            decision = { outcome: DecisionOutcome.APPROVAL, rejectionReason: null, excludedActivities: [], note: 'stilzwijgende goedkeuring op dag 14 / tacit approval at day 14' };
          }
          break;
        }
        case DecisionMechanism.UNANIMOUS_WEEKLY_VOTE: {
          // The last closed week: this week's Thursday noon once passed, else last week's. Only its votes count.
          const closing = lastVoteClosing(now);
          const weekVotes = application.votes
            .filter((vote) => voteClosingOf(vote.castAt).getTime() === closing.getTime())
            .sort((a, b) => a.castAt.getTime() - b.castAt.getTime() || a.id.localeCompare(b.id));
          const weekObjections = weekVotes.filter((vote) => !vote.approve);
          if (weekObjections.length > 0) {
            decision = {
              outcome: DecisionOutcome.REJECTION,
              rejectionReason: rejectionReasonOf(weekObjections[0]!) ?? RejectionReason.NOT_ADMINISTRATIVELY_IN_ORDER,
              excludedActivities: [],
              note: `geen eenparigheid / no unanimity: ${weekObjections.map((o) => `${o.voterName}: ${o.reason ?? ''}`).join('; ')}`,
            };
            break;
          }
          // Unanimity needs every voting member for (votingMembers); not recorded → every vote cast, at least one.
          const needed = application.partnership.votingMembers ?? 1;
          if (weekVotes.length < needed) break; // carries over to the next week
          decision = { outcome: DecisionOutcome.APPROVAL, rejectionReason: null, excludedActivities: [], note: 'eenparig goedgekeurd / unanimously approved' };
          break;
        }
        case DecisionMechanism.WITHOUT_OBJECTION: {
          const proposedAt = lastProposal.get(application.id);
          if (!proposedAt || !application.outcome || application.decidedAt || today < nextObjectionCycleAfter(proposedAt)) break;
          if (objections.some((vote) => vote.castAt >= proposedAt)) break;
          decision = {
            outcome: application.outcome,
            rejectionReason: application.rejectionReason,
            excludedActivities: application.excludedActivities,
            note: 'voorstel zonder tegenbericht / proposal without objection',
          };
          break;
        }
        default:
          break;
      }
      if (!decision) continue;
      const step: ApplicationStep = decision.outcome === DecisionOutcome.REJECTION ? 'cycleReject' : 'cycleApprove';
      const { from, to } = checkStep(applicationWorkflow, step, application.status, user);
      const updated = await this.move(user, application, step, from, to, this.decisionData(user, decision), decision.note, (tx, row) =>
        to === ApplicationStatus.APPROVED ? this.grantRecognition(tx, user, row, mentorIds) : Promise.resolve(),
      );
      (to === ApplicationStatus.APPROVED ? approved : rejected).push(updated);
    }
    return { approved, rejected };
  }

  // ───────────── rules ─────────────

  private decisionData(
    user: User,
    input: { outcome: DecisionOutcome; rejectionReason?: RejectionReason | null; excludedActivities?: string[] | null },
  ) {
    return {
      outcome: input.outcome,
      rejectionReason: input.outcome === DecisionOutcome.REJECTION ? (input.rejectionReason ?? null) : null,
      excludedActivities: input.outcome === DecisionOutcome.PARTIAL_APPROVAL ? (input.excludedActivities ?? []).map((a) => a.trim()) : [],
      decidedAt: this.ctx.now(),
      decidedById: user.id,
      decidedByName: user.name,
    };
  }

  /** BR-03 (company conditions), BR-04 (mentors), BR-09 (partial scope), BR-11 (employees), BR-12 (site visit) before any approval. */
  private async assertApprovable(
    application: RecognitionApplication & {
      partnership: Partnership;
      training: Training;
      workplace: { id: string; companyId: string | null; enterpriseNumber: string; chain: string | null; employeeCount: number | null };
      mentors: { mentor: { name: string; birthDate: Date; yearsOfExperience: number } }[];
    },
    input: { outcome: DecisionOutcome; excludedActivities?: string[] | null },
  ) {
    assertEnoughEmployees(application.workplace, application.training);
    const conditions = [application.companyInOrder, application.equipmentSufficient, application.financiallyCapable, application.noConvictions];
    if (!conditions.every((condition) => condition === true)) {
      throw conflict(
        'Goedkeuren kan pas als de vier voorwaarden van de onderneming vastgelegd en vervuld zijn (BR-03)',
        'Approval needs the four company conditions recorded and met (BR-03)',
        'BR-03',
      );
    }
    const on = this.ctx.now();
    const failing = application.mentors.filter(({ mentor }) => !meetsMentorConditions(mentor, on));
    if (application.mentors.length === 0 || failing.length > 0) {
      throw conflict(
        `Mentor voldoet niet aan de voorwaarden (25 jaar, of 23 jaar met 5 jaar ervaring): ${failing.map((m) => m.mentor.name).join(', ')} (BR-04)`,
        `Mentor does not meet the conditions (25, or 23 with 5 years of experience): ${failing.map((m) => m.mentor.name).join(', ')} (BR-04)`,
        'BR-04',
      );
    }
    if (input.outcome === DecisionOutcome.PARTIAL_APPROVAL) {
      const excluded = (input.excludedActivities ?? []).map((a) => a.trim());
      const known = new Set(application.training.activities);
      const unknown = known.size > 0 ? excluded.filter((activity) => !known.has(activity)) : [];
      if (excluded.length === 0 || unknown.length > 0) {
        throw badUserInput(
          `Uitgesloten activiteiten moeten op de activiteitenlijst staan: ${unknown.join(', ')} (BR-09)`,
          `Excluded activities must be on the activity list: ${unknown.join(', ')} (BR-09)`,
          { field: 'excludedActivities' },
        );
      }
      if (known.size > 0 && new Set(excluded).size >= known.size) {
        throw badUserInput(
          'Bij gedeeltelijke goedkeuring moet minstens één activiteit overblijven; keur anders af (BR-09)',
          'A partial approval must leave at least one activity; reject otherwise (BR-09)',
          { field: 'excludedActivities' },
        );
      }
    }
    if (await this.siteVisitRequired(application)) {
      const visited = await this.ctx.prisma.applicationAction.count({
        where: { applicationId: application.id, action: HandlingAction.SITE_VISIT },
      });
      if (visited === 0) {
        throw conflict(
          `${application.partnership.name} vereist een plaatsbezoek vóór goedkeuring (BR-12)`,
          `${application.partnership.name} requires a site visit before approval (BR-12)`,
          'BR-12',
        );
      }
    }
  }

  /**
   * BR-12: ALWAYS → required; NEVER → never; CONDITIONAL → for the company's first application, unless another
   * establishment of the same chain is already recognised for the same training (identical operation).
   */
  private async siteVisitRequired(application: {
    id: string;
    trainingId: string;
    partnership: Partnership;
    workplace: { id: string; companyId: string | null; enterpriseNumber: string; chain: string | null };
  }): Promise<boolean> {
    const policy = application.partnership.siteVisitPolicy;
    if (policy === SiteVisitPolicy.ALWAYS) return true;
    if (policy === SiteVisitPolicy.NEVER) return false;
    const { workplace } = application;
    const [earlier, chainRecognised] = await Promise.all([
      this.ctx.prisma.recognitionApplication.count({
        where: {
          id: { not: application.id },
          workplace: workplace.companyId ? { companyId: workplace.companyId } : { enterpriseNumber: workplace.enterpriseNumber },
        },
      }),
      workplace.chain
        ? this.ctx.prisma.recognition.count({
            where: {
              trainingId: application.trainingId,
              status: RecognitionStatus.ACTIVE,
              workplace: { chain: workplace.chain, id: { not: workplace.id } },
            },
          })
        : 0,
    ]);
    return earlier === 0 && chainRecognised === 0;
  }

  /** BR-13: the recognition follows the approval, from the decision day for 5 years, with the application's mentors. */
  private async grantRecognition(tx: Prisma.TransactionClient, user: User, application: RecognitionApplication, mentorIds: string[]) {
    const validFrom = startOfDay(application.decidedAt ?? this.ctx.now());
    const recognition = await tx.recognition.create({
      data: {
        applicationId: application.id,
        workplaceId: application.workplaceId,
        trainingId: application.trainingId,
        partnershipId: application.partnershipId,
        scope: application.outcome === DecisionOutcome.PARTIAL_APPROVAL ? RecognitionScope.PARTIAL : RecognitionScope.FULL,
        excludedActivities: application.excludedActivities,
        validFrom,
        validUntil: addYears(validFrom, RECOGNITION_YEARS),
        status: RecognitionStatus.ACTIVE,
        mentors: { create: mentorIds.map((mentorId) => ({ mentorId })) },
      },
    });
    await recordStatusChange(tx, {
      entityType: 'Recognition',
      entityId: recognition.id,
      step: 'grant',
      from: null,
      to: RecognitionStatus.ACTIVE,
      actor: user,
      note: referenceOf(application),
      at: this.ctx.now(),
    });
    return recognition;
  }

  /** For nested fields: the recognition that followed (one query for all applications asked together). */
  async recognitionOf(application: RecognitionApplication) {
    const [recognition] = await recognitionServiceOf(this.ctx).byApplication.load(application.id);
    return recognition ?? null;
  }

  workplaceOf(application: RecognitionApplication) {
    return workplaceServiceOf(this.ctx).byId.load(application.workplaceId);
  }
}

/** BR-11: a training may need a minimum number of employees in the establishment; an unknown count is not refused. */
function assertEnoughEmployees(workplace: { employeeCount: number | null }, training: { name: string; minimumEmployees: number | null }) {
  const { employeeCount } = workplace;
  const minimum = training.minimumEmployees;
  if (employeeCount !== null && minimum !== null && employeeCount < minimum) {
    throw conflict(
      `${training.name} vereist minstens ${minimum} werknemers in de vestiging; deze vestiging telt er ${employeeCount} (BR-11)`,
      `${training.name} needs at least ${minimum} employees in the establishment; this one has ${employeeCount} (BR-11)`,
      'BR-11',
    );
  }
}

function submitterTypeOf(user: User): SubmitterType {
  switch (user.role) {
    case Role.CompanyUser:
      return SubmitterType.COMPANY;
    case Role.SchoolUser:
      return SubmitterType.TRAINING_INSTITUTION;
    case Role.PartnershipStaff:
      return SubmitterType.SECTORAL_PARTNERSHIP;
    case Role.AgencyStaff:
      return SubmitterType.WORKPLACE_COACH;
    default:
      throw forbidden('Je mag geen erkenningsaanvraag indienen', 'You may not submit a recognition application');
  }
}

/** The request's RecognitionApplicationService (one per request: its DataLoaders cache for that request only). */
export function recognitionApplicationServiceOf(ctx: DualLearningContext): RecognitionApplicationService {
  return ctx.scoped(RecognitionApplicationService, () => new RecognitionApplicationService(ctx));
}
