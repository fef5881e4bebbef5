import { graphql } from '../gql/index.js';

export const APPLICATIONS_QUERY = graphql(`
  query DualLearningApplications($page: PageInput, $sort: ApplicationSort!, $filter: ApplicationFilter) {
    recognitionApplications(page: $page, sort: $sort, filter: $filter) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
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
    }
  }
`);

export const APPLICATION_QUERY = graphql(`
  query DualLearningApplication($id: ID!) {
    recognitionApplication(id: $id) {
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
        id
        step
        fromStatus
        toStatus
        actorName
        note
        at
      }
      recognition {
        id
      }
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
      id
      status
    }
  }
`);

export const PUT_APPLICATION_ON_HOLD = graphql(`
  mutation DualLearningPutApplicationOnHold($id: ID!, $reason: String) {
    putApplicationOnHold(applicationId: $id, reason: $reason) {
      id
      status
    }
  }
`);

export const RESUME_APPLICATION = graphql(`
  mutation DualLearningResumeApplication($id: ID!) {
    resumeApplication(applicationId: $id) {
      id
      status
    }
  }
`);

export const DECLARE_APPLICATION_INCOMPLETE = graphql(`
  mutation DualLearningDeclareApplicationIncomplete($input: DeclareApplicationIncompleteInput!) {
    declareApplicationIncomplete(input: $input) {
      id
      status
      missingItems
    }
  }
`);

export const RECORD_HANDLING_ACTION = graphql(`
  mutation DualLearningRecordHandlingAction($input: RecordHandlingActionInput!) {
    recordHandlingAction(input: $input) {
      id
      status
    }
  }
`);

export const RECORD_COMPANY_CONDITIONS = graphql(`
  mutation DualLearningRecordCompanyConditions($input: CompanyConditionsInput!) {
    recordCompanyConditions(input: $input) {
      id
      companyInOrder
      equipmentSufficient
      financiallyCapable
      noConvictions
    }
  }
`);

export const DECIDE_APPLICATION = graphql(`
  mutation DualLearningDecideApplication($input: ApplicationDecisionInput!) {
    decideApplication(input: $input) {
      id
      status
      outcome
      rejectionReason
      recognition {
        id
      }
    }
  }
`);

export const COMPLETE_APPLICATION = graphql(`
  mutation DualLearningCompleteApplication($id: ID!) {
    completeApplication(applicationId: $id) {
      id
      status
      missingItems
    }
  }
`);

export const PROPOSE_DECISION = graphql(`
  mutation DualLearningProposeDecision($input: ApplicationDecisionInput!) {
    proposeDecision(input: $input) {
      id
      status
      outcome
      rejectionReason
    }
  }
`);

export const CAST_VOTE = graphql(`
  mutation DualLearningCastVote($input: CastApplicationVoteInput!) {
    castVote(input: $input) {
      id
      votes {
        id
        voterName
        approve
        reason
        castAt
      }
    }
  }
`);
