import { graphql } from '../gql/index.js';

/** Workplaces by name, company or number: `WorkplaceFilter.search` (agency staff, inspectors, partnership staff). */
export const SEARCH_WORKPLACES_QUERY = graphql(`
  query SearchWorkplaces($text: String!) {
    workplacePage(page: { first: 10 }, filter: { search: $text }) {
      totalCount
      nodes {
        id
        name
        companyName
        municipality
      }
    }
  }
`);

/** Companies by name or enterprise number: `CompanyFilter.search` (a company user sees only itself). */
export const SEARCH_COMPANIES_QUERY = graphql(`
  query SearchCompanies($text: String!) {
    companies(page: { first: 10 }, filter: { search: $text }) {
      totalCount
      nodes {
        id
        name
        enterpriseNumber
      }
    }
  }
`);

/**
 * Training centres and tracks. Neither list takes a text filter, so the shell filters them: the five centres are a
 * public list, the tracks are searched within the first 100 by name (reported in issue #6).
 */
export const SEARCH_TRAINING_QUERY = graphql(`
  query SearchTraining {
    trainingCentres {
      id
      name
    }
    tracks(page: { first: 100 }, sort: NAME_ASC) {
      totalCount
      nodes {
        id
        code
        name
        centre {
          id
          name
        }
      }
    }
  }
`);

/** Audits have no text filter either: searched by reference or title within the first 100 the user may see. */
export const SEARCH_AUDITS_QUERY = graphql(`
  query SearchAudits {
    audits(page: { first: 100 }) {
      totalCount
      nodes {
        id
        reference
        title
        scheduledOn
      }
    }
  }
`);
