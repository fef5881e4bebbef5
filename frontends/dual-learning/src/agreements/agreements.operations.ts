import { graphql } from '../gql/index.js';

/** An agreement as the list shows it. */
export const AGREEMENT_ROW_FIELDS = graphql(`
  fragment DualLearningAgreementRowFields on Agreement {
    id
    version
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
`);

/** An agreement as its page shows it: the detail query and every step's answer (register, suspend, end). */
export const AGREEMENT_DETAIL_FIELDS = graphql(`
  fragment DualLearningAgreementDetailFields on Agreement {
    id
    version
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
`);

export const AGREEMENTS_QUERY = graphql(`
  query DualLearningAgreements($page: PageInput, $sort: AgreementSort, $filter: AgreementFilter) {
    agreements(page: $page, sort: $sort, filter: $filter) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        ...DualLearningAgreementRowFields
      }
    }
  }
`);

export const AGREEMENT_QUERY = graphql(`
  query DualLearningAgreement($id: ID!) {
    agreement(id: $id) {
      ...DualLearningAgreementDetailFields
    }
    history(entityId: $id) {
      ...DualLearningStatusChangeFields
    }
  }
`);

export const REGISTER_AGREEMENT = graphql(`
  mutation DualLearningRegisterAgreement($input: RegisterAgreementInput!) {
    registerAgreement(input: $input) {
      ...DualLearningAgreementDetailFields
    }
  }
`);

export const END_AGREEMENT = graphql(`
  mutation DualLearningEndAgreement($id: ID!, $expectedVersion: Int) {
    endAgreement(id: $id, expectedVersion: $expectedVersion) {
      ...DualLearningAgreementDetailFields
    }
  }
`);

export const TERMINATE_AGREEMENT_EARLY = graphql(`
  mutation DualLearningTerminateAgreementEarly($id: ID!, $endDate: LocalDate!, $reason: TerminationReason!, $expectedVersion: Int) {
    terminateAgreementEarly(id: $id, endDate: $endDate, reason: $reason, expectedVersion: $expectedVersion) {
      ...DualLearningAgreementDetailFields
    }
  }
`);

export const SUSPEND_AGREEMENT = graphql(`
  mutation DualLearningSuspendAgreement($id: ID!, $from: LocalDate!, $expectedVersion: Int) {
    suspendAgreement(id: $id, from: $from, expectedVersion: $expectedVersion) {
      ...DualLearningAgreementDetailFields
    }
  }
`);

export const END_AGREEMENT_SUSPENSION = graphql(`
  mutation DualLearningEndAgreementSuspension($input: EndAgreementSuspensionInput!, $expectedVersion: Int) {
    endAgreementSuspension(input: $input, expectedVersion: $expectedVersion) {
      ...DualLearningAgreementDetailFields
    }
  }
`);
