import { graphql } from '../gql/index.js';
import type { AuditSort, AuditsListQuery } from '../gql/graphql.js';

export type { AuditKind, AuditStatus, AuditSubjectType, AuditFilter, AuditSort } from '../gql/graphql.js';

/** The API's sorts of `audits` (the column headers that sort); the URL's `sortering` takes only these. */
export const AUDIT_SORTS: readonly AuditSort[] = ['SCHEDULED_ON_ASC', 'SCHEDULED_ON_DESC', 'REFERENCE_ASC', 'REFERENCE_DESC', 'STATUS_ASC', 'STATUS_DESC'];
export const DEFAULT_AUDIT_SORT: AuditSort = 'SCHEDULED_ON_ASC';

/** An audit as the lists show it (doorlichting, inspectie, toezicht). The subject's name comes from another subgraph. */
export type AuditRow = AuditsListQuery['audits']['nodes'][number];

/** One page of audits with the filters of the list (kind, status, period, overdue, assigned to me, search), sorted. */
export const AUDITS_QUERY = graphql(`
  query AuditsList($filter: AuditFilter, $sort: AuditSort! = SCHEDULED_ON_ASC, $page: PageInput) {
    audits(filter: $filter, sort: $sort, page: $page) {
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
