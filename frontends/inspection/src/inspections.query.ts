import { gql, type TypedDocumentNode } from '@apollo/client';

export type InspectionKind = 'PARTNERSHIP_SUPERVISION' | 'TRACK_INSPECTION' | 'WORKPLACE_VISIT' | 'FOLLOW_UP_AUDIT';
export type InspectionStatus = 'PLANNED' | 'IN_PROGRESS' | 'REPORTED' | 'CLOSED';
export type InspectionSubjectType = 'WORKPLACE' | 'TRAINING_CENTRE';

/**
 * An inspection (doorlichting). Its subject, a workplace or a training centre, lives in another subgraph; the gateway
 * resolves its name across subgraphs.
 */
export interface InspectionRow {
  id: string;
  reference: string;
  title: string;
  kind: InspectionKind;
  status: InspectionStatus;
  /** LocalDate, "YYYY-MM-DD". */
  plannedOn: string;
  leadInspector: string;
  subjectType: InspectionSubjectType;
  workplace: { id: string; name: string } | null;
  trainingCentre: { id: string; name: string } | null;
}

export interface InspectionsData {
  inspections: InspectionRow[];
}

export const INSPECTIONS_QUERY: TypedDocumentNode<InspectionsData, Record<string, never>> = gql`
  query InspectionsOverview {
    inspections {
      id
      reference
      title
      kind
      status
      plannedOn
      leadInspector
      subjectType
      workplace {
        id
        name
      }
      trainingCentre {
        id
        name
      }
    }
  }
`;
