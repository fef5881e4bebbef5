import { graphql } from '../gql/index.js';

export const APPEALS_QUERY = graphql(`
  query DualLearningAppeals($page: PageInput, $sort: AppealSort!, $filter: AppealFilter) {
    appeals(page: $page, sort: $sort, filter: $filter) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        number
        decisionType
        status
        lodgedOn
        decisionDueOn
        decidedOn
        decisionOverdue
        caseHandlerName
        sessionOn
        workplace {
          id
          name
        }
      }
    }
  }
`);
