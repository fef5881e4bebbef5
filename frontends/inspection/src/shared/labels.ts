import type {
  AnswerType,
  AuditKind,
  AuditResult,
  AuditRole,
  AuditStatus,
  AuditSubjectType,
  FindingSeverity,
  RecommendationKind,
  RecommendationStatus,
  RiskFactor,
} from '../gql/graphql.js';

// Dutch labels of the API's enums (the terms of seed 003). Unknown values (a newer schema) are shown as they are.

export const kindLabels: Record<AuditKind, string> = {
  PARTNERSHIP_SUPERVISION: 'Toezicht op een sectoraal partnerschap',
  TRACK_INSPECTION: 'Inspectie ondernemerschapstrajecten',
  DUAL_QUALITY_AUDIT: 'Kwaliteitsdoorlichting duaal traject',
  APPRENTICESHIP_FOLLOW_UP: 'Opvolgingsdoorlichting leertijd',
  WORKPLACE_AUDIT: 'Doorlichting werkplek',
};

// The server sends statusLabel; these cover filters and a missing label.
export const statusLabels: Record<AuditStatus, string> = {
  PLANNED: 'Gepland',
  PREPARED: 'Voorbereid',
  IN_PROGRESS: 'In uitvoering',
  REPORTED: 'Gerapporteerd',
  FOLLOW_UP: 'In opvolging',
  CLOSED: 'Afgesloten',
  CANCELLED: 'Geannuleerd',
};

export const severityLabels: Record<FindingSeverity, string> = {
  POSITIVE: 'Positieve vaststelling',
  OBSERVATION: 'Opmerking',
  SHORTCOMING: 'Tekortkoming',
  SERIOUS_SHORTCOMING: 'Ernstige tekortkoming',
};

export const recommendationKindLabels: Record<RecommendationKind, string> = {
  RECOMMENDATION: 'Aanbeveling',
  MEASURE: 'Maatregel',
  IMPROVEMENT_ACTION: 'Actie uit het verbeterplan',
};

export const recommendationStatusLabels: Record<RecommendationStatus, string> = {
  OPEN: 'Open',
  IMPLEMENTED: 'Gerealiseerd',
  NOT_IMPLEMENTED: 'Niet gerealiseerd',
};

export const resultLabels: Record<AuditResult, string> = { POSITIVE: 'Positief', NOT_POSITIVE: 'Niet positief' };

export const roleLabels: Record<AuditRole, string> = {
  LEAD: 'Leidend auditor',
  INSPECTOR: 'Inspecteur',
  CO_AUDITOR: 'Co-auditor onderwijsinspectie',
  PANEL_MEMBER: 'Lid paritair college',
};

export const answerTypeLabels: Record<AnswerType, string> = {
  YES_NO: 'Ja / nee',
  SCALE: 'Schaal 1 tot 4',
  NUMBER: 'Getal',
  TEXT: 'Tekst',
  CHOICE: 'Keuze',
};

export const riskFactorLabels: Record<RiskFactor, string> = {
  COMPLAINTS: 'Klachten en meldingen vorig jaar',
  EARLY_TERMINATIONS: 'Vroegtijdig beëindigde overeenkomsten vorig jaar',
  OVERDUE_RECOMMENDATIONS: 'Achterstallige aanbevelingen',
  NEGATIVE_PREVIOUS_RESULT: 'Vorige doorlichting niet positief',
  YEARS_SINCE_LAST_AUDIT: 'Jaren sinds de laatste doorlichting',
};

export const subjectTypeLabels: Record<AuditSubjectType, string> = {
  PARTNERSHIP: 'sectoraal partnerschap',
  TRAINING_CENTRE: 'opleidingscentrum',
  TRACK: 'traject',
  COURSE: 'cursus',
  WORKPLACE: 'werkplek',
  AGREEMENT: 'overeenkomst',
};

/** A label from a table, or the value itself when the table does not know it. */
export function labelOf<Key extends string>(labels: Record<Key, string>, value: Key): string {
  return labels[value] ?? value;
}

export const kindLabel = (kind: AuditKind): string => labelOf(kindLabels, kind);

export const statusLabel = (audit: { status: AuditStatus; statusLabel?: string | null }): string =>
  audit.statusLabel || labelOf(statusLabels, audit.status);

interface Named {
  name: string;
}

/** What subjectLabel needs: any audit-like record with its resolved subject entities. */
export interface SubjectNames {
  subjectType: AuditSubjectType;
  trainingCentre?: Named | null;
  workplace?: Named | null;
  partnership?: Named | null;
  track?: Named | null;
}

/**
 * The audited subject's name with what kind of subject it is, e.g. "SP Bouw (sectoraal partnerschap)". A track or
 * course is shown through its training centre, an agreement through its partnership, when the subject is not named.
 */
export function subjectLabel(audit: SubjectNames): string {
  switch (audit.subjectType) {
    case 'PARTNERSHIP':
      return audit.partnership ? `${audit.partnership.name} (sectoraal partnerschap)` : 'Onbekend partnerschap';
    case 'WORKPLACE':
      return audit.workplace ? `${audit.workplace.name} (werkplek)` : 'Onbekende werkplek';
    case 'AGREEMENT':
      return audit.partnership ? `Overeenkomst bij ${audit.partnership.name}` : 'Overeenkomst';
    case 'TRACK':
    case 'COURSE':
      if (audit.track) return `${audit.track.name} (traject)`;
      return audit.trainingCentre ? `Traject bij ${audit.trainingCentre.name}` : 'Traject';
    default:
      return audit.trainingCentre ? `${audit.trainingCentre.name} (opleidingscentrum)` : 'Onbekend opleidingscentrum';
  }
}
