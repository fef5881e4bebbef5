import { DossierAdvice, DossierKind, TrackMark } from '../generated/prisma/enums.js';

/**
 * Helpers of the advice check (§2.3). The rule itself (required criteria all met, at least `minimumMet` of the others)
 * is the offer module's `evaluateMarks` (../criteria/mark-evaluation.ts), which the service calls.
 */

/** The marks a positive advice grants (NOT_RECOGNISED grants none). */
export function marksOfAdvice(advice: DossierAdvice): TrackMark[] {
  switch (advice) {
    case DossierAdvice.INNOVATIVE:
      return [TrackMark.INNOVATIVE];
    case DossierAdvice.FLEXIBLE:
      return [TrackMark.FLEXIBLE];
    case DossierAdvice.INNOVATIVE_AND_FLEXIBLE:
      return [TrackMark.INNOVATIVE, TrackMark.FLEXIBLE];
    case DossierAdvice.INNOVATIVE_REWORK:
      return [TrackMark.INNOVATIVE_REWORK];
    case DossierAdvice.NOT_RECOGNISED:
      return [];
  }
}

/** Which marks a dossier of a kind may request: a new track innovative and/or flexible; a rework the rework mark. */
export const marksForKind: Record<DossierKind, TrackMark[]> = {
  [DossierKind.NEW_TRACK]: [TrackMark.INNOVATIVE, TrackMark.FLEXIBLE],
  [DossierKind.INNOVATIVE_REWORK]: [TrackMark.INNOVATIVE_REWORK],
};

export const markLabels: Record<TrackMark, string> = {
  INNOVATIVE: 'innovatief',
  FLEXIBLE: 'flexibel',
  INNOVATIVE_REWORK: 'innovatieve herwerking',
};
