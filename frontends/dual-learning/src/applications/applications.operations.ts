import { graphql } from '../gql/index.js';

/** An application as the inbox shows it. */
export const APPLICATION_ROW_FIELDS = graphql(`
  fragment DualLearningApplicationRowFields on RecognitionApplication {
    id
    reference
    status
    submittedAt
    dueOn
    overdue
    daysOpen
    priority
    workplace {
      id
      name
      municipality
      province
    }
    training {
      id
      name
    }
    partnership {
      id
      name
    }
  }
`);

/** An application as its page shows it: the detail query and every handling step's answer. */
export const APPLICATION_DETAIL_FIELDS = graphql(`
  fragment DualLearningApplicationDetailFields on RecognitionApplication {
    id
    reference
    status
    submitterType
    submittedByName
    submittedAt
    dueOn
    overdue
    daysOpen
    dual
    learnerWaiting
    priority
    companyInOrder
    equipmentSufficient
    financiallyCapable
    noConvictions
    missingItems
    outcome
    rejectionReason
    excludedActivities
    decidedAt
    decidedByName
    workplace {
      id
      name
      companyName
      municipality
      province
    }
    training {
      id
      name
      activities
    }
    partnership {
      id
      name
      decisionMechanism
    }
    mentorChecks {
      mentorId
      name
      age
      yearsOfExperience
      meetsConditions
    }
    actions {
      id
      action
      performedOn
      performedByName
      note
    }
    allowedSteps
    votes {
      id
      voterName
      approve
      reason
      castAt
    }
    history {
      ...DualLearningStatusChangeFields
    }
    recognition {
      id
    }
  }
`);

export const APPLICATIONS_QUERY = graphql(`
  query DualLearningApplications($page: PageInput, $sort: ApplicationSort!, $filter: ApplicationFilter) {
    recognitionApplications(page: $page, sort: $sort, filter: $filter) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        ...DualLearningApplicationRowFields
      }
    }
  }
`);

export const APPLICATION_QUERY = graphql(`
  query DualLearningApplication($id: ID!) {
    recognitionApplication(id: $id) {
      ...DualLearningApplicationDetailFields
    }
  }
`);

export const PARTNERSHIPS_QUERY = graphql(`
  query DualLearningPartnerships {
    partnerships {
      id
      name
    }
  }
`);

export const TAKE_UP_APPLICATION = graphql(`
  mutation DualLearningTakeUpApplication($id: ID!) {
    takeUpApplication(applicationId: $id) {
      ...DualLearningApplicationDetailFields
    }
  }
`);

export const PUT_APPLICATION_ON_HOLD = graphql(`
  mutation DualLearningPutApplicationOnHold($id: ID!, $reason: String) {
    putApplicationOnHold(applicationId: $id, reason: $reason) {
      ...DualLearningApplicationDetailFields
    }
  }
`);

export const RESUME_APPLICATION = graphql(`
  mutation DualLearningResumeApplication($id: ID!) {
    resumeApplication(applicationId: $id) {
      ...DualLearningApplicationDetailFields
    }
  }
`);

export const DECLARE_APPLICATION_INCOMPLETE = graphql(`
  mutation DualLearningDeclareApplicationIncomplete($input: DeclareApplicationIncompleteInput!) {
    declareApplicationIncomplete(input: $input) {
      ...DualLearningApplicationDetailFields
    }
  }
`);

export const RECORD_HANDLING_ACTION = graphql(`
  mutation DualLearningRecordHandlingAction($input: RecordHandlingActionInput!) {
    recordHandlingAction(input: $input) {
      ...DualLearningApplicationDetailFields
    }
  }
`);

export const RECORD_COMPANY_CONDITIONS = graphql(`
  mutation DualLearningRecordCompanyConditions($input: CompanyConditionsInput!) {
    recordCompanyConditions(input: $input) {
      ...DualLearningApplicationDetailFields
    }
  }
`);

export const DECIDE_APPLICATION = graphql(`
  mutation DualLearningDecideApplication($input: ApplicationDecisionInput!) {
    decideApplication(input: $input) {
      ...DualLearningApplicationDetailFields
    }
  }
`);

export const COMPLETE_APPLICATION = graphql(`
  mutation DualLearningCompleteApplication($id: ID!) {
    completeApplication(applicationId: $id) {
      ...DualLearningApplicationDetailFields
    }
  }
`);

export const PROPOSE_DECISION = graphql(`
  mutation DualLearningProposeDecision($input: ApplicationDecisionInput!) {
    proposeDecision(input: $input) {
      ...DualLearningApplicationDetailFields
    }
  }
`);

export const CAST_VOTE = graphql(`
  mutation DualLearningCastVote($input: CastApplicationVoteInput!) {
    castVote(input: $input) {
      ...DualLearningApplicationDetailFields
    }
  }
`);
