import { Role, type User } from '@werkplek/auth';
import type { AppealStatus } from '../generated/prisma/enums.js';
import { appealWorkflow, type AppealStep } from './appeal.workflow.js';

/** The steps a screen may offer, in the procedure's order (§3.7). */
const offeredSteps: readonly AppealStep[] = ['assignCaseHandler', 'scheduleSession', 'sendFile', 'interimDecision', 'confirm', 'annul', 'withdraw'];

/** The commission decides (or asks for more) only on a file it received (BR-43). */
const needFileSent: readonly AppealStep[] = ['interimDecision', 'confirm', 'annul'];

export interface AppealStepsSubject {
  status: AppealStatus;
  fileSentOn: Date | null;
}

/**
 * The workflow steps `user` may take on the appeal now: the workflow table (role and state) and BR-43 (the file sent
 * before any decision). `appellantCompany` says whether a company user is the appellant (the workplace's company),
 * the only company user who may withdraw. Input checks (dates, the case handler of BR-42, BR-45's chair) stay with the
 * step itself.
 */
export function allowedAppealSteps(subject: AppealStepsSubject, user: User, appellantCompany: boolean): AppealStep[] {
  if (user.role === Role.CompanyUser && !appellantCompany) return [];
  return offeredSteps.filter((step) => {
    const definition = appealWorkflow.steps[step];
    if (!definition.roles.includes(user.role) || !definition.from.includes(subject.status)) return false;
    return !needFileSent.includes(step) || subject.fileSentOn !== null;
  });
}
