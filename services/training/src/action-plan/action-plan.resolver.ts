import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { LocalDateScalar, PageInput, requireUser, Role, StatusChange } from '@werkplek/subgraph-kit';
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
  @Authorized(...readers)
  @Query(() => [ActionPlanRound], { description: 'Jaaractieplanrondes, recentste eerst' })
  actionPlanRounds(@Arg('year', () => Int, { nullable: true }) year: number | undefined, @Ctx() ctx: TrainingContext) {
    return serviceOf(ctx).listRounds(year);
  }

  @Authorized(Role.AgencyStaff)
  @Mutation(() => ActionPlanRound, { description: 'Een ronde openen (april of november) met de geldende criteriaversie' })
  openActionPlanRound(@Arg('input', () => OpenActionPlanRoundInput) input: OpenActionPlanRoundInput, @Ctx() ctx: TrainingContext) {
    return serviceOf(ctx).openRound(input);
  }

  @Authorized(Role.AgencyStaff)
  @Mutation(() => ActionPlanRound, { description: "De Raad van bestuur legt de programma's vast (december)" })
  recordBoardDecision(
    @Arg('roundId', () => ID) roundId: string,
    @Arg('decidedOn', () => LocalDateScalar) decidedOn: Date,
    @Ctx() ctx: TrainingContext,
  ) {
    return serviceOf(ctx).recordBoardDecision(roundId, decidedOn);
  }

  @Authorized(Role.AgencyStaff, Role.Inspector)
  @Query(() => RoundResults, { description: '(Niet-)erkenningen als innovatief en/of flexibel traject per kenmerk' })
  roundResults(@Arg('roundId', () => ID) roundId: string, @Ctx() ctx: TrainingContext) {
    return serviceOf(ctx).roundResults(roundId);
  }

  @FieldResolver(() => [StatusChange], { description: 'Geschiedenis, oudste eerst' })
  history(@Root() round: RoundRow, @Ctx() ctx: TrainingContext) {
    return serviceOf(ctx).historyOf.load(round.id);
  }
}

@Resolver(() => AnnualActionPlan)
export class AnnualActionPlanResolver {
  @Authorized(...readers)
  @Query(() => AnnualActionPlanConnection, { description: 'Jaaractieplannen die je mag zien (een centrum: alleen de eigen)' })
  actionPlans(
    @Arg('filter', () => ActionPlanFilter, { nullable: true }) filter: ActionPlanFilter | undefined,
    @Arg('sort', () => ActionPlanSort, { defaultValue: ActionPlanSort.CREATED_AT_DESC }) sort: ActionPlanSort,
    @Arg('page', () => PageInput, { nullable: true }) page: PageInput | undefined,
    @Ctx() ctx: TrainingContext,
  ) {
    return serviceOf(ctx).list(filter, sort, page);
  }

  @Authorized(...readers)
  @Query(() => AnnualActionPlan, { description: 'Eén jaaractieplan' })
  actionPlan(@Arg('id', () => ID) id: string, @Ctx() ctx: TrainingContext) {
    return serviceOf(ctx).plan(id);
  }

  @Authorized(Role.CentreUser)
  @Mutation(() => AnnualActionPlan, { description: 'Het jaaractieplan van je centrum voor een ronde opstellen' })
  draftActionPlan(@Arg('roundId', () => ID) roundId: string, @Ctx() ctx: TrainingContext) {
    return serviceOf(ctx).draft(roundId);
  }

  @Authorized(...editors)
  @Mutation(() => AnnualActionPlan, { description: 'Een opleidingsdossier toevoegen (ontwerp of teruggestuurd)' })
  addTrainingDossier(
    @Arg('planId', () => ID) planId: string,
    @Arg('input', () => TrainingDossierInput) input: TrainingDossierInput,
    @Ctx() ctx: TrainingContext,
  ) {
    return serviceOf(ctx).addDossier(planId, input);
  }

  @Authorized(...editors)
  @Mutation(() => TrainingDossier, { description: 'Een opleidingsdossier wijzigen (ontwerp of teruggestuurd)' })
  updateTrainingDossier(
    @Arg('dossierId', () => ID) dossierId: string,
    @Arg('input', () => TrainingDossierInput) input: TrainingDossierInput,
    @Ctx() ctx: TrainingContext,
  ) {
    return serviceOf(ctx).updateDossier(dossierId, input);
  }

  @Authorized(...editors)
  @Mutation(() => AnnualActionPlan, { description: 'Het jaaractieplan indienen vóór de uiterste datum van de ronde' })
  submitActionPlan(@Arg('planId', () => ID) planId: string, @Ctx() ctx: TrainingContext) {
    return serviceOf(ctx).submit(planId);
  }

  @Authorized(Role.AgencyStaff)
  @Mutation(() => AnnualActionPlan, { description: 'De kwaliteitssturing starten' })
  startPlanReview(@Arg('planId', () => ID) planId: string, @Ctx() ctx: TrainingContext) {
    return serviceOf(ctx).startReview(planId);
  }

  @Authorized(Role.AgencyStaff)
  @Mutation(() => DossierCriterionCase, { description: 'Een criterium van een dossier beoordelen' })
  assessCriterion(
    @Arg('caseId', () => ID) caseId: string,
    @Arg('met', () => Boolean) met: boolean,
    @Arg('motivation', () => String) motivation: string,
    @Ctx() ctx: TrainingContext,
  ) {
    return serviceOf(ctx).assessCriterion(caseId, met, motivation);
  }

  @Authorized(Role.AgencyStaff)
  @Mutation(() => TrainingDossier, { description: 'Advies over een dossier, verantwoord door de regels van de criteriaversie' })
  adviseDossier(
    @Arg('dossierId', () => ID) dossierId: string,
    @Arg('advice', () => DossierAdvice) advice: DossierAdvice,
    @Arg('motivation', () => String) motivation: string,
    @Ctx() ctx: TrainingContext,
  ) {
    return serviceOf(ctx).adviseDossier(dossierId, advice, motivation);
  }

  @Authorized(Role.AgencyStaff)
  @Mutation(() => AnnualActionPlan, { description: 'Terugsturen voor aanpassing, vóór de beslissing' })
  returnActionPlanForChanges(
    @Arg('planId', () => ID) planId: string,
    @Arg('reason', () => String) reason: string,
    @Ctx() ctx: TrainingContext,
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
