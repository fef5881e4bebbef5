import type { User } from '@werkplek/auth';
import type { QualitativePlanStatus } from '../generated/prisma/enums.js';
import { canActForCentre } from '../shared/access.js';
import { qualitativePlanSections } from './template-sections.js';
import { qualitativePlanWorkflow, type QualitativePlanStep } from './qualitative-plan.workflow.js';

const steps = Object.keys(qualitativePlanWorkflow.steps) as QualitativePlanStep[];
const requiredSections = qualitativePlanSections.filter((section) => section.required).map((section) => section.code as string);

export interface QualitativePlanStepsSubject {
  status: QualitativePlanStatus;
  centreId: string;
  /** The template sections that have at least one item. */
  sectionsWithItems: readonly string[];
}

/**
 * The workflow steps `user` may take on the plan now, in the table's order: the workflow table (role and state), the
 * centre rule (a centre user only on its own plan) and `submit`'s own condition that needs no input (every required
 * template section has an item). What a step's input says (texts, realisation notes) is left to the step, so a listed
 * step can still be refused.
 */
export function allowedQualitativePlanSteps(plan: QualitativePlanStepsSubject, user: User): QualitativePlanStep[] {
  if (!canActForCentre(user, plan.centreId)) return [];
  return steps.filter((step) => {
    const definition = qualitativePlanWorkflow.steps[step];
    if (!definition.roles.includes(user.role) || !definition.from.includes(plan.status)) return false;
    if (step !== 'submit') return true;
    return requiredSections.every((code) => plan.sectionsWithItems.includes(code));
  });
}
