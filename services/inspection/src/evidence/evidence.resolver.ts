import { rolesAllowed, IdArg } from '@werkplek/subgraph-kit';
import { inspectionPolicy } from '../access/policy.js';
import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Role } from '@werkplek/subgraph-kit';
import type { InspectionContext } from '../context.js';
import { Audit } from '../audit/audit.types.js';
import type { AuditRow } from '../shared/audit-rows.js';
import { evidenceServiceOf as serviceOf } from './evidence.service.js';
import { EvidenceFile, UploadEvidenceInput } from './evidence.types.js';

/** The audit's readers see the metadata (the audited party too, once reported); the content stays with the agency. */
const readers = [Role.AgencyStaff, Role.Inspector, Role.CentreUser, Role.PartnershipStaff];

@Resolver(() => Audit)
export class EvidenceAuditResolver {
  @FieldResolver(() => [EvidenceFile], { description: 'Bewijsstukken (alleen de gegevens, niet de inhoud), oudste eerst' })
  evidence(@Root() audit: Partial<AuditRow> & { id: string }, @Ctx() ctx: InspectionContext) {
    return serviceOf(ctx).ofAudit(audit);
  }
}

@Resolver(() => EvidenceFile)
export class EvidenceResolver {
  @Authorized(...readers)
  @Query(() => EvidenceFile, { description: 'Eén bewijsstuk' })
  evidenceFile(@IdArg('id') id: string, @Ctx() ctx: InspectionContext) {
    return serviceOf(ctx).file(id);
  }

  @Authorized(...rolesAllowed(inspectionPolicy['Mutation.uploadEvidence']))
  @Mutation(() => EvidenceFile, {
    description: 'Een bewijsstuk opladen (van de voorbereiding tot de opvolging), door een toegewezen inspecteur; veilig te herhalen met dezelfde id',
  })
  uploadEvidence(@Arg('input', () => UploadEvidenceInput) input: UploadEvidenceInput, @Ctx() ctx: InspectionContext) {
    return serviceOf(ctx).upload(input);
  }

  @Authorized(...rolesAllowed(inspectionPolicy['Mutation.removeEvidence']))
  @Mutation(() => ID, { description: 'Een bewijsstuk verwijderen vóór het verslag: door wie het oplaadde of de leidend inspecteur' })
  removeEvidence(
    @IdArg('id') id: string,
    @IdArg('clientMutationId', { nullable: true }) clientMutationId: string | undefined,
    @Ctx() ctx: InspectionContext,
  ) {
    return serviceOf(ctx).remove(id, clientMutationId);
  }

  @Authorized(Role.AgencyStaff, Role.Inspector)
  @FieldResolver(() => String, { nullable: true, description: 'De inhoud in base64: alleen voor het agentschap en de inspecteurs' })
  contentBase64(@Root() file: EvidenceFile, @Ctx() ctx: InspectionContext) {
    return serviceOf(ctx).contentBase64(file.id);
  }
}
