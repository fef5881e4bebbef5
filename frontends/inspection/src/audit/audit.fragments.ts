import { graphql } from '../gql/index.js';

/*
 * The field selections the audit page reads, each once: the detail query spreads them, and every mutation that
 * changes that part of the audit answers with the same fragment, so Apollo's cache holds the whole new state at once
 * (the page updates from the mutation's answer; the refetch after it only adds what a step changes elsewhere, like the
 * history). The codegen's client preset adds a fragment's definition to every document that spreads it; fragment
 * masking is off in @werkplek/frontend-build, so the types stay plain objects.
 */

/** The audit's state: status, dates of each step, the report, and what the caller may do next. */
export const AUDIT_STATE_FIELDS = graphql(`
  fragment AuditStateFields on Audit {
    id
    version
    status
    statusLabel
    scheduledOn
    preparedOn
    preparationPackReceivedOn
    performedOn
    result
    reportSummary
    advice
    reportedOn
    reportedToFlemishPartnershipOn
    reportedToAuditCommitteeOn
    improvementPlanApprovedOn
    closedOn
    cancelledReason
    version
    allowedSteps
  }
`);

/** The audit's team. */
export const AUDIT_TEAM_FIELDS = graphql(`
  fragment AuditTeamFields on Audit {
    id
    version
    team
    leadAuditor {
      id
      name
    }
    assignments {
      id
      role
      auditor {
        id
        name
        organisation
      }
    }
  }
`);

export const FINDING_FIELDS = graphql(`
  fragment FindingFields on Finding {
    id
    version
    severity
    title
    description
    questionId
    resolvedOn
    createdBy
    createdAt
    isOpen
  }
`);

export const RECOMMENDATION_FIELDS = graphql(`
  fragment RecommendationFields on Recommendation {
    id
    version
    kind
    description
    owner
    agreedDueOn
    status
    implementedOn
    evaluatedOn
    evaluationNote
    evaluatedBy
    isOverdue
    daysOverdue
    finding {
      id
      title
    }
  }
`);

/** A bewijsstuk's metadata (the content only on download). */
export const EVIDENCE_FIELDS = graphql(`
  fragment EvidenceFields on EvidenceFile {
    id
    findingId
    fileName
    mediaType
    sizeBytes
    description
    uploadedBy
    uploadedAt
  }
`);
