import { graphql } from '../gql/index.js';

export const QUALITATIVE_PLANS_QUERY = graphql(`
  query QualitativePlans($filter: QualitativePlanFilter, $page: PageInput) {
    qualitativePlans(filter: $filter, page: $page) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        year
        status
        submittedAt
        assessedAt
        centre {
          id
          name
        }
      }
    }
  }
`);

export const QUALITATIVE_PLAN_QUERY = graphql(`
  query QualitativePlanDetail($id: ID!) {
    qualitativePlan(id: $id) {
      id
      year
      status
      submittedAt
      assessedAt
      assessment
      centre {
        id
        name
      }
      items {
        id
        section
        text
        assessment
        realisation
        realisationNote
        budgetImpact
      }
    }
    qualitativePlanSections {
      code
      name
    }
  }
`);
