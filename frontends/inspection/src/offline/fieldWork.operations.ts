import { graphql } from '../gql/index.js';

// Every mutation an inspector makes in the field. Each is safe to repeat (see services/inspection/README.md): answers
// are upserts, findings and recommendations carry the client's id, steps, evaluations and finding edits
// (UPDATE_FINDING_MUTATION in findings/) a clientMutationId. Each answers with the fragment the audit page reads
// (audit/audit.fragments.ts), so a change sent from the queue updates the cached audit at once.

export const ANSWER_MUTATION = graphql(`
  mutation AnswerChecklistQuestion($input: AnswerChecklistQuestionInput!) {
    answerChecklistQuestion(input: $input) {
      question {
        id
      }
      answer {
        id
        questionId
      }
    }
  }
`);

export const RECORD_FINDING_MUTATION = graphql(`
  mutation RecordFinding($input: RecordFindingInput!) {
    recordFinding(input: $input) {
      ...FindingFields
    }
  }
`);

export const ISSUE_RECOMMENDATION_MUTATION = graphql(`
  mutation IssueRecommendation($input: IssueRecommendationInput!) {
    issueRecommendation(input: $input) {
      ...RecommendationFields
    }
  }
`);

export const EVALUATE_RECOMMENDATION_MUTATION = graphql(`
  mutation EvaluateRecommendation($input: EvaluateRecommendationInput!, $expectedVersion: Int) {
    evaluateRecommendation(input: $input, expectedVersion: $expectedVersion) {
      ...RecommendationFields
    }
  }
`);

export const PREPARE_AUDIT_MUTATION = graphql(`
  mutation PrepareAudit($input: PrepareAuditInput!, $expectedVersion: Int) {
    prepareAudit(input: $input, expectedVersion: $expectedVersion) {
      ...AuditStateFields
    }
  }
`);

export const START_AUDIT_MUTATION = graphql(`
  mutation StartAudit($input: StartAuditInput!, $expectedVersion: Int) {
    startAudit(input: $input, expectedVersion: $expectedVersion) {
      ...AuditStateFields
    }
  }
`);

export const REPORT_AUDIT_MUTATION = graphql(`
  mutation ReportAudit($input: ReportAuditInput!, $expectedVersion: Int) {
    reportAudit(input: $input, expectedVersion: $expectedVersion) {
      ...AuditStateFields
    }
  }
`);

export const COMPLETE_REPORT_MUTATION = graphql(`
  mutation CompleteAuditReport($input: CompleteAuditReportInput!, $expectedVersion: Int) {
    completeAuditReport(input: $input, expectedVersion: $expectedVersion) {
      ...AuditStateFields
    }
  }
`);

export const START_FOLLOW_UP_MUTATION = graphql(`
  mutation StartAuditFollowUp($input: AuditStepInput!, $expectedVersion: Int) {
    startAuditFollowUp(input: $input, expectedVersion: $expectedVersion) {
      ...AuditStateFields
    }
  }
`);

export const CLOSE_AUDIT_MUTATION = graphql(`
  mutation CloseAudit($input: CloseAuditInput!, $expectedVersion: Int) {
    closeAudit(input: $input, expectedVersion: $expectedVersion) {
      ...AuditStateFields
    }
  }
`);
