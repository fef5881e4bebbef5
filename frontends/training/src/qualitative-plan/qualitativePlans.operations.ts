import { graphql } from '../gql/index.js';

/* Mutations select the detail query's fragments, so the cache updates the open plan from their answer. */

export const QUALITATIVE_PLAN_ITEM_FIELDS = graphql(`
  fragment QualitativePlanItemFields on QualitativePlanItem {
    id
    section
    text
    assessment
    realisation
    realisationNote
    budgetImpact
  }
`);

export const QUALITATIVE_PLAN_DETAIL_FIELDS = graphql(`
  fragment QualitativePlanDetailFields on QualitativeAnnualPlan {
    id
    version
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
      ...QualitativePlanItemFields
    }
  }
`);

export const QUALITATIVE_PLANS_QUERY = graphql(`
  query QualitativePlans($filter: QualitativePlanFilter, $sort: QualitativePlanSort!, $page: PageInput) {
    qualitativePlans(filter: $filter, sort: $sort, page: $page) {
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
      ...QualitativePlanDetailFields
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
      ...QualitativePlanDetailFields
    }
  }
`);

export const ADD_QUALITATIVE_PLAN_ITEM_MUTATION = graphql(`
  mutation AddQualitativePlanItem($planId: ID!, $input: QualitativePlanItemInput!, $expectedVersion: Int) {
    addQualitativePlanItem(planId: $planId, input: $input, expectedVersion: $expectedVersion) {
      ...QualitativePlanDetailFields
    }
  }
`);

export const SUBMIT_QUALITATIVE_PLAN_MUTATION = graphql(`
  mutation SubmitQualitativePlan($id: ID!, $expectedVersion: Int) {
    submitQualitativePlan(id: $id, expectedVersion: $expectedVersion) {
      ...QualitativePlanDetailFields
    }
  }
`);

export const ASSESS_QUALITATIVE_PLAN_MUTATION = graphql(`
  mutation AssessQualitativePlan($id: ID!, $assessment: QualitativePlanAssessmentInput!, $expectedVersion: Int) {
    assessQualitativePlan(id: $id, assessment: $assessment, expectedVersion: $expectedVersion) {
      ...QualitativePlanDetailFields
    }
  }
`);

export const RECORD_REALISATION_MUTATION = graphql(`
  mutation RecordRealisation($itemId: ID!, $status: RealisationStatus!, $note: String, $budgetImpact: Float) {
    recordRealisation(itemId: $itemId, status: $status, note: $note, budgetImpact: $budgetImpact) {
      ...QualitativePlanItemFields
    }
  }
`);
