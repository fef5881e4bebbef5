import { graphql } from '../gql/index.js';
import type { TrainingCentresOverviewQuery } from '../gql/graphql.js';

/** A training centre (opleidingscentrum) for entrepreneur training, e.g. "Syntra West". */
export type TrainingCentreRow = TrainingCentresOverviewQuery['trainingCentres'][number];

export const TRAINING_CENTRES_QUERY = graphql(`
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
`);
