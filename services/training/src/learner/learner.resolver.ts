import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { LocalDateScalar, PageInput, Role, rolesAllowed, StatusChange, IdArg, ExpectedVersionArg } from '@werkplek/subgraph-kit';
import { trainingPolicy } from '../access/policy.js';
import type { TrainingContext } from '../context.js';
import type { Enrolment as EnrolmentRow, Learner as LearnerRow } from '../generated/prisma/client.js';
import { EnrolmentResult } from '../generated/prisma/enums.js';
import { Track, TrackComponent } from '../track/track.types.js';
import { trackServiceOf } from '../track/track.service.js';
import { learnerServiceOf } from './learner.service.js';
import {
  EnrolInput,
  Enrolment,
  EnrolmentConnection,
  EnrolmentFilter,
  EnrolmentReferenceDate,
  EnrolmentSort,
  FinalExam,
  RecordFinalExamInput,
  RecordSelfEmploymentInput,
  RegisterTrainingLearnerInput,
  SelfEmploymentPeriod,
  TrainingLearner,
  TrainingLearnerConnection,
} from './learner.types.js';

const readers = [Role.AgencyStaff, Role.Inspector, Role.CentreUser];
const actors = [Role.AgencyStaff, Role.CentreUser];

@Resolver(() => TrainingLearner)
export class TrainingLearnerResolver {
  @Authorized(...rolesAllowed(trainingPolicy['Query.trainingLearner']))
  @Query(() => TrainingLearner, { description: 'Eén cursist (centrummedewerkers: cursisten ingeschreven in hun centrum)' })
  trainingLearner(@IdArg('id') id: string, @Ctx() ctx: TrainingContext) {
    return learnerServiceOf(ctx).learner(id);
  }

  @Authorized(...rolesAllowed(trainingPolicy['Query.trainingLearners']))
  @Query(() => TrainingLearnerConnection, {
    description:
      'Cursisten zoeken op naam, voor een inschrijving (agentschap: alle; centrummedewerkers: cursisten met een inschrijving in hun centrum), op naam gesorteerd',
  })
  trainingLearners(
    @Arg('search', () => String, { nullable: true, description: 'Deel van de naam (hoogstens 120 tekens)' }) search: string | undefined,
    @Arg('page', () => PageInput, { nullable: true }) page: PageInput | undefined,
    @Ctx() ctx: TrainingContext,
  ) {
    return learnerServiceOf(ctx).searchLearners(search ?? undefined, page ?? undefined);
  }

  @Authorized(...rolesAllowed(trainingPolicy['Mutation.registerTrainingLearner']))
  @Mutation(() => TrainingLearner, { description: 'Een cursist registreren' })
  registerTrainingLearner(@Arg('input', () => RegisterTrainingLearnerInput) input: RegisterTrainingLearnerInput, @Ctx() ctx: TrainingContext) {
    return learnerServiceOf(ctx).registerLearner(input);
  }

  @Authorized(...rolesAllowed(trainingPolicy['Mutation.recordFinalExam']))
  @Mutation(() => FinalExam, { description: 'Een geslaagde eindproef registreren (§2.8)' })
  recordFinalExam(@Arg('input', () => RecordFinalExamInput) input: RecordFinalExamInput, @Ctx() ctx: TrainingContext) {
    return learnerServiceOf(ctx).recordFinalExam(input);
  }

  @Authorized(...rolesAllowed(trainingPolicy['Mutation.recordSelfEmployment']))
  @Mutation(() => SelfEmploymentPeriod, { description: 'Een periode als zelfstandige registreren (in plaats van de KSZ-koppeling, §2.8)' })
  recordSelfEmployment(@Arg('input', () => RecordSelfEmploymentInput) input: RecordSelfEmploymentInput, @Ctx() ctx: TrainingContext) {
    return learnerServiceOf(ctx).recordSelfEmployment(input);
  }

  @FieldResolver(() => [Enrolment], { description: 'Inschrijvingen (centrummedewerkers: die van hun centrum)' })
  enrolments(@Root() learner: LearnerRow, @Ctx() ctx: TrainingContext) {
    return learnerServiceOf(ctx).visibleEnrolmentsOf(learner.id);
  }

  @Authorized(Role.AgencyStaff, Role.Inspector)
  @FieldResolver(() => [FinalExam], { description: 'Geslaagde eindproeven' })
  finalExams(@Root() learner: LearnerRow, @Ctx() ctx: TrainingContext) {
    return learnerServiceOf(ctx).finalExamsOf.load(learner.id);
  }

