import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { rolesAllowed, PageInput, requireUser, Role, IdArg, ExpectedVersionArg } from '@werkplek/subgraph-kit';
import { dualLearningPolicy } from '../access/policy.js';
import type { DualLearningContext } from '../context.js';
import type { Appeal as AppealRow } from '../generated/prisma/client.js';
import { StatusChange } from '../shared/history.js';
import { workplaceServiceOf } from '../workplace/workplace.service.js';
import { Workplace } from '../workplace/workplace.types.js';
import { allowedAppealSteps } from './allowed-steps.js';
import { appealServiceOf } from './appeal.service.js';
import {
  Appeal,
  AppealConnection,
  AppealFilter,
  AppealSort,
  AssignAppealCaseHandlerInput,
  DecideAppealInput,
  LodgeAppealInput,
  ScheduleAppealSessionInput,
  SendAppealFileInput,
} from './appeal.types.js';


@Resolver(() => Appeal)
export class AppealResolver {
  @Authorized(...rolesAllowed(dualLearningPolicy['Query.appeals']))
  @Query(() => AppealConnection, { description: 'Beroepen (ondernemingen: hun eigen)' })
  appeals(
    @Arg('filter', () => AppealFilter, { nullable: true }) filter: AppealFilter | undefined,
    @Arg('sort', () => AppealSort, { defaultValue: AppealSort.LODGED_ON_DESC }) sort: AppealSort,
    @Arg('page', () => PageInput, { nullable: true }) page: PageInput | undefined,
    @Ctx() ctx: DualLearningContext,
  ) {
    return appealServiceOf(ctx).list(filter ?? undefined, sort, page ?? undefined);
  }

  @Authorized(...rolesAllowed(dualLearningPolicy['Query.appeal']))
  @Query(() => Appeal, { description: 'Eén beroep' })
  appeal(@IdArg('id') id: string, @Ctx() ctx: DualLearningContext) {
    return appealServiceOf(ctx).get(id);
  }

  @Authorized(...rolesAllowed(dualLearningPolicy['Query.appealsOverdue']))
  @Query(() => [Appeal], { description: 'Beroepen zonder eindbeslissing na 60 dagen (BR-44)' })
  appealsOverdue(@Ctx() ctx: DualLearningContext) {
    return appealServiceOf(ctx).listOverdue();
  }

  @Authorized(...rolesAllowed(dualLearningPolicy['Mutation.lodgeAppeal']))
  @Mutation(() => Appeal, { description: 'Beroep instellen (BR-40, BR-41)' })
  lodgeAppeal(@Arg('input', () => LodgeAppealInput) input: LodgeAppealInput, @Ctx() ctx: DualLearningContext) {
    return appealServiceOf(ctx).lodge(input);
  }

  @Authorized(...rolesAllowed(dualLearningPolicy['Mutation.assignAppealCaseHandler']))
  @Mutation(() => Appeal, { description: 'Een dossierbehandelaar toewijzen (BR-42)' })
  assignAppealCaseHandler(
    @IdArg('id') id: string,
    @Arg('input', () => AssignAppealCaseHandlerInput) input: AssignAppealCaseHandlerInput,
    @ExpectedVersionArg() _expectedVersion: number | undefined, @Ctx() ctx: DualLearningContext,
  ) {
    return appealServiceOf(ctx).assignCaseHandler(id, input);
  }

  @Authorized(...rolesAllowed(dualLearningPolicy['Mutation.scheduleAppealSession']))
  @Mutation(() => Appeal, { description: 'De zitting van de beroepscommissie plannen' })
  scheduleAppealSession(
    @IdArg('id') id: string,
    @Arg('input', () => ScheduleAppealSessionInput) input: ScheduleAppealSessionInput,
    @ExpectedVersionArg() _expectedVersion: number | undefined, @Ctx() ctx: DualLearningContext,
  ) {
    return appealServiceOf(ctx).scheduleSession(id, input.sessionOn);
  }

