import { graphql } from '../gql/index.js';

/*
 * An enrolment and a certificate as the lists show them. The enrolment's mutations select the same fragment, so the
 * row (status, result, the certificate types still issuable) is updated in the cache from their answer.
 */

export const ENROLMENT_ROW_FIELDS = graphql(`
  fragment EnrolmentRowFields on Enrolment {
    id
    version
    courseYear
    component
    enrolledOn
    leftOn
    status
    result
    issuableCertificateTypes
    learner {
      id
      name
    }
    track {
      id
      name
      type
    }
  }
`);

export const CERTIFICATE_ROW_FIELDS = graphql(`
  fragment CertificateRowFields on Certificate {
    id
    version
    number
    type
    examYear
    issuedOn
    issuer
    valid
    revokedOn
    trackName
    learner {
      id
      name
    }
  }
`);

export const TRACKS_QUERY = graphql(`
  query Tracks($filter: TrackFilter, $sort: TrackSort!, $page: PageInput) {
    tracks(filter: $filter, sort: $sort, page: $page) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        code
        name
        type
        durationMonths
        startableFrom
        completedFullRun
        components
        sector {
          id
          name
        }
        centre {
          id
          name
        }
        marks {
          id
          mark
          grantedOn
        }
      }
    }
  }
`);

export const COURSES_QUERY = graphql(`
  query Courses($filter: CourseFilter, $sort: CourseSort!, $page: PageInput) {
    courses(filter: $filter, sort: $sort, page: $page) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        courseYear
        requestedOn
        startedOn
        status
        capacity
        realised
        module {
          id
          code
          name
        }
        centre {
          id
          name
        }
        teachingLocation {
          id
          name
          municipality
        }
      }
    }
  }
`);

export const ENROLMENTS_QUERY = graphql(`
  query Enrolments($filter: EnrolmentFilter, $sort: EnrolmentSort!, $page: PageInput) {
    enrolments(filter: $filter, sort: $sort, page: $page) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        ...EnrolmentRowFields
      }
    }
  }
`);

export const CERTIFICATES_QUERY = graphql(`
  query Certificates($filter: CertificateFilter, $sort: CertificateSort!, $page: PageInput) {
    certificates(filter: $filter, sort: $sort, page: $page) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        ...CertificateRowFields
      }
    }
  }
`);

export const RECORD_ENROLMENT_RESULT_MUTATION = graphql(`
  mutation RecordEnrolmentResult($id: ID!, $result: EnrolmentResult!, $expectedVersion: Int) {
    recordEnrolmentResult(id: $id, result: $result, expectedVersion: $expectedVersion) {
      ...EnrolmentRowFields
    }
  }
`);

export const WITHDRAW_ENROLMENT_MUTATION = graphql(`
  mutation WithdrawEnrolment($id: ID!, $on: LocalDate!, $expectedVersion: Int) {
    withdrawEnrolment(id: $id, on: $on, expectedVersion: $expectedVersion) {
      ...EnrolmentRowFields
    }
  }
`);

export const ISSUE_CERTIFICATE_MUTATION = graphql(`
  mutation IssueCertificate($input: IssueCertificateInput!) {
    issueCertificate(input: $input) {
      ...CertificateRowFields
    }
  }
`);

export const TRAINING_LEARNERS_QUERY = graphql(`
  query TrainingLearners($search: String, $page: PageInput) {
    trainingLearners(search: $search, page: $page) {
      totalCount
      nodes {
        id
        name
        birthDate
      }
    }
  }
`);

export const ENROLMENT_TRACKS_QUERY = graphql(`
  query EnrolmentTracks($filter: TrackFilter) {
    tracks(filter: $filter, sort: NAME_ASC, page: { first: 100 }) {
      nodes {
        id
        code
        name
        components
        centre {
          id
          name
        }
      }
    }
  }
`);

export const REGISTER_TRAINING_LEARNER_MUTATION = graphql(`
  mutation RegisterTrainingLearner($input: RegisterTrainingLearnerInput!) {
    registerTrainingLearner(input: $input) {
      id
      name
    }
  }
`);

export const ENROL_MUTATION = graphql(`
  mutation Enrol($input: EnrolInput!) {
    enrol(input: $input) {
      ...EnrolmentRowFields
    }
  }
`);
