import { badUserInput, checkStep, domainError, ErrorCode, forbidden, historyLoader, historyOrder, loaderByGroup, loaderById, notFound, paginate, recordStatusChange, requireUser, Role, startOfDay, type PageInput, type User, checkExpectedVersion, unlessChangedMeanwhile } from '@werkplek/subgraph-kit';
import type { TrainingContext } from '../context.js';
import { Prisma } from '../generated/prisma/client.js';
import type { EnrolmentResult, TrackComponent } from '../generated/prisma/enums.js';
import { assertActsForCentre, canReadCentre } from '../shared/access.js';
import { learnersEnrolledOnSql, referenceDateOf } from '../shared/enrolment-counting.js';
import {
  EnrolmentReferenceDate,
  EnrolmentSort,
  type EnrolInput,
  type EnrolmentFilter,
  type RecordFinalExamInput,
  type RecordSelfEmploymentInput,
  type RegisterTrainingLearnerInput,
} from './learner.types.js';
import { enrolmentWorkflow, type EnrolmentStep } from './learner.workflow.js';

const LEARNER = { nl: 'Cursist', en: 'Learner' };
const ENROLMENT = { nl: 'Inschrijving', en: 'Enrolment' };
const ENTITY = 'Enrolment';
const NO_CENTRE = '00000000-0000-0000-0000-000000000000';


const iso = (date: Date) => date.toISOString().slice(0, 10);

/** Learners, enrolments (§2.4), final exams and self-employment periods (§2.8). */
export class LearnerService {
  readonly learnerById;
  readonly enrolmentById;
  readonly enrolmentsOfLearner;
  readonly historyOf;
  readonly finalExamsOf;
  readonly selfEmploymentOf;

  constructor(private readonly ctx: TrainingContext) {
    const prisma = ctx.prisma;
    this.learnerById = loaderById((ids) => prisma.learner.findMany({ where: { id: { in: [...ids] } } }));
    this.enrolmentById = loaderById((ids) => prisma.enrolment.findMany({ where: { id: { in: [...ids] } } }));
    this.enrolmentsOfLearner = loaderByGroup(
      (ids) => prisma.enrolment.findMany({ where: { learnerId: { in: [...ids] } }, orderBy: [{ enrolledOn: 'asc' }, { id: 'asc' }] }),
      (row) => row.learnerId,
    );
    this.historyOf = historyLoader((query) => prisma.statusChange.findMany(query), ENTITY);
    this.finalExamsOf = loaderByGroup(
      (ids) => prisma.finalExam.findMany({ where: { learnerId: { in: [...ids] } }, orderBy: [{ passedOn: 'asc' }, { id: 'asc' }] }),
      (row) => row.learnerId,
    );
    this.selfEmploymentOf = loaderByGroup(
      (ids) => prisma.selfEmploymentPeriod.findMany({ where: { learnerId: { in: [...ids] } }, orderBy: [{ startsOn: 'asc' }, { id: 'asc' }] }),
      (row) => row.learnerId,
    );
  }

  private get user(): User {
    return requireUser(this.ctx);
  }

  private today(): Date {
    return startOfDay(this.ctx.now());
  }

  /** Agency staff and inspectors read every learner; a centre user those enrolled at their centre. */
  async learner(id: string) {
    const user = this.user;
    const learner = await this.learnerById.load(id);
    if (!learner) throw notFound(LEARNER, id);
    if (user.role === Role.CentreUser) {
      const enrolments = await this.enrolmentsOfLearner.load(id);
      if (!enrolments.some((e) => e.centreId === user.centreId)) throw notFound(LEARNER, id);
    }
    return learner;
  }

  /** The enrolments of a learner the caller may see (a centre user: those of their own centre). */
  async visibleEnrolmentsOf(learnerId: string) {
    const user = this.user;
    const rows = await this.enrolmentsOfLearner.load(learnerId);
    return rows.filter((row) => canReadCentre(user, row.centreId));
  }

