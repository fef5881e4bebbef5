import { graphql } from '../gql/index.js';

export const COMPLAINTS_QUERY = graphql(`
  query DualLearningComplaints($page: PageInput, $sort: ComplaintSort!, $filter: ComplaintFilter) {
    complaints(page: $page, sort: $sort, filter: $filter) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        number
        kind
        subject
        submitterName
        receivedOn
        acknowledgeDueOn
        closeDueOn
        status
        acknowledgeOverdue
        closeOverdue
        partnership {
          id
          name
        }
      }
    }
  }
`);
