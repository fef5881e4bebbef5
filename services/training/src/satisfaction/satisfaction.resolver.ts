import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Role, rolesAllowed } from '@werkplek/subgraph-kit';
import { trainingPolicy } from '../access/policy.js';
import type { TrainingContext } from '../context.js';
import { Sector } from '../track/track.types.js';
import { satisfactionServiceOf } from './satisfaction.service.js';
import { RecordSatisfactionSurveyInput, SatisfactionSurvey, SectorSatisfactionScore } from './satisfaction.types.js';

/** The Syntra own their satisfaction results (§2.6): centre users read them too. */
const readers = [Role.AgencyStaff, Role.Inspector, Role.CentreUser];

@Resolver(() => SatisfactionSurvey)
export class SatisfactionResolver {
  @Authorized(...rolesAllowed(trainingPolicy['Query.satisfactionSurveys']))
  @Query(() => [SatisfactionSurvey], { description: 'Tevredenheidsmetingen, eventueel van één schooljaar' })
  satisfactionSurveys(@Arg('schoolYear', () => Int, { nullable: true }) schoolYear: number | undefined, @Ctx() ctx: TrainingContext) {
    return satisfactionServiceOf(ctx).list(schoolYear ?? undefined);
  }

  @Authorized(...rolesAllowed(trainingPolicy['Query.latestSectorScores']))
  @Query(() => [SectorSatisfactionScore], { description: 'Laatste score per sector met jaar van afname (§5.7)' })
  latestSectorScores(@Ctx() ctx: TrainingContext) {
    return satisfactionServiceOf(ctx).latestSectorScores();
  }

  @Authorized(...rolesAllowed(trainingPolicy['Mutation.recordSatisfactionSurvey']))
  @Mutation(() => SatisfactionSurvey, { description: 'Een tevredenheidsmeting registreren (rotatie om de drie jaar per sector, §2.6)' })
  recordSatisfactionSurvey(@Arg('input', () => RecordSatisfactionSurveyInput) input: RecordSatisfactionSurveyInput, @Ctx() ctx: TrainingContext) {
    return satisfactionServiceOf(ctx).record(input);
  }

  @FieldResolver(() => Sector, { nullable: true })
  sector(@Root() survey: { sectorId: string | null }, @Ctx() ctx: TrainingContext) {
    return survey.sectorId ? satisfactionServiceOf(ctx).sectorById.load(survey.sectorId) : null;
  }
}
