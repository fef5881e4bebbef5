import { graphql } from '../gql/index.js';
import type { RiskWeightsQuery } from '../gql/graphql.js';

export type RiskWeightRow = RiskWeightsQuery['riskWeights'][number];

/** A risk weight as the page lists it; setting one answers with the same fields. */
export const RISK_WEIGHT_FIELDS = graphql(`
  fragment RiskWeightFields on RiskWeightSetting {
    factor
    weight
    validFrom
    changedBy
    reason
    isDefault
  }
`);

/** The weights in force today and the changes planned after today. */
export const RISK_WEIGHTS_QUERY = graphql(`
  query RiskWeights {
    riskWeights {
      ...RiskWeightFields
    }
    scheduledRiskWeights {
      ...RiskWeightFields
    }
  }
`);

export const SET_RISK_WEIGHT_MUTATION = graphql(`
  mutation SetRiskWeight($input: SetRiskWeightInput!) {
    setRiskWeight(input: $input) {
      ...RiskWeightFields
    }
  }
`);
