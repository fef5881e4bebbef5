import { defineAccessPolicy, type OperationPolicy } from '@werkplek/subgraph-kit';

/**
 * Who may do what in entrepreneur training (issue #7): every root operation and every federated entity of this
 * subgraph, per role. `all` = any record, `own` = only records of the caller's own training centre (refused with
 * FORBIDDEN or hidden with NOT_FOUND / null otherwise, see src/shared/access.ts). A role that is not listed is refused.
 *
 * The resolvers take their `@Authorized(...)` roles from here (`rolesAllowed(trainingPolicy['Mutation.x'])`), the
 * services do the `own` checks, and test/authorization-matrix.test.ts calls every operation of the schema as every
 * role on an own and a foreign centre's records and fails where the behaviour differs from this table or where an
 * operation is missing from it.
 */

/** The agency and inspectors read everything; a centre user reads their own centre's records (also lists, narrowed). */
const centreFiles = { AGENCY_STAFF: 'all', INSPECTOR: 'all', CENTRE_USER: 'own' } as const;
/** The agency acts for every centre, a centre user for their own. */
const centreActors = { AGENCY_STAFF: 'all', CENTRE_USER: 'own' } as const;
/** Agency-wide figures and files: the agency and its inspectors (steering, §5). */
const agencyAndInspectors = { AGENCY_STAFF: 'all', INSPECTOR: 'all' } as const;
const agencyOnly = { AGENCY_STAFF: 'all' } as const;
/** The action-plan cycle's shared frame (rounds, template): everyone who takes part in it. */
const cycleParticipants = { AGENCY_STAFF: 'all', INSPECTOR: 'all', CENTRE_USER: 'all' } as const;
/** Every signed-in caller, other domains' services included: the public offer and reference data. */
const signedIn = {
  AGENCY_STAFF: 'all',
  INSPECTOR: 'all',
  CENTRE_USER: 'all',
  PARTNERSHIP_STAFF: 'all',
  COMPANY_USER: 'all',
  SCHOOL_USER: 'all',
  SERVICE: 'all',
} as const;

const steering: OperationPolicy = { roles: agencyOnly, note: 'Quality steering of the action plans is done by the agency (regie ondernemersvorming, §6.5–6.7).' };
const actionPlanEditing: OperationPolicy = {
  roles: centreActors,
  note: 'A centre drafts and submits its own annual action plan (§6.5); the agency may correct it for any centre.',
};
const offerOfCentre: OperationPolicy = { roles: centreActors, note: 'A centre organises its own offer (courses, §2.7); the agency for any centre.' };
const enrolmentsOfCentre: OperationPolicy = { roles: centreActors, note: 'A centre enrols learners in its own tracks (§2.4); the agency in any.' };
const qualitativePlanEditing: OperationPolicy = { roles: { CENTRE_USER: 'own' }, note: 'Only the centre itself writes its qualitative annual plan (§6.8).' };

