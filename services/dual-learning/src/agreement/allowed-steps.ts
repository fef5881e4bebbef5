import { Role, type User } from '@werkplek/auth';
import type { AgreementStatus } from '../generated/prisma/enums.js';
import { agreementWorkflow, type AgreementStep } from './agreement.workflow.js';

/** The steps a screen may offer (registration is no step on an existing agreement). */
const offeredSteps: readonly AgreementStep[] = ['end', 'terminateEarly', 'suspend', 'endSuspension'];

export interface AgreementStepsSubject {
  status: AgreementStatus;
  plannedEndDate: Date;
  suspendedFrom: Date | null;
}

/** Who the caller is to the agreement: its company's user, staff of the partnership it runs under. */
export interface AgreementRelation {
  ownCompany: boolean;
  ownPartnership: boolean;
}

/**
 * The workflow steps `user` may take on the agreement on `today`: the workflow table (role and state), the service's
 * assertMayChange (agency staff all; the own company; the partnership's staff only terminate early) and the state
 * checks of the steps (`end` once the planned end date is reached, `suspend` when not suspended, `endSuspension` when
 * suspended). Input checks (dates, the reason of BR-32/BR-34) stay with the step itself.
 */
export function allowedAgreementSteps(subject: AgreementStepsSubject, user: User, relation: AgreementRelation, today: Date): AgreementStep[] {
  return offeredSteps.filter((step) => {
    const definition = agreementWorkflow.steps[step];
    if (!definition.roles.includes(user.role) || !definition.from.includes(subject.status)) return false;
    const mayChange =
      user.role === Role.AgencyStaff ||
      (user.role === Role.CompanyUser && relation.ownCompany) ||
      (step === 'terminateEarly' && user.role === Role.PartnershipStaff && relation.ownPartnership);
    if (!mayChange) return false;
    switch (step) {
      case 'end':
        return today.getTime() >= subject.plannedEndDate.getTime();
      case 'suspend':
        return subject.suspendedFrom === null;
      case 'endSuspension':
        return subject.suspendedFrom !== null;
      default:
        return true;
    }
  });
}
