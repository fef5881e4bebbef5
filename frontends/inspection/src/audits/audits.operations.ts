import { graphql } from '../gql/index.js';
import type { AuditsListQuery } from '../gql/graphql.js';

export type { AuditKind, AuditStatus, AuditSubjectType, AuditFilter } from '../gql/graphql.js';

/** An audit as the lists show it (doorlichting, inspectie, toezicht). The subject's name comes from another subgraph. */
export type AuditRow = AuditsListQuery['audits']['nodes'][number];

/** One page of audits with the filters of the list (kind, status, period, overdue, assigned to me). */
export const AUDITS_QUERY = graphql(`
  query AuditsList($filter: AuditFilter, $page: PageInput) {
    audits(filter: $filter, page: $page) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        reference
        title
        kind
        status
        statusLabel
        scheduledOn
        performedOn
        reportedOn
        openRecommendationCount
        overdueRecommendationCount
        leadAuditor {
          id
          name
        }
        subjectType
        trainingCentre {
          id
          name
        }
        workplace {
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
