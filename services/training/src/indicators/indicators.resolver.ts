import { Arg, Authorized, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { LocalDateScalar, Role, rolesAllowed, IdArg } from '@werkplek/subgraph-kit';
import { trainingPolicy } from '../access/policy.js';
import type { TrainingContext } from '../context.js';
import { indicatorsServiceOf } from './indicators.service.js';
import {
  ActionPlanRecognitions,
  AwardedBudget,
  CertificateRatios,
  OutflowToSelfEmployment,
  RealisationRate,
  SatisfactionIndex,
  StartableTracks,
} from './indicators.types.js';

/** Per-centre indicators: a centre user reads their own centre's. */
const perCentre = [Role.AgencyStaff, Role.Inspector, Role.CentreUser];
/** Agency-wide indicators. */
const agencyWide = [Role.AgencyStaff, Role.Inspector];

@Resolver()
export class IndicatorsResolver {
  @Authorized(...rolesAllowed(trainingPolicy['Query.certificateRatios']))
  @Query(() => CertificateRatios, { description: 'Getuigschriften t.o.v. inschrijvingen (§5.5); centrumgebruikers: hun eigen centrum' })
  certificateRatios(
    @Arg('courseYear', () => Int) courseYear: number,
    @IdArg('centreId', { nullable: true }) centreId: string | undefined,
    @Ctx() ctx: TrainingContext,
  ) {
    return indicatorsServiceOf(ctx).certificateRatios(courseYear, centreId);
  }

  @Authorized(...rolesAllowed(trainingPolicy['Query.realisationRate']))
  @Query(() => RealisationRate, { description: 'Realisatiegraad (§2.7, §5.8); centrumgebruikers: hun eigen centrum' })
  realisationRate(
    @Arg('courseYear', () => Int) courseYear: number,
    @IdArg('centreId', { nullable: true }) centreId: string | undefined,
    @Ctx() ctx: TrainingContext,
  ) {
    return indicatorsServiceOf(ctx).realisationRate(courseYear, centreId);
  }

  @Authorized(...rolesAllowed(trainingPolicy['Query.satisfactionIndex']))
  @Query(() => SatisfactionIndex, { description: 'Cursistentevredenheid (§5.7)' })
  satisfactionIndex(@Arg('schoolYear', () => Int) schoolYear: number, @Ctx() ctx: TrainingContext) {
    return indicatorsServiceOf(ctx).satisfactionIndex(schoolYear);
  }

  @Authorized(...rolesAllowed(trainingPolicy['Query.outflowToSelfEmployment']))
  @Query(() => OutflowToSelfEmployment, { description: 'Uitstroom naar ondernemerschap (§2.8, §5.6)' })
  outflowToSelfEmployment(@Arg('courseYear', () => Int) courseYear: number, @Ctx() ctx: TrainingContext) {
    return indicatorsServiceOf(ctx).outflowToSelfEmployment(courseYear);
  }

  @Authorized(...rolesAllowed(trainingPolicy['Query.startableTracks']))
  @Query(() => StartableTracks, { description: 'Opstartbare innovatieve, herwerkte en flexibele trajecten (§5.4)' })
  startableTracks(@Arg('onDate', () => LocalDateScalar) onDate: Date, @Ctx() ctx: TrainingContext) {
    return indicatorsServiceOf(ctx).startableTracks(onDate);
  }

  @Authorized(...rolesAllowed(trainingPolicy['Query.actionPlanRecognitions']))
  @Query(() => ActionPlanRecognitions, { description: '(Niet-)erkenningen per ronde van de jaaractieplannen (§6.5)' })
  actionPlanRecognitions(@Arg('year', () => Int) year: number, @Ctx() ctx: TrainingContext) {
    return indicatorsServiceOf(ctx).actionPlanRecognitions(year);
  }

  @Authorized(...rolesAllowed(trainingPolicy['Query.awardedBudget']))
  @Query(() => AwardedBudget, { description: 'Budget voor de toegekende gunningen (§5.10)' })
  awardedBudget(@Arg('year', () => Int) year: number, @Ctx() ctx: TrainingContext) {
    return indicatorsServiceOf(ctx).awardedBudget(year);
  }
}
