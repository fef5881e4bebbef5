import type { InspectionContext } from '../context.js';
import type { Audit, Prisma } from '../generated/prisma/client.js';
import type { AuditStatus } from '../generated/prisma/enums.js';
import { auditServiceOf } from '../audit/audit.service.js';

/*
 * The per-request audit loader every module uses (checklist, evidence, findings, revocation proposals read audits they
 * do not own). Their fields hang under an Audit that the audit module resolved; a federation representation carries
 * only the key, so the row is loaded (batched) when it is absent.
 */

export type AuditRow = Audit;

/** The request's one audit loader (the audit module's), so every module's reads of an audit share one query. */
export function auditLoader(ctx: InspectionContext) {
  return auditServiceOf(ctx).byId;
}

export async function auditOfRoot(root: Partial<AuditRow> & { id: string }, load: ReturnType<typeof auditLoader>): Promise<AuditRow | null> {
  if (root.status !== undefined && root.templateId !== undefined && root.trainingCentreId !== undefined) return root as AuditRow;
  return load.load(root.id);
}

/**
 * Locks the audit row for the rest of the transaction and returns its status as it is now, so a record added to an
 * audit cannot slip in while another request reports or closes it (those update the same row and wait).
 */
export async function lockAuditStatus(tx: Prisma.TransactionClient, auditId: string): Promise<AuditStatus | null> {
  const rows = await tx.$queryRaw<{ status: AuditStatus }[]>`SELECT status::text AS status FROM audit WHERE id = ${auditId}::uuid FOR UPDATE`;
  return rows[0]?.status ?? null;
}
