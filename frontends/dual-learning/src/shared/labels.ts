import type { StatusTone } from '@werkplek/ui';
import type {
  AgreementStatus,
  AgreementType,
  AppealDecisionType,
  AppealOutcome,
  AppealStatus,
  ApplicationStatus,
  ComplaintHandlerBody,
  ComplaintStatus,
  ComplaintVerdict,
  DecisionOutcome,
  FollowUpMode,
  GuidanceActionType,
  HandlingAction,
  RecognitionStatus,
  RejectionReason,
  RevocationKind,
  RevocationProposalStatus,
  TerminationReason,
  VisitPurpose,
} from '../gql/graphql.js';

// Dutch terms of the domain documents (seed000/seed003). An unknown value (a newer schema) is shown as-is.
export function label<T extends string>(labels: Record<T, string>, value: T | null | undefined): string {
  if (value === null || value === undefined) return '';
  return labels[value] ?? value;
}

export function options<T extends string>(labels: Record<T, string>): { value: T; label: string }[] {
  return (Object.keys(labels) as T[]).map((value) => ({ value, label: labels[value] }));
}

export const applicationStatusLabels: Record<ApplicationStatus, string> = {
  SUBMITTED: 'Ingediend',
  INCOMPLETE: 'Dossier onvolledig',
  IN_PROGRESS: 'In behandeling',
  ON_HOLD: 'In wacht',
  APPROVED: 'Goedgekeurd',
  REJECTED: 'Afgekeurd',
  WITHDRAWN: 'Opgeheven',
};

export const applicationStatusTones: Record<ApplicationStatus, StatusTone> = {
  SUBMITTED: 'info',
  INCOMPLETE: 'warning',
  IN_PROGRESS: 'info',
  ON_HOLD: 'warning',
  APPROVED: 'success',
  REJECTED: 'error',
  WITHDRAWN: 'neutral',
};

export const decisionOutcomeLabels: Record<DecisionOutcome, string> = {
  APPROVAL: 'Goedkeuring',
  PARTIAL_APPROVAL: 'Gedeeltelijke goedkeuring',
  REJECTION: 'Afkeuring',
};

export const rejectionReasonLabels: Record<RejectionReason, string> = {
  NOT_ADMINISTRATIVELY_IN_ORDER: 'Onderneming niet administratief in orde',
  INSUFFICIENT_EQUIPMENT: 'Onvoldoende uitrusting',
  INSUFFICIENT_FINANCIAL_CAPACITY: 'Onvoldoende financiële draagkracht',
  NO_QUALIFYING_MENTOR: 'Geen mentor die aan de voorwaarden voldoet',
  CONVICTION: 'Veroordeling',
};

export const handlingActionLabels: Record<HandlingAction, string> = {
  ADMINISTRATIVE_CHECK: 'Administratieve controle',
  COMPANY_CONTACT: 'Contact met de onderneming',
  SITE_VISIT: 'Plaatsbezoek',
  EXTERNAL_ADVICE: 'Extern advies',
};

export const recognitionStatusLabels: Record<RecognitionStatus, string> = {
  ACTIVE: 'Actief',
  WITHDRAWN: 'Opgeheven',
  EXCLUDED: 'Uitgesloten',
};

export const recognitionStatusTones: Record<RecognitionStatus, StatusTone> = {
  ACTIVE: 'success',
  WITHDRAWN: 'neutral',
  EXCLUDED: 'error',
};

export const agreementTypeLabels: Record<AgreementType, string> = {
  OAO: 'Overeenkomst alternerende opleiding (OAO)',
  OAO_STAGE: 'Stageovereenkomst alternerende opleiding (SOAO)',
  DA_SM: 'Deeltijdse arbeidsovereenkomst met sociale maribel',
  DA: 'Deeltijdse arbeidsovereenkomst',
  TRANSITIONAL: 'Overeenkomst onder overgangsmaatregel',
};

export const agreementStatusLabels: Record<AgreementStatus, string> = {
  RUNNING: 'Lopend',
  ENDED: 'Afgelopen',
  ENDED_EARLY: 'Vroegtijdig beëindigd',
};

export const agreementStatusTones: Record<AgreementStatus, StatusTone> = {
  RUNNING: 'success',
  ENDED: 'neutral',
  ENDED_EARLY: 'warning',
};