  /**
   * Learners by (part of their) name, for the enrolment form: agency staff all, a centre user only learners with an
   * enrolment at their own centre (the same privacy rule as `learner`). A learner of another centre stays unknown to
   * them, so a centre registers such a learner anew.
   */
  searchLearners(search: string | undefined, page: PageInput | undefined) {
    const user = this.user;
    const term = (search ?? '').trim();
    if (term.length > 120) throw badUserInput('zoekterm: hoogstens 120 tekens', 'search: at most 120 characters', { field: 'search' });
    const and: Prisma.LearnerWhereInput[] = [];
    if (user.role !== Role.AgencyStaff) and.push({ enrolments: { some: { centreId: user.centreId ?? NO_CENTRE } } });
    if (term) and.push({ name: { contains: term, mode: 'insensitive' } });
    const where: Prisma.LearnerWhereInput = { AND: and };
    return paginate(
      page,
      (args) => this.ctx.prisma.learner.findMany({ where, orderBy: [{ name: 'asc' }, { id: 'asc' }], ...args }),
      () => this.ctx.prisma.learner.count({ where }),
    );
  }

  registerLearner(input: RegisterTrainingLearnerInput) {
    if (input.birthDate && input.birthDate > this.today()) {
      throw badUserInput('De geboortedatum ligt in de toekomst', 'The birth date lies in the future', { field: 'birthDate' });
    }
    return this.ctx.prisma.learner.create({ data: { name: input.name.trim(), birthDate: input.birthDate ?? null } });
  }

  async enrolment(id: string) {
    const row = await this.enrolmentById.load(id);
    if (!row || !canReadCentre(this.user, row.centreId)) throw notFound(ENROLMENT, id);
    return row;
  }

