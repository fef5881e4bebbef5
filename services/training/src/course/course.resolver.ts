import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { LocalDateScalar, PageInput, Role, rolesAllowed, StatusChange, IdArg, ExpectedVersionArg } from '@werkplek/subgraph-kit';
import { trainingPolicy } from '../access/policy.js';
import type { TrainingContext } from '../context.js';
import type { Course as CourseRow, TrainingCentre as TrainingCentreRow } from '../generated/prisma/client.js';
import { TeachingLocation, TrainingCentre } from '../training-centre/training-centre.types.js';
import { trainingCentreServiceOf } from '../training-centre/training-centre.service.js';
import { TrackModule } from '../track/track.types.js';
import { courseServiceOf, isRealised, realisationDeadlineOf } from './course.service.js';
import { Course, CourseConnection, CourseFilter, CourseSort, RequestCourseInput } from './course.types.js';

const readers = [Role.AgencyStaff, Role.CentreUser, Role.Inspector];
const actors = [Role.AgencyStaff, Role.CentreUser];

@Resolver(() => Course)
export class CourseResolver {
  @Authorized(...rolesAllowed(trainingPolicy['Query.courses']))
  @Query(() => CourseConnection, { description: 'Cursussen (centrumgebruikers: van hun eigen centrum), laatst aangevraagd eerst' })
  courses(
    @Arg('filter', () => CourseFilter, { nullable: true }) filter: CourseFilter | undefined,
    @Arg('sort', () => CourseSort, { defaultValue: CourseSort.REQUESTED_ON_DESC }) sort: CourseSort,
    @Arg('page', () => PageInput, { nullable: true }) page: PageInput | undefined,
    @Ctx() ctx: TrainingContext,
  ) {
    return courseServiceOf(ctx).list(filter ?? undefined, sort, page ?? undefined);
  }

  @Authorized(...rolesAllowed(trainingPolicy['Query.course']))
  @Query(() => Course, { description: 'Eén cursus' })
  course(@IdArg('id') id: string, @Ctx() ctx: TrainingContext) {
    return courseServiceOf(ctx).get(id);
  }

  @Authorized(...rolesAllowed(trainingPolicy['Mutation.requestCourse']))
  @Mutation(() => Course, { description: 'Een cursus aanvragen (centrum voor zichzelf, of het agentschap)' })
  requestCourse(@Arg('input', () => RequestCourseInput) input: RequestCourseInput, @Ctx() ctx: TrainingContext) {
    return courseServiceOf(ctx).request(input);
  }

  @Authorized(...rolesAllowed(trainingPolicy['Mutation.startCourse']))
  @Mutation(() => Course, { description: 'De cursus is effectief gestart op deze dag' })
  startCourse(@IdArg('id') id: string, @Arg('on', () => LocalDateScalar) on: Date, @ExpectedVersionArg() _expectedVersion: number | undefined, @Ctx() ctx: TrainingContext) {
    return courseServiceOf(ctx).start(id, on);
  }

  @Authorized(...rolesAllowed(trainingPolicy['Mutation.cancelCourse']))
  @Mutation(() => Course, { description: 'De aangevraagde cursus annuleren, met reden' })
  cancelCourse(@IdArg('id') id: string, @Arg('reason', () => String) reason: string, @ExpectedVersionArg() _expectedVersion: number | undefined, @Ctx() ctx: TrainingContext) {
    return courseServiceOf(ctx).cancel(id, reason);
  }

  @FieldResolver(() => Boolean, { description: 'Gerealiseerd: effectief gestart op of voor 15 november van het cursusjaar (§2.7)' })
  realised(@Root() course: CourseRow) {
    return isRealised(course);
  }

  @FieldResolver(() => LocalDateScalar, { description: 'Uiterste startdatum om als gerealiseerd te tellen (15 november)' })
  realisedBy(@Root() course: CourseRow) {
    return realisationDeadlineOf(course.courseYear);
  }

  @FieldResolver(() => TrackModule)
  module(@Root() course: CourseRow, @Ctx() ctx: TrainingContext) {
    return courseServiceOf(ctx).moduleById.load(course.moduleId);
  }

  @FieldResolver(() => TrainingCentre)
  centre(@Root() course: CourseRow, @Ctx() ctx: TrainingContext) {
    return trainingCentreServiceOf(ctx).byId.load(course.centreId);
  }

  @FieldResolver(() => TeachingLocation, { nullable: true })
  teachingLocation(@Root() course: CourseRow, @Ctx() ctx: TrainingContext) {
    return course.teachingLocationId ? trainingCentreServiceOf(ctx).teachingLocationById.load(course.teachingLocationId) : null;
  }

  @FieldResolver(() => [StatusChange], { description: 'Geschiedenis, oudste eerst' })
  history(@Root() course: CourseRow, @Ctx() ctx: TrainingContext) {
    return courseServiceOf(ctx).historyOf.load(course.id);
  }
}

/** A centre's courses, also when the centre is reached through a federation reference. */
@Resolver(() => TrainingCentre)
export class TrainingCentreCoursesResolver {
  @Authorized(...readers)
  @FieldResolver(() => [Course], { description: 'Cursussen van het centrum (centrumgebruikers: alleen hun eigen centrum)' })
  courses(
    @Root() centre: TrainingCentreRow,
    @Arg('courseYear', () => Int, { nullable: true }) courseYear: number | undefined,
    @Ctx() ctx: TrainingContext,
  ) {
    return courseServiceOf(ctx).ofCentre(centre.id, courseYear ?? undefined);
  }
}
