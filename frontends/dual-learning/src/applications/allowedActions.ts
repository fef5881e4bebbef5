import type { ApplicationStatus, DecisionMechanism } from '../gql/graphql.js';

export type ApplicationStep = 'takeUp' | 'putOnHold' | 'resume' | 'declareIncomplete' | 'recordHandlingAction' | 'recordCompanyConditions' | 'approve' | 'reject';

/**
 * The handling steps the workflow allows from a status (services/dual-learning/docs/recognition.md, "States and
 * transitions"). The API has no "allowed steps" field, so the table is mirrored here; the API stays the judge.
 * Approval by decision is only for partnerships where a consultant decides (or tacit approval); the others decide
 * by vote or proposal.
 */
export function allowedSteps(status: ApplicationStatus, mechanism: DecisionMechanism): ApplicationStep[] {
  const approvable = mechanism === 'CONSULTANT_DECISION' || mechanism === 'TACIT_APPROVAL_DAY_14';
  switch (status) {
    case 'SUBMITTED':
      return ['takeUp', 'putOnHold', 'declareIncomplete', 'reject'];
    case 'IN_PROGRESS':
      return ['recordHandlingAction', 'recordCompanyConditions', 'putOnHold', ...(approvable ? (['approve'] as const) : []), 'reject'];
    case 'ON_HOLD':
      return ['resume', 'recordHandlingAction', 'recordCompanyConditions', 'reject'];
    default:
      return [];
  }
}
