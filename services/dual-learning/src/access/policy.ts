import { defineAccessPolicy, type OperationPolicy } from '@werkplek/subgraph-kit';

/**
 * Who may do what in dual learning (issue #7): every root operation and every federated entity of this subgraph, per
 * role. `all` = any record, `own` = only records of the caller's own organisation (partnership staff: their
 * partnership; a company user: their company's workplaces; a school: the applications it submitted under mandate),
 * refused (FORBIDDEN) or hidden (NOT_FOUND / null) otherwise. A role that is not listed is refused.
 *
 * The resolvers take their `@Authorized(...)` roles from here (`rolesAllowed(policy['Mutation.x'])`), the services do
 * the `own` checks, and test/authorization-matrix.test.ts calls every operation of the schema as every role on own and
 * foreign records and fails where the behaviour differs from this table or an operation is missing from it.
 */

const staffAndInspectors = { AGENCY_STAFF: 'all', INSPECTOR: 'all' } as const;
/** The readers of partnership files: the agency and inspectors all, partnership staff their partnership's. */
const partnershipFiles = { ...staffAndInspectors, PARTNERSHIP_STAFF: 'own' } as const;
/** Files of a workplace: also its company (its own workplaces). */
const workplaceFiles = { ...partnershipFiles, COMPANY_USER: 'own' } as const;
/** Recognition files: also the school that submitted the application under mandate (BR-07). */
const recognitionFiles = { ...workplaceFiles, SCHOOL_USER: 'own' } as const;
/** Handling by the agency (workplace coaches, in delegation of the VP) or the competent partnership. */
const handlers = { AGENCY_STAFF: 'all', PARTNERSHIP_STAFF: 'own' } as const;
/** Every signed-in person: reference data the forms of every organisation need. */
const people = {
  AGENCY_STAFF: 'all',
  INSPECTOR: 'all',
  PARTNERSHIP_STAFF: 'all',
  COMPANY_USER: 'all',
  SCHOOL_USER: 'all',
  CENTRE_USER: 'all',
} as const;
/** People and other domains' services (a service identity is let through only where it is named). */
const everyone = { ...people, SERVICE: 'all' } as const;

const annualReport: OperationPolicy = {
  roles: { ...staffAndInspectors, PARTNERSHIP_STAFF: 'own' },
  note: 'Annual report figures: partnership staff get the figures of their own partnership only.',
};
const appealAdministration: OperationPolicy = {
  roles: { AGENCY_STAFF: 'all' },
  note: 'The appeals coordinator and case handler are SYNTRA staff (§1.4); the appellant only lodges or withdraws.',
};
const complaintHandling: OperationPolicy = {
  roles: handlers,
  note: 'Complaints are handled by SYNTRA or by the partnership they were routed to, if it takes complaints (Tabel 28, BR-50).',
};
const applicationHandling: OperationPolicy = {
  roles: handlers,
  note: 'BR-01/BR-06: the competent partnership (or a SYNTRA workplace coach in delegation of the VP) handles the request.',
};

