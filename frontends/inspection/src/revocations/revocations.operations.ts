import { graphql } from '../gql/index.js';
import type { WorkplaceRecognitionsQuery } from '../gql/graphql.js';

export type RecognitionOption = WorkplaceRecognitionsQuery['recognitions']['nodes'][number];

/** The workplace's active recognitions: a proposal is about one of them. */
export const WORKPLACE_RECOGNITIONS_QUERY = graphql(`
  query WorkplaceRecognitions($workplaceId: ID!) {
    recognitions(filter: { workplaceId: $workplaceId, status: ACTIVE }, page: { first: 50 }) {
      nodes {
        id
        validFrom
        validUntil
        status
        training {
          id
          name
        }
      }
    }
  }
`);

export const PROPOSE_REVOCATION_MUTATION = graphql(`
  mutation ProposeRevocation($input: ProposeRevocationInput!) {
    proposeRevocation(input: $input) {
      id
      delivery
    }
  }
`);
