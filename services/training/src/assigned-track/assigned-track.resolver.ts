import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PageInput, Role, rolesAllowed, StatusChange, IdArg, ExpectedVersionArg } from '@werkplek/subgraph-kit';
import { trainingPolicy } from '../access/policy.js';
import type { TrainingContext } from '../context.js';
import type { Tender as TenderRow } from '../generated/prisma/client.js';
import { assignedTrackServiceOf } from './assigned-track.service.js';
import { AwardTenderArgs, LaunchTenderInput, Tender, TenderAward, TenderConnection, TenderFilter, TenderSort } from './assigned-track.types.js';

const readers = [Role.AgencyStaff, Role.Inspector];

@Resolver(() => Tender)
export class AssignedTrackResolver {
  @Authorized(...rolesAllowed(trainingPolicy['Query.tenders']))
  @Query(() => TenderConnection, { description: 'Tenders voor toegewezen trajecten (§2.10)' })
  tenders(
    @Arg('filter', () => TenderFilter, { nullable: true }) filter: TenderFilter | undefined,
    @Arg('sort', () => TenderSort, { defaultValue: TenderSort.LAUNCHED_ON_DESC }) sort: TenderSort,
    @Arg('page', () => PageInput, { nullable: true }) page: PageInput | undefined,
    @Ctx() ctx: TrainingContext,
  ) {
    return assignedTrackServiceOf(ctx).list(filter ?? undefined, sort, page ?? undefined);
  }

  @Authorized(...rolesAllowed(trainingPolicy['Query.tender']))
  @Query(() => Tender, { description: 'Eén tender' })
  tender(@IdArg('id') id: string, @Ctx() ctx: TrainingContext) {
    return assignedTrackServiceOf(ctx).get(id);
  }

  @Authorized(...rolesAllowed(trainingPolicy['Mutation.launchTender']))
  @Mutation(() => Tender, { description: 'Een tender lanceren (oude werking, onderzoekstender of opleidingstender)' })
  launchTender(@Arg('input', () => LaunchTenderInput) input: LaunchTenderInput, @Ctx() ctx: TrainingContext) {
    return assignedTrackServiceOf(ctx).launch(input);
  }

  @Authorized(...rolesAllowed(trainingPolicy['Mutation.awardTender']))
  @Mutation(() => Tender, { description: 'De tender gunnen aan een mandaathouder (bedrag incl. btw)' })
  awardTender(@Args(() => AwardTenderArgs) args: AwardTenderArgs, @ExpectedVersionArg() _expectedVersion: number | undefined, @Ctx() ctx: TrainingContext) {
    return assignedTrackServiceOf(ctx).award(args);
  }

  @Authorized(...rolesAllowed(trainingPolicy['Mutation.cancelTender']))
  @Mutation(() => Tender, { description: 'De tender gemotiveerd annuleren' })
  cancelTender(@IdArg('id') id: string, @Arg('reason', () => String) reason: string, @ExpectedVersionArg() _expectedVersion: number | undefined, @Ctx() ctx: TrainingContext) {
    return assignedTrackServiceOf(ctx).cancel(id, reason);
  }

  @FieldResolver(() => [TenderAward], { description: 'Gunningen (bedrag incl. btw)' })
  awards(@Root() tender: TenderRow, @Ctx() ctx: TrainingContext) {
    return assignedTrackServiceOf(ctx).awards(tender.id);
  }

  @FieldResolver(() => [StatusChange], { description: 'Geschiedenis, oudste eerst' })
  history(@Root() tender: TenderRow, @Ctx() ctx: TrainingContext) {
    return assignedTrackServiceOf(ctx).historyOf.load(tender.id);
  }
}
