import { Role, type User } from '@werkplek/auth';
import { ApplicationStatus, DecisionMechanism } from '../generated/prisma/enums.js';
import { canActForPartnership } from '../shared/access.js';
import { applicationWorkflow, type ApplicationStep } from './recognition-application.workflow.js';
import { voteWindowOpen } from './recognition-application.service.js';

/**
 * The steps a screen may offer, in the table's order. Left out: `cycleApprove` / `cycleReject` (the decision cycle
 * takes them, run by a scheduler through runDecisionCycle) and `withdraw` (taken on the recognition, not here).
 */
const offeredSteps: readonly ApplicationStep[] = [
  'declareIncomplete',
  'complete',
  'takeUp',
  'putOnHold',
  'resume',
  'recordHandlingAction',
  'recordCompanyConditions',
  'proposeDecision',
  'castVote',
  'approve',
  'reject',
];

export interface AllowedStepsSubject {
  status: ApplicationStatus;
  partnershipId: string;
  submittedById: string;
  /** The workplace's company (a company user completes only its own company's file). */
  companyId: string | null;
  decisionMechanism: DecisionMechanism;
}

/** Whether `user` is the application's applicant side (the service's assertApplicant, as a predicate). */
function isApplicant(user: User, subject: AllowedStepsSubject): boolean {
  return (
    user.role === Role.AgencyStaff ||
    (user.role === Role.PartnershipStaff && user.partnershipId === subject.partnershipId) ||
    (user.role === Role.CompanyUser && !!user.companyId && subject.companyId === user.companyId) ||
    (user.role === Role.SchoolUser && subject.submittedById === user.id)
  );
}

/**
 * The workflow steps `user` may take on the application now: the workflow table (role and state), who acts for the
 * file (own partnership; the applicant for `complete`) and the partnership's decision mechanism (BR-10), the same
 * checks the service makes before a step. Rules that depend on what the step's input says (mentors, reasons, the
 * site visit of BR-12) are left to the step itself, so a step listed here can still be refused for its input.
 */
export function allowedApplicationSteps(subject: AllowedStepsSubject, user: User, now: Date): ApplicationStep[] {
  return offeredSteps.filter((step) => {
    const definition = applicationWorkflow.steps[step];
    if (!definition.roles.includes(user.role) || !definition.from.includes(subject.status)) return false;
    if (step === 'complete' ? !isApplicant(user, subject) : !canActForPartnership(user, subject.partnershipId)) return false;
    const mechanism = subject.decisionMechanism;
    switch (step) {
      case 'approve':
        return mechanism !== DecisionMechanism.UNANIMOUS_WEEKLY_VOTE && mechanism !== DecisionMechanism.WITHOUT_OBJECTION;
      case 'proposeDecision':
        return mechanism === DecisionMechanism.WITHOUT_OBJECTION;
      case 'castVote':
        return mechanism !== DecisionMechanism.CONSULTANT_DECISION && (mechanism !== DecisionMechanism.UNANIMOUS_WEEKLY_VOTE || voteWindowOpen(now));
      default:
        return true;
    }
  });
}
