import { graphql } from '../gql/index.js';

export const UPDATE_FINDING_MUTATION = graphql(`
  mutation UpdateFinding($input: UpdateFindingInput!, $expectedVersion: Int) {
    updateFinding(input: $input, expectedVersion: $expectedVersion) {
      ...FindingFields
    }
  }
`);
