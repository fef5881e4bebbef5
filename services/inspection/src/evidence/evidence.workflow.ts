import { defineWorkflow, Role } from '@werkplek/subgraph-kit';
import { AuditStatus } from '../generated/prisma/enums.js';
import { auditWorkflow } from '../audit/audit.workflow.js';

/**
 * When evidence may be added to or taken from an audit, as steps on the audit's states (so refusals read like the
 * audit's own): bewijsstukken come in from the preparation up to the follow-up (follow-up evidence of recommendations);
 * once the report is out, what it rests on stays. Neither step moves the audit (`to` is unused).
 */
export const evidenceWorkflow = defineWorkflow<AuditStatus, 'uploadEvidence' | 'removeEvidence'>({
  subject: auditWorkflow.subject,
  stateLabels: auditWorkflow.stateLabels,
  steps: {
    uploadEvidence: {
      from: [AuditStatus.PREPARED, AuditStatus.IN_PROGRESS, AuditStatus.REPORTED, AuditStatus.FOLLOW_UP],
      to: AuditStatus.IN_PROGRESS,
      roles: [Role.Inspector],
      label: 'een bewijsstuk toevoegen',
    },
    removeEvidence: {
      from: [AuditStatus.PREPARED, AuditStatus.IN_PROGRESS],
      to: AuditStatus.IN_PROGRESS,
      roles: [Role.Inspector],
      label: 'een bewijsstuk verwijderen',
    },
  },
});
