import { Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { rolesAllowed, IdArg } from '@werkplek/subgraph-kit';
import { dualLearningPolicy } from '../access/policy.js';
import type { DualLearningContext } from '../context.js';
import type { Training } from '../generated/prisma/client.js';
import { partnershipServiceOf } from '../partnership/partnership.service.js';
import { Partnership } from '../partnership/partnership.types.js';
import { trainingServiceOf } from './training.service.js';
import { TrainingProgramme } from './training.types.js';

@Resolver(() => TrainingProgramme)
export class TrainingProgrammeResolver {
  @Authorized(...rolesAllowed(dualLearningPolicy['Query.trainingProgrammes']))
  @Query(() => [TrainingProgramme], { description: 'Opleidingen met hun activiteitenlijst, optioneel van één partnerschap' })
  trainingProgrammes(
    @IdArg('partnershipId', { nullable: true }) partnershipId: string | null,
    @Ctx() ctx: DualLearningContext,
  ) {
    return trainingServiceOf(ctx).list(partnershipId);
  }

  @Authorized(...rolesAllowed(dualLearningPolicy['Query.trainingProgramme']))
  @Query(() => TrainingProgramme, { description: 'Eén opleiding' })
  trainingProgramme(@IdArg('id') id: string, @Ctx() ctx: DualLearningContext) {
    return trainingServiceOf(ctx).get(id);
  }

  @FieldResolver(() => Partnership, { nullable: true, description: 'Partnerschap dat de activiteitenlijst beheert' })
  partnership(@Root() training: Training, @Ctx() ctx: DualLearningContext) {
    return training.partnershipId ? partnershipServiceOf(ctx).byId.load(training.partnershipId) : null;
  }
}
