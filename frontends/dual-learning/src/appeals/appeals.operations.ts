import { graphql } from '../gql/index.js';

export const APPEALS_QUERY = graphql(`
  query DualLearningAppeals($page: PageInput, $sort: AppealSort!, $filter: AppealFilter) {
    appeals(page: $page, sort: $sort, filter: $filter) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        number
        decisionType
        status
        lodgedOn
        decisionDueOn
        decidedOn
        decisionOverdue
        caseHandlerName
        sessionOn
        workplace {
          id
          name
        }
      }
    }
  }
`);

export const APPEAL_QUERY = graphql(`
  query DualLearningAppeal($id: ID!) {
    appeal(id: $id) {
      id
      allowedSteps
      number
      decisionType
      applicationId
      recognitionId
      decidedByAgency
      notifiedOn
      lodgedOn
      motivation
      status
      admissible
      caseHandlerName
      sessionOn
      fileSentOn
      decisionDueOn
      decidedOn
      consensus
      decisionNote
      decisionOverdue
      decidedByChair
      workplace {
        id
        name
        companyName
        municipality
      }
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

export const ASSIGN_APPEAL_CASE_HANDLER = graphql(`
  mutation DualLearningAssignAppealCaseHandler($id: ID!, $input: AssignAppealCaseHandlerInput!) {
    assignAppealCaseHandler(id: $id, input: $input) {
      id
      status
      caseHandlerName
    }
  }
`);

export const SCHEDULE_APPEAL_SESSION = graphql(`
  mutation DualLearningScheduleAppealSession($id: ID!, $input: ScheduleAppealSessionInput!) {
    scheduleAppealSession(id: $id, input: $input) {
      id
      status
      sessionOn
    }
  }
`);

export const SEND_APPEAL_FILE = graphql(`
  mutation DualLearningSendAppealFile($id: ID!, $input: SendAppealFileInput) {
    sendAppealFile(id: $id, input: $input) {
      id
      status
      fileSentOn
    }
  }
`);

export const TAKE_APPEAL_INTERIM_DECISION = graphql(`
  mutation DualLearningTakeAppealInterimDecision($id: ID!, $request: String!) {
    takeAppealInterimDecision(id: $id, request: $request) {
      id
      status
    }
  }
`);

export const DECIDE_APPEAL = graphql(`
  mutation DualLearningDecideAppeal($id: ID!, $input: DecideAppealInput!) {
    decideAppeal(id: $id, input: $input) {
      id
      status
      decidedOn
    }
  }
`);

export const WITHDRAW_APPEAL = graphql(`
  mutation DualLearningWithdrawAppeal($id: ID!, $reason: String) {
    withdrawAppeal(id: $id, reason: $reason) {
      id
      status
    }
  }
`);
