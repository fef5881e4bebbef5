import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { rolesAllowed, PageInput, IdArg, ExpectedVersionArg } from '@werkplek/subgraph-kit';
import { dualLearningPolicy } from '../access/policy.js';
import type { DualLearningContext } from '../context.js';
import { Workplace } from '../workplace/workplace.types.js';
import { guidanceServiceOf } from './guidance.service.js';
import { GuidanceAction, RaiseSignalInput, RecordGuidanceActionInput, Signal, SignalConnection, SignalFilter, SignalSort } from './guidance.types.js';


@Resolver(() => GuidanceAction)
export class GuidanceActionResolver {
  @Authorized(...rolesAllowed(dualLearningPolicy['Mutation.recordGuidanceAction']))
  @Mutation(() => GuidanceAction, { description: 'Een begeleidingsactie of plaatsbezoek registreren (§3.4)' })
  recordGuidanceAction(@Arg('input', () => RecordGuidanceActionInput) input: RecordGuidanceActionInput, @Ctx() ctx: DualLearningContext) {
    return guidanceServiceOf(ctx).recordAction(input);
  }

  @Authorized(...rolesAllowed(dualLearningPolicy['Query.guidanceActions']))
  @Query(() => [GuidanceAction], { description: 'De begeleidingsacties bij een werkplek, recentste eerst' })
  guidanceActions(@IdArg('workplaceId') workplaceId: string, @Ctx() ctx: DualLearningContext) {
    return guidanceServiceOf(ctx).actions(workplaceId);
  }

  @FieldResolver(() => Workplace)
  workplace(@Root() action: GuidanceAction, @Ctx() ctx: DualLearningContext) {
    return guidanceServiceOf(ctx).workplaceById.load(action.workplaceId);
  }
}

@Resolver(() => Signal)
export class SignalResolver {
  @Authorized(...rolesAllowed(dualLearningPolicy['Mutation.raiseSignal']))
  @Mutation(() => Signal, { description: 'Een signaal melden; opvolgtermijn volgens het partnerschap (§4.6)' })
  raiseSignal(@Arg('input', () => RaiseSignalInput) input: RaiseSignalInput, @Ctx() ctx: DualLearningContext) {
    return guidanceServiceOf(ctx).raise(input);
  }

  @Authorized(...rolesAllowed(dualLearningPolicy['Mutation.followUpSignal']))
  @Mutation(() => Signal, { description: 'Een signaal in opvolging nemen' })
  followUpSignal(
    @IdArg('id') id: string,
    @ExpectedVersionArg() _expectedVersion: number | undefined, @Ctx() ctx: DualLearningContext,
    @Arg('note', () => String, { nullable: true }) note?: string,
  ) {
    return guidanceServiceOf(ctx).followUp(id, note);
  }

  @Authorized(...rolesAllowed(dualLearningPolicy['Mutation.closeSignal']))
  @Mutation(() => Signal, { description: 'Een signaal afsluiten' })
  closeSignal(
    @IdArg('id') id: string,
    @ExpectedVersionArg() _expectedVersion: number | undefined, @Ctx() ctx: DualLearningContext,
    @Arg('note', () => String, { nullable: true }) note?: string,
  ) {
    return guidanceServiceOf(ctx).close(id, note);
  }

  @Authorized(...rolesAllowed(dualLearningPolicy['Mutation.detectSignals']))
  @Mutation(() => [Signal], { description: 'Automatische knipperlichten: te veel leerlingen per mentor, frequente vroegtijdige beëindigingen' })
  detectSignals(@Ctx() ctx: DualLearningContext) {
    return guidanceServiceOf(ctx).detect();
  }

  @Authorized(...rolesAllowed(dualLearningPolicy['Query.signals']))
  @Query(() => SignalConnection, { description: 'Signalen, gefilterd en gepagineerd' })
  signals(
    @Ctx() ctx: DualLearningContext,
    @Arg('filter', () => SignalFilter, { nullable: true }) filter?: SignalFilter,
    @Arg('sort', () => SignalSort, { nullable: true }) sort?: SignalSort,
    @Arg('page', () => PageInput, { nullable: true }) page?: PageInput,
  ) {
    return guidanceServiceOf(ctx).signals(filter, sort, page);
  }

  @FieldResolver(() => Boolean, { description: 'Niet afgesloten en opvolgtermijn verstreken' })
  overdue(@Root() signal: Signal, @Ctx() ctx: DualLearningContext) {
    return guidanceServiceOf(ctx).isOverdue(signal);
  }

  @FieldResolver(() => Workplace)
  workplace(@Root() signal: Signal, @Ctx() ctx: DualLearningContext) {
    return guidanceServiceOf(ctx).workplaceById.load(signal.workplaceId);
  }
}
