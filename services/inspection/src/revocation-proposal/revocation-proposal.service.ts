import {
  badUserInput,
  checkStep,
  domainError,
  ErrorCode,
  loaderByGroup,
  loaderById,
  notFound,
  recordStatusChange,
  requireUser,
  startOfDay,
  type User,
} from '@werkplek/subgraph-kit';
import type { InspectionContext } from '../context.js';
import { auditLoader } from '../shared/audit-rows.js';
import type { RevocationProposal as ProposalRow } from '../generated/prisma/client.js';
import { AuditKind, FindingSeverity, ProposalDelivery, RevocationKind } from '../generated/prisma/enums.js';
import { auditWorkflow } from '../audit/audit.workflow.js';
import { assertMayWorkOnAudit } from '../shared/access.js';
import { createOnce } from '../shared/client-mutation.js';
import { requireUuid, text } from '../shared/input.js';
import type { ProposeRevocationInput } from './revocation-proposal.types.js';

const AUDIT = { nl: 'Doorlichting', en: 'Audit' };
const PROPOSAL = { nl: 'voorstel tot opheffing', en: 'revocation proposal' };
/** Findings that can ground a proposal: a breach, not an observation. */
const GROUNDS: FindingSeverity[] = [FindingSeverity.SHORTCOMING, FindingSeverity.SERIOUS_SHORTCOMING];

const uuid = requireUuid;

const kindLabel: Record<RevocationKind, string> = {
  WITHDRAWAL: 'Voorstel tot opheffing van erkenning',
  EXCLUSION: 'Voorstel tot uitsluiting van de onderneming van erkenning',
};

/**
 * Revocation proposals after a workplace audit (§3.6): the inspector proposes, dual learning decides. The proposal is
 * written with the audit's history in one transaction and left in the outbox (`delivery` PENDING); the relay
 * (proposal-relay.ts) hands it over through the gateway.
 */
export class RevocationProposalService {
  readonly ofAudit;
  readonly auditById;

  constructor(private readonly ctx: InspectionContext) {
    const prisma = ctx.prisma;
    this.auditById = auditLoader(ctx);
    this.ofAudit = loaderByGroup(
      (auditIds) =>
        prisma.revocationProposal.findMany({ where: { auditId: { in: [...auditIds] } }, orderBy: [{ proposedAt: 'asc' }, { id: 'asc' }] }),
      (row) => row.auditId,
    );
  }

  private get user(): User {
    return requireUser(this.ctx);
  }

  async propose(input: ProposeRevocationInput): Promise<ProposalRow> {
    const user = this.user;
    const id = uuid(input.id, 'id');
    const auditId = uuid(input.auditId, 'auditId');
    const recognitionId = uuid(input.recognitionId, 'recognitionId');
    const reason = text(input.reason, 'reason', 5, 1000);
    const today = startOfDay(this.ctx.now());
    const exclusionUntil = input.exclusionUntil ?? null;
    if (exclusionUntil && input.kind !== RevocationKind.EXCLUSION) {
      throw badUserInput(
        'Een einddatum hoort alleen bij een uitsluiting',
        'An end date belongs to an exclusion only',
        { field: 'exclusionUntil' },
      );
    }
    if (exclusionUntil && exclusionUntil <= today) {
      throw badUserInput('De uitsluiting moet na vandaag eindigen', 'The exclusion must end after today', { field: 'exclusionUntil' });
    }
    const prisma = this.ctx.prisma;
    const audit = await prisma.audit.findUnique({ where: { id: auditId } });
    if (!audit) throw notFound(AUDIT, auditId);
    // Who may work on it is checked before a repeat is answered: an id is no key to somebody else's audit.
    await assertMayWorkOnAudit(this.ctx, user, audit.id);

    const proposal = await createOnce({
      id,
      what: PROPOSAL,
      find: () => prisma.revocationProposal.findUnique({ where: { id } }),
      sameRequest: (row) => row.auditId === auditId && row.recognitionId === recognitionId && row.kind === input.kind,
      create: async () => {
        const step = checkStep(auditWorkflow, 'completeReport', audit.status, user);
        if (audit.kind !== AuditKind.WORKPLACE_AUDIT) {
          throw badUserInput(
            'Een voorstel tot opheffing of uitsluiting volgt alleen op een doorlichting van een werkplek',
            'A revocation proposal follows a workplace audit only',
            { field: 'auditId' },
          );
        }
        const grounds = await prisma.finding.count({ where: { auditId, severity: { in: GROUNDS } } });
        if (grounds === 0) {
          throw domainError(
            ErrorCode.InvalidStateTransition,
            'Een voorstel heeft gronden nodig: de doorlichting heeft geen (ernstige) tekortkoming vastgesteld',
            'A proposal needs grounds: the audit recorded no (serious) shortcoming',
            { rule: 'GROUNDS_REQUIRED' },
          );
        }
        const open = await prisma.revocationProposal.findFirst({
          where: { auditId, recognitionId, delivery: { not: ProposalDelivery.REFUSED } },
          select: { id: true, kind: true },
        });
        // A concurrent repeat of this very request committed first (it passed `find` at the same moment): answer with it.
        if (open && open.id === id && open.kind === input.kind) {
          return prisma.revocationProposal.findUniqueOrThrow({ where: { id } });
        }
        if (open) {
          throw domainError(
            ErrorCode.Conflict,
            'Deze doorlichting heeft al een voorstel over deze erkenning',
            'This audit already has a proposal about this recognition',
            { existingId: open.id },
          );
        }
        const at = this.ctx.now();
        return prisma.$transaction(async (tx) => {
          const row = await tx.revocationProposal.create({
            data: {
              id,
              auditId,
              recognitionId,
              kind: input.kind,
              reason,
              exclusionUntil,
              proposedById: user.id,
              proposedBy: user.name,
              proposedAt: at,
              nextAttemptAt: at,
            },
          });
          await recordStatusChange(tx, {
            entityType: 'Audit',
            entityId: auditId,
            step: 'proposeRevocation',
            from: step.from,
            to: audit.status,
            actor: user,
            note: `${kindLabel[input.kind]} ${recognitionId}: ${reason}`,
            at,
          });
          return row;
        });
      },
    });
    // After the commit, never inside it: the relay must see the row. A repeat nudges it too (harmless).
    this.ctx.deliverProposalsSoon();
    return proposal;
  }

  list(delivery: ProposalDelivery | undefined) {
    return this.ctx.prisma.revocationProposal.findMany({
      where: delivery ? { delivery } : {},
      orderBy: [{ proposedAt: 'desc' }, { id: 'asc' }],
    });
  }
}

export function revocationProposalServiceOf(ctx: InspectionContext): RevocationProposalService {
  return ctx.scoped(RevocationProposalService, () => new RevocationProposalService(ctx));
}
