import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { requireUser, Role, rolesAllowed, IdArg, ExpectedVersionArg } from '@werkplek/subgraph-kit';
import { trainingPolicy } from '../access/policy.js';
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
  trainingCentre(@IdArg('id') id: string, @Ctx() ctx: TrainingContext) {
    return trainingCentreServiceOf(ctx).get(id);
  }

  @Authorized(...rolesAllowed(trainingPolicy['Mutation.updateTrainingCentreContact']))
  @Mutation(() => TrainingCentre, { description: 'Contactgegevens van een centrum bijwerken' })
  updateTrainingCentreContact(
    @IdArg('id') id: string,
    @Arg('input', () => TrainingCentreContactInput) input: TrainingCentreContactInput,
    @ExpectedVersionArg() _expectedVersion: number | undefined, @Ctx() ctx: TrainingContext,
  ) {
    return trainingCentreServiceOf(ctx).updateContact(ctx, id, input);
  }

  @Authorized(...rolesAllowed(trainingPolicy['Query.mandateHolders']))
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
