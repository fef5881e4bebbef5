import { graphql } from '../gql/index.js';

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
  query Courses($filter: CourseFilter, $page: PageInput) {
    courses(filter: $filter, page: $page) {
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
        id
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
    }
  }
`);

export const CERTIFICATES_QUERY = graphql(`
  query Certificates($filter: CertificateFilter, $page: PageInput) {
    certificates(filter: $filter, page: $page) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
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
    }
  }
`);

export const RECORD_ENROLMENT_RESULT_MUTATION = graphql(`
  mutation RecordEnrolmentResult($id: ID!, $result: EnrolmentResult!) {
    recordEnrolmentResult(id: $id, result: $result) {
      id
      status
      result
    }
  }
`);

export const WITHDRAW_ENROLMENT_MUTATION = graphql(`
  mutation WithdrawEnrolment($id: ID!, $on: LocalDate!) {
    withdrawEnrolment(id: $id, on: $on) {
      id
      status
      leftOn
    }
  }
`);

export const ISSUE_CERTIFICATE_MUTATION = graphql(`
  mutation IssueCertificate($input: IssueCertificateInput!) {
    issueCertificate(input: $input) {
      id
      number
      type
      issuedOn
      issuer
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
      id
      status
    }
  }
`);
