import { checkStep, domainError, ErrorCode, forbidden, loaderByGroup, notFound, requireUser, Role, type User, checkExpectedVersion, unlessChangedMeanwhile } from '@werkplek/subgraph-kit';
import type { DualLearningContext } from '../context.js';
import { Prisma, type RevocationProposal } from '../generated/prisma/client.js';
import { RecognitionStatus, RevocationKind, RevocationProposalStatus } from '../generated/prisma/enums.js';
import { NO_ID, recognitionServiceOf, type EndRecognition } from '../recognition/recognition.service.js';
import { assertActsForPartnership } from '../shared/access.js';
import { startOfDay } from '../shared/calendar.js';
import { recordStatusChange } from '../shared/history.js';
import type { DecideRevocationProposalInput, ReceiveRevocationProposalInput } from './revocation-proposal.types.js';
import { revocationProposalWorkflow } from './revocation-proposal.workflow.js';

const PROPOSAL = { nl: 'Voorstel tot opheffing of uitsluiting', en: 'Revocation proposal' };
const RECOGNITION = { nl: 'Erkenning', en: 'Recognition' };
const kindLabel: Record<RevocationKind, string> = { WITHDRAWAL: 'opheffing van de erkenning', EXCLUSION: 'uitsluiting van de onderneming' };
const isUuid = (value: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
const dutchDate = (day: Date) => day.toISOString().slice(0, 10).split('-').reverse().join('/');

/**
 * Proposals of the inspection to withdraw a recognition (opheffing) or exclude a company (uitsluiting) after a
 * doorlichting (§3.6). The inspection delivers them from its outbox under its service identity and may repeat a
 * delivery; this domain decides, with the same rules and effects as withdrawRecognition and excludeCompany.
 */
export class RevocationProposalService {
  /** Proposals per recognition (Recognition.revocationProposals), newest first: one query per request. */
  readonly byRecognition;
  /** Proposals per audit (Audit.recognitionRevocations), newest first: one query per request. */
  readonly byAudit;

  constructor(private readonly ctx: DualLearningContext) {
    const prisma = ctx.prisma;
    const newestFirst = [{ proposedAt: 'desc' as const }, { id: 'asc' as const }];
    this.byRecognition = loaderByGroup(
      (ids) => prisma.revocationProposal.findMany({ where: { recognitionId: { in: [...ids] } }, orderBy: newestFirst }),
      (row) => row.recognitionId,
    );
    this.byAudit = loaderByGroup(
      // Audit ids come from another subgraph: one that is no uuid matches no row (and must not reach the uuid column).
      (ids) => prisma.revocationProposal.findMany({ where: { auditId: { in: ids.filter(isUuid) } }, orderBy: newestFirst }),
      (row) => row.auditId,
    );
  }

  private get user(): User {
    return requireUser(this.ctx);
  }

  /** Agency staff see all proposals; partnership staff those on their own partnership's recognitions. */
  list(status: RevocationProposalStatus | null | undefined) {
    const user = this.user;
    const scope: Prisma.RevocationProposalWhereInput =
      user.role === Role.AgencyStaff ? {} : { recognition: { partnershipId: user.partnershipId ?? NO_ID } };
    return this.ctx.prisma.revocationProposal.findMany({
      where: { ...scope, ...(status ? { status } : {}) },
      orderBy: [{ proposedAt: 'desc' }, { id: 'asc' }],
    });
  }

  /**
   * Receives a proposal (the inspection's service identity only). Idempotent by the inspection's id: a repeated
   * delivery returns the stored proposal unchanged, also after it was decided; the same id for another recognition,
   * audit or kind is a CONFLICT. A new proposal needs an active recognition.
   */
  async receive(input: ReceiveRevocationProposalInput): Promise<RevocationProposal> {
    const existing = await this.ctx.prisma.revocationProposal.findUnique({ where: { id: input.id } });
    if (existing) return this.sameProposal(existing, input);

    const now = this.ctx.now();
    const today = startOfDay(now);
    const recognition = await this.ctx.prisma.recognition.findUnique({
      where: { id: input.recognitionId },
      include: { workplace: { select: { companyId: true } } },
    });
    if (!recognition) throw notFound(RECOGNITION, input.recognitionId);
    if (input.workplaceId && recognition.workplaceId !== input.workplaceId) {
      // An audit of one workplace cannot ground the revocation of another workplace's recognition.
      throw domainError(
        ErrorCode.BadUserInput,
        'De erkenning hoort niet bij de doorgelichte werkplek',
        'The recognition does not belong to the audited workplace',
        { field: 'recognitionId' },
      );
    }
    if (recognition.status !== RecognitionStatus.ACTIVE || recognition.validUntil < today) {
      const state = recognition.status !== RecognitionStatus.ACTIVE ? recognition.status : 'EXPIRED';
      throw domainError(
        ErrorCode.InvalidStateTransition,
        `De erkenning is niet actief (${state === 'EXPIRED' ? 'verlopen' : state === 'WITHDRAWN' ? 'opgeheven' : 'beëindigd door uitsluiting'}): een voorstel tot opheffing of uitsluiting kan niet meer`,
        `The recognition is not active (${state}): it can no longer be revoked`,
        { currentState: state },
      );
    }
    const until = input.exclusionUntil ? startOfDay(input.exclusionUntil) : null;
    if (input.kind === RevocationKind.WITHDRAWAL && until) {
      throw domainError(ErrorCode.BadUserInput, 'Een einddatum hoort enkel bij een uitsluiting', 'Only an exclusion has an end date', {
        field: 'exclusionUntil',
      });
    }
    if (input.kind === RevocationKind.EXCLUSION) {
      if (until && until < today) {
        throw domainError(ErrorCode.BadUserInput, 'De uitsluiting kan niet in het verleden eindigen', 'The exclusion cannot end in the past', {
          field: 'exclusionUntil',
        });
      }
      if (!recognition.workplace.companyId) {
        throw domainError(
          ErrorCode.Conflict,
          'De werkplek is aan geen onderneming gekoppeld: uitsluiten kan niet',
          'The workplace is linked to no company: it cannot be excluded',
        );
      }
    }

    const user = this.user;
    const auditReference = input.auditReference.trim();
    const reason = input.reason.trim();
    try {
      return await this.ctx.prisma.$transaction(async (tx) => {
        const created = await tx.revocationProposal.create({
          data: {
            id: input.id,
            recognitionId: input.recognitionId,
            auditId: input.auditId,
            auditReference,
            kind: input.kind,
            reason,
            exclusionUntil: input.kind === RevocationKind.EXCLUSION ? until : null,
            proposedBy: input.proposedBy.trim(),
            proposedAt: input.proposedAt,
            receivedAt: now,
          },
        });
        const untilText = until ? ` tot en met ${dutchDate(until)}` : '';
        await recordStatusChange(tx, {
          entityType: 'Recognition',
          entityId: input.recognitionId,
          step: 'revocationProposed',
          from: recognition.status,
          to: recognition.status,
          actor: user,
          note: `Voorstel tot ${kindLabel[input.kind]}${untilText} na doorlichting ${auditReference}: ${reason}`,
          at: now,
        });
        await recordStatusChange(tx, {
          entityType: 'RevocationProposal',
          entityId: created.id,
          step: 'receive',
          from: null,
          to: created.status,
          actor: user,
          note: `Ontvangen van de inspectie (doorlichting ${auditReference})`,
          at: now,
        });
        return created;
      });
    } catch (error) {
      // Two deliveries of the same proposal at once: the second one answers with what the first stored.
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
        const stored = await this.ctx.prisma.revocationProposal.findUnique({ where: { id: input.id } });
        if (stored) return this.sameProposal(stored, input);
      }
      throw error;
    }
  }

  private sameProposal(existing: RevocationProposal, input: ReceiveRevocationProposalInput): RevocationProposal {
    if (existing.recognitionId !== input.recognitionId || existing.auditId !== input.auditId || existing.kind !== input.kind) {
      throw domainError(
        ErrorCode.Conflict,
        `Voorstel ${input.id} bestaat al voor een andere erkenning, doorlichting of soort`,
        `Proposal ${input.id} already exists for another recognition, audit or kind`,
        { id: input.id },
      );
    }
    return existing;
  }

  /**
   * Decides a proposal. Agency staff decide both kinds; staff of the recognition's partnership only a withdrawal: an
   * audit proposes to exclude the whole company, which is the agency's (excludeCompany lets partnership staff exclude
   * only their establishment). Accepting runs the withdrawal or exclusion in the decision's transaction.
   */
  async decide(input: DecideRevocationProposalInput): Promise<RevocationProposal> {
    const user = this.user;
    const proposal = await this.ctx.prisma.revocationProposal.findUnique({
      where: { id: input.id },
      include: { recognition: { select: { partnershipId: true } } },
    });
    if (!proposal) throw notFound(PROPOSAL, input.id);
    if (user.role !== Role.AgencyStaff) {
      assertActsForPartnership(user, proposal.recognition.partnershipId);
      if (proposal.kind === RevocationKind.EXCLUSION) {
        throw forbidden(
          'Over een uitsluiting van de onderneming beslist het agentschap',
          'The agency decides on the exclusion of a company',
        );
      }
    }
    checkExpectedVersion(this.ctx, proposal, PROPOSAL);
    const step = input.accept ? 'accept' : 'reject';
    const { from, to } = checkStep(revocationProposalWorkflow, step, proposal.status, user);
    const note = input.note.trim();
    const now = this.ctx.now();
    const today = startOfDay(now);
    if (input.exclusionUntil && !(input.accept && proposal.kind === RevocationKind.EXCLUSION)) {
      throw domainError(
        ErrorCode.BadUserInput,
        'Een einddatum kan enkel bij het aanvaarden van een uitsluiting',
        'An end date only goes with accepting an exclusion',
        { field: 'exclusionUntil' },
      );
    }

    let end: EndRecognition | null = null;
    if (input.accept) {
      const recognitions = recognitionServiceOf(this.ctx);
      if (proposal.kind === RevocationKind.WITHDRAWAL) {
        const reason = `Opgeheven na doorlichting ${proposal.auditReference}: ${proposal.reason}`;
        end = await recognitions.planWithdrawal({ recognitionId: proposal.recognitionId, reason });
      } else {
        const until = input.exclusionUntil ?? proposal.exclusionUntil;
        const reason = `Uitgesloten na doorlichting ${proposal.auditReference}: ${proposal.reason}`;
        if (until && startOfDay(until) < today) {
          throw domainError(ErrorCode.BadUserInput, 'De uitsluiting kan niet in het verleden eindigen', 'The exclusion cannot end in the past', {
            field: 'exclusionUntil',
          });
        }
        end = await recognitions.planExclusion({ recognitionId: proposal.recognitionId, reason, until });
      }
    }

    return this.ctx.prisma.$transaction(async (tx) => {
      const decided = await unlessChangedMeanwhile(PROPOSAL, () =>
        tx.revocationProposal.update({
          where: { id: proposal.id, status: from, version: proposal.version },
          data: { status: to, decidedById: user.id, decidedBy: user.name, decidedAt: now, decisionNote: note },
        }),
      );
      await recordStatusChange(tx, { entityType: 'RevocationProposal', entityId: proposal.id, step, from, to, actor: user, note, at: now });
      if (end) {
        await end(tx);
      } else {
        const recognition = await tx.recognition.findUniqueOrThrow({ where: { id: proposal.recognitionId }, select: { status: true } });
        await recordStatusChange(tx, {
          entityType: 'Recognition',
          entityId: proposal.recognitionId,
          step: 'revocationRejected',
          from: recognition.status,
          to: recognition.status,
          actor: user,
          note: `Voorstel tot ${kindLabel[proposal.kind]} na doorlichting ${proposal.auditReference} afgewezen: ${note}`,
          at: now,
        });
      }
      return decided;
    });
  }
}

/** The request's RevocationProposalService (one per request: its DataLoaders cache for that request only). */
export function revocationProposalServiceOf(ctx: DualLearningContext): RevocationProposalService {
  return ctx.scoped(RevocationProposalService, () => new RevocationProposalService(ctx));
}
