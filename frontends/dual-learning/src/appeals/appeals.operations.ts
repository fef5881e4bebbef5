import { graphql } from '../gql/index.js';

/** An appeal as the list shows it, with its 60-day term. */
export const APPEAL_ROW_FIELDS = graphql(`
  fragment DualLearningAppealRowFields on Appeal {
    id
    version
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
`);

/** An appeal as its page shows it: the detail query and every step's answer. */
export const APPEAL_DETAIL_FIELDS = graphql(`
  fragment DualLearningAppealDetailFields on Appeal {
    id
    version
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
      ...DualLearningStatusChangeFields
    }
  }
`);

export const APPEALS_QUERY = graphql(`
  query DualLearningAppeals($page: PageInput, $sort: AppealSort!, $filter: AppealFilter) {
    appeals(page: $page, sort: $sort, filter: $filter) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        ...DualLearningAppealRowFields
      }
    }
  }
`);

export const APPEAL_QUERY = graphql(`
  query DualLearningAppeal($id: ID!) {
    appeal(id: $id) {
      ...DualLearningAppealDetailFields
    }
  }
`);

export const ASSIGN_APPEAL_CASE_HANDLER = graphql(`
  mutation DualLearningAssignAppealCaseHandler($id: ID!, $input: AssignAppealCaseHandlerInput!, $expectedVersion: Int) {
    assignAppealCaseHandler(id: $id, input: $input, expectedVersion: $expectedVersion) {
      ...DualLearningAppealDetailFields
    }
  }
`);

export const SCHEDULE_APPEAL_SESSION = graphql(`
  mutation DualLearningScheduleAppealSession($id: ID!, $input: ScheduleAppealSessionInput!, $expectedVersion: Int) {
    scheduleAppealSession(id: $id, input: $input, expectedVersion: $expectedVersion) {
      ...DualLearningAppealDetailFields
    }
  }
`);

export const SEND_APPEAL_FILE = graphql(`
  mutation DualLearningSendAppealFile($id: ID!, $input: SendAppealFileInput, $expectedVersion: Int) {
    sendAppealFile(id: $id, input: $input, expectedVersion: $expectedVersion) {
      ...DualLearningAppealDetailFields
    }
  }
`);

export const TAKE_APPEAL_INTERIM_DECISION = graphql(`
  mutation DualLearningTakeAppealInterimDecision($id: ID!, $request: String!, $expectedVersion: Int) {
    takeAppealInterimDecision(id: $id, request: $request, expectedVersion: $expectedVersion) {
      ...DualLearningAppealDetailFields
    }
  }
`);

export const DECIDE_APPEAL = graphql(`
  mutation DualLearningDecideAppeal($id: ID!, $input: DecideAppealInput!, $expectedVersion: Int) {
    decideAppeal(id: $id, input: $input, expectedVersion: $expectedVersion) {
      ...DualLearningAppealDetailFields
    }
  }
`);

export const WITHDRAW_APPEAL = graphql(`
  mutation DualLearningWithdrawAppeal($id: ID!, $reason: String, $expectedVersion: Int) {
    withdrawAppeal(id: $id, reason: $reason, expectedVersion: $expectedVersion) {
      ...DualLearningAppealDetailFields
    }
  }
`);
