import { badUserInput, checkStep, domainError, ErrorCode, forbidden, loaderById, notFound, paginate, requireUser, Role, type PageInput, type User, checkExpectedVersion, assertChanged } from '@werkplek/subgraph-kit';
import type { DualLearningContext } from '../context.js';
import type { Agreement as AgreementRow, Prisma } from '../generated/prisma/client.js';
import type { TerminationReason } from '../generated/prisma/enums.js';
import { daysBetween, schoolYearBounds, schoolYearLabel, schoolYearOf, startOfDay } from '../shared/calendar.js';
import { recordStatusChange } from '../shared/history.js';
import { canActForPartnership } from '../shared/access.js';
import { agreementWorkflow } from './agreement.workflow.js';
import { AgreementSort, type AgreementFilter, type EndAgreementSuspensionInput, type RegisterAgreementInput } from './agreement.types.js';
import { allowedAgreementSteps } from './allowed-steps.js';
import { partnershipServiceOf } from '../partnership/partnership.service.js';
import { establishmentCap, parseEstablishmentCapRule } from '../partnership/establishment-cap-rule.js';
import { isDualByWorkplaceHours, suspendedOver60Days } from './agreement-rules.js';

const AGREEMENT = { nl: 'Overeenkomst', en: 'Agreement' };
const WORKPLACE = { nl: 'Werkplek', en: 'Workplace' };
const ENTITY = 'Agreement';

const orderOf: Record<AgreementSort, Prisma.AgreementOrderByWithRelationInput[]> = {
  START_DATE_ASC: [{ startDate: 'asc' }, { id: 'asc' }],
  START_DATE_DESC: [{ startDate: 'desc' }, { id: 'asc' }],
  NUMBER_ASC: [{ number: 'asc' }, { id: 'asc' }],
};

/** "2017-2018" from a start date (BR-33: 1 July – 30 June). */
export function agreementSchoolYear(startDate: Date): string {
  return schoolYearLabel(schoolYearOf(startDate));
}

export class AgreementService {
  readonly byId;
  readonly workplaceById;
  readonly trainingById;
  readonly learnerById;
  readonly mentorById;
  /** The partnership a recognition was routed to, by recognition id (batched for allowedSteps over a list). */
  readonly recognitionPartnershipById;
  private readonly prisma;

  constructor(private readonly ctx: DualLearningContext) {
    const prisma = (this.prisma = ctx.prisma);
    this.byId = loaderById((ids) => prisma.agreement.findMany({ where: { id: { in: [...ids] } } }));
    this.workplaceById = loaderById((ids) => prisma.workplace.findMany({ where: { id: { in: [...ids] } } }));
    this.trainingById = loaderById((ids) => prisma.training.findMany({ where: { id: { in: [...ids] } } }));
    this.learnerById = loaderById((ids) => prisma.learner.findMany({ where: { id: { in: [...ids] } } }));
    this.mentorById = loaderById((ids) => prisma.mentor.findMany({ where: { id: { in: [...ids] } } }));
    this.recognitionPartnershipById = loaderById((ids) =>
      prisma.recognition.findMany({ where: { id: { in: [...ids] } }, select: { id: true, partnershipId: true } }),
    );
  }

  private get user(): User {
    return requireUser(this.ctx);
  }

  /** The partnership named on a workplace (free label), by name: only for TRANSITIONAL agreements (no recognition). */
  private async partnershipOfWorkplace(workplace: { sectoralPartnership: string }) {
    return this.prisma.partnership.findUnique({ where: { name: workplace.sectoralPartnership } });
  }

  /**
   * The id of the partnership whose staff act on this agreement: the partnership the recognition was routed to
   * (BR-06, `recognition.partnershipId`); only a TRANSITIONAL agreement (no recognition) falls back to the workplace's
   * label.
   */
  private async partnershipIdOf(agreement: AgreementRow): Promise<string | null> {
    if (agreement.recognitionId) {
      return (await this.recognitionPartnershipById.load(agreement.recognitionId))?.partnershipId ?? null;
    }
    const workplace = await this.workplaceById.load(agreement.workplaceId);
    return workplace ? ((await partnershipServiceOf(this.ctx).byWorkplaceName(workplace.sectoralPartnership))?.id ?? null) : null;
  }

