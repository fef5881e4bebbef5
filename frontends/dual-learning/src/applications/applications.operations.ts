import { graphql } from '../gql/index.js';

/** An application as the inbox shows it. */
export const APPLICATION_ROW_FIELDS = graphql(`
  fragment DualLearningApplicationRowFields on RecognitionApplication {
    id
    version
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
    version
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
  mutation DualLearningTakeUpApplication($id: ID!, $expectedVersion: Int) {
    takeUpApplication(applicationId: $id, expectedVersion: $expectedVersion) {
      ...DualLearningApplicationDetailFields
    }
  }
`);

export const PUT_APPLICATION_ON_HOLD = graphql(`
  mutation DualLearningPutApplicationOnHold($id: ID!, $reason: String, $expectedVersion: Int) {
    putApplicationOnHold(applicationId: $id, reason: $reason, expectedVersion: $expectedVersion) {
      ...DualLearningApplicationDetailFields
    }
  }
`);

export const RESUME_APPLICATION = graphql(`
  mutation DualLearningResumeApplication($id: ID!, $expectedVersion: Int) {
    resumeApplication(applicationId: $id, expectedVersion: $expectedVersion) {
      ...DualLearningApplicationDetailFields
    }
  }
`);

export const DECLARE_APPLICATION_INCOMPLETE = graphql(`
  mutation DualLearningDeclareApplicationIncomplete($input: DeclareApplicationIncompleteInput!, $expectedVersion: Int) {
    declareApplicationIncomplete(input: $input, expectedVersion: $expectedVersion) {
      ...DualLearningApplicationDetailFields
    }
  }
`);

export const RECORD_HANDLING_ACTION = graphql(`
  mutation DualLearningRecordHandlingAction($input: RecordHandlingActionInput!, $expectedVersion: Int) {
    recordHandlingAction(input: $input, expectedVersion: $expectedVersion) {
      ...DualLearningApplicationDetailFields
    }
  }
`);

export const RECORD_COMPANY_CONDITIONS = graphql(`
  mutation DualLearningRecordCompanyConditions($input: CompanyConditionsInput!, $expectedVersion: Int) {
    recordCompanyConditions(input: $input, expectedVersion: $expectedVersion) {
      ...DualLearningApplicationDetailFields
    }
  }
`);

export const DECIDE_APPLICATION = graphql(`
  mutation DualLearningDecideApplication($input: ApplicationDecisionInput!, $expectedVersion: Int) {
    decideApplication(input: $input, expectedVersion: $expectedVersion) {
      ...DualLearningApplicationDetailFields
    }
  }
`);

export const COMPLETE_APPLICATION = graphql(`
  mutation DualLearningCompleteApplication($id: ID!, $expectedVersion: Int) {
    completeApplication(applicationId: $id, expectedVersion: $expectedVersion) {
      ...DualLearningApplicationDetailFields
    }
  }
`);

export const PROPOSE_DECISION = graphql(`
  mutation DualLearningProposeDecision($input: ApplicationDecisionInput!, $expectedVersion: Int) {
    proposeDecision(input: $input, expectedVersion: $expectedVersion) {
      ...DualLearningApplicationDetailFields
    }
  }
`);

export const CAST_VOTE = graphql(`
  mutation DualLearningCastVote($input: CastApplicationVoteInput!, $expectedVersion: Int) {
    castVote(input: $input, expectedVersion: $expectedVersion) {
      ...DualLearningApplicationDetailFields
    }
  }
`);
