import type { AuditKind, AuditRow, AuditStatus } from './audits.query.js';

const kindLabels: Record<AuditKind, string> = {
  PARTNERSHIP_SUPERVISION: 'Toezicht op een sectoraal partnerschap',
  TRACK_INSPECTION: 'Inspectie ondernemerschapstrajecten',
  DUAL_QUALITY_AUDIT: 'Kwaliteitsdoorlichting duaal traject',
  APPRENTICESHIP_FOLLOW_UP: 'Opvolgingsdoorlichting leertijd',
  WORKPLACE_AUDIT: 'Doorlichting werkplek',
};

// The server sends statusLabel; these cover an older server or a missing label.
const statusLabels: Record<AuditStatus, string> = {
  PLANNED: 'Gepland',
  PREPARED: 'Voorbereid',
  IN_PROGRESS: 'In uitvoering',
  REPORTED: 'Gerapporteerd',
  FOLLOW_UP: 'In opvolging',
  CLOSED: 'Afgesloten',
  CANCELLED: 'Geannuleerd',
};

// Unknown enum values (a newer schema) are shown as-is rather than hidden.
export const kindLabel = (kind: AuditKind): string => kindLabels[kind] ?? kind;
export const statusLabel = (audit: Pick<AuditRow, 'status' | 'statusLabel'>): string =>
  audit.statusLabel || (statusLabels[audit.status] ?? audit.status);

/**
 * The audited subject's name with what kind of subject it is, e.g. "SP Bouw (sectoraal partnerschap)". A track or
 * course is shown through its training centre, an agreement through its partnership, until the overview names them.
 */
export function subjectLabel(audit: AuditRow): string {
  switch (audit.subjectType) {
    case 'PARTNERSHIP':
      return audit.partnership ? `${audit.partnership.name} (sectoraal partnerschap)` : 'Onbekend partnerschap';
    case 'WORKPLACE':
      return audit.workplace ? `${audit.workplace.name} (werkplek)` : 'Onbekende werkplek';
    case 'AGREEMENT':
      return audit.partnership ? `Overeenkomst bij ${audit.partnership.name}` : 'Overeenkomst';
    case 'TRACK':
    case 'COURSE':
      return audit.trainingCentre ? `Traject bij ${audit.trainingCentre.name}` : 'Traject';
    default:
      return audit.trainingCentre ? `${audit.trainingCentre.name} (opleidingscentrum)` : 'Onbekend opleidingscentrum';
  }
}

const dateFormat = new Intl.DateTimeFormat('nl-BE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** Formats a LocalDate ("2026-03-15") in Dutch. Parsed as UTC so that no time zone shifts the day. */
export function formatLocalDate(localDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(localDate);
  if (!match) return localDate;
  const [, year, month, day] = match;
  return dateFormat.format(new Date(Date.UTC(Number(year), Number(month) - 1, Number(day))));
}
