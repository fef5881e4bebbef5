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
      allowedSteps
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
      required
    }
  }
`);

export const QUALITATIVE_PLAN_SECTIONS_QUERY = graphql(`
  query QualitativePlanSections {
    qualitativePlanSections {
      code
      name
      required
    }
  }
`);

export const DRAFT_QUALITATIVE_PLAN_MUTATION = graphql(`
  mutation DraftQualitativePlan($input: DraftQualitativePlanInput!) {
    draftQualitativePlan(input: $input) {
      id
      year
      status
    }
  }
`);

export const ADD_QUALITATIVE_PLAN_ITEM_MUTATION = graphql(`
  mutation AddQualitativePlanItem($planId: ID!, $input: QualitativePlanItemInput!) {
    addQualitativePlanItem(planId: $planId, input: $input) {
      id
      items {
        id
        section
        text
      }
    }
  }
`);

export const SUBMIT_QUALITATIVE_PLAN_MUTATION = graphql(`
  mutation SubmitQualitativePlan($id: ID!) {
    submitQualitativePlan(id: $id) {
      id
      status
      submittedAt
    }
  }
`);

export const ASSESS_QUALITATIVE_PLAN_MUTATION = graphql(`
  mutation AssessQualitativePlan($id: ID!, $assessment: QualitativePlanAssessmentInput!) {
    assessQualitativePlan(id: $id, assessment: $assessment) {
      id
      status
      assessedAt
      assessment
    }
  }
`);

export const RECORD_REALISATION_MUTATION = graphql(`
  mutation RecordRealisation($itemId: ID!, $status: RealisationStatus!, $note: String, $budgetImpact: Float) {
    recordRealisation(itemId: $itemId, status: $status, note: $note, budgetImpact: $budgetImpact) {
      id
      realisation
      realisationNote
      budgetImpact
    }
  }
`);
