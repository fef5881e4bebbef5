import { InspectionKind, InspectionSubjectType } from '../generated/prisma/enums.js';

/**
 * Which subject each kind of inspection audits. A partnership's supervision audits a sectoral partnership, which
 * is not an entity yet (it arrives with the dual-learning domain), so it cannot be planned here yet.
 */
export const subjectOfKind: Record<InspectionKind, InspectionSubjectType | null> = {
  PARTNERSHIP_SUPERVISION: null,
  TRACK_INSPECTION: InspectionSubjectType.TRAINING_CENTRE,
  FOLLOW_UP_AUDIT: InspectionSubjectType.TRAINING_CENTRE,
  WORKPLACE_VISIT: InspectionSubjectType.WORKPLACE,
};

/** INS-2026-0007: the reference inspectors and the audited use in letters and reports. */
export function inspectionReference(inspection: { number: number; plannedOn: Date }): string {
  return `INS-${inspection.plannedOn.getUTCFullYear()}-${String(inspection.number).padStart(4, '0')}`;
}

export function startOfTodayUtc(now = new Date()): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}
