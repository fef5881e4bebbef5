import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Role, requireUser } from '@werkplek/subgraph-kit';
import type { InspectionContext } from '../context.js';
import { TrainingCentreReference, WorkplaceReference } from '../audited-subject/audited-subject.types.js';
import { inspectionReference } from './inspection.rules.js';
import { Inspection, PlanInspectionInput } from './inspection.types.js';

@Resolver(() => Inspection)
export class InspectionResolver {
  @Authorized(Role.AgencyStaff, Role.Inspector)
  @Query(() => [Inspection], { description: 'Alle doorlichtingen' })
  inspections(@Ctx() ctx: InspectionContext) {
    return ctx.inspections.list();
  }

  @Authorized(Role.AgencyStaff, Role.Inspector)
  @Query(() => Inspection, { description: 'Eén doorlichting' })
  inspection(@Arg('id', () => ID) id: string, @Ctx() ctx: InspectionContext) {
    return ctx.inspections.get(id);
  }

  @Authorized(Role.Inspector, Role.AgencyStaff)
  @Mutation(() => Inspection, { description: 'Een doorlichting plannen; de planner wordt hoofdinspecteur' })
  planInspection(@Arg('input', () => PlanInspectionInput) input: PlanInspectionInput, @Ctx() ctx: InspectionContext) {
    return ctx.inspections.plan(requireUser(ctx), input);
  }

  @FieldResolver(() => String, { description: 'Referentie, bv. INS-2026-0007' })
  reference(@Root() inspection: Inspection) {
    return inspectionReference(inspection);
  }

  @FieldResolver(() => WorkplaceReference, { nullable: true, description: 'De doorgelichte werkplek' })
  workplace(@Root() inspection: Inspection): WorkplaceReference | null {
    return inspection.workplaceId ? { id: inspection.workplaceId } : null;
  }

  @FieldResolver(() => TrainingCentreReference, { nullable: true, description: 'Het doorgelichte opleidingscentrum' })
  trainingCentre(@Root() inspection: Inspection): TrainingCentreReference | null {
    return inspection.trainingCentreId ? { id: inspection.trainingCentreId } : null;
  }
}
