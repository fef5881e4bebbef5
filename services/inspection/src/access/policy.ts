import { defineAccessPolicy, type OperationPolicy } from '@werkplek/subgraph-kit';

/**
 * Who may do what in inspection (issue #7): every root operation and every federated entity of this subgraph, per
 * role. `all` = any record, `own` = only the caller's own: an inspector the audits he is ASSIGNED to (through the
 * auditor register, src/shared/access.ts `assertMayWorkOnAudit`), a training centre or a partnership only the FINISHED
 * reports about itself (§4.2: the report goes to the audited party; `readableAuditsWhere`). A role that is not listed
 * is refused.
 *
 * The mutations take their `@Authorized(...)` roles from here (`rolesAllowed(inspectionPolicy['Mutation.x'])`), the
 * services do the `own` checks, and test/authorization-matrix.test.ts calls every operation as every role on own and
 * foreign records and fails where behaviour and this table differ or an operation is missing from it.
 */

const staffAndInspectors = { AGENCY_STAFF: 'all', INSPECTOR: 'all' } as const;
/** Audit files: the agency and every inspector read; the audited centre / partnership its own finished reports. */
const auditReaders = { ...staffAndInspectors, CENTRE_USER: 'own', PARTNERSHIP_STAFF: 'own' } as const;
/** Steps of an audit's workflow: only the inspectors assigned to it. */
const assignedInspectors = { INSPECTOR: 'own' } as const;
/** Planning steps: the agency on any audit, inspectors on the ones they are assigned to. */
const planners = { AGENCY_STAFF: 'all', INSPECTOR: 'own' } as const;

const workflowStep: OperationPolicy = {
  roles: assignedInspectors,
  note: 'Only an inspector assigned to the audit takes its steps (audit.workflow.ts; assertMayWorkOnAudit).',
};
const fieldwork: OperationPolicy = {
  roles: assignedInspectors,
  note: 'Checklist answers, findings, evidence and recommendations are recorded by the assigned inspectors only.',
};
const templateWork: OperationPolicy = {
  roles: staffAndInspectors,
  note: 'Inspection frameworks (inspectiekaders) are versioned by the agency and the inspectorate; no audit is named.',
};
const planning: OperationPolicy = {
  roles: staffAndInspectors,
  note: 'The annual plan (jaarplanning) is drafted by the agency with the inspectorate, over all audited parties.',
};

export const inspectionPolicy = defineAccessPolicy({
  'Query.audits': { roles: auditReaders, note: 'Lists are narrowed to what the caller may read (readableAuditsWhere).' },
  'Query.audit': { roles: auditReaders, note: 'A centre / partnership: its own audits once the report is finished, else NOT_FOUND.' },
  'Query.recommendations': { roles: auditReaders, note: 'The audited party follows up the recommendations of its own reports.' },
  'Query.recommendation': { roles: auditReaders },
  'Query.overdueRecommendations': { roles: staffAndInspectors, note: 'Follow-up of overdue recommendations is the inspectorate\'s.' },
  'Query.evidenceFile': { roles: auditReaders, note: 'Metadata for the audit\'s readers; the content only for agency and inspectors (field level).' },
  'Query.proposedRevocations': { roles: staffAndInspectors },
  'Query.annualPlan': planning,
  'Query.annualPlans': planning,
  'Query.auditTemplates': templateWork,
  'Query.auditTemplate': templateWork,
  'Query.auditors': { roles: staffAndInspectors, note: 'The auditor register.' },
  'Query.auditIndicators': { roles: staffAndInspectors },
  'Query.riskWeights': { roles: staffAndInspectors },
  'Query.scheduledRiskWeights': { roles: staffAndInspectors },
  'Query.inspectionAuditTrail': { roles: { AGENCY_STAFF: 'all' }, note: 'Issue #7: the audit trail is queryable by agency staff only.' },

  'Mutation.planAudit': { roles: staffAndInspectors, note: 'A new audit: the agency or the inspectorate plans it (no audit to be assigned to yet).' },
  'Mutation.rescheduleAudit': { roles: planners, note: 'Before the site visit; the agency or an assigned inspector.' },
  'Mutation.assignAuditors': { roles: planners, note: 'The team (one lead inspector): the agency or an assigned inspector.' },
  'Mutation.cancelAudit': { roles: planners, note: 'Before the report: the agency or an assigned inspector.' },
  'Mutation.prepareAudit': workflowStep,
  'Mutation.startAudit': workflowStep,
  'Mutation.reportAudit': workflowStep,
  'Mutation.completeAuditReport': workflowStep,
  'Mutation.startAuditFollowUp': workflowStep,
  'Mutation.closeAudit': workflowStep,
  'Mutation.answerChecklistQuestion': fieldwork,
  'Mutation.uploadEvidence': fieldwork,
  'Mutation.removeEvidence': { ...fieldwork, note: 'Before the report, by the uploader or the lead inspector.' },
  'Mutation.recordFinding': fieldwork,
  'Mutation.updateFinding': fieldwork,
  'Mutation.issueRecommendation': fieldwork,
  'Mutation.evaluateRecommendation': fieldwork,
  'Mutation.proposeRevocation': { roles: assignedInspectors, note: 'A proposal to revoke a recognition after the audit, by its inspectors.' },
  'Mutation.draftAnnualPlan': planning,
  'Mutation.rescoreAnnualPlan': planning,
  'Mutation.adoptAnnualPlan': planning,
  'Mutation.setAnnualPlanItemPlanned': planning,
  'Mutation.draftAuditTemplate': templateWork,
  'Mutation.addTemplateQuestion': templateWork,
  'Mutation.updateTemplateQuestion': templateWork,
  'Mutation.removeTemplateQuestion': templateWork,
  'Mutation.reorderTemplateQuestions': templateWork,
  'Mutation.publishAuditTemplate': templateWork,
  'Mutation.registerAuditor': { roles: { AGENCY_STAFF: 'all' }, note: 'The auditor register is kept by the agency.' },
  'Mutation.deactivateAuditor': { roles: { AGENCY_STAFF: 'all' }, note: 'The auditor register is kept by the agency.' },
  'Mutation.setRiskWeight': { roles: { AGENCY_STAFF: 'all' }, note: 'Risk weights of the annual plan are set by the agency.' },

  'Entity.Audit': { roles: auditReaders, note: 'The same visibility as Query.audit: `_entities` must not bypass it (null otherwise).' },
  'Entity.Agreement': { public: true, roles: {}, note: 'Owned elsewhere; this subgraph only adds audit fields (checked at field level).' },
  'Entity.Course': { public: true, roles: {}, note: 'Owned by training; only audit fields are added here.' },
  'Entity.Partnership': { public: true, roles: {}, note: 'Owned by dual learning; only audit fields are added here.' },
  'Entity.Recognition': { public: true, roles: {}, note: 'Owned by dual learning; only audit fields are added here.' },
  'Entity.Track': { public: true, roles: {}, note: 'Owned by training; only audit fields are added here.' },
  'Entity.TrainingCentre': { public: true, roles: {}, note: 'Owned by training; only audit fields are added here.' },
  'Entity.Workplace': { public: true, roles: {}, note: 'Owned by dual learning; only audit fields are added here.' },
});

export type InspectionOperation = keyof typeof inspectionPolicy;
