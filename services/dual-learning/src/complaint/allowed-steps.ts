import { Role, type User } from '@werkplek/auth';
import type { ComplaintKind, ComplaintStatus } from '../generated/prisma/enums.js';
import { canActForPartnership } from '../shared/access.js';
import { complaintWorkflow, type ComplaintStep } from './complaint.workflow.js';

/** The steps a screen may offer, in the procedure's order (§3.8). */
const offeredSteps: readonly ComplaintStep[] = [
  'acknowledge',
  'declareInadmissible',
  'route',
  'startInvestigation',
  'recordInvestigativeAct',
  'decide',
  'investigateFurther',
  'close',
];

export interface ComplaintStepsSubject {
  status: ComplaintStatus;
  kind: ComplaintKind;
  partnershipId: string | null;
  handlerBody: string | null;
}

/**
 * Whether `user` acts on the complaint at all: the service's assertMayAct as a predicate (agency staff on all;
 * partnership staff on their own partnership's, only when it takes up complaints (BR-50) and the complaint was not
 * routed elsewhere).
 */
function mayAct(user: User, subject: ComplaintStepsSubject, partnershipTakesComplaints: boolean): boolean {
  if (user.role === Role.AgencyStaff) return true;
  if (subject.partnershipId === null || !canActForPartnership(user, subject.partnershipId)) return false;
  return partnershipTakesComplaints && (subject.handlerBody === null || subject.handlerBody === 'PARTNERSHIP');
}

/**
 * The workflow steps `user` may take on the complaint now: the workflow table (role and state), who acts on it and
 * the checks the service makes before a step that do not depend on the step's input (reports have no admissibility;
 * the investigation starts once the complaint was routed to a handler).
 */
export function allowedComplaintSteps(subject: ComplaintStepsSubject, partnershipTakesComplaints: boolean, user: User): ComplaintStep[] {
  if (!mayAct(user, subject, partnershipTakesComplaints)) return [];
  return offeredSteps.filter((step) => {
    const definition = complaintWorkflow.steps[step];
    if (!definition.roles.includes(user.role) || !definition.from.includes(subject.status)) return false;
    if (step === 'declareInadmissible') return subject.kind === 'COMPLAINT';
    if (step === 'startInvestigation') return subject.handlerBody !== null;
    return true;
  });
}
