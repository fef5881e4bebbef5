import type { User } from '@werkplek/auth';
import { ActionPlanStatus, RoundStatus } from '../generated/prisma/enums.js';
import { canActForCentre } from '../shared/access.js';
import { actionPlanWorkflow, type ActionPlanStep } from './action-plan.workflow.js';

const steps = Object.keys(actionPlanWorkflow.steps) as ActionPlanStep[];

export interface PlanStepsSubject {
  status: ActionPlanStatus;
  centreId: string;
  dossierCount: number;
}

/**
 * The workflow steps `user` may take on the plan now, in the table's order: the workflow table (role and state), the
 * centre rule (a centre user only on its own plan), the round (nothing once the board decided), and `submit`'s own
 * conditions that need no input (before the deadline unless returned, at least one dossier). Conditions on what a
 * step's input says (criteria, marks, motivation) are left to the step, so a listed step can still be refused.
 */
export function allowedActionPlanSteps(
  plan: PlanStepsSubject,
  round: { status: RoundStatus; deadline: Date },
  user: User,
  now: Date,
): ActionPlanStep[] {
  if (round.status === RoundStatus.DECIDED || !canActForCentre(user, plan.centreId)) return [];
  return steps.filter((step) => {
    const definition = actionPlanWorkflow.steps[step];
    if (!definition.roles.includes(user.role) || !definition.from.includes(plan.status)) return false;
    if (step !== 'submit') return true;
    return plan.dossierCount > 0 && (plan.status !== ActionPlanStatus.DRAFT || now <= round.deadline);
  });
}
