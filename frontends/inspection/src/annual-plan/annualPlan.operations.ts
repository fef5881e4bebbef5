import { graphql } from '../gql/index.js';
import type { AnnualPlanQuery } from '../gql/graphql.js';

export type AnnualPlanDetail = NonNullable<AnnualPlanQuery['annualPlan']>;
export type AnnualPlanItemRow = AnnualPlanDetail['items'][number];

/** A candidate of the plan with its score and inputs; planning or dropping it by hand answers with the same fields. */
export const PLAN_ITEM_FIELDS = graphql(`
  fragment PlanItemFields on AnnualPlanItem {
    id
    kind
    subjectType
    subjectId
    riskScore
    riskInputs {
      factor
      value
      weight
      contribution
    }
    rank
    planned
    quarter
    manualReason
    partnership {
      id
      name
    }
    trainingCentre {
      id
      name
    }
    workplace {
      id
      name
    }
    track {
      id
      name
    }
    audit {
      id
      reference
    }
  }
`);

export const ANNUAL_PLANS_QUERY = graphql(`
  query AnnualPlans {
    annualPlans {
      id
      year
      status
      adoptedOn
    }
  }
`);

export const ANNUAL_PLAN_QUERY = graphql(`
  query AnnualPlan($year: Int!) {
    annualPlan(year: $year) {
      id
      year
      status
      adoptedOn
      createdBy
      weights {
        factor
        weight
        isDefault
      }
      capacities {
        kind
        count
        planned
      }
      items {
        ...PlanItemFields
      }
    }
  }
`);

export const DRAFT_ANNUAL_PLAN_MUTATION = graphql(`
  mutation DraftAnnualPlan($input: DraftAnnualPlanInput!) {
    draftAnnualPlan(input: $input) {
      id
      year
      status
    }
  }
`);

export const RESCORE_ANNUAL_PLAN_MUTATION = graphql(`
  mutation RescoreAnnualPlan($planId: ID!, $expectedVersion: Int) {
    rescoreAnnualPlan(planId: $planId, expectedVersion: $expectedVersion) {
      id
      status
    }
  }
`);

export const ADOPT_ANNUAL_PLAN_MUTATION = graphql(`
  mutation AdoptAnnualPlan($planId: ID!, $expectedVersion: Int) {
    adoptAnnualPlan(planId: $planId, expectedVersion: $expectedVersion) {
      id
      status
      adoptedOn
    }
  }
`);

export const SET_ITEM_PLANNED_MUTATION = graphql(`
  mutation SetAnnualPlanItemPlanned($input: SetAnnualPlanItemPlannedInput!) {
    setAnnualPlanItemPlanned(input: $input) {
      ...PlanItemFields
    }
  }
`);