export const trainingPolicy = defineAccessPolicy({
  'Query.actionPlanRounds': { roles: cycleParticipants, note: 'Rounds are the same for all five Syntra.' },
  'Query.roundResults': { roles: agencyAndInspectors, note: 'Results over all centres of a round.' },
  'Query.actionPlans': { roles: centreFiles, note: 'A centre user gets only their own centre\'s plans listed.' },
  'Query.actionPlan': { roles: centreFiles },

  'Query.tenders': { roles: agencyAndInspectors, note: 'Tenders for assigned tracks are the agency\'s (§2.10).' },
  'Query.tender': { roles: agencyAndInspectors },

  'Query.verifyCertificate': {
    public: true,
    roles: signedIn,
    note: 'Anyone may check whether a certificate number is valid, without personal data (§2.5).',
  },
  'Query.certificates': { roles: centreFiles },
  'Query.certificate': { roles: centreFiles },

  'Query.courses': { roles: centreFiles },
  'Query.course': { roles: centreFiles },

  'Query.criteriaVersions': { roles: signedIn, note: 'The steering-policy criteria are published (§2.3).' },
  'Query.criteriaVersion': { roles: signedIn },

  'Query.certificateRatios': { roles: centreFiles, note: 'A centre user gets their own centre\'s figures (§5.5).' },
  'Query.realisationRate': { roles: centreFiles, note: 'A centre user gets their own centre\'s figures (§5.8).' },
  'Query.satisfactionIndex': { roles: agencyAndInspectors },
  'Query.outflowToSelfEmployment': { roles: agencyAndInspectors },
  'Query.startableTracks': { roles: agencyAndInspectors },
  'Query.actionPlanRecognitions': { roles: agencyAndInspectors },
  'Query.awardedBudget': { roles: agencyAndInspectors },

  'Query.trainingLearner': { roles: centreFiles, note: 'Privacy: a centre reads only learners enrolled with it.' },
  'Query.trainingLearners': {
    roles: centreActors,
    note: 'A search over people is for who enrols (not inspectors); a centre finds only learners enrolled with it.',
  },
  'Query.enrolments': { roles: centreFiles },
  'Query.enrolment': { roles: centreFiles },
  'Query.enrolmentCount': { roles: centreFiles, note: 'Counted on 1 October, 1 February, 1 June (§2.4); a centre user counts their own.' },

  'Query.qualitativePlanSections': { roles: cycleParticipants, note: 'The template of the qualitative annual plan.' },
  'Query.qualitativePlans': { roles: centreFiles },
  'Query.qualitativePlan': { roles: centreFiles },

  'Query.satisfactionSurveys': { roles: cycleParticipants, note: 'The Syntra own their satisfaction results (§2.6); surveys are per sector, not per centre.' },
  'Query.latestSectorScores': { roles: cycleParticipants },

  'Query.tracks': { roles: signedIn, note: 'The offer is public information for every signed-in user.' },
  'Query.track': { roles: signedIn },
  'Query.sectors': { roles: signedIn },
  'Query.mandateHolders': { roles: signedIn },

  'Query.trainingCentres': { public: true, roles: signedIn, note: 'The directory of the five Syntra is public.' },
  'Query.trainingCentre': { public: true, roles: signedIn },

  'Query.trainingAuditTrail': { roles: agencyOnly, note: 'Issue #7: the audit trail (who changed what) is for agency staff only.' },

  'Mutation.openActionPlanRound': { ...steering, note: 'Rounds in April and November (§2.12), opened by the agency.' },
  'Mutation.recordBoardDecision': { ...steering, note: 'The board decision of December, recorded by the agency.' },
  'Mutation.draftActionPlan': {
    roles: { CENTRE_USER: 'all' },
    note: 'Only a centre drafts, and always its own centre\'s plan; the round it names is shared by all centres.',
  },
  'Mutation.addTrainingDossier': actionPlanEditing,
  'Mutation.updateTrainingDossier': actionPlanEditing,
  'Mutation.submitActionPlan': actionPlanEditing,
  'Mutation.startPlanReview': steering,
  'Mutation.assessCriterion': steering,
  'Mutation.adviseDossier': steering,
  'Mutation.returnActionPlanForChanges': steering,

  'Mutation.launchTender': { roles: agencyOnly, note: '§2.10: assigned tracks are tendered by the agency.' },
  'Mutation.awardTender': { roles: agencyOnly },
  'Mutation.cancelTender': { roles: agencyOnly },

  'Mutation.issueCertificate': {
    roles: centreActors,
    note: '§2.5: the agency issues what it attests (entrepreneurship tracks), a centre what it attests on its own tracks.',
  },
  'Mutation.revokeCertificate': { roles: agencyOnly, note: 'Certificates are revoked, never deleted, by the agency.' },

  'Mutation.requestCourse': offerOfCentre,
  'Mutation.startCourse': offerOfCentre,
  'Mutation.cancelCourse': offerOfCentre,

  'Mutation.registerTrainingLearner': {
    roles: { AGENCY_STAFF: 'all', CENTRE_USER: 'all' },
    note: 'A learner belongs to no centre until enrolled; any centre registers a new learner.',
  },
  'Mutation.recordFinalExam': { roles: agencyOnly, note: '§2.8: final exams are registered by the agency.' },
  'Mutation.recordSelfEmployment': { roles: agencyOnly, note: '§2.8: in place of the KSZ link, by the agency.' },
  'Mutation.enrol': enrolmentsOfCentre,
  'Mutation.withdrawEnrolment': enrolmentsOfCentre,
  'Mutation.recordEnrolmentResult': enrolmentsOfCentre,

  'Mutation.draftQualitativePlan': {
    roles: { CENTRE_USER: 'all' },
    note: 'Only a centre drafts, and always its own centre\'s plan (§6.8).',
  },
  'Mutation.addQualitativePlanItem': qualitativePlanEditing,
  'Mutation.submitQualitativePlan': qualitativePlanEditing,
  'Mutation.assessQualitativePlan': { roles: agencyOnly, note: 'Assessed against the JOP objectives by the agency (§6.8).' },
  'Mutation.recordRealisation': { roles: agencyOnly, note: 'The visit round (ronde van Vlaanderen) is the agency\'s.' },

  'Mutation.recordSatisfactionSurvey': { roles: agencyOnly, note: '§2.6: surveys are commissioned by the agency.' },
  'Mutation.updateTrackStartability': { roles: centreActors, note: 'A centre keeps its own offer up to date.' },
  'Mutation.updateTrainingCentreContact': { roles: centreActors, note: 'A centre edits only its own contact details.' },

  'Entity.ActionPlanRound': { roles: cycleParticipants },
  'Entity.AnnualActionPlan': { roles: centreFiles, note: 'The same visibility as Query.actionPlan: `_entities` must not bypass it.' },
  'Entity.Certificate': { roles: centreFiles, note: 'The same visibility as Query.certificate.' },
  'Entity.Course': { roles: centreFiles, note: 'The same visibility as Query.course.' },
  'Entity.Enrolment': { roles: centreFiles, note: 'The same visibility as Query.enrolment.' },
  'Entity.QualitativeAnnualPlan': { roles: centreFiles, note: 'The same visibility as Query.qualitativePlan.' },
  'Entity.Tender': { roles: agencyAndInspectors },
  'Entity.Track': { roles: signedIn, note: 'The offer, as Query.track.' },
  'Entity.TrainingCentre': { public: true, roles: signedIn, note: 'The public directory.' },
});

export type TrainingOperation = keyof typeof trainingPolicy;
