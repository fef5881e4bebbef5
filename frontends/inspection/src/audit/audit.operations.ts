import { graphql } from '../gql/index.js';
import type { AuditDetailQuery } from '../gql/graphql.js';

export type AuditDetail = AuditDetailQuery['audit'];
export type ChecklistEntry = AuditDetail['checklist'][number];
export type TemplateQuestionRow = ChecklistEntry['question'];
export type FindingRow = AuditDetail['findings'][number];
export type RecommendationRow = AuditDetail['recommendations'][number];
export type EvidenceRow = AuditDetail['evidence'][number];
export type AssignmentRow = AuditDetail['assignments'][number];

/** The workflow steps the server lets the signed-in user take now (Audit.allowedSteps); the UI shows exactly these. */
export type AuditStepName =
  | 'reschedule'
  | 'assign'
  | 'prepare'
  | 'start'
  | 'log'
  | 'report'
  | 'completeReport'
  | 'startFollowUp'
  | 'evaluateRecommendation'
  | 'close'
  | 'cancel'
  /** Not an audit step: listed when the caller may add a bewijsstuk now (the evidence service's rule). */
  | 'uploadEvidence';

export function mayTake(audit: Pick<AuditDetail, 'allowedSteps'>, step: AuditStepName): boolean {
  return audit.allowedSteps.includes(step);
}

/** Everything the audit page shows: status, team, the pinned template's checklist with answers, findings, report. */
export const AUDIT_QUERY = graphql(`
  query AuditDetail($id: ID!) {
    audit(id: $id) {
      id
      reference
      title
      kind
      focus
      subjectType
      teachingLocation
      ...AuditStateFields
      ...AuditTeamFields
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
      template {
        id
        title
        version
      }
      checklist {
        question {
          id
          code
          section
          text
          guidance
          answerType
          choices
          weight
          required
          position
        }
        answer {
          id
          questionId
          booleanValue
          numberValue
          textValue
          note
          answeredBy
          answeredAt
        }
      }
      checklistScore {
        score
        maxScore
        percentage
        answeredCount
        requiredCount
        unansweredRequired {
          id
          code
          text
        }
      }
      evidence {
        ...EvidenceFields
      }
      revocationProposals {
        id
        kind
        reason
        exclusionUntil
        proposedBy
        proposedAt
        delivery
        attempts
        lastError
        deliveredAt
      }
      recognitionRevocations {
        id
        kind
        status
        decidedBy
        decidedAt
        decisionNote
      }
      findings {
        ...FindingFields
      }
      recommendations {
        ...RecommendationFields
      }
      openRecommendationCount
      overdueRecommendationCount
      history {
        id
        step
        fromStatus
        toStatus
        actorName
        note
        at
      }
    }
  }
`);
