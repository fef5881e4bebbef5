import { badUserInput, checkStep, forbidden, historyLoader, historyOrder, loaderByGroup, loaderById, notFound, paginate, recordStatusChange, requireUser, Role, startOfDay, type PageInput, type User, checkExpectedVersion, unlessChangedMeanwhile } from '@werkplek/subgraph-kit';
import type { TrainingContext } from '../context.js';
import type { Course as CourseRow, Prisma } from '../generated/prisma/client.js';
import { assertActsForCentre, canReadCentre } from '../shared/access.js';
import type { CourseFilter, CourseSort, RequestCourseInput } from './course.types.js';
import { nullsLast, orderByOf } from '../shared/sort.js';

/** Every column of the courses table, over the whole list (not only the page shown). */
export const courseOrderBy = (sort: CourseSort): Prisma.CourseOrderByWithRelationInput[] =>
  orderByOf(sort, {
    REQUESTED_ON: (direction) => [{ requestedOn: direction }],
    MODULE: (direction) => [{ module: { name: direction } }],
    CENTRE: (direction) => [{ centre: { name: direction } }],
    COURSE_YEAR: (direction) => [{ courseYear: direction }],
    STATUS: (direction) => [{ status: direction }],
    STARTED_ON: (direction) => [{ startedOn: nullsLast(direction) }],
  });
import { courseWorkflow, type CourseStep } from './course.workflow.js';

const COURSE = { nl: 'Cursus', en: 'Course' };
const ENTITY = 'Course';
const NO_CENTRE = '00000000-0000-0000-0000-000000000000';

/** §2.7: a requested course counts as realised when effectively started on or before 15 November of its course year. */
export function realisationDeadlineOf(courseYear: number): Date {
  return new Date(Date.UTC(courseYear, 10, 15));
}

export function isRealised(course: { status: string; startedOn: Date | null; courseYear: number }): boolean {
  return course.status === 'STARTED' && course.startedOn !== null && course.startedOn <= realisationDeadlineOf(course.courseYear);
}

function text(value: string | null | undefined, field: string, min: number, max: number): string {
  const trimmed = (value ?? '').trim();
  if (trimmed.length < min || trimmed.length > max) {
    throw badUserInput(`${field}: ${min} tot ${max} tekens`, `${field}: ${min} to ${max} characters`, { field });
  }
  return trimmed;
}

/** Courses (§6.7): requested by a centre, then started or cancelled; the realisation rate's unit (§2.7). */
export class CourseService {
  readonly byId;
  readonly historyOf;
  readonly moduleById;
  readonly coursesOfCentre;

  constructor(private readonly ctx: TrainingContext) {
    this.byId = loaderById((ids) => ctx.prisma.course.findMany({ where: { id: { in: [...ids] } } }));
    this.historyOf = historyLoader((query) => ctx.prisma.statusChange.findMany(query), ENTITY);
    this.moduleById = loaderById((ids) => ctx.prisma.module.findMany({ where: { id: { in: [...ids] } } }));
    // Keyed "centreId|courseYear" (year empty for all years): one query for every centre asked in the same tick.
    this.coursesOfCentre = loaderByGroup(
      (keys) =>
        ctx.prisma.course
          .findMany({
            where: {
              OR: keys.map((key) => {
                const [centreId, year] = key.split('|');
                return { centreId: centreId!, ...(year ? { courseYear: Number(year) } : {}) };
              }),
            },
            orderBy: [{ requestedOn: 'desc' }, { id: 'asc' }],
          })
          .then((rows) => rows.flatMap((row) => [{ key: `${row.centreId}|`, row }, { key: `${row.centreId}|${row.courseYear}`, row }])),
      (entry) => entry.key,
    );
  }

  /** A centre's courses (optionally of one course year): readers of that centre only. */
  async ofCentre(centreId: string, courseYear: number | undefined): Promise<CourseRow[]> {
    if (!canReadCentre(this.user, centreId)) {
      throw forbidden('Deze cursussen horen bij een ander opleidingscentrum', "These courses belong to another training centre");
    }
    const entries = await this.coursesOfCentre.load(`${centreId}|${courseYear ?? ''}`);
    return entries.map((entry) => entry.row);
  }

  private get user(): User {
    return requireUser(this.ctx);
  }

  private today(): Date {
    return startOfDay(this.ctx.now());
  }

  /** Reads: agency staff and inspectors all, a centre user their own centre's (also through a reference). */
  async readable(id: string): Promise<CourseRow | null> {
    const course = await this.byId.load(id);
    return course && canReadCentre(this.user, course.centreId) ? course : null;
  }

  async get(id: string): Promise<CourseRow> {
    const course = await this.readable(id);
    if (!course) throw notFound(COURSE, id);
    return course;
  }

