import type { TrackMark } from '../generated/prisma/enums.js';

/** A criterion as far as the evaluation needs it (a `Criterion` row fits). */
export interface EvaluatedCriterion {
  id: string;
  versionId: string;
  mark: TrackMark;
  required: boolean;
}

/** A criteria version with its mark rules (a `CriteriaVersion` row with `rules` fits). */
export interface EvaluatedVersion {
  id: string;
  rules: { mark: TrackMark; minimumMet: number }[];
}

/** The assessment of one criterion: met, not met, or not (yet) assessed (null). */
export interface CaseResult {
  criterionId: string;
  met: boolean | null;
}

export interface MarkEvaluation {
  mark: TrackMark;
  justified: boolean;
  /** Required criteria of the mark that are not met (or not assessed). */
  requiredMissing: string[];
  /** How many of the non-required criteria are met. */
  otherMet: number;
  /** How many of the non-required criteria must be met (the version's MarkRule). */
  minimumMet: number;
}

/**
 * Which marks the assessed criteria justify under a version's rules (§2.3): for each mark the version has a rule for,
 * every required criterion must be met, and at least `minimumMet` of the other criteria of that mark. A criterion
 * without a result, or with `met: null`, counts as not met. Criteria of another version are ignored.
 * Pure: the action-plan module calls it when advice is recorded.
 */
export function evaluateMarks(
  version: EvaluatedVersion,
  criteria: readonly EvaluatedCriterion[],
  caseResults: readonly CaseResult[],
): { justified: TrackMark[]; evaluations: MarkEvaluation[] } {
  const met = new Map(caseResults.map((result) => [result.criterionId, result.met]));
  const own = criteria.filter((criterion) => criterion.versionId === version.id);
  const evaluations = version.rules.map(({ mark, minimumMet }): MarkEvaluation => {
    const ofMark = own.filter((criterion) => criterion.mark === mark);
    const requiredMissing = ofMark.filter((c) => c.required && met.get(c.id) !== true).map((c) => c.id);
    const otherMet = ofMark.filter((c) => !c.required && met.get(c.id) === true).length;
    const justified = ofMark.length > 0 && requiredMissing.length === 0 && otherMet >= minimumMet;
    return { mark, justified, requiredMissing, otherMet, minimumMet };
  });
  return { justified: evaluations.filter((e) => e.justified).map((e) => e.mark), evaluations };
}
