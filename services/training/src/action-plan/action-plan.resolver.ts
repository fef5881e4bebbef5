import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { LocalDateScalar, PageInput, requireUser, Role, rolesAllowed, StatusChange, IdArg, ExpectedVersionArg } from '@werkplek/subgraph-kit';
import { trainingPolicy } from '../access/policy.js';
import type { TrainingContext } from '../context.js';
import type {
  ActionPlanRound as RoundRow,
  AnnualActionPlan as PlanRow,
  DossierCriterionCase as CaseRow,
  TrainingDossier as DossierRow,
} from '../generated/prisma/client.js';
import { Criterion } from '../criteria/criteria.types.js';
import { TrainingCentre } from '../training-centre/training-centre.types.js';
import { trainingCentreServiceOf } from '../training-centre/training-centre.service.js';
import { actionPlanServiceOf as serviceOf } from './action-plan.service.js';
import { allowedActionPlanSteps } from './allowed-steps.js';
import {
  ActionPlanFilter,
  ActionPlanRound,
  AnnualActionPlan,
  AnnualActionPlanConnection,
  DossierAdvice,
  DossierCriterionCase,
  OpenActionPlanRoundInput,
  RoundResults,
  TrainingDossier,
  TrainingDossierInput,
  ActionPlanSort,
} from './action-plan.types.js';

const readers = [Role.AgencyStaff, Role.CentreUser, Role.Inspector];
const editors = [Role.AgencyStaff, Role.CentreUser];

@Resolver(() => ActionPlanRound)
export class ActionPlanRoundResolver {
  @Authorized(...rolesAllowed(trainingPolicy['Query.actionPlanRounds']))
  @Query(() => [ActionPlanRound], { description: 'Jaaractieplanrondes, recentste eerst' })
  actionPlanRounds(@Arg('year', () => Int, { nullable: true }) year: number | undefined, @Ctx() ctx: TrainingContext) {
    return serviceOf(ctx).listRounds(year);
  }

  @Authorized(...rolesAllowed(trainingPolicy['Mutation.openActionPlanRound']))
  @Mutation(() => ActionPlanRound, { description: 'Een ronde openen (april of november) met de geldende criteriaversie' })
  openActionPlanRound(@Arg('input', () => OpenActionPlanRoundInput) input: OpenActionPlanRoundInput, @Ctx() ctx: TrainingContext) {
    return serviceOf(ctx).openRound(input);
  }

  @Authorized(...rolesAllowed(trainingPolicy['Mutation.recordBoardDecision']))
  @Mutation(() => ActionPlanRound, { description: "De Raad van bestuur legt de programma's vast (december)" })
  recordBoardDecision(
    @IdArg('roundId') roundId: string,
    @Arg('decidedOn', () => LocalDateScalar) decidedOn: Date,
    @ExpectedVersionArg() _expectedVersion: number | undefined, @Ctx() ctx: TrainingContext,
  ) {
    return serviceOf(ctx).recordBoardDecision(roundId, decidedOn);
  }

  @Authorized(...rolesAllowed(trainingPolicy['Query.roundResults']))
  @Query(() => RoundResults, { description: '(Niet-)erkenningen als innovatief en/of flexibel traject per kenmerk' })
  roundResults(@IdArg('roundId') roundId: string, @Ctx() ctx: TrainingContext) {
    return serviceOf(ctx).roundResults(roundId);
  }

  @FieldResolver(() => [StatusChange], { description: 'Geschiedenis, oudste eerst' })
  history(@Root() round: RoundRow, @Ctx() ctx: TrainingContext) {
    return serviceOf(ctx).historyOf.load(round.id);
  }
}

@Resolver(() => AnnualActionPlan)
export class AnnualActionPlanResolver {
  @Authorized(...rolesAllowed(trainingPolicy['Query.actionPlans']))
  @Query(() => AnnualActionPlanConnection, { description: 'Jaaractieplannen die je mag zien (een centrum: alleen de eigen)' })
  actionPlans(
    @Arg('filter', () => ActionPlanFilter, { nullable: true }) filter: ActionPlanFilter | undefined,
    @Arg('sort', () => ActionPlanSort, { defaultValue: ActionPlanSort.CREATED_AT_DESC }) sort: ActionPlanSort,
    @Arg('page', () => PageInput, { nullable: true }) page: PageInput | undefined,
    @Ctx() ctx: TrainingContext,
  ) {
    return serviceOf(ctx).list(filter, sort, page);
  }

  @Authorized(...rolesAllowed(trainingPolicy['Query.actionPlan']))
  @Query(() => AnnualActionPlan, { description: 'Eén jaaractieplan' })
  actionPlan(@IdArg('id') id: string, @Ctx() ctx: TrainingContext) {
    return serviceOf(ctx).plan(id);
  }

  @Authorized(...rolesAllowed(trainingPolicy['Mutation.draftActionPlan']))
  @Mutation(() => AnnualActionPlan, { description: 'Het jaaractieplan van je centrum voor een ronde opstellen' })
  draftActionPlan(@IdArg('roundId') roundId: string, @Ctx() ctx: TrainingContext) {
    return serviceOf(ctx).draft(roundId);
  }

  @Authorized(...rolesAllowed(trainingPolicy['Mutation.addTrainingDossier']))
  @Mutation(() => AnnualActionPlan, { description: 'Een opleidingsdossier toevoegen (ontwerp of teruggestuurd)' })
  addTrainingDossier(
    @IdArg('planId') planId: string,
    @Arg('input', () => TrainingDossierInput) input: TrainingDossierInput,
    @ExpectedVersionArg() _expectedVersion: number | undefined, @Ctx() ctx: TrainingContext,
  ) {
    return serviceOf(ctx).addDossier(planId, input);
  }