  /** A centre user for their own centre (the track's centre) or agency staff; the course year runs 1 July – 30 June. */
  async enrol(input: EnrolInput) {
    const user = this.user;
    const track = await this.ctx.prisma.track.findUnique({ where: { id: input.trackId } });
    if (!track) throw badUserInput(`Traject ${input.trackId} bestaat niet`, `Track ${input.trackId} does not exist`, { field: 'trackId' });
    if (!track.centreId) {
      throw badUserInput(
        'Een toegewezen traject hoort niet bij een centrum: geen inschrijving hier',
        'An assigned track belongs to no centre: no enrolment here',
        { field: 'trackId' },
      );
    }
    assertActsForCentre(user, track.centreId);
    if (!(await this.learnerById.load(input.learnerId))) {
      throw badUserInput(`Cursist ${input.learnerId} bestaat niet`, `Learner ${input.learnerId} does not exist`, { field: 'learnerId' });
    }
    const component = input.component;
    if (!track.components.includes(component)) {
      throw badUserInput(`Het traject heeft geen onderdeel ${component}`, `The track has no component ${component}`, { field: 'component' });
    }
    const enrolledOn = startOfDay(input.enrolledOn);
    const lastDay = new Date(Date.UTC(input.courseYear + 1, 5, 30));
    const firstDay = new Date(Date.UTC(input.courseYear, 0, 1));
    if (enrolledOn > lastDay || enrolledOn < firstDay) {
      throw badUserInput(
        `De inschrijvingsdatum valt buiten cursusjaar ${input.courseYear}-${input.courseYear + 1} (1 januari ${input.courseYear} – 30 juni ${input.courseYear + 1})`,
        `The enrolment date lies outside course year ${input.courseYear}-${input.courseYear + 1}`,
        { field: 'enrolledOn' },
      );
    }
    if (input.courseId) {
      const course = await this.ctx.prisma.course.findUnique({ where: { id: input.courseId }, include: { module: true } });
      if (!course || course.module.trackId !== track.id || course.courseYear !== input.courseYear) {
        throw badUserInput(
          'De cursus hoort niet bij dit traject en cursusjaar',
          'The course does not belong to this track and course year',
          { field: 'courseId' },
        );
      }
    }
    // The duplicate check and the insert are one unit, serialized per learner, track, component and course year:
    // a transaction-scoped advisory lock, so two simultaneous enrolments cannot both pass the check.
    const key = `enrolment:${input.learnerId}:${track.id}:${component}:${input.courseYear}`;
    return this.ctx.prisma.$transaction(async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${key}::text))`;
      const duplicate = await tx.enrolment.findFirst({
        where: { learnerId: input.learnerId, trackId: track.id, component, courseYear: input.courseYear, status: { not: 'WITHDRAWN' } },
      });
      if (duplicate) {
        throw domainError(
          ErrorCode.Conflict,
          'De cursist is al ingeschreven in dit onderdeel voor dit cursusjaar',
          'The learner is already enrolled in this component for this course year',
          { enrolmentId: duplicate.id },
        );
      }
      const enrolment = await tx.enrolment.create({
        data: {
          learnerId: input.learnerId,
          trackId: track.id,
          courseId: input.courseId ?? null,
          centreId: track.centreId!,
          component,
          courseYear: input.courseYear,
          enrolledOn,
        },
      });
      await recordStatusChange(tx, {
        entityType: ENTITY,
        entityId: enrolment.id,
        step: 'enrol',
        from: null,
        to: enrolment.status,
        actor: user,
        note: `Ingeschreven op ${iso(enrolledOn)}`,
        at: this.ctx.now(),
      });
      return enrolment;
    });
  }

  private async step(id: string, step: EnrolmentStep, data: Prisma.EnrolmentUpdateInput, note: string) {
    const user = this.user;
    const row = await this.enrolment(id);
    assertActsForCentre(user, row.centreId);
    checkExpectedVersion(this.ctx, row, ENROLMENT);
    const { from, to } = checkStep(enrolmentWorkflow, step, row.status, user);
    return this.ctx.prisma.$transaction(async (tx) => {
      const updated = await unlessChangedMeanwhile(ENROLMENT, () =>
        tx.enrolment.update({ where: { id, status: from, version: row.version }, data: { ...data, status: to } }),
      );
      await recordStatusChange(tx, { entityType: ENTITY, entityId: id, step, from, to, actor: user, note, at: this.ctx.now() });
      this.enrolmentById.clear(id).prime(id, updated);
      this.historyOf.clear(id);
      return updated;
    });
  }

  /** Withdrawal (uitschrijving) on a date between the enrolment and today: from then on it no longer counts (§2.4). */
  async withdraw(id: string, on: Date) {
    const row = await this.enrolment(id);
    const leftOn = startOfDay(on);
    if (leftOn < row.enrolledOn) {
      throw badUserInput('Uitschrijving vóór de inschrijvingsdatum', 'Withdrawal before the enrolment date', { field: 'on' });
    }
    if (leftOn > this.today()) {
      throw badUserInput('De uitschrijvingsdatum ligt in de toekomst', 'The withdrawal date lies in the future', { field: 'on' });
    }
    return this.step(id, 'withdraw', { leftOn }, `Uitgeschreven op ${iso(leftOn)}`);
  }

  recordResult(id: string, result: EnrolmentResult) {
    return this.step(id, 'recordResult', { result }, result === 'PASSED' ? 'Geslaagd' : 'Niet geslaagd');
  }

  /** §2.4: learners counted in SQL on 1 October, 1 February or 1 June of the course year. A centre user counts their own centre. */
  async count(centreId: string | undefined, courseYear: number, reference: EnrolmentReferenceDate, component: TrackComponent | undefined) {
    const user = this.user;
    let centre = centreId;
    if (user.role === Role.CentreUser) {
      centre ??= user.centreId ?? NO_CENTRE;
      if (centre !== user.centreId) throw forbidden('Dit hoort bij een ander opleidingscentrum', 'This belongs to another training centre');
    }
    const date = referenceDateOf(courseYear, reference).toISOString().slice(0, 10);
    const [row] = await this.ctx.prisma.$queryRaw<{ count: number }[]>`
      SELECT ${learnersEnrolledOnSql(date)} AS "count"
      FROM "enrolment" e
      WHERE e."courseYear" = ${courseYear}
        ${centre ? Prisma.sql`AND e."centreId" = ${centre}::uuid` : Prisma.empty}
        ${component ? Prisma.sql`AND e."component" = ${component}::"TrackComponent"` : Prisma.empty}`;
    return row?.count ?? 0;
  }

  list(filter: EnrolmentFilter | undefined, sort: EnrolmentSort, page: PageInput | undefined) {
    const user = this.user;
    const and: Prisma.EnrolmentWhereInput[] = [];
    if (user.role === Role.CentreUser) and.push({ centreId: user.centreId ?? NO_CENTRE });
    if (filter?.centreId) and.push({ centreId: filter.centreId });
    if (filter?.learnerId) and.push({ learnerId: filter.learnerId });
    if (filter?.trackId) and.push({ trackId: filter.trackId });
    if (filter?.courseYear) and.push({ courseYear: filter.courseYear });
    if (filter?.status) and.push({ status: filter.status });
    if (filter?.component) and.push({ component: filter.component });
    const where: Prisma.EnrolmentWhereInput = { AND: and };
    const orderBy: Prisma.EnrolmentOrderByWithRelationInput[] = [
      { enrolledOn: sort === EnrolmentSort.ENROLLED_ON_DESC ? 'desc' : 'asc' },
      { id: 'asc' },
    ];
    return paginate(
      page,
      (args) => this.ctx.prisma.enrolment.findMany({ where, orderBy, ...args }),
      () => this.ctx.prisma.enrolment.count({ where }),
    );
  }

  private async assertLearner(id: string) {
    if (!(await this.learnerById.load(id))) {
      throw badUserInput(`Cursist ${id} bestaat niet`, `Learner ${id} does not exist`, { field: 'learnerId' });
    }
  }

  /** §2.8: a passed final exam (eindproef) starts the outflow cohort of its course year. */
  async recordFinalExam(input: RecordFinalExamInput) {
    await this.assertLearner(input.learnerId);
    if (!(await this.ctx.prisma.track.findUnique({ where: { id: input.trackId } }))) {
      throw badUserInput(`Traject ${input.trackId} bestaat niet`, `Track ${input.trackId} does not exist`, { field: 'trackId' });
    }
    const passedOn = startOfDay(input.passedOn);
    if (passedOn > this.today()) {
      throw badUserInput('De datum van de eindproef ligt in de toekomst', 'The final exam date lies in the future', { field: 'passedOn' });
    }
    const existing = await this.ctx.prisma.finalExam.findFirst({ where: { learnerId: input.learnerId, trackId: input.trackId } });
    if (existing) {
      throw domainError(ErrorCode.Conflict, 'De eindproef van dit traject is al geregistreerd', 'The final exam of this track is already recorded');
    }
    return this.ctx.prisma.finalExam.create({
      data: { learnerId: input.learnerId, trackId: input.trackId, courseYear: input.courseYear, passedOn },
    });
  }

  /** §2.8: a period of self-employed status, recorded in place of the KSZ link; periods of a learner do not overlap. */
  async recordSelfEmployment(input: RecordSelfEmploymentInput) {
    await this.assertLearner(input.learnerId);
    const startsOn = startOfDay(input.startsOn);
    const endsOn = input.endsOn ? startOfDay(input.endsOn) : null;
    if (endsOn && endsOn < startsOn) {
      throw badUserInput('Het einde ligt vóór het begin', 'The end lies before the start', { field: 'endsOn' });
    }
    const overlap = await this.ctx.prisma.selfEmploymentPeriod.findFirst({
      where: {
        learnerId: input.learnerId,
        OR: [{ endsOn: null }, { endsOn: { gte: startsOn } }],
        ...(endsOn ? { startsOn: { lte: endsOn } } : {}),
      },
    });
    if (overlap) {
      throw domainError(
        ErrorCode.Conflict,
        'Deze periode overlapt met een geregistreerde periode als zelfstandige',
        'This period overlaps a recorded self-employment period',
      );
    }
    return this.ctx.prisma.selfEmploymentPeriod.create({ data: { learnerId: input.learnerId, startsOn, endsOn } });
  }
}

export function learnerServiceOf(ctx: TrainingContext): LearnerService {
  return ctx.scoped(LearnerService, () => new LearnerService(ctx));
}
