import { graphql } from '../gql/index.js';

export const CANCEL_AUDIT_MUTATION = graphql(`
  mutation CancelAudit($input: CancelAuditInput!, $expectedVersion: Int) {
    cancelAudit(input: $input, expectedVersion: $expectedVersion) {
      ...AuditStateFields
    }
  }
`);

/** Safe to repeat: the clientMutationId makes a second request answer with the audit as it is now. */
export const RESCHEDULE_AUDIT_MUTATION = graphql(`
  mutation RescheduleAudit($input: RescheduleAuditInput!, $expectedVersion: Int) {
    rescheduleAudit(input: $input, expectedVersion: $expectedVersion) {
      ...AuditStateFields
    }
  }
`);
