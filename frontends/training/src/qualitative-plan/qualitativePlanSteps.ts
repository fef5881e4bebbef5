import { isAgencyStaff, isCentreUser, type User } from '@werkplek/frontend-kit';
import type { QualitativePlanStatus } from '../gql/graphql.js';

export type QualitativePlanStep = 'addItem' | 'submit' | 'assess' | 'recordRealisation';

/**
 * The steps of the service's workflow table (services/training/docs/qualitative-plan.md). The API has no
 * `allowedSteps` on QualitativeAnnualPlan yet, so this mirrors the table; the service checks every step again and its
 * refusal is shown. A centre user only ever reads its own centre's plans, so the role decides.
 */
export function qualitativePlanSteps(plan: { status: QualitativePlanStatus }, user: User | undefined): QualitativePlanStep[] {
  if (isCentreUser(user) && plan.status === 'DRAFT') return ['addItem', 'submit'];
  if (isAgencyStaff(user) && plan.status === 'SUBMITTED') return ['assess'];
  if (isAgencyStaff(user) && plan.status === 'ASSESSED') return ['recordRealisation'];
  return [];
}

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
