import { graphql } from '../gql/index.js';

export const GUIDANCE_WORKPLACES_QUERY = graphql(`
  query DualLearningGuidanceWorkplaces {
    workplaces {
      id
      name
      municipality
    }
  }
`);

export const GUIDANCE_ACTIONS_QUERY = graphql(`
  query DualLearningGuidanceActions($workplaceId: ID!) {
    guidanceActions(workplaceId: $workplaceId) {
      id
      type
      purpose
      mode
      performedOn
      performedByName
      findings
      nextActionOn
    }
  }
`);

export const RECORD_GUIDANCE_ACTION = graphql(`
  mutation DualLearningRecordGuidanceAction($input: RecordGuidanceActionInput!) {
    recordGuidanceAction(input: $input) {
      id
    }
  }
`);
