import { graphql } from '../gql/index.js';
import type { RecommendationSort, RecommendationsListQuery } from '../gql/graphql.js';

export type RecommendationListRow = RecommendationsListQuery['recommendations']['nodes'][number];

/** The API's sorts of `recommendations`; the URL's `sortering` takes only these. */
export const RECOMMENDATION_SORTS: readonly RecommendationSort[] = ['AGREED_DUE_ON_ASC', 'AGREED_DUE_ON_DESC', 'STATUS_ASC', 'STATUS_DESC'];
export const DEFAULT_RECOMMENDATION_SORT: RecommendationSort = 'AGREED_DUE_ON_ASC';

/** Follow-ups (aanbevelingen, maatregelen, acties) across audits, with their agreed due dates. */
export const RECOMMENDATIONS_QUERY = graphql(`
  query RecommendationsList($filter: RecommendationFilter, $sort: RecommendationSort! = AGREED_DUE_ON_ASC, $page: PageInput) {
    recommendations(filter: $filter, sort: $sort, page: $page) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        kind
        description
        owner
        agreedDueOn
        status
        isOverdue
        daysOverdue
        implementedOn
        audit {
          id
          reference
          title
        }
      }
    }
  }
`);