  @Authorized(...rolesAllowed(trainingPolicy['Mutation.updateTrainingDossier']))
  @Mutation(() => TrainingDossier, { description: 'Een opleidingsdossier wijzigen (ontwerp of teruggestuurd)' })
  updateTrainingDossier(
    @IdArg('dossierId') dossierId: string,
    @Arg('input', () => TrainingDossierInput) input: TrainingDossierInput,
    @ExpectedVersionArg() _expectedVersion: number | undefined, @Ctx() ctx: TrainingContext,
  ) {
    return serviceOf(ctx).updateDossier(dossierId, input);
  }

  @Authorized(...rolesAllowed(trainingPolicy['Mutation.submitActionPlan']))
  @Mutation(() => AnnualActionPlan, { description: 'Het jaaractieplan indienen vóór de uiterste datum van de ronde' })
  submitActionPlan(@IdArg('planId') planId: string, @ExpectedVersionArg() _expectedVersion: number | undefined, @Ctx() ctx: TrainingContext) {
    return serviceOf(ctx).submit(planId);
  }

  @Authorized(...rolesAllowed(trainingPolicy['Mutation.startPlanReview']))
  @Mutation(() => AnnualActionPlan, { description: 'De kwaliteitssturing starten' })
  startPlanReview(@IdArg('planId') planId: string, @ExpectedVersionArg() _expectedVersion: number | undefined, @Ctx() ctx: TrainingContext) {
    return serviceOf(ctx).startReview(planId);
  }

  @Authorized(...rolesAllowed(trainingPolicy['Mutation.assessCriterion']))
  @Mutation(() => DossierCriterionCase, { description: 'Een criterium van een dossier beoordelen' })
  assessCriterion(
    @IdArg('caseId') caseId: string,
    @Arg('met', () => Boolean) met: boolean,
    @Arg('motivation', () => String) motivation: string,
    @Ctx() ctx: TrainingContext,
  ) {
    return serviceOf(ctx).assessCriterion(caseId, met, motivation);
  }

  @Authorized(...rolesAllowed(trainingPolicy['Mutation.adviseDossier']))
  @Mutation(() => TrainingDossier, { description: 'Advies over een dossier, verantwoord door de regels van de criteriaversie' })
  adviseDossier(
    @IdArg('dossierId') dossierId: string,
    @Arg('advice', () => DossierAdvice) advice: DossierAdvice,
    @Arg('motivation', () => String) motivation: string,
    @ExpectedVersionArg() _expectedVersion: number | undefined, @Ctx() ctx: TrainingContext,
  ) {
    return serviceOf(ctx).adviseDossier(dossierId, advice, motivation);
  }

  @Authorized(...rolesAllowed(trainingPolicy['Mutation.returnActionPlanForChanges']))
  @Mutation(() => AnnualActionPlan, { description: 'Terugsturen voor aanpassing, vóór de beslissing' })
  returnActionPlanForChanges(
    @IdArg('planId') planId: string,
    @Arg('reason', () => String) reason: string,
    @ExpectedVersionArg() _expectedVersion: number | undefined, @Ctx() ctx: TrainingContext,
  ) {
    return serviceOf(ctx).returnForChanges(planId, reason);
  }

  @FieldResolver(() => [String], {
    description:
      'De stappen die jij nu mag zetten (workflow, rol, eigen centrum, ronde, uiterste datum): addTrainingDossier, ' +
      'updateTrainingDossier, submit, startReview, assessCriterion, adviseDossier, returnForChanges, decide',
  })
  async allowedSteps(@Root() plan: PlanRow, @Ctx() ctx: TrainingContext) {
    const service = serviceOf(ctx);
    const [round, dossiers] = await Promise.all([service.roundById.load(plan.roundId), service.dossiersOf.load(plan.id)]);
    if (!round) return [];
    return allowedActionPlanSteps({ ...plan, dossierCount: dossiers.length }, round, requireUser(ctx), ctx.now());
  }

  @FieldResolver(() => TrainingCentre)
  centre(@Root() plan: PlanRow, @Ctx() ctx: TrainingContext) {
    return trainingCentreServiceOf(ctx).byId.load(plan.centreId);
  }

  @FieldResolver(() => ActionPlanRound)
  round(@Root() plan: PlanRow, @Ctx() ctx: TrainingContext) {
    return serviceOf(ctx).roundById.load(plan.roundId);
  }

  @FieldResolver(() => [TrainingDossier])
  dossiers(@Root() plan: PlanRow, @Ctx() ctx: TrainingContext) {
    return serviceOf(ctx).dossiersOf.load(plan.id);
  }

  @FieldResolver(() => [StatusChange], { description: 'Geschiedenis, oudste eerst' })
  history(@Root() plan: PlanRow, @Ctx() ctx: TrainingContext) {
    return serviceOf(ctx).historyOf.load(plan.id);
  }
}

@Resolver(() => TrainingDossier)
export class TrainingDossierResolver {
  @FieldResolver(() => [DossierCriterionCase], { description: 'Argumentatie per criterium' })
  cases(@Root() dossier: DossierRow, @Ctx() ctx: TrainingContext) {
    return serviceOf(ctx).casesOf.load(dossier.id);
  }
}

@Resolver(() => DossierCriterionCase)
export class DossierCriterionCaseResolver {
  @FieldResolver(() => Criterion)
  criterion(@Root() found: CaseRow, @Ctx() ctx: TrainingContext) {
    return serviceOf(ctx).criterionOf(found.criterionId);
  }
}
