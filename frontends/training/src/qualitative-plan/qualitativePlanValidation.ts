// The bounds of the service's input validation, mirrored so the forms can say so before sending; the steps
// themselves come from the API (QualitativeAnnualPlan.allowedSteps).
/** The bounds of the service's input validation (qualitative-plan.types.ts), checked before sending. */
export const limits = {
  itemText: { min: 10, max: 4000 },
  itemAssessment: { min: 2, max: 4000 },
  planAssessment: { min: 10, max: 8000 },
  realisationNote: { min: 10, max: 4000 },
} as const;

/** A Dutch message when a trimmed text is outside its bounds; undefined when it fits. */
export function lengthError(value: string, bounds: { min: number; max: number }, what: string): string | undefined {
  const length = value.trim().length;
  if (length === 0) return `Vul ${what} in.`;
  if (length < bounds.min) return `${capitalise(what)} telt minstens ${bounds.min} tekens.`;
  if (length > bounds.max) return `${capitalise(what)} telt hoogstens ${bounds.max} tekens.`;
  return undefined;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
