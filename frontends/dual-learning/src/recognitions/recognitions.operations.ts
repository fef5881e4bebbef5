import { graphql } from '../gql/index.js';

export const RECOGNITIONS_QUERY = graphql(`
  query DualLearningRecognitions($page: PageInput, $sort: RecognitionSort, $filter: RecognitionFilter) {
    recognitions(page: $page, sort: $sort, filter: $filter) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
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
    }
  }
`);

export const RECOGNITION_QUERY = graphql(`
  query DualLearningRecognition($id: ID!) {
    recognition(id: $id) {
      id
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
        id
        step
        fromStatus
        toStatus
        actorName
        note
        at
      }
    }
  }
`);
