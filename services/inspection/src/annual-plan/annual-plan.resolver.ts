import { rolesAllowed, IdArg, ExpectedVersionArg } from '@werkplek/subgraph-kit';
import { inspectionPolicy } from '../access/policy.js';
import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Role, StatusChange } from '@werkplek/subgraph-kit';
import type { InspectionContext } from '../context.js';
import type { AnnualPlan as PlanRow } from '../generated/prisma/client.js';
import { Audit, AuditKind, AuditSubjectType } from '../audit/audit.types.js';
import {
  PartnershipReference,
  TrackReference,
  TrainingCentreReference,
  WorkplaceReference,
} from '../audited-subject/audited-subject.types.js';
import { RiskWeightSetting } from '../risk/risk.types.js';
import { annualPlanServiceOf as serviceOf } from './annual-plan.service.js';
import {
  AnnualPlan,
  AnnualPlanCapacity,
  AnnualPlanItem,
  DraftAnnualPlanInput,
  SetAnnualPlanItemPlannedInput,
} from './annual-plan.types.js';

const planners = [Role.AgencyStaff, Role.Inspector];

@Resolver(() => AnnualPlan)
export class AnnualPlanResolver {
  @Authorized(...planners)
  @Query(() => AnnualPlan, { nullable: true, description: 'De jaarplanning van een jaar (leeg als er nog geen is)' })
  annualPlan(@Arg('year', () => Int) year: number, @Ctx() ctx: InspectionContext) {
    return serviceOf(ctx).planOfYear(year);
  }

  @Authorized(...planners)
  @Query(() => [AnnualPlan], { description: 'Alle jaarplanningen, recentste jaar eerst' })
  annualPlans(@Ctx() ctx: InspectionContext) {
    return serviceOf(ctx).plans();
  }

  @Authorized(...rolesAllowed(inspectionPolicy['Mutation.draftAnnualPlan']))
  @Mutation(() => AnnualPlan, {
    description:
      'Een jaarplanning opstellen: kandidaten per soort volgens risicoscore gerangschikt, de hoogste tot de capaciteit gepland, gespreid over de kwartalen',
  })
  draftAnnualPlan(@Arg('input', () => DraftAnnualPlanInput) input: DraftAnnualPlanInput, @Ctx() ctx: InspectionContext) {
    return serviceOf(ctx).draft(input);
  }

  @Authorized(...rolesAllowed(inspectionPolicy['Mutation.rescoreAnnualPlan']))
  @Mutation(() => AnnualPlan, { description: 'Een ontwerp opnieuw scoren met de gegevens van nu; keuzes met de hand blijven' })
  rescoreAnnualPlan(@IdArg('planId') planId: string, @ExpectedVersionArg() _expectedVersion: number | undefined, @Ctx() ctx: InspectionContext) {
    return serviceOf(ctx).rescore(planId);
  }

  @Authorized(...rolesAllowed(inspectionPolicy['Mutation.adoptAnnualPlan']))
  @Mutation(() => AnnualPlan, {
    description: 'De jaarplanning vaststellen: één geplande doorlichting per geplande kandidaat (nog zonder auditoren)',
  })
  adoptAnnualPlan(@IdArg('planId') planId: string, @ExpectedVersionArg() _expectedVersion: number | undefined, @Ctx() ctx: InspectionContext) {
    return serviceOf(ctx).adopt(planId);
  }

  @FieldResolver(() => [RiskWeightSetting], { description: 'De gewichten van de laatste scoring (geldig op 1 januari van het jaar)' })
  weights(@Root() plan: PlanRow, @Ctx() ctx: InspectionContext) {
    return serviceOf(ctx).weightsOf(plan);
  }

  @FieldResolver(() => [AnnualPlanCapacity])
  capacities(@Root() plan: PlanRow, @Ctx() ctx: InspectionContext) {
    return serviceOf(ctx).capacities(plan);
  }

  @FieldResolver(() => [AnnualPlanItem], { description: 'Kandidaten per soort in volgorde van rang' })
  items(
    @Root() plan: PlanRow,
    @Arg('kind', () => AuditKind, { nullable: true }) kind: AuditKind | undefined,
    @Arg('plannedOnly', () => Boolean, { nullable: true }) plannedOnly: boolean | undefined,
    @Ctx() ctx: InspectionContext,
  ) {
    return serviceOf(ctx).items(plan, kind, plannedOnly);
  }

  @FieldResolver(() => [StatusChange], { description: 'Geschiedenis, oudste eerst' })
  history(@Root() plan: PlanRow, @Ctx() ctx: InspectionContext) {
    return serviceOf(ctx).historyOf.load(plan.id);
  }
}

@Resolver(() => AnnualPlanItem)
export class AnnualPlanItemResolver {
  @Authorized(...rolesAllowed(inspectionPolicy['Mutation.setAnnualPlanItemPlanned']))
  @Mutation(() => AnnualPlanItem, {
    description:
      'Een kandidaat met de hand plannen of schrappen (ontwerp); de capaciteit blijft, een motivering is verplicht tegen de rangschikking in',
  })
  setAnnualPlanItemPlanned(@Arg('input', () => SetAnnualPlanItemPlannedInput) input: SetAnnualPlanItemPlannedInput, @Ctx() ctx: InspectionContext) {
    return serviceOf(ctx).setPlanned(input);
  }

  @FieldResolver(() => PartnershipReference, { nullable: true, description: 'Het sectoraal partnerschap, als het onderwerp er een is of bij een hoort' })
  partnership(@Root() item: AnnualPlanItem) {
    if (item.subjectType === AuditSubjectType.PARTNERSHIP) return { id: item.subjectId };
    return item.partnershipId ? { id: item.partnershipId } : null;
  }

  @FieldResolver(() => TrainingCentreReference, { nullable: true, description: 'Het opleidingscentrum, als het onderwerp er een is of bij een hoort' })
  trainingCentre(@Root() item: AnnualPlanItem) {
    if (item.subjectType === AuditSubjectType.TRAINING_CENTRE) return { id: item.subjectId };
    return item.trainingCentreId ? { id: item.trainingCentreId } : null;
  }

  @FieldResolver(() => WorkplaceReference, { nullable: true })
  workplace(@Root() item: AnnualPlanItem) {
    return item.subjectType === AuditSubjectType.WORKPLACE ? { id: item.subjectId } : null;
  }

  @FieldResolver(() => TrackReference, { nullable: true })
  track(@Root() item: AnnualPlanItem) {
    return item.subjectType === AuditSubjectType.TRACK ? { id: item.subjectId } : null;
  }

  @FieldResolver(() => Audit, { nullable: true, description: 'De doorlichting die de vaststelling aanmaakte' })
  audit(@Root() item: AnnualPlanItem, @Ctx() ctx: InspectionContext) {
    return serviceOf(ctx).auditOf(item);
  }
}