  @Authorized(...rolesAllowed(dualLearningPolicy['Mutation.sendAppealFile']))
  @Mutation(() => Appeal, { description: 'Het dossier aan de commissie bezorgen, uiterlijk 3 werkdagen voor de zitting (BR-43)' })
  sendAppealFile(
    @IdArg('id') id: string,
    @Arg('input', () => SendAppealFileInput, { nullable: true }) input: SendAppealFileInput | undefined,
    @ExpectedVersionArg() _expectedVersion: number | undefined, @Ctx() ctx: DualLearningContext,
  ) {
    return appealServiceOf(ctx).sendFile(id, input?.fileSentOn);
  }

  @Authorized(...rolesAllowed(dualLearningPolicy['Mutation.takeAppealInterimDecision']))
  @Mutation(() => Appeal, { description: 'Tussenbeslissing: bijkomende informatie gevraagd' })
  takeAppealInterimDecision(
    @IdArg('id') id: string,
    @Arg('request', () => String) request: string,
    @ExpectedVersionArg() _expectedVersion: number | undefined, @Ctx() ctx: DualLearningContext,
  ) {
    return appealServiceOf(ctx).interimDecision(id, request);
  }

  @Authorized(...rolesAllowed(dualLearningPolicy['Mutation.decideAppeal']))
  @Mutation(() => Appeal, { description: 'Eindbeslissing: bevestigen of vernietigen (BR-44, BR-45)' })
  decideAppeal(
    @IdArg('id') id: string,
    @Arg('input', () => DecideAppealInput) input: DecideAppealInput,
    @ExpectedVersionArg() _expectedVersion: number | undefined, @Ctx() ctx: DualLearningContext,
  ) {
    return appealServiceOf(ctx).decide(id, input);
  }

  @Authorized(...rolesAllowed(dualLearningPolicy['Mutation.withdrawAppeal']))
  @Mutation(() => Appeal, { description: 'Het beroep intrekken (door de appellant)' })
  withdrawAppeal(
    @IdArg('id') id: string,
    @Arg('reason', () => String, { nullable: true }) reason: string | undefined,
    @ExpectedVersionArg() _expectedVersion: number | undefined, @Ctx() ctx: DualLearningContext,
  ) {
    return appealServiceOf(ctx).withdraw(id, reason);
  }

  @FieldResolver(() => Boolean, { description: 'Geen eindbeslissing binnen 60 dagen (BR-44)' })
  decisionOverdue(@Root() appeal: AppealRow, @Ctx() ctx: DualLearningContext) {
    return appealServiceOf(ctx).overdue(appeal);
  }

  @FieldResolver(() => Boolean, { nullable: true, description: 'Zonder consensus besliste de voorzitter (BR-45)' })
  decidedByChair(@Root() appeal: AppealRow) {
    return appeal.consensus === null ? null : !appeal.consensus;
  }

  @FieldResolver(() => Workplace, { nullable: true })
  workplace(@Root() appeal: AppealRow, @Ctx() ctx: DualLearningContext) {
    return workplaceServiceOf(ctx).byId.load(appeal.workplaceId);
  }

  @FieldResolver(() => [StatusChange], { description: 'Geschiedenis, oudste eerst' })
  history(@Root() appeal: AppealRow, @Ctx() ctx: DualLearningContext) {
    return appealServiceOf(ctx).historyOf.load(appeal.id);
  }

  @FieldResolver(() => [String], {
    description:
      'De stappen die jij nu mag zetten (workflow, rol, BR-43): assignCaseHandler, scheduleSession, sendFile, interimDecision, ' +
      'confirm, annul, withdraw',
  })
  async allowedSteps(@Root() appeal: AppealRow, @Ctx() ctx: DualLearningContext) {
    const user = requireUser(ctx);
    // Only a company user needs the workplace (is it the appellant?); batched through the workplace loader.
    const appellant =
      user.role === Role.CompanyUser && !!user.companyId && (await workplaceServiceOf(ctx).byId.load(appeal.workplaceId))?.companyId === user.companyId;
    return allowedAppealSteps(appeal, user, appellant);
  }
}
