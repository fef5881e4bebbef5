import { rolesAllowed, ExpectedVersionArg } from '@werkplek/subgraph-kit';
import { inspectionPolicy } from '../access/policy.js';
import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { notFound, Role } from '@werkplek/subgraph-kit';
import type { InspectionContext } from '../context.js';
import type { Audit as AuditRow, Finding as FindingRow } from '../generated/prisma/client.js';
import { Audit } from '../audit/audit.types.js';
import { PartnershipReference, TrainingCentreReference, WorkplaceReference } from '../audited-subject/audited-subject.types.js';
import { FINDING, findingServiceOf as serviceOf } from './finding.service.js';
import { Finding, RecordFindingInput, UpdateFindingInput } from './finding.types.js';

@Resolver(() => Finding)
export class FindingResolver {
  @Authorized(...rolesAllowed(inspectionPolicy['Mutation.recordFinding']))
  @Mutation(() => Finding, { description: 'Een vaststelling noteren (doorlichting in uitvoering); veilig om te herhalen' })
  recordFinding(@Arg('input', () => RecordFindingInput) input: RecordFindingInput, @Ctx() ctx: InspectionContext) {
    return serviceOf(ctx).record(input);
  }

  @Authorized(...rolesAllowed(inspectionPolicy['Mutation.updateFinding']))
  @Mutation(() => Finding, { description: 'Een vaststelling wijzigen (doorlichting in uitvoering)' })
  updateFinding(@Arg('input', () => UpdateFindingInput) input: UpdateFindingInput, @ExpectedVersionArg() _expectedVersion: number | undefined, @Ctx() ctx: InspectionContext) {
    return serviceOf(ctx).update(input);
  }

  @FieldResolver(() => Boolean, { description: 'Nog niet opgelost' })
  isOpen(@Root() finding: FindingRow): boolean {
    return finding.resolvedOn === null;
  }

  @FieldResolver(() => Audit)
  async audit(@Root() finding: FindingRow, @Ctx() ctx: InspectionContext) {
    const audit = await serviceOf(ctx).auditById.load(finding.auditId);
    if (!audit) throw notFound(FINDING, finding.id);
    return audit;
  }
}

@Resolver(() => Audit)
export class AuditFindingsResolver {
  @FieldResolver(() => [Finding], { description: 'Vaststellingen, oudste eerst' })
  findings(@Root() audit: AuditRow, @Ctx() ctx: InspectionContext) {
    return serviceOf(ctx).findingsOfAudit.load(audit.id);
  }
}

const openFindingsDescription =
  'Openstaande vaststellingen uit doorlichtingen die je mag zien (niet geannuleerd); een centrum of partnerschap: alleen uit de eigen opgeleverde verslagen';

@Resolver(() => WorkplaceReference)
export class WorkplaceFindingsResolver {
  @FieldResolver(() => [Finding], { description: openFindingsDescription })
  async openFindings(@Root() workplace: WorkplaceReference, @Ctx() ctx: InspectionContext) {
    return (await serviceOf(ctx).openFindingsOfWorkplace.load(workplace.id)).map((row) => row.finding);
  }
}

@Resolver(() => TrainingCentreReference)
export class TrainingCentreFindingsResolver {
  @FieldResolver(() => [Finding], { description: openFindingsDescription })
  async openFindings(@Root() centre: TrainingCentreReference, @Ctx() ctx: InspectionContext) {
    return (await serviceOf(ctx).openFindingsOfTrainingCentre.load(centre.id)).map((row) => row.finding);
  }
}

@Resolver(() => PartnershipReference)
export class PartnershipFindingsResolver {
  @FieldResolver(() => [Finding], { description: openFindingsDescription })
  async openFindings(@Root() partnership: PartnershipReference, @Ctx() ctx: InspectionContext) {
    return (await serviceOf(ctx).openFindingsOfPartnership.load(partnership.id)).map((row) => row.finding);
  }
}
