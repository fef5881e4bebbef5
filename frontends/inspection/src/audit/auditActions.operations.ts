import { graphql } from '../gql/index.js';

export const CANCEL_AUDIT_MUTATION = graphql(`
  mutation CancelAudit($input: CancelAuditInput!) {
    cancelAudit(input: $input) {
      id
      status
      statusLabel
      cancelledReason
      allowedSteps
      version
    }
  }
`);