  async list(filter: CourseFilter | undefined, sort: CourseSort, page: PageInput | undefined) {
    const user = this.user;
    const and: Prisma.CourseWhereInput[] = [];
    if (user.role === Role.CentreUser) and.push({ centreId: user.centreId ?? NO_CENTRE });
    if (filter?.centreId) and.push({ centreId: filter.centreId });
    if (filter?.courseYear != null) and.push({ courseYear: filter.courseYear });
    if (filter?.status) and.push({ status: filter.status });
    if (filter?.realised != null) {
      // Realised: started on or before 15 November of the course's own year (one condition per course year present).
      const years =
        filter.courseYear != null
          ? [filter.courseYear]
          : (await this.ctx.prisma.course.findMany({ distinct: ['courseYear'], select: { courseYear: true } })).map((row) => row.courseYear);
      const realised: Prisma.CourseWhereInput = {
        OR: years.map((year) => ({ courseYear: year, status: 'STARTED' as const, startedOn: { lte: realisationDeadlineOf(year) } })),
      };
      and.push(filter.realised ? realised : { NOT: realised });
    }
    const where: Prisma.CourseWhereInput = { AND: and };
    return paginate(
      page,
      (args) => this.ctx.prisma.course.findMany({ where, orderBy: courseOrderBy(sort), ...args }),
      () => this.ctx.prisma.course.count({ where }),
    );
  }

  /** A centre user for their own centre, or agency staff; the module must be of the centre's offer. */
  async request(input: RequestCourseInput): Promise<CourseRow> {
    const user = this.user;
    assertActsForCentre(user, input.centreId);
    const module = await this.moduleById.load(input.moduleId);
    if (!module) throw badUserInput(`Module ${input.moduleId} bestaat niet`, `Module ${input.moduleId} does not exist`, { field: 'moduleId' });
    const track = await this.ctx.prisma.track.findUnique({ where: { id: module.trackId } });
    if (track?.centreId !== input.centreId) {
      throw badUserInput(
        'Deze module hoort niet bij het aanbod van dit centrum',
        "This module is not part of this centre's offer",
        { field: 'moduleId' },
      );
    }
    if (input.teachingLocationId) {
      const location = await this.ctx.prisma.teachingLocation.findUnique({ where: { id: input.teachingLocationId } });
      if (location?.centreId !== input.centreId) {
        throw badUserInput('Deze lesplaats hoort niet bij dit centrum', 'This teaching location does not belong to this centre', {
          field: 'teachingLocationId',
        });
      }
    }
    return this.ctx.prisma.$transaction(async (tx) => {
      const course = await tx.course.create({
        data: {
          moduleId: module.id,
          centreId: input.centreId,
          teachingLocationId: input.teachingLocationId ?? null,
          courseYear: input.courseYear,
          requestedOn: this.today(),
          capacity: input.capacity,
        },
      });
      await recordStatusChange(tx, {
        entityType: ENTITY,
        entityId: course.id,
        step: 'request',
        from: null,
        to: course.status,
        actor: user,
        note: `Aangevraagd voor cursusjaar ${input.courseYear}-${input.courseYear + 1}`,
        at: this.ctx.now(),
      });
      return course;
    });
  }

  /** Checks role, ownership and state; then writes the change and its history in one transaction. */
  private async step(id: string, step: CourseStep, data: Prisma.CourseUpdateInput, note: string | null): Promise<CourseRow> {
    const user = this.user;
    const course = await this.get(id);
    assertActsForCentre(user, course.centreId);
    checkExpectedVersion(this.ctx, course, COURSE);
    const { from, to } = checkStep(courseWorkflow, step, course.status, user);
    return this.ctx.prisma.$transaction(async (tx) => {
      const updated = await unlessChangedMeanwhile(COURSE, () =>
        tx.course.update({ where: { id, status: from, version: course.version }, data: { ...data, status: to } }),
      );
      await recordStatusChange(tx, { entityType: ENTITY, entityId: id, step, from, to, actor: user, note, at: this.ctx.now() });
      this.byId.clear(id).prime(id, updated);
      this.historyOf.clear(id);
      return updated;
    });
  }

  /** Effectively started on a day: not in the future, not before 1 September of the course year nor after its 31 August. */
  async start(id: string, on: Date): Promise<CourseRow> {
    const course = await this.get(id);
    const first = new Date(Date.UTC(course.courseYear, 8, 1));
    const last = new Date(Date.UTC(course.courseYear + 1, 7, 31));
    if (on > this.today()) {
      throw badUserInput('De startdatum ligt in de toekomst', 'The start date lies in the future', { field: 'on' });
    }
    if (on < first || on > last) {
      throw badUserInput(
        `De startdatum valt niet in cursusjaar ${course.courseYear}-${course.courseYear + 1}`,
        `The start date is not in course year ${course.courseYear}-${course.courseYear + 1}`,
        { field: 'on' },
      );
    }
    const late = on > realisationDeadlineOf(course.courseYear);
    const note = late
      ? `Gestart na 15 november: telt niet als gerealiseerd (§2.7)`
      : `Gestart op of voor 15 november: gerealiseerd (§2.7)`;
    return this.step(id, 'start', { startedOn: on }, note);
  }

  cancel(id: string, reason: string): Promise<CourseRow> {
    return this.step(id, 'cancel', {}, text(reason, 'reason', 3, 500));
  }
}

export function courseServiceOf(ctx: TrainingContext): CourseService {
  return ctx.scoped(CourseService, () => new CourseService(ctx));
}
