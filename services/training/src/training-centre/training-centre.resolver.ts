import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Role, requireUser } from '@werkplek/subgraph-kit';
import type { TrainingContext } from '../context.js';
import type { TrainingCentre as TrainingCentreRow } from '../generated/prisma/client.js';
import { trainingCentreServiceOf } from './training-centre.service.js';
import { MandateHolder, TeachingLocation, TrainingCentre, TrainingCentreContactInput } from './training-centre.types.js';

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

  @Authorized()
  @Query(() => [MandateHolder], { description: 'Mandaathouders (alle aangemelde gebruikers)' })
  mandateHolders(@Ctx() ctx: TrainingContext) {
    return trainingCentreServiceOf(ctx).mandateHolders();
  }

  @Authorized()
  @FieldResolver(() => [TeachingLocation], { description: 'Lesplaatsen van het centrum' })
  teachingLocations(@Root() centre: TrainingCentreRow, @Ctx() ctx: TrainingContext) {
    return trainingCentreServiceOf(ctx).teachingLocationsOf.load(centre.id);
  }
}
