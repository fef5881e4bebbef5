import { gql, type TypedDocumentNode } from '@apollo/client';

export type AuditKind =
  | 'PARTNERSHIP_SUPERVISION'
  | 'TRACK_INSPECTION'
  | 'DUAL_QUALITY_AUDIT'
  | 'APPRENTICESHIP_FOLLOW_UP'
  | 'WORKPLACE_AUDIT';
export type AuditStatus = 'PLANNED' | 'PREPARED' | 'IN_PROGRESS' | 'REPORTED' | 'FOLLOW_UP' | 'CLOSED' | 'CANCELLED';
export type AuditSubjectType = 'PARTNERSHIP' | 'TRAINING_CENTRE' | 'TRACK' | 'COURSE' | 'WORKPLACE' | 'AGREEMENT';

interface NamedEntity {
  id: string;
  name: string;
}

/**
 * An audit (doorlichting, inspectie, toezicht). Its subject lives in another subgraph (a partnership or workplace in
 * dual learning, a training centre in training); the gateway resolves the names across subgraphs.
 */
export interface AuditRow {
  id: string;
  /** AUD-<year>-<number>. */
  reference: string;
  title: string;
  kind: AuditKind;
  status: AuditStatus;
  /** The status in Dutch, as the audit's workflow names it. */
  statusLabel: string;
  /** LocalDate, "YYYY-MM-DD". */
  scheduledOn: string;
  leadAuditor: { name: string } | null;
  subjectType: AuditSubjectType;
  trainingCentre: NamedEntity | null;
  workplace: NamedEntity | null;
  partnership: NamedEntity | null;
}

export interface AuditsData {
  audits: { totalCount: number; nodes: AuditRow[] };
}

/** The overview shows the first page; the full list with filters comes with the redesign (issue #6). */
export const AUDITS_QUERY: TypedDocumentNode<AuditsData, Record<string, never>> = gql`
  query AuditsOverview {
    audits(page: { first: 50 }) {
      totalCount
      nodes {
        id
        reference
        title
        kind
        status
        statusLabel
        scheduledOn
        leadAuditor {
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
`;
