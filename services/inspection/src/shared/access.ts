import { Role, type User } from '@werkplek/auth';
import { forbidden, type RequestContext } from '@werkplek/subgraph-kit';
import type { Audit, Prisma, PrismaClient } from '../generated/prisma/client.js';
import { finishedStatuses } from '../audit/audit.workflow.js';

/**
 * Who sees which audit: agency staff and inspectors all; a training centre or a partnership only the finished reports
 * about itself (§4.2: the report goes to the audited party); nobody else any.
 */
export function readableAuditsWhere(user: User): Prisma.AuditWhereInput {
  switch (user.role) {
    case Role.AgencyStaff:
    case Role.Inspector:
      return {};
    case Role.CentreUser:
      return { trainingCentreId: user.centreId ?? null, status: { in: [...finishedStatuses] } };
    case Role.PartnershipStaff:
      return { partnershipId: user.partnershipId ?? null, status: { in: [...finishedStatuses] } };
    default:
      return { id: { in: [] } };
  }
}

export function canReadAudit(user: User, audit: Pick<Audit, 'trainingCentreId' | 'partnershipId' | 'status'>): boolean {
  switch (user.role) {
    case Role.AgencyStaff:
    case Role.Inspector:
      return true;
    case Role.CentreUser:
      return audit.trainingCentreId === user.centreId && finishedStatuses.includes(audit.status);
    case Role.PartnershipStaff:
      return audit.partnershipId === user.partnershipId && finishedStatuses.includes(audit.status);
    default:
      return false;
  }
}

/** Whether the user is one of the audit's auditors (through the auditor register's userId). */
export async function isAssigned(prisma: PrismaClient | Prisma.TransactionClient, user: User, auditId: string): Promise<boolean> {
  if (user.role !== Role.Inspector) return false;
  const assignment = await prisma.auditAssignment.findFirst({ where: { auditId, auditor: { userId: user.id } }, select: { id: true } });
  return assignment !== null;
}

/**
 * Inspectors edit only the audits they are assigned to; the workflow table says which roles may take a step at all,
 * this says which inspector. Agency staff pass where the step allows them (planning, cancelling).
 */
export async function assertMayWorkOnAudit(
  ctx: Pick<RequestContext<PrismaClient>, 'prisma'>,
  user: User,
  auditId: string,
  tx?: Prisma.TransactionClient,
): Promise<void> {
  if (user.role === Role.AgencyStaff) return;
  if (await isAssigned(tx ?? ctx.prisma, user, auditId)) return;
  throw forbidden('Je bent niet aan deze doorlichting toegewezen', 'You are not assigned to this audit');
}
