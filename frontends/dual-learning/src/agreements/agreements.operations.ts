import { graphql } from '../gql/index.js';

export const AGREEMENTS_QUERY = graphql(`
  query DualLearningAgreements($page: PageInput, $sort: AgreementSort, $filter: AgreementFilter) {
    agreements(page: $page, sort: $sort, filter: $filter) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        number
        type
        status
        startDate
        plannedEndDate
        actualEndDate
        terminationReason
        schoolYear
        workplace {
          id
          name
        }
        training {
          id
          name
        }
        learner {
          id
          name
        }
      }
    }
  }
`);

export const AGREEMENT_QUERY = graphql(`
  query DualLearningAgreement($id: ID!) {
    agreement(id: $id) {
      id
      number
      type
      status
      dual
      startDate
      plannedEndDate
      actualEndDate
      terminationReason
      suspendedFrom
      suspendedOver60Days
      allowedSteps
      recognitionId
      schoolYear
      workplace {
        id
        name
      }
      training {
        id
        name
      }
      learner {
        id
        name
        trainingProvider
      }
      mentor {
        id
        name
      }
    }
    history(entityId: $id) {
      id
      step
      fromStatus
      toStatus
      actorName
      note
      at
    }
  }
`);

export const REGISTER_AGREEMENT = graphql(`
  mutation DualLearningRegisterAgreement($input: RegisterAgreementInput!) {
    registerAgreement(input: $input) {
      id
      number
      status
    }
  }
`);

export const END_AGREEMENT = graphql(`
  mutation DualLearningEndAgreement($id: ID!) {
    endAgreement(id: $id) {
      id
      status
      actualEndDate
    }
  }
`);

export const TERMINATE_AGREEMENT_EARLY = graphql(`
  mutation DualLearningTerminateAgreementEarly($id: ID!, $endDate: LocalDate!, $reason: TerminationReason!) {
    terminateAgreementEarly(id: $id, endDate: $endDate, reason: $reason) {
      id
      status
      actualEndDate
      terminationReason
    }
  }
`);

export const SUSPEND_AGREEMENT = graphql(`
  mutation DualLearningSuspendAgreement($id: ID!, $from: LocalDate!) {
    suspendAgreement(id: $id, from: $from) {
      id
      status
      suspendedFrom
    }
  }
`);

export const END_AGREEMENT_SUSPENSION = graphql(`
  mutation DualLearningEndAgreementSuspension($input: EndAgreementSuspensionInput!) {
    endAgreementSuspension(input: $input) {
      id
      status
      suspendedFrom
    }
  }
`);
