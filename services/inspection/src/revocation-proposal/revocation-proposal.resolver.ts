import { rolesAllowed } from '@werkplek/subgraph-kit';
import { inspectionPolicy } from '../access/policy.js';
import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { notFound, Role } from '@werkplek/subgraph-kit';
import type { InspectionContext } from '../context.js';
import type { Audit as AuditRow, RevocationProposal as ProposalRow } from '../generated/prisma/client.js';
import { Audit } from '../audit/audit.types.js';
import { RecognitionReference } from '../audited-subject/audited-subject.types.js';
import { revocationProposalServiceOf as serviceOf } from './revocation-proposal.service.js';
import { ProposalDelivery, ProposeRevocationInput, RevocationProposal } from './revocation-proposal.types.js';

const readers = [Role.AgencyStaff, Role.Inspector];

@Resolver(() => RevocationProposal)
export class RevocationProposalResolver {
  @Authorized(...rolesAllowed(inspectionPolicy['Mutation.proposeRevocation']))
  @Mutation(() => RevocationProposal, {
    description:
      'Na een doorlichting van een werkplek met (ernstige) tekortkomingen: opheffing van de erkenning of uitsluiting van de onderneming voorstellen aan duaal leren; veilig om te herhalen',
  })
  proposeRevocation(@Arg('input', () => ProposeRevocationInput) input: ProposeRevocationInput, @Ctx() ctx: InspectionContext) {
    return serviceOf(ctx).propose(input);
  }

  @Authorized(...readers)
  // Not `revocationProposals`: that root field is dual learning's (the proposals it received and decides on).
  @Query(() => [RevocationProposal], {
    description: 'Voorstellen tot opheffing of uitsluiting die de inspectie deed, met hun bezorging aan duaal leren, recentste eerst',
  })
  proposedRevocations(
    @Arg('delivery', () => ProposalDelivery, { nullable: true }) delivery: ProposalDelivery | undefined,
    @Ctx() ctx: InspectionContext,
  ) {
    return serviceOf(ctx).list(delivery);
  }

  @FieldResolver(() => RecognitionReference, { description: 'De erkenning (duaal leren)' })
  recognition(@Root() proposal: ProposalRow): RecognitionReference {
    return { id: proposal.recognitionId };
  }

  @FieldResolver(() => Audit)
  async audit(@Root() proposal: ProposalRow, @Ctx() ctx: InspectionContext) {
    const audit = await serviceOf(ctx).auditById.load(proposal.auditId);
    if (!audit) throw notFound({ nl: 'Doorlichting', en: 'Audit' }, proposal.auditId);
    return audit;
  }
}

@Resolver(() => Audit)
export class AuditRevocationProposalsResolver {
  @Authorized(...readers)
  @FieldResolver(() => [RevocationProposal], { description: 'Voorstellen tot opheffing of uitsluiting na deze doorlichting' })
  revocationProposals(@Root() audit: AuditRow, @Ctx() ctx: InspectionContext) {
    return serviceOf(ctx).ofAudit.load(audit.id);
  }
}