  /**
   * The steps the caller may take on the agreement now (Agreement.allowedSteps): the workflow table, assertMayChange
   * (own company; the partnership's staff only for early termination) and the state checks of the steps (the planned
   * end reached for `end`; suspended or not). Loaders only, so a list costs a query per kind, not per row.
   */
  async allowedSteps(agreement: AgreementRow) {
    const user = this.user;
    const workplace = await this.workplaceById.load(agreement.workplaceId);
    const ownCompany = user.role === Role.CompanyUser && !!workplace?.companyId && workplace.companyId === user.companyId;
    let ownPartnership = false;
    if (user.role === Role.PartnershipStaff) {
      const partnershipId = await this.partnershipIdOf(agreement);
      ownPartnership = partnershipId !== null && canActForPartnership(user, partnershipId);
    }
    return allowedAgreementSteps(agreement, user, { ownCompany, ownPartnership }, startOfDay(this.ctx.now()));
  }

  /** May the caller read this agreement? (Service-level ownership after @Authorized.) */
  private async assertMayRead(agreement: AgreementRow) {
    const user = this.user;
    if (user.role === Role.AgencyStaff || user.role === Role.Inspector) return;
    const workplace = await this.workplaceById.load(agreement.workplaceId);
    if (user.role === Role.CompanyUser && workplace?.companyId && workplace.companyId === user.companyId) return;
    if (user.role === Role.PartnershipStaff) {
      const partnershipId = await this.partnershipIdOf(agreement);
      if (partnershipId && partnershipId === user.partnershipId) return;
    }
    throw forbidden('Deze overeenkomst hoort niet bij jouw onderneming of partnerschap', 'This agreement is not yours to see');
  }

  /** May the caller change this agreement (its company, its partnership's staff for early termination, the agency)? */
  /** Who may change the agreement, then whether the caller saw its current version. */
  private async assertMayChange(agreement: AgreementRow, allowPartnership: boolean) {
    if (!(await this.mayChange(agreement, allowPartnership))) {
      throw forbidden('Deze overeenkomst hoort niet bij jouw onderneming of partnerschap', 'This agreement is not yours to change');
    }
    checkExpectedVersion(this.ctx, agreement, AGREEMENT);
  }

  private async mayChange(agreement: AgreementRow, allowPartnership: boolean): Promise<boolean> {
    const user = this.user;
    if (user.role === Role.AgencyStaff) return true;
    const workplace = await this.workplaceById.load(agreement.workplaceId);
    if (user.role === Role.CompanyUser && workplace?.companyId && workplace.companyId === user.companyId) return true;
    if (allowPartnership && user.role === Role.PartnershipStaff) {
      const partnershipId = await this.partnershipIdOf(agreement);
      if (partnershipId && canActForPartnership(user, partnershipId)) return true;
    }
    return false;
  }

  async get(id: string) {
    const agreement = await this.byId.load(id);
    if (!agreement) throw notFound(AGREEMENT, id);
    await this.assertMayRead(agreement);
    return agreement;
  }

  async list(filter: AgreementFilter | undefined, sort: AgreementSort | undefined, page: PageInput | undefined) {
    const user = this.user;
    const where: Prisma.AgreementWhereInput = {};
    const workplace: Prisma.WorkplaceWhereInput = {};
    let partnershipId = filter?.partnershipId ?? null;
    if (user.role === Role.PartnershipStaff) {
      if (partnershipId && partnershipId !== user.partnershipId) {
        throw forbidden('Je ziet enkel de overeenkomsten van je eigen partnerschap', "You only see your own partnership's agreements");
      }
      partnershipId = user.partnershipId ?? '00000000-0000-0000-0000-000000000000';
    }
    if (user.role === Role.CompanyUser) workplace.companyId = user.companyId ?? '00000000-0000-0000-0000-000000000000';
    if (partnershipId) {
      // The routed partnership (the recognition's); the workplace's label only for TRANSITIONAL agreements.
      const partnership = await this.prisma.partnership.findUnique({ where: { id: partnershipId } });
      where.OR = [
        { recognition: { partnershipId } },
        { recognitionId: null, workplace: { sectoralPartnership: partnership?.name ?? '(onbekend partnerschap)' } },
      ];
    }
    if (Object.keys(workplace).length > 0) where.workplace = workplace;
    if (filter?.workplaceId) where.workplaceId = filter.workplaceId;
    if (filter?.type) where.type = filter.type;
    if (filter?.status) where.status = filter.status;
    const startDate: Prisma.DateTimeFilter = {};
    if (filter?.schoolYear) {
      const [from, to] = filter.schoolYear.split('-').map(Number) as [number, number];
      if (to !== from + 1) throw badUserInput('Ongeldig schooljaar, bv. 2017-2018', 'Invalid school year, e.g. 2017-2018', { field: 'schoolYear' });
      const bounds = schoolYearBounds(from);
      startDate.gte = bounds.from;
      startDate.lte = bounds.to;
    }
    if (filter?.startFrom) startDate.gte = startDate.gte && startDate.gte > filter.startFrom ? startDate.gte : filter.startFrom;
    if (filter?.startTo) startDate.lte = startDate.lte && startDate.lte < filter.startTo ? startDate.lte : filter.startTo;
    if (Object.keys(startDate).length > 0) where.startDate = startDate;
    const orderBy = orderOf[sort ?? AgreementSort.START_DATE_ASC];
    return paginate(
      page,
      (args) => this.prisma.agreement.findMany({ where, orderBy, ...args }),
      () => this.prisma.agreement.count({ where }),
    );
  }

