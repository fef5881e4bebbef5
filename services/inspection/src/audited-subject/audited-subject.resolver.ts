import { Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Role, requireUser } from '@werkplek/subgraph-kit';
import type { InspectionContext } from '../context.js';
import { Inspection } from '../inspection/inspection.types.js';
import { TrainingCentreReference, WorkplaceReference } from './audited-subject.types.js';

@Resolver(() => WorkplaceReference)
export class WorkplaceInspectionsResolver {
  @Authorized(Role.AgencyStaff, Role.Inspector)
  @FieldResolver(() => [Inspection], { description: 'Doorlichtingen van deze werkplek' })
  inspections(@Root() workplace: WorkplaceReference, @Ctx() ctx: InspectionContext) {
    return ctx.inspections.ofWorkplace(workplace.id);
  }
}

@Resolver(() => TrainingCentreReference)
export class TrainingCentreInspectionsResolver {
  @Authorized()
  @FieldResolver(() => [Inspection], { description: 'Doorlichtingen van dit opleidingscentrum' })
  inspections(@Root() centre: TrainingCentreReference, @Ctx() ctx: InspectionContext) {
    return ctx.inspections.ofTrainingCentre(requireUser(ctx), centre.id);
  }
}
