import { graphql } from './gql/index.js';
import type { DualLearningWorkplacesQuery } from './gql/graphql.js';

export type { Province } from './gql/graphql.js';

/** A recognised workplace (erkende werkplek) where a learner in dual learning trains. */
export type WorkplaceRow = DualLearningWorkplacesQuery['workplaces'][number];

export const WORKPLACES_QUERY = graphql(`
  query DualLearningWorkplaces {
    workplaces {
      id
      establishmentNumber
      name
      companyName
      municipality
      province
      sectoralPartnership
      company {
        id
      }
    }
  }
`);
