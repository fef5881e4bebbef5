import { gql, type TypedDocumentNode } from '@apollo/client';

/** A training centre (opleidingscentrum) for entrepreneur training, e.g. "Syntra West". */
export interface TrainingCentreRow {
  id: string;
  code: string;
  name: string;
  umbrella: string;
  campuses: string[];
  email: string | null;
  phone: string | null;
}

export interface TrainingCentresData {
  trainingCentres: TrainingCentreRow[];
}

export const TRAINING_CENTRES_QUERY: TypedDocumentNode<TrainingCentresData, Record<string, never>> = gql`
  query TrainingCentresOverview {
    trainingCentres {
      id
      code
      name
      umbrella
      campuses
      email
      phone
    }
  }
`;
