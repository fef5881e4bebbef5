import { Role, type User } from '@werkplek/auth';
import type { AuditStatus } from '../generated/prisma/enums.js';
import { evidenceWorkflow } from '../evidence/evidence.workflow.js';
import { auditWorkflow, type AuditStep } from './audit.workflow.js';

const steps = Object.keys(auditWorkflow.steps) as AuditStep[];

/** Steps of other modules' workflows on the audit's states that the audit page offers too. */
export type AllowedAuditStep = AuditStep | 'uploadEvidence';

/**
 * The workflow steps `user` may take on an audit now, in the table's order: the workflow table (role and state) and
 * the service's assignment rule (assertMayWorkOnAudit: inspectors only on audits they are assigned to; agency staff
 * where the step allows them), with `assign`'s exception: an inspector may take up an audit that has no team yet.
 * `teamUserIds` are the users behind the audit's assignments (the auditor register's userId). A step's own conditions
 * (required answers, open recommendations, dates) are left to the step, so a listed step can still be refused.
 * Last comes `uploadEvidence` under the evidence service's own rule (its workflow's states and roles, assigned
 * inspectors only), so the app never has to guess it. `removeEvidence` is per file (uploader or lead): not listed.
 */
export function allowedAuditSteps(status: AuditStatus, user: User, teamUserIds: readonly (string | null)[]): AllowedAuditStep[] {
  const assigned = user.role === Role.Inspector && teamUserIds.includes(user.id);
  const allowed: AllowedAuditStep[] = steps.filter((step) => {
    const definition = auditWorkflow.steps[step];
    if (!definition.roles.includes(user.role) || !definition.from.includes(status)) return false;
    if (user.role === Role.AgencyStaff || assigned) return true;
    return step === 'assign' && user.role === Role.Inspector && teamUserIds.length === 0;
  });
  const upload = evidenceWorkflow.steps.uploadEvidence;
  // Only the audit's own inspectors upload (the workflow's roles shut agency staff out, assertMayWorkOnAudit others).
  if (assigned && upload.roles.includes(user.role) && upload.from.includes(status)) allowed.push('uploadEvidence');
  return allowed;
}