  /** BR-30 … BR-33, BR-36 and the caps of §4.2: registers a running agreement. */
  async register(input: RegisterAgreementInput) {
    const user = this.user;
    const workplace = await this.workplaceById.load(input.workplaceId);
    if (!workplace) throw notFound(WORKPLACE, input.workplaceId);
    if (user.role === Role.CompanyUser && (!workplace.companyId || workplace.companyId !== user.companyId)) {
      throw forbidden('Je registreert enkel overeenkomsten van je eigen onderneming', "You only register your own company's agreements");
    }
    if (!agreementWorkflow.steps.register.roles.includes(user.role)) {
      throw forbidden('Je mag geen overeenkomst registreren', 'You may not register an agreement');
    }
    const startDate = startOfDay(input.startDate);
    const plannedEndDate = startOfDay(input.plannedEndDate);
    if (plannedEndDate.getTime() <= startDate.getTime()) {
      throw badUserInput('De voorziene einddatum moet na de startdatum liggen', 'The planned end date must be after the start date', {
        field: 'plannedEndDate',
      });
    }
    const dual = input.weeklyWorkplaceHours === null || input.weeklyWorkplaceHours === undefined
      ? true
      : isDualByWorkplaceHours(input.weeklyWorkplaceHours);
    if (!input.learnerId && !input.learner) {
      throw badUserInput('Geef een leerling op (learnerId of learner)', 'Give a learner (learnerId or learner)', { field: 'learner' });
    }
    const training = await this.trainingById.load(input.trainingId);
    if (!training) throw notFound({ nl: 'Opleiding', en: 'Training' }, input.trainingId);
    if (input.learnerId && !(await this.learnerById.load(input.learnerId))) {
      throw notFound({ nl: 'Leerling', en: 'Learner' }, input.learnerId);
    }
    if (input.mentorId) {
      const mentor = await this.mentorById.load(input.mentorId);
      if (!mentor) throw notFound({ nl: 'Mentor', en: 'Mentor' }, input.mentorId);
      if (mentor.workplaceId !== workplace.id) {
        throw badUserInput('De mentor werkt niet in deze vestiging', 'The mentor does not work at this establishment', { field: 'mentorId' });
      }
    } else if (input.type !== 'TRANSITIONAL') {
      throw badUserInput('Een overeenkomst vraagt een mentor', 'An agreement needs a mentor', { field: 'mentorId' });
    }

    // BR-31: since the end of the transitional measure, a recognition of the establishment for this training, active
    // and valid at the start date. §2.3: a recognition is of an establishment for a training with its mentors, so the
    // agreement's mentor must be one of them (not for TRANSITIONAL).
    let recognition: { id: string; partnershipId: string } | null = null;
    if (input.type !== 'TRANSITIONAL') {
      const valid = await this.prisma.recognition.findMany({
        where: {
          workplaceId: workplace.id,
          trainingId: training.id,
          status: 'ACTIVE',
          validFrom: { lte: startDate },
          validUntil: { gte: startDate },
        },
        orderBy: [{ validFrom: 'desc' }, { id: 'asc' }],
        select: { id: true, partnershipId: true, mentors: { where: { mentorId: input.mentorId! }, select: { mentorId: true } } },
      });
      if (valid.length === 0) {
        throw domainError(
          ErrorCode.BadUserInput,
          `De vestiging heeft op ${startDate.toISOString().slice(0, 10)} geen geldige erkenning voor de opleiding '${training.name}'`,
          `The establishment has no valid recognition for this training on the start date`,
          { rule: 'BR-31', field: 'startDate' },
        );
      }
      const withMentor = valid.find((candidate) => candidate.mentors.length > 0);
      if (!withMentor) {
        const mentor = await this.mentorById.load(input.mentorId!);
        throw domainError(
          ErrorCode.BadUserInput,
          `De mentor '${mentor?.name ?? input.mentorId}' hoort niet bij de erkenning van deze vestiging voor de opleiding '${training.name}': ` +
            'een overeenkomst (behalve een overgangsmaatregel) vraagt een mentor van de erkenning',
          "The mentor is not one of the mentors of the establishment's recognition for this training: " +
            'an agreement (except a transitional one) needs a mentor of the recognition',
          { rule: 'RECOGNITION_MENTOR', field: 'mentorId' },
        );
      }
      recognition = { id: withMentor.id, partnershipId: withMentor.partnershipId };
    }

    const partnership = recognition
      ? await this.prisma.partnership.findUnique({ where: { id: recognition.partnershipId } })
      : await this.partnershipOfWorkplace(workplace);
    // §4.2: learners per mentor (per training when the partnership fixes it so, e.g. Transport), and per establishment
    // from the partnership's rule and the establishment's headcount. The settings are read here; the counts below.
    let perMentor: number | null = null;
    let perEstablishment: number | null = null;
    if (partnership) {
      if (input.mentorId) {
        const trainingCap = await this.prisma.partnershipTrainingCap.findUnique({
          where: { partnershipId_trainingId: { partnershipId: partnership.id, trainingId: training.id } },
        });
        perMentor = trainingCap?.learnersPerMentor ?? partnership.learnersPerMentor;
      }
      perEstablishment = this.establishmentCapOf(partnership, workplace.employeeCount);
    }
    const overlapping: Prisma.AgreementWhereInput = {
      status: 'RUNNING',
      startDate: { lte: plannedEndDate },
      plannedEndDate: { gte: startDate },
    };

    // The caps are counted and the agreement inserted as one unit, serialized per workplace: a transaction-scoped
    // advisory lock on the workplace id, so two simultaneous registrations cannot both take the last place. The
    // mentor works at this workplace (checked above), so the lock also covers the per-mentor count.
    return this.prisma.$transaction(async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${workplace.id}::text))`;
      if (partnership && perMentor !== null && input.mentorId) {
        const running = await tx.agreement.count({ where: { ...overlapping, mentorId: input.mentorId } });
        if (running >= perMentor) {
          throw domainError(
            ErrorCode.BadUserInput,
            `Maximum ${perMentor} leerling(en) per mentor bereikt (${partnership.name}): deze mentor begeleidt in die periode al ${running} leerling(en)`,
            `Cap of ${perMentor} learner(s) per mentor reached`,
            { rule: 'LEARNERS_PER_MENTOR', cap: perMentor, field: 'mentorId' },
          );
        }
      }
      if (partnership && perEstablishment !== null) {
        const running = await tx.agreement.count({ where: { ...overlapping, workplaceId: workplace.id } });
        if (running >= perEstablishment) {
          throw domainError(
            ErrorCode.BadUserInput,
            `Maximum ${perEstablishment} leerling(en) voor deze vestiging met ${workplace.employeeCount} werknemers bereikt (${partnership.name})`,
            `Cap of ${perEstablishment} learner(s) for this establishment reached`,
            { rule: 'LEARNERS_PER_ESTABLISHMENT', cap: perEstablishment, field: 'workplaceId' },
          );
        }
      }
      const learnerId =
        input.learnerId ??
        (
          await tx.learner.create({
            data: {
              name: input.learner!.name.trim(),
              trainingProvider: input.learner!.trainingProvider.trim(),
              studyDirection: input.learner!.studyDirection?.trim() ?? null,
              birthDate: input.learner!.birthDate ?? null,
            },
          })
        ).id;
      const agreement = await tx.agreement.create({
        data: {
          type: input.type,
          workplaceId: workplace.id,
          recognitionId: recognition?.id ?? null,
          trainingId: training.id,
          learnerId,
          mentorId: input.mentorId ?? null,
          dual,
          startDate,
          plannedEndDate,
          registeredById: user.id,
          registeredAt: this.ctx.now(),
        },
      });
      await recordStatusChange(tx, {
        entityType: ENTITY,
        entityId: agreement.id,
        step: 'register',
        from: null,
        to: 'RUNNING',
        actor: user,
        at: this.ctx.now(),
      });
      return agreement;
    });
  }

  /** Tabel 21 per establishment; null when the partnership sets no rule or the headcount is unknown. */
  private establishmentCapOf(partnership: { name: string; establishmentCapRule: unknown }, headcount: number | null) {
    if (headcount === null) return null;
    try {
      return establishmentCap(parseEstablishmentCapRule(partnership.establishmentCapRule), headcount);
    } catch {
      throw domainError(
        ErrorCode.Conflict,
        `De regel voor het maximum aantal leerlingen per vestiging van ${partnership.name} is ongeldig`,
        "The partnership's per-establishment cap rule is invalid",
      );
    }
  }

  private async load(id: string) {
    const agreement = await this.prisma.agreement.findUnique({ where: { id } });
    if (!agreement) throw notFound(AGREEMENT, id);
    return agreement;
  }

  /** Planned end date reached → Afgelopen. */
  async end(id: string) {
    const user = this.user;
    const agreement = await this.load(id);
    await this.assertMayChange(agreement, false);
    const { from, to } = checkStep(agreementWorkflow, 'end', agreement.status, user);
    const today = startOfDay(this.ctx.now());
    if (today.getTime() < agreement.plannedEndDate.getTime()) {
      throw domainError(
        ErrorCode.InvalidStateTransition,
        `De voorziene einddatum (${agreement.plannedEndDate.toISOString().slice(0, 10)}) is nog niet bereikt: beëindig vroegtijdig met een reden`,
        'The planned end date has not been reached: terminate early with a reason',
        { currentState: agreement.status, step: 'end' },
      );
    }
    return this.transition(agreement, 'end', from, to, { actualEndDate: agreement.plannedEndDate, suspendedFrom: null });
  }

  /** BR-34 (one of the 13 reasons), BR-32 (suspension over 60 days) → Vroegtijdig beëindigd. */
  async terminateEarly(id: string, reason: TerminationReason, endDate: Date) {
    const user = this.user;
    const agreement = await this.load(id);
    await this.assertMayChange(agreement, true);
    const { from, to } = checkStep(agreementWorkflow, 'terminateEarly', agreement.status, user);
    const end = startOfDay(endDate);
    if (end.getTime() < agreement.startDate.getTime() || end.getTime() >= agreement.plannedEndDate.getTime()) {
      throw badUserInput(
        'De einddatum moet tussen de startdatum en de voorziene einddatum liggen',
        'The end date must lie between the start date and the planned end date',
        { field: 'endDate' },
      );
    }
    if (reason === 'SUSPENDED_OVER_60_DAYS' && !suspendedOver60Days(agreement.suspendedFrom, end)) {
      const days = agreement.suspendedFrom ? daysBetween(agreement.suspendedFrom, end) : 0;
      throw badUserInput(
        `Reden 'langer dan 60 dagen geschorst' kan pas na meer dan 60 dagen schorsing (nu ${days} dagen)`,
        `Reason SUSPENDED_OVER_60_DAYS needs a suspension of more than 60 days (now ${days})`,
        { field: 'reason', rule: 'BR-32' },
      );
    }
    return this.transition(agreement, 'terminateEarly', from, to, { actualEndDate: end, terminationReason: reason }, reason);
  }

  /** Schorsing: the agreement keeps running; the date counts for BR-32. */
  async suspend(id: string, fromDate: Date) {
    const user = this.user;
    const agreement = await this.load(id);
    await this.assertMayChange(agreement, false);
    const { from, to } = checkStep(agreementWorkflow, 'suspend', agreement.status, user);
    if (agreement.suspendedFrom) {
      throw domainError(
        ErrorCode.InvalidStateTransition,
        `Kan niet schorsen: de overeenkomst is al geschorst sinds ${agreement.suspendedFrom.toISOString().slice(0, 10)}`,
        'Cannot suspend: the agreement is already suspended',
        { currentState: 'SUSPENDED', step: 'suspend' },
      );
    }
    const start = startOfDay(fromDate);
    if (start.getTime() < agreement.startDate.getTime() || start.getTime() > agreement.plannedEndDate.getTime()) {
      throw badUserInput('De schorsing moet binnen de looptijd vallen', 'The suspension must fall within the term', { field: 'from' });
    }
    // Guarded on `suspendedFrom: null`: of two simultaneous suspensions only one is written (no lost update).
    return this.transition(agreement, 'suspend', from, to, { suspendedFrom: start }, `geschorst vanaf ${start.toISOString().slice(0, 10)}`, {
      suspendedFrom: null,
    });
  }

  /**
   * Ends a suspension: the agreement keeps running from `resumedOn`. BR-32: a suspension of more than 60 days may end
   * the agreement (terminateAgreementEarly with SUSPENDED_OVER_60_DAYS, while still suspended); when the parties resume
   * instead, the history records that the 60 days were passed.
   */
  async endSuspension(input: EndAgreementSuspensionInput) {
    const user = this.user;
    const agreement = await this.load(input.agreementId);
    await this.assertMayChange(agreement, false);
    const { from, to } = checkStep(agreementWorkflow, 'endSuspension', agreement.status, user);
    const suspendedFrom = agreement.suspendedFrom;
    if (!suspendedFrom) {
      throw domainError(
        ErrorCode.InvalidStateTransition,
        'Kan de schorsing niet beëindigen: de overeenkomst is niet geschorst',
        'Cannot end the suspension: the agreement is not suspended',
        { currentState: agreement.status, step: 'endSuspension' },
      );
    }
    const resumed = startOfDay(input.resumedOn);
    const iso = (day: Date) => day.toISOString().slice(0, 10);
    if (resumed.getTime() < suspendedFrom.getTime()) {
      throw badUserInput(
        `De hervatting ligt voor het begin van de schorsing (${iso(suspendedFrom)})`,
        'The resumption lies before the start of the suspension',
        { field: 'resumedOn' },
      );
    }
    if (resumed.getTime() > startOfDay(this.ctx.now()).getTime()) {
      throw badUserInput('De hervatting ligt in de toekomst', 'The resumption lies in the future', { field: 'resumedOn' });
    }
    if (resumed.getTime() > agreement.plannedEndDate.getTime()) {
      throw badUserInput(
        `De hervatting ligt na de voorziene einddatum (${iso(agreement.plannedEndDate)}): sluit de overeenkomst af of beëindig ze vroegtijdig`,
        'The resumption lies after the planned end date: end the agreement or terminate it early',
        { field: 'resumedOn' },
      );
    }
    const days = daysBetween(suspendedFrom, resumed);
    const note =
      `schorsing sinds ${iso(suspendedFrom)} beëindigd, hervat op ${iso(resumed)} (${days} dagen)` +
      (suspendedOver60Days(suspendedFrom, resumed) ? '; langer dan 60 dagen geschorst (BR-32), toch voortgezet' : '');
    // Guarded on the suspension read: a concurrent end or termination makes this write nothing (CONFLICT).
    return this.transition(agreement, 'endSuspension', from, to, { suspendedFrom: null }, note, { suspendedFrom });
  }

  private transition(
    agreement: AgreementRow,
    step: string,
    from: string,
    to: AgreementRow['status'],
    data: Prisma.AgreementUpdateManyMutationInput,
    note?: string,
    guard: Prisma.AgreementWhereInput = {},
  ) {
    return this.prisma.$transaction(async (tx) => {
      // The state and version read before must still hold when writing; otherwise another request changed it in between.
      const changed = await tx.agreement.updateMany({
        where: { ...guard, id: agreement.id, status: agreement.status, version: agreement.version },
        data: { ...data, status: to },
      });
      assertChanged(changed, AGREEMENT);
      const updated = await tx.agreement.findUniqueOrThrow({ where: { id: agreement.id } });
      await recordStatusChange(tx, { entityType: ENTITY, entityId: agreement.id, step, from, to, actor: this.user, note, at: this.ctx.now() });
      return updated;
    });
  }
}

/** The request's AgreementService. */
export function agreementServiceOf(ctx: DualLearningContext): AgreementService {
  return ctx.scoped(AgreementService, () => new AgreementService(ctx));
}
