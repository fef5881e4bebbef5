import { graphql } from '../gql/index.js';

export const REVOCATION_PROPOSALS_QUERY = graphql(`
  query DualLearningRevocationProposals($status: RevocationProposalStatus) {
    revocationProposals(status: $status) {
      id
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
  }
`);

export const DECIDE_REVOCATION_PROPOSAL = graphql(`
  mutation DualLearningDecideRevocationProposal($input: DecideRevocationProposalInput!) {
    decideRevocationProposal(input: $input) {
      id
      status
      decidedBy
      decidedAt
      decisionNote
    }
  }
`);
