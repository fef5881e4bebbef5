import { graphql } from '../gql/index.js';

/** A complaint or report as the list shows it, with its terms. */
export const COMPLAINT_ROW_FIELDS = graphql(`
  fragment DualLearningComplaintRowFields on Complaint {
    id
    version
    number
    kind
    subject
    submitterName
    receivedOn
    acknowledgeDueOn
    closeDueOn
    status
    acknowledgeOverdue
    closeOverdue
    partnership {
      id
      name
    }
  }
`);

/** A complaint as its page shows it: the detail query and every handling step's answer. */
export const COMPLAINT_DETAIL_FIELDS = graphql(`
  fragment DualLearningComplaintDetailFields on Complaint {
    id
    version
    allowedSteps
    number
    kind
    subject
    description
    submitterName
    submitterEmail
    receivedOn
    acknowledgeDueOn
    closeDueOn
    status
    admissible
    admissibilityNote
    acknowledgedOn
    handlerBody
    handlerName
    verdict
    resolution
    closedOn
    closingMessage
    acknowledgeOverdue
    closeOverdue
    partnership {
      id
      name
    }
    history {
      ...DualLearningStatusChangeFields
    }
  }
`);

export const COMPLAINTS_QUERY = graphql(`
  query DualLearningComplaints($page: PageInput, $sort: ComplaintSort!, $filter: ComplaintFilter) {
    complaints(page: $page, sort: $sort, filter: $filter) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        ...DualLearningComplaintRowFields
      }
    }
  }
`);

export const COMPLAINT_QUERY = graphql(`
  query DualLearningComplaint($id: ID!) {
    complaint(id: $id) {
      ...DualLearningComplaintDetailFields
    }
  }
`);

/** Partnerships with whether they take up complaints (BR-50): routing to one that does not is refused. */
export const COMPLAINT_PARTNERSHIPS_QUERY = graphql(`
  query DualLearningComplaintPartnerships {
    partnerships {
      id
      name
      takesComplaints
    }
  }
`);

export const ACKNOWLEDGE_COMPLAINT = graphql(`
  mutation DualLearningAcknowledgeComplaint($id: ID!, $input: AcknowledgeComplaintInput, $expectedVersion: Int) {
    acknowledgeComplaint(id: $id, input: $input, expectedVersion: $expectedVersion) {
      ...DualLearningComplaintDetailFields
    }
  }
`);

export const DECLARE_COMPLAINT_INADMISSIBLE = graphql(`
  mutation DualLearningDeclareComplaintInadmissible($id: ID!, $reason: String!, $expectedVersion: Int) {
    declareComplaintInadmissible(id: $id, reason: $reason, expectedVersion: $expectedVersion) {
      ...DualLearningComplaintDetailFields
    }
  }
`);

export const ROUTE_COMPLAINT = graphql(`
  mutation DualLearningRouteComplaint($id: ID!, $input: RouteComplaintInput!, $expectedVersion: Int) {
    routeComplaint(id: $id, input: $input, expectedVersion: $expectedVersion) {
      ...DualLearningComplaintDetailFields
    }
  }
`);

export const START_COMPLAINT_INVESTIGATION = graphql(`
  mutation DualLearningStartComplaintInvestigation($id: ID!, $note: String, $expectedVersion: Int) {
    startComplaintInvestigation(id: $id, note: $note, expectedVersion: $expectedVersion) {
      ...DualLearningComplaintDetailFields
    }
  }
`);

export const RECORD_COMPLAINT_INVESTIGATIVE_ACT = graphql(`
  mutation DualLearningRecordComplaintInvestigativeAct($id: ID!, $description: String!, $expectedVersion: Int) {
    recordComplaintInvestigativeAct(id: $id, description: $description, expectedVersion: $expectedVersion) {
      ...DualLearningComplaintDetailFields
    }
  }
`);

export const DECIDE_COMPLAINT = graphql(`
  mutation DualLearningDecideComplaint($id: ID!, $input: DecideComplaintInput!, $expectedVersion: Int) {
    decideComplaint(id: $id, input: $input, expectedVersion: $expectedVersion) {
      ...DualLearningComplaintDetailFields
    }
  }
`);

export const INVESTIGATE_COMPLAINT_FURTHER = graphql(`
  mutation DualLearningInvestigateComplaintFurther($id: ID!, $reason: String!, $expectedVersion: Int) {
    investigateComplaintFurther(id: $id, reason: $reason, expectedVersion: $expectedVersion) {
      ...DualLearningComplaintDetailFields
    }
  }
`);

export const CLOSE_COMPLAINT = graphql(`
  mutation DualLearningCloseComplaint($id: ID!, $expectedVersion: Int) {
    closeComplaint(id: $id, expectedVersion: $expectedVersion) {
      ...DualLearningComplaintDetailFields
    }
  }
`);
