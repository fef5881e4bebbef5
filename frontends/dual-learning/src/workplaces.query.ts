import { gql, type TypedDocumentNode } from '@apollo/client';

export type Province = 'ANTWERPEN' | 'LIMBURG' | 'OOST_VLAANDEREN' | 'VLAAMS_BRABANT' | 'WEST_VLAANDEREN' | 'BRUSSEL';

/** A recognised workplace (erkende werkplek) where a learner in dual learning trains. */
export interface WorkplaceRow {
  id: string;
  establishmentNumber: string;
  name: string;
  companyName: string;
  municipality: string;
  province: Province;
  sectoralPartnership: string;
}

export interface WorkplacesData {
  workplaces: WorkplaceRow[];
}

export const WORKPLACES_QUERY: TypedDocumentNode<WorkplacesData, Record<string, never>> = gql`
  query DualLearningWorkplaces {
    workplaces {
      id
      establishmentNumber
      name
      companyName
      municipality
      province
      sectoralPartnership
    }
  }
`;
