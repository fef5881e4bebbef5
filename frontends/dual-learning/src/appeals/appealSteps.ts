import { Role, type User } from '@werkplek/frontend-kit';
import type { AppealStatus } from '../gql/graphql.js';

export type AppealStep = 'assignCaseHandler' | 'scheduleSession' | 'sendFile' | 'interimDecision' | 'decide' | 'withdraw';

const open: readonly AppealStatus[] = ['LODGED', 'UNDER_INVESTIGATION', 'SCHEDULED', 'INTERIM_DECISION'];

/**
 * The steps of the appeal procedure from a state and for a role (services/dual-learning/src/appeal/appeal.workflow.ts:
 * agency staff take every step, the appellant's company may withdraw). Appeal has no `allowedSteps` field in the API
 * yet, so the table is mirrored here; the API stays the judge. The commission decides (or takes an interim decision)
 * only after the file was sent to it (BR-43). Without a user (component tests) the role check is left to the API.
 */
export function appealSteps(appeal: { status: AppealStatus; fileSentOn: string | null }, user: Pick<User, 'role'> | undefined): AppealStep[] {
  const agency = !user || user.role === Role.AgencyStaff;
  const mayWithdraw = agency || user?.role === Role.CompanyUser;
  const steps: AppealStep[] = [];
  if (agency) {
    if (appeal.status === 'LODGED') steps.push('assignCaseHandler');
    if (appeal.status === 'UNDER_INVESTIGATION' || appeal.status === 'INTERIM_DECISION') steps.push('scheduleSession');
    if (appeal.status === 'SCHEDULED') steps.push('sendFile', ...(appeal.fileSentOn ? (['decide', 'interimDecision'] as const) : []));
  }
  if (mayWithdraw && open.includes(appeal.status)) steps.push('withdraw');
  return steps;
}
