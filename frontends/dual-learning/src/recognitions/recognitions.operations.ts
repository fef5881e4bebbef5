import { graphql } from '../gql/index.js';

/** A recognition as the list shows it. */
export const RECOGNITION_ROW_FIELDS = graphql(`
  fragment DualLearningRecognitionRowFields on Recognition {
    id
    version
    status
    scope
    validFrom
    validUntil
    endedOn
    workplace {
      id
      name
      municipality
      province
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
`);

/** A recognition as its page shows it, with its history. */
export const RECOGNITION_DETAIL_FIELDS = graphql(`
  fragment DualLearningRecognitionDetailFields on Recognition {
    id
    version
    applicationId
    status
    scope
    validFrom
    validUntil
    endedOn
    endReason
    excludedActivities
    workplace {
      id
      name
      companyName
      municipality
      province
      company {
        id
      }
    }
    training {
      id
      name
    }
    partnership {
      id
      name
    }
    mentors {
      id
      name
      meetsConditions
    }
    history {
      ...DualLearningStatusChangeFields
    }
  }
`);

export const RECOGNITIONS_QUERY = graphql(`
  query DualLearningRecognitions($page: PageInput, $sort: RecognitionSort, $filter: RecognitionFilter) {
    recognitions(page: $page, sort: $sort, filter: $filter) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        ...DualLearningRecognitionRowFields
      }
    }
  }
`);

export const RECOGNITION_QUERY = graphql(`
  query DualLearningRecognition($id: ID!) {
    recognition(id: $id) {
      ...DualLearningRecognitionDetailFields
    }
  }
`);
