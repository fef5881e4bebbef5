import { graphql } from '../gql/index.js';
import type { AuditorsQuery } from '../gql/graphql.js';

export type AuditorRow = AuditorsQuery['auditors'][number];

export const AUDITORS_QUERY = graphql(`
  query Auditors {
    auditors(active: true) {
      id
      name
      organisation
      team
      active
    }
  }
`);

export const ASSIGN_AUDITORS_MUTATION = graphql(`
  mutation AssignAuditors($input: AssignAuditorsInput!, $expectedVersion: Int) {
    assignAuditors(input: $input, expectedVersion: $expectedVersion) {
      ...AuditStateFields
      ...AuditTeamFields
    }
  }
`);
