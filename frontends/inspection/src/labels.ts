import type { InspectionKind, InspectionRow, InspectionStatus } from './inspections.query.js';

const kindLabels: Record<InspectionKind, string> = {
  PARTNERSHIP_SUPERVISION: 'Toezicht op partnerschap',
  TRACK_INSPECTION: 'Inspectie van een traject',
  WORKPLACE_VISIT: 'Werkplekbezoek',
  FOLLOW_UP_AUDIT: 'Opvolgingsdoorlichting',
};

const statusLabels: Record<InspectionStatus, string> = {
  PLANNED: 'Gepland',
  IN_PROGRESS: 'Lopend',
  REPORTED: 'Gerapporteerd',
  CLOSED: 'Afgesloten',
};

// Unknown enum values (a newer schema) are shown as-is rather than hidden.
export const kindLabel = (kind: InspectionKind): string => kindLabels[kind] ?? kind;
export const statusLabel = (status: InspectionStatus): string => statusLabels[status] ?? status;

/** The audited subject's name with what kind of subject it is, e.g. "Syntra Midden-Vlaanderen (opleidingscentrum)". */
export function subjectLabel(inspection: InspectionRow): string {
  if (inspection.subjectType === 'WORKPLACE') {
    return inspection.workplace ? `${inspection.workplace.name} (werkplek)` : 'Onbekende werkplek';
  }
  return inspection.trainingCentre ? `${inspection.trainingCentre.name} (opleidingscentrum)` : 'Onbekend opleidingscentrum';
}

const dateFormat = new Intl.DateTimeFormat('nl-BE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** Formats a LocalDate ("2026-03-15") in Dutch. Parsed as UTC so that no time zone shifts the day. */
export function formatLocalDate(localDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(localDate);
  if (!match) return localDate;
  const [, year, month, day] = match;
  return dateFormat.format(new Date(Date.UTC(Number(year), Number(month) - 1, Number(day))));
}
