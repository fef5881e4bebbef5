import type { RevocationKind } from '../generated/prisma/enums.js';

/** What the dual-learning domain receives: the proposal and the audit that caused it. */
export interface RevocationProposalMessage {
  id: string;
  auditId: string;
  /** AUD-<year>-<number>, for the recognition's history. */
  auditReference: string;
  recognitionId: string;
  /** The audited workplace, when the audit's subject is one: the owner checks the recognition is that workplace's. */
  workplaceId: string | null;
  kind: RevocationKind;
  reason: string;
  exclusionUntil: Date | null;
  proposedBy: string;
  proposedAt: Date;
}

/** `delivered`: the owner has it (also when it already had it); `refused`: the owner will never take it (reason). */
export type DeliveryOutcome = { delivered: true } | { delivered: false; refusal: string };

/**
 * Hands a proposal to the dual-learning domain, which owns the decision. Throws when the owner cannot be reached
 * (the outbox retries later); answers `refused` when the owner rejects it for good.
 */
export interface ProposalDelivery {
  deliver(message: RevocationProposalMessage): Promise<DeliveryOutcome>;
}
