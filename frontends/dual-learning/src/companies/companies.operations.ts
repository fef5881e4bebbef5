import { graphql } from '../gql/index.js';

/** One company with its establishments, their recognitions and its exclusions (batched server-side). */
export const COMPANY_QUERY = graphql(`
  query DualLearningCompany($id: ID!) {
    company(id: $id) {
      id
      name
      enterpriseNumber
      sizeClass
      jointCommittees
      publicAuthority
      workplaces {
        id
        name
        establishmentNumber
        street
        postalCode
        municipality
        sectoralPartnership
        recognitions {
          id
          status
          validFrom
          validUntil
          training {
            id
            name
          }
        }
      }
      exclusions {
        id
        active
        startsOn
        endsOn
        liftedOn
        reason
      }
    }
  }
`);
