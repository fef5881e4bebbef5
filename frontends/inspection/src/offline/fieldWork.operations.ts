import { graphql } from '../gql/index.js';

// Every mutation an inspector makes in the field. Each is safe to repeat (see services/inspection/README.md): answers
// are upserts, findings and recommendations carry the client's id, steps, evaluations and finding edits
// (UPDATE_FINDING_MUTATION in findings/) a clientMutationId.

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
      id
    }
  }
`);

export const ISSUE_RECOMMENDATION_MUTATION = graphql(`
  mutation IssueRecommendation($input: IssueRecommendationInput!) {
    issueRecommendation(input: $input) {
      id
    }
  }
`);

export const EVALUATE_RECOMMENDATION_MUTATION = graphql(`
  mutation EvaluateRecommendation($input: EvaluateRecommendationInput!) {
    evaluateRecommendation(input: $input) {
      id
      status
    }
  }
`);

export const PREPARE_AUDIT_MUTATION = graphql(`
  mutation PrepareAudit($input: PrepareAuditInput!) {
    prepareAudit(input: $input) {
      id
      status
      version
    }
  }
`);

export const START_AUDIT_MUTATION = graphql(`
  mutation StartAudit($input: StartAuditInput!) {
    startAudit(input: $input) {
      id
      status
      version
    }
  }
`);

export const REPORT_AUDIT_MUTATION = graphql(`
  mutation ReportAudit($input: ReportAuditInput!) {
    reportAudit(input: $input) {
      id
      status
      version
    }
  }
`);

export const COMPLETE_REPORT_MUTATION = graphql(`
  mutation CompleteAuditReport($input: CompleteAuditReportInput!) {
    completeAuditReport(input: $input) {
      id
      status
      version
    }
  }
`);

export const START_FOLLOW_UP_MUTATION = graphql(`
  mutation StartAuditFollowUp($input: AuditStepInput!) {
    startAuditFollowUp(input: $input) {
      id
      status
      version
    }
  }
`);

export const CLOSE_AUDIT_MUTATION = graphql(`
  mutation CloseAudit($input: CloseAuditInput!) {
    closeAudit(input: $input) {
      id
      status
      version
    }
  }
`);
