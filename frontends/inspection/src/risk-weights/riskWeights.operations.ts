import { graphql } from '../gql/index.js';
import type { RiskWeightsQuery } from '../gql/graphql.js';

export type RiskWeightRow = RiskWeightsQuery['riskWeights'][number];


/** The weights in force today and the changes planned after today. */
export const RISK_WEIGHTS_QUERY = graphql(`
  query RiskWeights {
    riskWeights {
      factor
      weight
      validFrom
      changedBy
      reason
      isDefault
    }
    scheduledRiskWeights {
      factor
      weight
      validFrom
      changedBy
      reason
      isDefault
    }
  }
`);

export const SET_RISK_WEIGHT_MUTATION = graphql(`
  mutation SetRiskWeight($input: SetRiskWeightInput!) {
    setRiskWeight(input: $input) {
      factor
      weight
      validFrom
      changedBy
      reason
      isDefault
    }
  }
`);
