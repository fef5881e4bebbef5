import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { LocalDateScalar, PageInput, Role, rolesAllowed, IdArg, ExpectedVersionArg } from '@werkplek/subgraph-kit';
import { trainingPolicy } from '../access/policy.js';
import type { TrainingContext } from '../context.js';
import type { Track as TrackRow, TrainingCentre as TrainingCentreRow } from '../generated/prisma/client.js';
import { TrainingCentre } from '../training-centre/training-centre.types.js';
import { trainingCentreServiceOf } from '../training-centre/training-centre.service.js';
import { isStartableOn, trackServiceOf } from './track.service.js';
import { Sector, Track, TrackConnection, TrackFilter, TrackMarkGrant, TrackModule, TrackSort } from './track.types.js';

@Resolver(() => Track)
export class TrackResolver {
  @Authorized(...rolesAllowed(trainingPolicy['Query.tracks']))
  @Query(() => TrackConnection, { description: 'Het aanbod: trajecten (alle aangemelde gebruikers)' })
  tracks(
    @Arg('filter', () => TrackFilter, { nullable: true }) filter: TrackFilter | undefined,
    @Arg('sort', () => TrackSort, { defaultValue: TrackSort.NAME_ASC }) sort: TrackSort,
    @Arg('page', () => PageInput, { nullable: true }) page: PageInput | undefined,
    @Ctx() ctx: TrainingContext,
  ) {
    return trackServiceOf(ctx).list(filter ?? undefined, sort, page ?? undefined);
  }

  @Authorized(...rolesAllowed(trainingPolicy['Query.track']))
  @Query(() => Track, { description: 'Eén traject' })
  track(@IdArg('id') id: string, @Ctx() ctx: TrainingContext) {
    return trackServiceOf(ctx).get(id);
  }

  @Authorized(...rolesAllowed(trainingPolicy['Query.sectors']))
  @Query(() => [Sector], { description: 'De 25 DAB-sectoren' })
  sectors(@Ctx() ctx: TrainingContext) {
    return trackServiceOf(ctx).sectors();
  }

  @Authorized(...rolesAllowed(trainingPolicy['Mutation.updateTrackStartability']))
  @Mutation(() => Track, { description: 'Opstartbaar vanaf 1 september van een jaar (of niet: leeg)' })
  updateTrackStartability(
    @IdArg('id') id: string,
    @Arg('startableFrom', () => LocalDateScalar, { nullable: true }) startableFrom: Date | null | undefined,
    @ExpectedVersionArg() _expectedVersion: number | undefined,
    @Ctx() ctx: TrainingContext,
  ) {
    return trackServiceOf(ctx).updateStartability(id, startableFrom ?? null);
  }

  @FieldResolver(() => Sector)
  sector(@Root() track: TrackRow, @Ctx() ctx: TrainingContext) {
    return trackServiceOf(ctx).sectorById.load(track.sectorId);
  }

  @FieldResolver(() => TrainingCentre, { nullable: true })
  centre(@Root() track: TrackRow, @Ctx() ctx: TrainingContext) {
    return track.centreId ? trainingCentreServiceOf(ctx).byId.load(track.centreId) : null;
  }

  @FieldResolver(() => [TrackModule], { description: 'Modules (cursussen)' })
  modules(@Root() track: TrackRow, @Ctx() ctx: TrainingContext) {
    return trackServiceOf(ctx).modulesOf.load(track.id);
  }

  @FieldResolver(() => [TrackMarkGrant], { description: 'Toegekende kenmerken, oudste eerst' })
  marks(@Root() track: TrackRow, @Ctx() ctx: TrainingContext) {
    return trackServiceOf(ctx).marksOf.load(track.id);
  }

  @FieldResolver(() => Boolean, { description: 'Opstartbaar op deze datum (§5.4: op 1 september)' })
  startable(@Root() track: TrackRow, @Arg('on', () => LocalDateScalar) on: Date) {
    return isStartableOn(track, on);
  }
}

/** The offer as seen from a centre (also when reached through a federation reference). */
@Resolver(() => TrainingCentre)
export class TrainingCentreTracksResolver {
  @Authorized()
  @FieldResolver(() => [Track], { description: 'Trajecten in het aanbod van het centrum' })
  tracks(@Root() centre: TrainingCentreRow, @Ctx() ctx: TrainingContext) {
    return trackServiceOf(ctx).tracksOfCentre.load(centre.id);
  }
}
