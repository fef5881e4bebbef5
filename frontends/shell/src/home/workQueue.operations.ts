import { graphql } from '../gql/index.js';

/*
 * The work queues of the home page. The application list filters on one status at a time, so the four undecided
 * statuses (BR-01: these can pass the 14-day term) are asked as aliases and merged by due date; each alias's first
 * ten by due date cover the merged first ten.
 */

/** The statuses of an application that still waits for a decision (the four aliases below). */
export const UNDECIDED_APPLICATION_STATUSES = ['SUBMITTED', 'INCOMPLETE', 'IN_PROGRESS', 'ON_HOLD'] as const;

/** The statuses of an audit that is planned but not yet reported (the audits-this-week queue). */
export const UPCOMING_AUDIT_STATUSES = ['PLANNED', 'PREPARED', 'IN_PROGRESS'] as const;

export const APPLICATION_QUEUE_ROW = graphql(`
  fragment ApplicationQueueRow on RecognitionApplication {
    id
    version
    reference
    status
    dueOn
    overdue
    workplace {
      id
      name
    }
    partnership {
      id
      name
    }
  }
`);

export const OPEN_APPLICATIONS_QUERY = graphql(`
  query HomeOpenApplications {
    submitted: recognitionApplications(sort: DUE_ON_ASC, page: { first: 10 }, filter: { status: SUBMITTED }) {
      totalCount
      nodes {
        ...ApplicationQueueRow
      }
    }
    incomplete: recognitionApplications(sort: DUE_ON_ASC, page: { first: 10 }, filter: { status: INCOMPLETE }) {
      totalCount
      nodes {
        ...ApplicationQueueRow
      }
    }
    inProgress: recognitionApplications(sort: DUE_ON_ASC, page: { first: 10 }, filter: { status: IN_PROGRESS }) {
      totalCount
      nodes {
        ...ApplicationQueueRow
      }
    }
    onHold: recognitionApplications(sort: DUE_ON_ASC, page: { first: 10 }, filter: { status: ON_HOLD }) {
      totalCount
      nodes {
        ...ApplicationQueueRow
      }
    }
  }
`);

export const ACTION_PLANS_TO_REVIEW_QUERY = graphql(`
  query HomeActionPlansToReview {
    submitted: actionPlans(page: { first: 10 }, filter: { status: SUBMITTED }) {
      totalCount
      nodes {
        ...ActionPlanQueueRow
      }
    }
    underReview: actionPlans(page: { first: 10 }, filter: { status: UNDER_REVIEW }) {
      totalCount
      nodes {
        ...ActionPlanQueueRow
      }
    }
  }
`);

export const ACTION_PLAN_QUEUE_ROW = graphql(`
  fragment ActionPlanQueueRow on AnnualActionPlan {
    id
    version
    status
    submittedAt
    centre {
      id
      name
    }
    round {
      id
      year
      season
      deadline
      status
    }
  }
`);

/** A centre sees only its own plans (the subgraph decides); the newest round first. */
export const OWN_ACTION_PLANS_QUERY = graphql(`
  query HomeOwnActionPlans {
    actionPlans(page: { first: 5 }) {
      totalCount
      nodes {
        ...ActionPlanQueueRow
      }
    }
  }
`);

export const AUDITS_THIS_WEEK_QUERY = graphql(`
  query HomeAuditsThisWeek($from: LocalDate!, $to: LocalDate!, $assignedToMe: Boolean) {
    audits(
      page: { first: 10 }
      filter: { scheduledFrom: $from, scheduledTo: $to, statuses: [PLANNED, PREPARED, IN_PROGRESS], assignedToMe: $assignedToMe }
    ) {
      totalCount
      nodes {
        id
        reference
        title
        scheduledOn
        statusLabel
      }
    }
  }
`);

export const OVERDUE_RECOMMENDATIONS_QUERY = graphql(`
  query HomeOverdueRecommendations {
    overdueRecommendations(assignedToMe: true, page: { first: 10 }) {
      totalCount
      nodes {
        id
        description
        agreedDueOn
        daysOverdue
        audit {
          id
          reference
          title
        }
      }
    }
  }
`);

export const OPEN_REVOCATION_PROPOSALS_QUERY = graphql(`
  query HomeOpenRevocationProposals {
    revocationProposals(status: PROPOSED) {
      id
      kind
      auditReference
      receivedAt
      recognition {
        id
        workplace {
          id
          name
        }
      }
    }
  }
`);
