import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Role, requireUser } from '@werkplek/subgraph-kit';
import type { TrainingContext } from '../context.js';
import { trainingCentreServiceOf } from './training-centre.service.js';
import { TrainingCentre, TrainingCentreContactInput } from './training-centre.types.js';

@Resolver(() => TrainingCentre)
export class TrainingCentreResolver {
  @Query(() => [TrainingCentre], { description: 'Alle opleidingscentra (publiek)' })
  trainingCentres(@Ctx() ctx: TrainingContext) {
    return trainingCentreServiceOf(ctx).list();
  }

  @Query(() => TrainingCentre, { description: 'Eén opleidingscentrum (publiek)' })
  trainingCentre(@Arg('id', () => ID) id: string, @Ctx() ctx: TrainingContext) {
    return trainingCentreServiceOf(ctx).get(id);
  }

  @Authorized(Role.AgencyStaff, Role.CentreUser)
  @Mutation(() => TrainingCentre, { description: 'Contactgegevens van een centrum bijwerken' })
  updateTrainingCentreContact(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => TrainingCentreContactInput) input: TrainingCentreContactInput,
    @Ctx() ctx: TrainingContext,
  ) {
    return trainingCentreServiceOf(ctx).updateContact(requireUser(ctx), id, input);
  }
}
