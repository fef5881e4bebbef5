import { GraphQLCallError, type GraphClient } from '../cross-domain/graph-client.js';
import type { DeliveryOutcome, ProposalDelivery, RevocationProposalMessage } from './proposal-delivery.js';

const RECEIVE = `mutation InspectionReceiveRevocationProposal($input: ReceiveRevocationProposalInput!) {
  receiveRevocationProposal(input: $input) { id status }
}`;

/**
 * The dual-learning domain's answers that will not change by retrying: it validated the proposal and said no (the
 * recognition does not exist or is no longer active, the exclusion date is past, the service may not, the id is
 * already used for another proposal). Everything else (network, timeouts, UNAUTHENTICATED from a misconfigured
 * secret, a schema mismatch, internal errors) is retried.
 */
const REFUSALS = new Set(['BAD_USER_INPUT', 'NOT_FOUND', 'INVALID_STATE_TRANSITION', 'FORBIDDEN', 'CONFLICT']);

const localDate = (date: Date) => date.toISOString().slice(0, 10);

/** Delivers through the gateway to dual learning's own mutation, which is idempotent by the proposal's id. */
export function gatewayProposalDelivery(client: GraphClient): ProposalDelivery {
  return {
    async deliver(message: RevocationProposalMessage): Promise<DeliveryOutcome> {
      try {
        await client.request<{ receiveRevocationProposal: { id: string; status: string } }>(
          'InspectionReceiveRevocationProposal',
          RECEIVE,
          {
            input: {
              id: message.id,
              auditId: message.auditId,
              auditReference: message.auditReference,
              recognitionId: message.recognitionId,
              workplaceId: message.workplaceId,
              kind: message.kind,
              reason: message.reason,
              exclusionUntil: message.exclusionUntil ? localDate(message.exclusionUntil) : null,
              proposedBy: message.proposedBy,
              proposedAt: message.proposedAt.toISOString(),
            },
          },
        );
        return { delivered: true };
      } catch (error) {
        if (error instanceof GraphQLCallError && REFUSALS.has(error.code)) {
          return { delivered: false, refusal: `${error.code}: ${error.message}` };
        }
        throw error;
      }
    },
  };
}