export const dualLearningPolicy = defineAccessPolicy({
  'Query.history': { roles: staffAndInspectors, note: 'Status history of any file: for the agency and inspectors.' },
  'Query.dualLearningAuditTrail': { roles: { AGENCY_STAFF: 'all' }, note: 'The platform\'s audit trail (who changed what, refused attempts too): agency staff only.' },

  'Query.agreements': { roles: workplaceFiles, note: 'Lists are narrowed to the own company / partnership.' },
  'Query.agreement': { roles: workplaceFiles },

  'Query.applicationsPerMonth': annualReport,
  'Query.decisionsPerPartnership': annualReport,
  'Query.handlingActionsPerPartnership': annualReport,
  'Query.rejectionReasons': annualReport,
  'Query.handlingTime': annualReport,
  'Query.submissionsByMandate': annualReport,
  'Query.agreementsThatRan': annualReport,
  'Query.agreementsByStartYearAndStatus': annualReport,
  'Query.earlyTerminationsByReason': annualReport,

  'Query.appeals': { roles: { ...staffAndInspectors, COMPANY_USER: 'own' }, note: 'A company sees the appeals it lodged (BR-40).' },
  'Query.appeal': { roles: { ...staffAndInspectors, COMPANY_USER: 'own' } },
  'Query.appealsOverdue': { roles: staffAndInspectors, note: 'BR-44 follow-up by the agency.' },

  'Query.companies': { roles: { ...staffAndInspectors, PARTNERSHIP_STAFF: 'all', COMPANY_USER: 'own' }, note: 'Partnerships handle requests of any company (BR-06 routing), so they read all companies.' },
  'Query.company': { roles: { ...staffAndInspectors, PARTNERSHIP_STAFF: 'all', COMPANY_USER: 'own' } },

  'Query.complaints': { roles: partnershipFiles },
  'Query.complaint': { roles: partnershipFiles },

  'Query.guidanceActions': {
    roles: { ...staffAndInspectors, PARTNERSHIP_STAFF: 'all' },
    note: 'Any workplace (several partnerships may guide one), but partnership staff only get their own partnership\'s actions listed.',
  },
  'Query.signals': { roles: partnershipFiles },

  'Query.learners': { roles: staffAndInspectors },

  'Query.mentors': { roles: workplaceFiles },
  'Query.mentorsOverdue': { roles: partnershipFiles, note: 'BR-21/BR-24 follow-up of mentor training.' },

  'Query.partnerships': { public: true, roles: everyone, note: 'Public bodies (the VP and the sectoral partnerships).' },
  'Query.partnership': { public: true, roles: everyone },
  'Query.competentPartnership': { roles: people, note: 'BR-06: every submitter (company, school, partnership, coach) needs the routing.' },
  'Query.partnershipSettingHistory': { roles: { ...staffAndInspectors, PARTNERSHIP_STAFF: 'all' }, note: 'The settings of every partnership are public (BR-10, BR-12, §4.2); only the agency changes them.' },

  'Query.recognitions': { roles: recognitionFiles },
  'Query.recognition': { roles: recognitionFiles },
  'Query.validRecognition': { roles: partnershipFiles },

  'Query.recognitionApplications': { roles: recognitionFiles },
  'Query.recognitionApplication': { roles: recognitionFiles },

  'Query.revocationProposals': { roles: handlers },

  'Query.workplaceRiskSignals': { roles: { ...staffAndInspectors, SERVICE: 'all' }, note: 'The inspection service plans audits on these signals.' },
  'Query.partnershipRiskSignals': { roles: { ...staffAndInspectors, SERVICE: 'all' } },
  'Query.complaintHandlingTimes': { roles: staffAndInspectors },
  'Query.appealHandlingTimes': { roles: staffAndInspectors },

  'Query.trainingProgrammes': { roles: people, note: 'Reference data for every application form.' },
  'Query.trainingProgramme': { roles: people },

  'Query.workplacePage': { roles: partnershipFiles },
  'Query.workplaces': { roles: staffAndInspectors },
  'Query.workplace': { roles: staffAndInspectors },

  'Mutation.registerAgreement': { roles: { AGENCY_STAFF: 'all', COMPANY_USER: 'own' }, note: 'BR-30: the company registers its agreements.' },
  'Mutation.endAgreement': { roles: { AGENCY_STAFF: 'all', COMPANY_USER: 'own' } },
  'Mutation.terminateAgreementEarly': { roles: { AGENCY_STAFF: 'all', COMPANY_USER: 'own', PARTNERSHIP_STAFF: 'own' }, note: 'BR-34; BR-24/BR-35: a partnership stops contracts for mentor non-compliance.' },
  'Mutation.suspendAgreement': { roles: { AGENCY_STAFF: 'all', COMPANY_USER: 'own' }, note: 'BR-32.' },
  'Mutation.endAgreementSuspension': { roles: { AGENCY_STAFF: 'all', COMPANY_USER: 'own' }, note: 'BR-32.' },

  'Mutation.lodgeAppeal': { roles: { AGENCY_STAFF: 'all', COMPANY_USER: 'own' }, note: 'BR-40/BR-41: the company appeals a decision about its own workplace (the agency registers a posted appeal).' },
  'Mutation.assignAppealCaseHandler': appealAdministration,
  'Mutation.scheduleAppealSession': appealAdministration,
  'Mutation.sendAppealFile': appealAdministration,
  'Mutation.takeAppealInterimDecision': appealAdministration,
  'Mutation.decideAppeal': appealAdministration,
  'Mutation.withdrawAppeal': { roles: { AGENCY_STAFF: 'all', COMPANY_USER: 'own' }, note: 'Only the appellant (or the agency on its behalf) withdraws.' },

  'Mutation.registerCompany': { roles: { AGENCY_STAFF: 'all' } },

  'Mutation.registerComplaint': { roles: handlers, note: 'The complaints counsellor (SYNTRA) or a partnership that takes complaints registers it (§4.5).' },
  'Mutation.acknowledgeComplaint': complaintHandling,
  'Mutation.declareComplaintInadmissible': complaintHandling,
  'Mutation.routeComplaint': complaintHandling,
  'Mutation.startComplaintInvestigation': complaintHandling,
  'Mutation.recordComplaintInvestigativeAct': complaintHandling,
  'Mutation.decideComplaint': complaintHandling,
  'Mutation.investigateComplaintFurther': complaintHandling,
  'Mutation.closeComplaint': complaintHandling,

  'Mutation.recordGuidanceAction': { roles: handlers, note: '§3.4: the competent partnership guides its workplaces, if it takes guidance.' },
  'Mutation.raiseSignal': { roles: handlers, note: '§4.6.' },
  'Mutation.followUpSignal': { roles: handlers },
  'Mutation.closeSignal': { roles: handlers },
  'Mutation.detectSignals': { roles: { AGENCY_STAFF: 'all' }, note: 'The automatic blinkers run for all partnerships.' },

  'Mutation.registerLearner': { roles: { AGENCY_STAFF: 'all', PARTNERSHIP_STAFF: 'all', SCHOOL_USER: 'all' }, note: 'A learner belongs to no organisation until an agreement binds them.' },

  'Mutation.registerMentor': { roles: { AGENCY_STAFF: 'all', PARTNERSHIP_STAFF: 'own', COMPANY_USER: 'own' } },
  'Mutation.registerMentorTraining': { roles: { AGENCY_STAFF: 'all', PARTNERSHIP_STAFF: 'own', COMPANY_USER: 'own' }, note: 'BR-21: the company reports the enrolment.' },
  'Mutation.completeMentorTraining': { roles: handlers, note: 'The mentor certificate is checked by the partnership.' },
  'Mutation.grantMentorTrainingExemption': { roles: handlers, note: 'BR-22: exemptions need the partnership\'s approval.' },

  'Mutation.updatePartnershipSettings': { roles: { AGENCY_STAFF: 'all' } },

  'Mutation.withdrawRecognition': { roles: handlers, note: '§3.6, BR-24.' },
  'Mutation.excludeCompany': { roles: handlers, note: '§3.6, BR-24.' },
  'Mutation.liftCompanyExclusion': { roles: handlers },

  'Mutation.submitRecognitionApplication': {
    roles: { AGENCY_STAFF: 'all', PARTNERSHIP_STAFF: 'own', COMPANY_USER: 'own', SCHOOL_USER: 'all' },
    note: 'BR-07: the company, or a mandated party (training institution with a signed declaration, the competent partnership, a SYNTRA workplace coach).',
  },
  'Mutation.declareApplicationIncomplete': { ...applicationHandling, note: 'BR-02.' },
  'Mutation.completeApplication': { roles: { AGENCY_STAFF: 'all', PARTNERSHIP_STAFF: 'own', COMPANY_USER: 'own', SCHOOL_USER: 'own' }, note: 'BR-02: the submitter completes the file.' },
  'Mutation.takeUpApplication': applicationHandling,
  'Mutation.putApplicationOnHold': applicationHandling,
  'Mutation.resumeApplication': applicationHandling,
  'Mutation.recordHandlingAction': applicationHandling,
  'Mutation.recordCompanyConditions': { ...applicationHandling, note: 'BR-03.' },
  'Mutation.decideApplication': { ...applicationHandling, note: 'BR-08, BR-09, BR-10 (d).' },
  'Mutation.proposeDecision': { ...applicationHandling, note: 'BR-10 (c): without objection of the social partners.' },
  'Mutation.castVote': { roles: { PARTNERSHIP_STAFF: 'own' }, note: 'BR-10 (b): voting members of the competent partnership.' },
  'Mutation.runDecisionCycle': { roles: { AGENCY_STAFF: 'all' }, note: 'BR-10: the scheduled decision round for all partnerships.' },

  'Mutation.receiveRevocationProposal': { roles: { SERVICE: 'all' }, note: 'Only the inspection service delivers its proposals (issue: revocation after an audit).' },
  'Mutation.decideRevocationProposal': { roles: handlers, note: '§3.6: the partnership that recognised the workplace decides.' },

  'Mutation.registerWorkplace': { roles: { AGENCY_STAFF: 'all' } },

  'Entity.Agreement': { roles: workplaceFiles, note: 'The same ownership as Query.agreement: `_entities` must not bypass it.' },
  'Entity.Audit': { public: true, roles: everyone, note: 'Owned by the inspection subgraph; this one only adds proposals (field-level rules apply there).' },
  'Entity.Company': { roles: { ...staffAndInspectors, PARTNERSHIP_STAFF: 'all', COMPANY_USER: 'own' } },
  'Entity.Mentor': { roles: workplaceFiles, note: 'The same ownership as Query.mentors.' },
  'Entity.Partnership': { public: true, roles: everyone, note: 'Public bodies.' },
  'Entity.Recognition': { roles: recognitionFiles, note: 'The same visibility as Query.recognition.' },
  'Entity.Workplace': {
    roles: { ...staffAndInspectors, PARTNERSHIP_STAFF: 'all', COMPANY_USER: 'all', SCHOOL_USER: 'all', SERVICE: 'all' },
    note: 'Recognised workplaces are public information (werkplekduaal.be); other subgraphs show the workplace of an audit or agreement.',
  },
});

export type DualLearningOperation = keyof typeof dualLearningPolicy;
