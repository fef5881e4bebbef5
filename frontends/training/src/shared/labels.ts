import type { StatusTone } from '@werkplek/ui';
import type {
  ActionPlanStatus,
  CertificateIssuer,
  CertificateType,
  CourseStatus,
  DossierAdvice,
  DossierKind,
  EnrolmentResult,
  EnrolmentStatus,
  QualitativePlanStatus,
  RealisationStatus,
  RoundSeason,
  RoundStatus,
  TrackComponent,
  TrackMark,
  TrackType,
} from '../gql/graphql.js';

// Dutch terms of the domain specification (seed003 §2, §6.5). Records, so a new enum value fails the type-check.

export const actionPlanStatusLabels: Record<ActionPlanStatus, string> = {
  DRAFT: 'Ontwerp',
  SUBMITTED: 'Ingediend',
  UNDER_REVIEW: 'In beoordeling',
  ADVISED: 'Geadviseerd',
  RETURNED: 'Teruggestuurd voor aanpassing',
  DECIDED: 'Beslist',
};

export const actionPlanStatusTones: Record<ActionPlanStatus, StatusTone> = {
  DRAFT: 'neutral',
  SUBMITTED: 'info',
  UNDER_REVIEW: 'info',
  ADVISED: 'success',
  RETURNED: 'warning',
  DECIDED: 'success',
};

export const roundStatusLabels: Record<RoundStatus, string> = { OPEN: 'Open', CLOSED: 'Afgesloten', DECIDED: 'Beslist' };
export const seasonLabels: Record<RoundSeason, string> = { APRIL: 'april', NOVEMBER: 'november' };

export const dossierKindLabels: Record<DossierKind, string> = {
  NEW_TRACK: 'Nieuw traject',
  INNOVATIVE_REWORK: 'Innovatieve herwerking',
};

export const markLabels: Record<TrackMark, string> = {
  INNOVATIVE: 'Innovatief',
  FLEXIBLE: 'Flexibel',
  INNOVATIVE_REWORK: 'Innovatieve herwerking',
};

export const adviceLabels: Record<DossierAdvice, string> = {
  INNOVATIVE: 'Innovatief',
  FLEXIBLE: 'Flexibel',
  INNOVATIVE_AND_FLEXIBLE: 'Innovatief en flexibel',
  INNOVATIVE_REWORK: 'Innovatieve herwerking',
  NOT_RECOGNISED: 'Niet erkend',
};

/** The advices that fit a dossier's kind (action-plan.md, "Advice rule"). */
export const advicesForKind: Record<DossierKind, readonly DossierAdvice[]> = {
  NEW_TRACK: ['INNOVATIVE', 'FLEXIBLE', 'INNOVATIVE_AND_FLEXIBLE', 'NOT_RECOGNISED'],
  INNOVATIVE_REWORK: ['INNOVATIVE_REWORK', 'NOT_RECOGNISED'],
};

/** The marks a centre may request per kind of dossier. */
export const marksForKind: Record<DossierKind, readonly TrackMark[]> = {
  NEW_TRACK: ['INNOVATIVE', 'FLEXIBLE'],
  INNOVATIVE_REWORK: ['INNOVATIVE_REWORK'],
};

export const componentLabels: Record<TrackComponent, string> = {
  PROFESSIONAL_KNOWLEDGE: 'Beroepskennis',
  BUSINESS_MANAGEMENT: 'Bedrijfsbeheer',
};

export const trackTypeLabels: Record<TrackType, string> = {
  ENTREPRENEURSHIP: 'Ondernemerschapstraject',
  APPRENTICESHIP: 'Leertijd',
  DUAL: 'Duaal traject',
  PRE_STARTER: 'Prestarterstraject',
  ASSIGNED: 'Toegewezen traject',
};

export const courseStatusLabels: Record<CourseStatus, string> = {
  REQUESTED: 'Aangevraagd',
  STARTED: 'Gestart',
  CANCELLED: 'Geannuleerd',
};

export const enrolmentStatusLabels: Record<EnrolmentStatus, string> = {
  ENROLLED: 'Ingeschreven',
  WITHDRAWN: 'Uitgeschreven',
  COMPLETED: 'Afgerond',
};

export const enrolmentResultLabels: Record<EnrolmentResult, string> = { PASSED: 'Geslaagd', FAILED: 'Niet geslaagd' };

export const certificateTypeLabels: Record<CertificateType, string> = {
  ENTREPRENEURSHIP_DIPLOMA: 'Diploma ondernemerschapstraject',
  PROFESSIONAL_KNOWLEDGE_CERTIFICATE: 'Getuigschrift beroepskennis',
  SME_EMPLOYEE_CERTIFICATE: 'Getuigschrift beroepskennis uitstroom kmo-medewerker',
  BUSINESS_MANAGEMENT_CERTIFICATE: 'Getuigschrift bedrijfsbeheer',
  APPRENTICESHIP_CERTIFICAAT: 'Certificaat leertijd',
  APPRENTICESHIP_GETUIGSCHRIFT: 'Getuigschrift leertijd',
  APPRENTICESHIP_SECOND_GRADE: 'Getuigschrift 2e graad',
  APPRENTICESHIP_THIRD_GRADE: 'Getuigschrift 3e graad',
  SECONDARY_EDUCATION_DIPLOMA: 'Diploma secundair onderwijs',
  DUAL_VOCATIONAL_CERTIFICATE: 'Certificaat beroepsopleiding (duaal)',
  DUAL_SECOND_YEAR_THIRD_GRADE: 'Getuigschrift 2de jaar 3de graad (duaal)',
  DUAL_THIRD_YEAR_THIRD_GRADE: 'Getuigschrift 3de jaar 3de graad (duaal)',
  DUAL_DIPLOMA: 'Diploma (duaal)',
};

export const certificateIssuerLabels: Record<CertificateIssuer, string> = { AGENCY: 'SYNTRA Vlaanderen', CENTRE: 'De Syntra' };

export const qualitativePlanStatusLabels: Record<QualitativePlanStatus, string> = {
  DRAFT: 'Ontwerp',
  SUBMITTED: 'Ingediend',
  ASSESSED: 'Beoordeeld',
  REVIEWED: 'Realisatie nagegaan',
};

export const realisationLabels: Record<RealisationStatus, string> = {
  REALISED: 'Gerealiseerd',
  PARTLY_REALISED: 'Gedeeltelijk gerealiseerd',
  NOT_REALISED: 'Niet gerealiseerd',
};

/** Select options from a label record, in the record's order. */
export function optionsOf<Key extends string>(labels: Record<Key, string>): { value: Key; label: string }[] {
  return (Object.entries(labels) as [Key, string][]).map(([value, label]) => ({ value, label }));
}

export function roundLabel(round: { year: number; season: RoundSeason }): string {
  return `Ronde ${seasonLabels[round.season]} ${round.year}`;
}
