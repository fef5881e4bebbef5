import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { rolesAllowed, requireUser, Role, ExpectedVersionArg } from '@werkplek/subgraph-kit';
import { dualLearningPolicy } from '../access/policy.js';
import type { DualLearningContext } from '../context.js';
import type { Recognition as RecognitionRow, RevocationProposal as ProposalRow } from '../generated/prisma/client.js';
import { RevocationProposalStatus } from '../generated/prisma/enums.js';
import { recognitionServiceOf } from '../recognition/recognition.service.js';
import { Recognition } from '../recognition/recognition.types.js';
import { StatusChange } from '../shared/history.js';
import { revocationProposalServiceOf as serviceOf } from './revocation-proposal.service.js';
import {
  AuditReference,
  DecideRevocationProposalInput,
  ReceiveRevocationProposalInput,
  RecognitionRevocationProposal,
} from './revocation-proposal.types.js';

@Resolver(() => RecognitionRevocationProposal)
export class RevocationProposalResolver {
  @Authorized(...rolesAllowed(dualLearningPolicy['Query.revocationProposals']))
  @Query(() => [RecognitionRevocationProposal], {
    description: 'Voorstellen van de inspectie tot opheffing of uitsluiting (partnerschap: enkel de eigen erkenningen), nieuwste eerst',
  })
  revocationProposals(
    @Arg('status', () => RevocationProposalStatus, { nullable: true }) status: RevocationProposalStatus | null | undefined,
    @Ctx() ctx: DualLearningContext,
  ) {
    return serviceOf(ctx).list(status);
  }

  @Authorized(...rolesAllowed(dualLearningPolicy['Mutation.receiveRevocationProposal']))
  @Mutation(() => RecognitionRevocationProposal, {
    description: 'De inspectie bezorgt een voorstel tot opheffing of uitsluiting (enkel de dienst; herhalen met dezelfde id doet niets)',
  })
  receiveRevocationProposal(
    @Arg('input', () => ReceiveRevocationProposalInput) input: ReceiveRevocationProposalInput,
    @Ctx() ctx: DualLearningContext,
  ) {
    return serviceOf(ctx).receive(input);
  }

  @Authorized(...rolesAllowed(dualLearningPolicy['Mutation.decideRevocationProposal']))
  @Mutation(() => RecognitionRevocationProposal, {
    description: 'Beslissen over een voorstel van de inspectie: aanvaarden heft op of sluit uit in dezelfde stap (§3.6)',
  })
  decideRevocationProposal(
    @Arg('input', () => DecideRevocationProposalInput) input: DecideRevocationProposalInput,
    @ExpectedVersionArg() _expectedVersion: number | undefined, @Ctx() ctx: DualLearningContext,
  ) {
    return serviceOf(ctx).decide(input);
  }

  @FieldResolver(() => AuditReference, { description: 'De doorlichting die tot het voorstel leidde' })
  audit(@Root() proposal: ProposalRow): AuditReference {
    return { id: proposal.auditId };
  }

  @FieldResolver(() => Recognition, { nullable: true, description: 'De erkenning (null als je ze niet mag zien)' })
  recognition(@Root() proposal: ProposalRow, @Ctx() ctx: DualLearningContext) {
    const recognitions = recognitionServiceOf(ctx);
    // A service identity reads the proposals it delivered and their recognition; it has no visibility rule of its own.
    return requireUser(ctx).role === Role.Service
      ? recognitions.byId.load(proposal.recognitionId)
      : recognitions.visibleById.load(proposal.recognitionId);
  }

  @Authorized(Role.AgencyStaff, Role.PartnershipStaff, Role.Inspector)
  @FieldResolver(() => [StatusChange], { description: 'Geschiedenis, oudste eerst' })
  history(@Root() proposal: ProposalRow, @Ctx() ctx: DualLearningContext) {
    return recognitionServiceOf(ctx).historyOf.load(proposal.id);
  }
}

/** Recognition.revocationProposals: what audits proposed for this recognition (not for companies or schools). */
@Resolver(() => Recognition)
export class RecognitionRevocationProposalsResolver {
  @Authorized(Role.AgencyStaff, Role.Inspector, Role.PartnershipStaff, Role.Service)
  @FieldResolver(() => [RecognitionRevocationProposal], { description: 'Voorstellen van de inspectie tot opheffing of uitsluiting, nieuwste eerst' })
  revocationProposals(@Root() recognition: RecognitionRow, @Ctx() ctx: DualLearningContext) {
    return serviceOf(ctx).byRecognition.load(recognition.id);
  }
}

/** Audit.recognitionRevocations: the proposals a doorlichting led to, for the inspection's screens. */
@Resolver(() => AuditReference)
export class AuditRevocationsResolver {
  @Authorized(Role.AgencyStaff, Role.Inspector, Role.Service)
  @FieldResolver(() => [RecognitionRevocationProposal], { description: 'Voorstellen tot opheffing of uitsluiting na deze doorlichting' })
  recognitionRevocations(@Root() audit: AuditReference, @Ctx() ctx: DualLearningContext) {
    return serviceOf(ctx).byAudit.load(audit.id);
  }
}