export const terminationReasonLabels: Record<TerminationReason, string> = {
  LEARNER_STOPPED_TRAINING: 'De leerling stopt met de opleiding',
  PROGRESS_SERIOUSLY_HINDERED: 'De voortgang wordt ernstig belemmerd',
  LEARNER_SWITCHES_TRAINING: 'De leerling verandert van opleiding',
  LEARNER_COMPLETED_TRAINING: 'De leerling heeft de opleiding voltooid',
  LEARNER_SERIOUS_BREACHES: 'Ernstige tekortkomingen van de leerling',
  COMPANY_BANKRUPT: 'Faillissement van de onderneming',
  FORCE_MAJEURE: 'Overmacht',
  LEARNER_EXCLUDED_DISCIPLINARY: 'Tuchtrechtelijke uitsluiting van de leerling',
  LEARNER_HEALTH_AT_RISK: 'De gezondheid van de leerling komt in gevaar',
  COMPANY_SERIOUS_BREACHES: 'Ernstige tekortkomingen van de onderneming',
  MENTOR_DROPPED_OUT: 'De mentor valt weg',
  SUSPENDED_OVER_60_DAYS: 'Langer dan 60 dagen geschorst',
  RECOGNITION_WITHDRAWN: 'De erkenning werd opgeheven',
};

export const guidanceActionTypeLabels: Record<GuidanceActionType, string> = {
  SITE_VISIT: 'Plaatsbezoek',
  PHONE_CONTACT: 'Telefonisch contact',
  EMAIL: 'E-mail',
  INFORMATION_FICHE: 'Informatiefiche',
  MENTOR_TRAJECTORY_REFERRAL: 'Doorverwijzing naar mentortraject',
  COACHING_SESSION: 'Coachingsessie',
  WELFARE_ADVISER_VISIT: 'Bezoek welzijnsadviseur',
  ONBOARDING_VISIT: 'Opstartbezoek',
  CONTRACT_SIGNATURE_VISIT: 'Bezoek bij ondertekening van de overeenkomst',
  FIRST_MONTH_VISIT: 'Bezoek na de eerste maand',
  LAST_CHANCE_LETTER: 'Laatste-kansbrief',
  REGISTERED_LETTER: 'Aangetekende brief',
};

export const visitPurposeLabels: Record<VisitPurpose, string> = {
  INFORMATIVE: 'Informerend',
  CONTROLLING: 'Controlerend',
  INSPIRING: 'Inspirerend',
};

export const followUpModeLabels: Record<FollowUpMode, string> = {
  REACTIVE: 'Reactief',
  PROACTIVE: 'Proactief',
};

export const complaintStatusLabels: Record<ComplaintStatus, string> = {
  REGISTERED: 'Geregistreerd',
  ACKNOWLEDGED: 'Ontvangst bevestigd',
  INADMISSIBLE: 'Onontvankelijk',
  UNDER_INVESTIGATION: 'In onderzoek',
  DECIDED: 'Beslist',
  CLOSED: 'Afgesloten',
};

export const appealStatusLabels: Record<AppealStatus, string> = {
  LODGED: 'Ingediend',
  INADMISSIBLE: 'Onontvankelijk',
  UNDER_INVESTIGATION: 'In onderzoek',
  SCHEDULED: 'Zitting gepland',
  INTERIM_DECISION: 'Tussenbeslissing',
  CONFIRMED: 'Beslissing bevestigd',
  ANNULLED: 'Beslissing vernietigd',
  WITHDRAWN_BY_APPELLANT: 'Ingetrokken door de appellant',
};

export const appealDecisionTypeLabels: Record<AppealDecisionType, string> = {
  NON_RECOGNITION: 'Niet-erkenning',
  WITHDRAWAL: 'Opheffing van de erkenning',
  EXCLUSION: 'Uitsluiting',
};

export const revocationKindLabels: Record<RevocationKind, string> = {
  WITHDRAWAL: 'Opheffing van de erkenning',
  EXCLUSION: 'Uitsluiting van de onderneming',
};

export const revocationStatusLabels: Record<RevocationProposalStatus, string> = {
  PROPOSED: 'Voorgesteld',
  ACCEPTED: 'Aanvaard',
  REJECTED: 'Verworpen',
};

export const yesNo = (value: boolean | null | undefined): string => (value === null || value === undefined ? 'Nog niet nagegaan' : value ? 'Ja' : 'Nee');

export const complaintHandlerBodyLabels: Record<ComplaintHandlerBody, string> = {
  AGENCY: 'SYNTRA Vlaanderen (agentschap)',
  PARTNERSHIP: 'Het partnerschap',
  OTHER_AUTHORITY: 'Een andere instantie (bv. de school)',
};

export const complaintVerdictLabels: Record<ComplaintVerdict, string> = {
  FOUNDED: 'Gegrond',
  PARTLY_FOUNDED: 'Gedeeltelijk gegrond',
  UNFOUNDED: 'Ongegrond',
};

export const appealOutcomeLabels: Record<AppealOutcome, string> = {
  CONFIRMED: 'De beslissing bevestigen',
  ANNULLED: 'De beslissing vernietigen',
};
