import { graphql } from '../gql/index.js';

/** A proposal of the inspection as the list shows it; the decision answers with the same fields. */
export const REVOCATION_PROPOSAL_FIELDS = graphql(`
  fragment DualLearningRevocationProposalFields on RecognitionRevocationProposal {
    id
    version
    kind
    reason
    exclusionUntil
    auditReference
    proposedBy
    receivedAt
    status
    decidedBy
    decidedAt
    decisionNote
    recognition {
      id
      workplace {
        id
        name
      }
      training {
        id
        name
      }
      partnership {
        id
        name
      }
    }
  }
`);

export const REVOCATION_PROPOSALS_QUERY = graphql(`
  query DualLearningRevocationProposals($status: RevocationProposalStatus) {
    revocationProposals(status: $status) {
      ...DualLearningRevocationProposalFields
    }
  }
`);

export const DECIDE_REVOCATION_PROPOSAL = graphql(`
  mutation DualLearningDecideRevocationProposal($input: DecideRevocationProposalInput!, $expectedVersion: Int) {
    decideRevocationProposal(input: $input, expectedVersion: $expectedVersion) {
      ...DualLearningRevocationProposalFields
    }
  }
`);
