import { Arg, Authorized, Ctx, FieldResolver, Float, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PageInput, requireUser, Role, rolesAllowed, StatusChange, IdArg, ExpectedVersionArg } from '@werkplek/subgraph-kit';
import { trainingPolicy } from '../access/policy.js';
import type { TrainingContext } from '../context.js';
import type { QualitativeAnnualPlan as PlanRow, QualitativePlanItem as ItemRow } from '../generated/prisma/client.js';
import { TrainingCentre } from '../training-centre/training-centre.types.js';
import { trainingCentreServiceOf } from '../training-centre/training-centre.service.js';
import { allowedQualitativePlanSteps } from './allowed-steps.js';
import { qualitativePlanServiceOf as serviceOf } from './qualitative-plan.service.js';
import { qualitativePlanSections } from './template-sections.js';
import {
  DraftQualitativePlanInput,
  QualitativeAnnualPlan,
  QualitativeAnnualPlanConnection,
  QualitativePlanAssessmentInput,
  QualitativePlanFilter,
  QualitativePlanItem,
  QualitativePlanItemInput,
  QualitativePlanSection,
  RealisationStatus,
  QualitativePlanSort,
} from './qualitative-plan.types.js';

const readers = [Role.AgencyStaff, Role.CentreUser, Role.Inspector];

@Resolver(() => QualitativeAnnualPlan)
export class QualitativePlanResolver {
  @Authorized(...rolesAllowed(trainingPolicy['Query.qualitativePlanSections']))
  @Query(() => [QualitativePlanSection], { description: 'De rubrieken van het sjabloon van het kwalitatief jaarplan' })
  qualitativePlanSections() {
    return qualitativePlanSections;
  }

  @Authorized(...rolesAllowed(trainingPolicy['Query.qualitativePlans']))
  @Query(() => QualitativeAnnualPlanConnection, { description: 'Kwalitatieve jaarplannen die je mag zien (een centrum: alleen de eigen)' })
  qualitativePlans(
    @Arg('filter', () => QualitativePlanFilter, { nullable: true }) filter: QualitativePlanFilter | undefined,
    @Arg('sort', () => QualitativePlanSort, { defaultValue: QualitativePlanSort.YEAR_DESC }) sort: QualitativePlanSort,
    @Arg('page', () => PageInput, { nullable: true }) page: PageInput | undefined,
    @Ctx() ctx: TrainingContext,
  ) {
    return serviceOf(ctx).list(filter, sort, page);
  }

  @Authorized(...rolesAllowed(trainingPolicy['Query.qualitativePlan']))
  @Query(() => QualitativeAnnualPlan, { description: 'Eén kwalitatief jaarplan' })
  qualitativePlan(@IdArg('id') id: string, @Ctx() ctx: TrainingContext) {
    return serviceOf(ctx).get(id);
  }

  @Authorized(...rolesAllowed(trainingPolicy['Mutation.draftQualitativePlan']))
  @Mutation(() => QualitativeAnnualPlan, { description: 'Het kwalitatief jaarplan van je centrum opstellen, volgens het sjabloon' })
  draftQualitativePlan(@Arg('input', () => DraftQualitativePlanInput) input: DraftQualitativePlanInput, @Ctx() ctx: TrainingContext) {
    return serviceOf(ctx).draft(input);
  }

  @Authorized(...rolesAllowed(trainingPolicy['Mutation.addQualitativePlanItem']))
  @Mutation(() => QualitativeAnnualPlan, { description: 'Een item toevoegen aan een ontwerp' })
  addQualitativePlanItem(
    @IdArg('planId') planId: string,
    @Arg('input', () => QualitativePlanItemInput) input: QualitativePlanItemInput,
    @ExpectedVersionArg() _expectedVersion: number | undefined, @Ctx() ctx: TrainingContext,
  ) {
    return serviceOf(ctx).addItem(planId, input);
  }

  @Authorized(...rolesAllowed(trainingPolicy['Mutation.submitQualitativePlan']))
  @Mutation(() => QualitativeAnnualPlan, { description: 'Het jaarplan indienen' })
  submitQualitativePlan(@IdArg('id') id: string, @ExpectedVersionArg() _expectedVersion: number | undefined, @Ctx() ctx: TrainingContext) {
    return serviceOf(ctx).submit(id);
  }

  @Authorized(...rolesAllowed(trainingPolicy['Mutation.assessQualitativePlan']))
  @Mutation(() => QualitativeAnnualPlan, { description: 'Beoordelen tegenover de doelstellingen van het JOP' })
  assessQualitativePlan(
    @IdArg('id') id: string,
    @Arg('assessment', () => QualitativePlanAssessmentInput) assessment: QualitativePlanAssessmentInput,
    @ExpectedVersionArg() _expectedVersion: number | undefined, @Ctx() ctx: TrainingContext,
  ) {
    return serviceOf(ctx).assess(id, assessment);
  }

  @Authorized(...rolesAllowed(trainingPolicy['Mutation.recordRealisation']))
  @Mutation(() => QualitativePlanItem, { description: 'Realisatie van een item in de ronde van Vlaanderen, met budgettaire weerslag' })
  recordRealisation(
    @IdArg('itemId') itemId: string,
    @Arg('status', () => RealisationStatus) status: RealisationStatus,
    @Arg('note', () => String, { nullable: true }) note: string | undefined,
    @Arg('budgetImpact', () => Float, { nullable: true, description: 'In euro' }) budgetImpact: number | undefined,
    @Ctx() ctx: TrainingContext,
  ) {
    return serviceOf(ctx).recordRealisation(itemId, status, note, budgetImpact);
  }

  @FieldResolver(() => TrainingCentre)
  centre(@Root() plan: PlanRow, @Ctx() ctx: TrainingContext) {
    return trainingCentreServiceOf(ctx).byId.load(plan.centreId);
  }

  @FieldResolver(() => [QualitativePlanItem])
  items(@Root() plan: PlanRow, @Ctx() ctx: TrainingContext) {
    return serviceOf(ctx).itemsOf.load(plan.id);
  }

  @FieldResolver(() => [String], {
    description: 'De stappen die jij nu mag zetten (workflow, rol, eigen centrum, verplichte rubrieken): addItem, submit, assess, recordRealisation',
  })
  async allowedSteps(@Root() plan: PlanRow, @Ctx() ctx: TrainingContext) {
    const items = await serviceOf(ctx).itemsOf.load(plan.id);
    return allowedQualitativePlanSteps({ ...plan, sectionsWithItems: items.map((item) => item.section) }, requireUser(ctx));
  }

  @FieldResolver(() => [StatusChange], { description: 'Geschiedenis, oudste eerst' })
  history(@Root() plan: PlanRow, @Ctx() ctx: TrainingContext) {
    return serviceOf(ctx).historyOf.load(plan.id);
  }
}

@Resolver(() => QualitativePlanItem)
export class QualitativePlanItemResolver {
  @FieldResolver(() => Float, { nullable: true, description: 'Budgettaire weerslag in euro' })
  budgetImpact(@Root() item: ItemRow) {
    return item.budgetImpact === null ? null : Number(item.budgetImpact);
  }
}