  @Authorized(Role.AgencyStaff, Role.Inspector)
  @FieldResolver(() => [SelfEmploymentPeriod], { description: 'Periodes als zelfstandige' })
  selfEmploymentPeriods(@Root() learner: LearnerRow, @Ctx() ctx: TrainingContext) {
    return learnerServiceOf(ctx).selfEmploymentOf.load(learner.id);
  }
}

@Resolver(() => Enrolment)
export class EnrolmentResolver {
  @Authorized(...rolesAllowed(trainingPolicy['Query.enrolments']))
  @Query(() => EnrolmentConnection, { description: 'Inschrijvingen (centrummedewerkers: van hun centrum)' })
  enrolments(
    @Arg('filter', () => EnrolmentFilter, { nullable: true }) filter: EnrolmentFilter | undefined,
    @Arg('sort', () => EnrolmentSort, { defaultValue: EnrolmentSort.ENROLLED_ON_ASC }) sort: EnrolmentSort,
    @Arg('page', () => PageInput, { nullable: true }) page: PageInput | undefined,
    @Ctx() ctx: TrainingContext,
  ) {
    return learnerServiceOf(ctx).list(filter ?? undefined, sort, page ?? undefined);
  }

  @Authorized(...rolesAllowed(trainingPolicy['Query.enrolment']))
  @Query(() => Enrolment, { description: 'Eén inschrijving' })
  enrolment(@IdArg('id') id: string, @Ctx() ctx: TrainingContext) {
    return learnerServiceOf(ctx).enrolment(id);
  }

  @Authorized(...rolesAllowed(trainingPolicy['Query.enrolmentCount']))
  @Query(() => Int, { description: 'Aantal ingeschreven op 1 oktober, 1 februari of 1 juni van het cursusjaar (§2.4)' })
  enrolmentCount(
    @Arg('courseYear', () => Int) courseYear: number,
    @Arg('referenceDate', () => EnrolmentReferenceDate) referenceDate: EnrolmentReferenceDate,
    @IdArg('centreId', { nullable: true }) centreId: string | undefined,
    @Arg('component', () => TrackComponent, { nullable: true }) component: TrackComponent | undefined,
    @Ctx() ctx: TrainingContext,
  ) {
    return learnerServiceOf(ctx).count(centreId ?? undefined, courseYear, referenceDate, component ?? undefined);
  }

  @Authorized(...rolesAllowed(trainingPolicy['Mutation.enrol']))
  @Mutation(() => Enrolment, { description: 'Inschrijven (centrummedewerker: traject van het eigen centrum)' })
  enrol(@Arg('input', () => EnrolInput) input: EnrolInput, @Ctx() ctx: TrainingContext) {
    return learnerServiceOf(ctx).enrol(input);
  }

  @Authorized(...rolesAllowed(trainingPolicy['Mutation.withdrawEnrolment']))
  @Mutation(() => Enrolment, { description: 'Uitschrijven op een datum' })
  withdrawEnrolment(@IdArg('id') id: string, @Arg('on', () => LocalDateScalar) on: Date, @ExpectedVersionArg() _expectedVersion: number | undefined, @Ctx() ctx: TrainingContext) {
    return learnerServiceOf(ctx).withdraw(id, on);
  }

  @Authorized(...rolesAllowed(trainingPolicy['Mutation.recordEnrolmentResult']))
  @Mutation(() => Enrolment, { description: 'Het resultaat registreren (afgerond)' })
  recordEnrolmentResult(
    @IdArg('id') id: string,
    @Arg('result', () => EnrolmentResult) result: EnrolmentResult,
    @ExpectedVersionArg() _expectedVersion: number | undefined, @Ctx() ctx: TrainingContext,
  ) {
    return learnerServiceOf(ctx).recordResult(id, result);
  }

  @FieldResolver(() => TrainingLearner)
  learner(@Root() enrolment: EnrolmentRow, @Ctx() ctx: TrainingContext) {
    return learnerServiceOf(ctx).learnerById.load(enrolment.learnerId);
  }

  @FieldResolver(() => Track)
  track(@Root() enrolment: EnrolmentRow, @Ctx() ctx: TrainingContext) {
    return trackServiceOf(ctx).byId.load(enrolment.trackId);
  }

  @FieldResolver(() => [StatusChange], { description: 'Geschiedenis, oudste eerst' })
  history(@Root() enrolment: EnrolmentRow, @Ctx() ctx: TrainingContext) {
    return learnerServiceOf(ctx).historyOf.load(enrolment.id);
  }
}
