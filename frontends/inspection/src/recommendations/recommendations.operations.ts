import { graphql } from '../gql/index.js';
import type { RecommendationsListQuery } from '../gql/graphql.js';

export type RecommendationListRow = RecommendationsListQuery['recommendations']['nodes'][number];

/** Follow-ups (aanbevelingen, maatregelen, acties) across audits, with their agreed due dates. */
export const RECOMMENDATIONS_QUERY = graphql(`
  query RecommendationsList($filter: RecommendationFilter, $page: PageInput) {
    recommendations(filter: $filter, page: $page) {
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
