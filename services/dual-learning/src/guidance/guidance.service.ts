import { badUserInput, checkStep, forbidden, loaderById, notFound, paginate, requireUser, Role, type PageInput, type User, checkExpectedVersion, unlessChangedMeanwhile } from '@werkplek/subgraph-kit';
import type { DualLearningContext } from '../context.js';
import type { Partnership as PartnershipRow, Prisma, Signal as SignalRow } from '../generated/prisma/client.js';
import { addDays, addMonths, startOfDay } from '../shared/calendar.js';
import { assertActsForPartnership } from '../shared/access.js';
import { recordStatusChange } from '../shared/history.js';
import { signalWorkflow, visitTypes } from './guidance.workflow.js';
import { SignalSort, type RaiseSignalInput, type RecordGuidanceActionInput, type SignalFilter } from './guidance.types.js';

const SIGNAL = { nl: 'Signaal', en: 'Signal' };
const WORKPLACE = { nl: 'Werkplek', en: 'Workplace' };
const ENTITY = 'Signal';
const NO_ID = '00000000-0000-0000-0000-000000000000';

/** Automatic blinkers (automatische knipperlichten, §2.11, §3.4): the rule's code opens the signal's description. */
export const automaticRules = {
  LEARNERS_PER_MENTOR: '[LEARNERS_PER_MENTOR]',
  FREQUENT_EARLY_TERMINATIONS: '[FREQUENT_EARLY_TERMINATIONS]',
} as const;
export const FREQUENT_EARLY_TERMINATIONS = 2;

const signalOrder: Record<SignalSort, Prisma.SignalOrderByWithRelationInput[]> = {
  RAISED_ON_DESC: [{ raisedOn: 'desc' }, { id: 'asc' }],
  FOLLOW_UP_DUE_ASC: [{ followUpDueOn: { sort: 'asc', nulls: 'last' } }, { id: 'asc' }],
};

export class GuidanceService {
  readonly workplaceById;
  private readonly prisma;

  constructor(private readonly ctx: DualLearningContext) {
    const prisma = (this.prisma = ctx.prisma);
    this.workplaceById = loaderById((ids) => prisma.workplace.findMany({ where: { id: { in: [...ids] } } }));
  }

  private get user(): User {
    return requireUser(this.ctx);
  }

  private today() {
    return startOfDay(this.ctx.now());
  }

  private async workplaceWithPartnership(workplaceId: string) {
    const workplace = await this.workplaceById.load(workplaceId);
    if (!workplace) throw notFound(WORKPLACE, workplaceId);
    const partnership = await this.prisma.partnership.findUnique({ where: { name: workplace.sectoralPartnership } });
    if (!partnership) {
      throw badUserInput('Geen bevoegd partnerschap gevonden voor deze werkplek', 'No competent partnership found for this workplace', {
        field: 'workplaceId',
      });
    }
    return { workplace, partnership };
  }

  /** Agency staff, or the staff of the competent partnership when it has taken up guidance (Tabel 28). */
  private assertGuides(partnership: PartnershipRow) {
    const user = this.user;
    assertActsForPartnership(user, partnership.id);
    if (user.role === Role.PartnershipStaff && !partnership.takesGuidance) {
      throw forbidden(`${partnership.name} begeleidt geen werkplekken: SYNTRA Vlaanderen doet dat`, 'This partnership does not take up guidance');
    }
  }

  /** Partnership staff see their own partnership only. */
  private scopeOf(partnershipId: string | null | undefined): string | null {
    const user = this.user;
    if (user.role !== Role.PartnershipStaff) return partnershipId ?? null;
    if (partnershipId && partnershipId !== user.partnershipId) {
      throw forbidden('Je ziet enkel de dossiers van je eigen partnerschap', "You only see your own partnership's files");
    }
    return user.partnershipId ?? NO_ID;
  }

  async recordAction(input: RecordGuidanceActionInput) {
    const user = this.user;
    const { workplace, partnership } = await this.workplaceWithPartnership(input.workplaceId);
    let partnershipId = partnership.id;
    if (input.signalId) {
      const signal = await this.prisma.signal.findUnique({ where: { id: input.signalId } });
      if (!signal || signal.workplaceId !== workplace.id) throw notFound(SIGNAL, input.signalId);
      partnershipId = signal.partnershipId;
    }
    if (input.recognitionId) {
      const recognition = await this.prisma.recognition.findUnique({ where: { id: input.recognitionId } });
      if (!recognition || recognition.workplaceId !== workplace.id) throw notFound({ nl: 'Erkenning', en: 'Recognition' }, input.recognitionId);
      partnershipId = recognition.partnershipId;
    }
    const competent = partnershipId === partnership.id ? partnership : await this.prisma.partnership.findUniqueOrThrow({ where: { id: partnershipId } });
    this.assertGuides(competent);
    const performedOn = startOfDay(input.performedOn);
    if (performedOn.getTime() > this.today().getTime()) {
      throw badUserInput('Een actie in de toekomst kan je nog niet registreren', 'An action in the future cannot be recorded yet', { field: 'performedOn' });
    }
    if (input.nextActionOn && startOfDay(input.nextActionOn).getTime() < performedOn.getTime()) {
      throw badUserInput('De volgende actie valt vóór deze actie', 'The next action falls before this action', { field: 'nextActionOn' });
    }
    if (input.purpose && !(visitTypes as readonly string[]).includes(input.type)) {
      throw badUserInput('Een doel (informerend, controlerend, inspirerend) hoort enkel bij een bezoek', 'A purpose belongs to visits only', {
        field: 'purpose',
      });
    }
    return this.prisma.guidanceAction.create({
      data: {
        workplaceId: workplace.id,
        recognitionId: input.recognitionId ?? null,
        signalId: input.signalId ?? null,
        partnershipId,
        type: input.type,
        purpose: input.purpose ?? null,
        mode: input.mode,
        performedOn,
        performedById: user.id,
        performedByName: user.name,
        findings: input.findings?.trim() || null,
        nextActionOn: input.nextActionOn ? startOfDay(input.nextActionOn) : null,
      },
    });
  }

  async actions(workplaceId: string) {
    const user = this.user;
    const where: Prisma.GuidanceActionWhereInput = { workplaceId };
    if (user.role === Role.PartnershipStaff) where.partnershipId = user.partnershipId ?? NO_ID;
    return this.prisma.guidanceAction.findMany({ where, orderBy: [{ performedOn: 'desc' }, { id: 'asc' }] });
  }

  /** §4.6: follow-up due after the partnership's signalVisitDays (Kleding, Textielverzorging: 14 days). */
  async raise(input: RaiseSignalInput) {
    const user = this.user;
    const { workplace, partnership } = await this.workplaceWithPartnership(input.workplaceId);
    this.assertGuides(partnership);
    const raisedOn = this.today();
    return this.prisma.$transaction(async (tx) => {
      const signal = await tx.signal.create({
        data: {
          workplaceId: workplace.id,
          partnershipId: partnership.id,
          source: input.source,
          description: input.description.trim(),
          raisedOn,
          followUpDueOn: partnership.signalVisitDays !== null ? addDays(raisedOn, partnership.signalVisitDays) : null,
          raisedById: user.id,
        },
      });
      await recordStatusChange(tx, { entityType: ENTITY, entityId: signal.id, step: 'raise', from: null, to: 'OPEN', actor: user, note: input.source, at: this.ctx.now() });
      return signal;
    });
  }

  private async transition(id: string, step: 'followUp' | 'close', note: string | null | undefined) {
    const user = this.user;
    const signal = await this.prisma.signal.findUnique({ where: { id } });
    if (!signal) throw notFound(SIGNAL, id);
    // Like raising a signal: agency staff, or staff of the signal's partnership only while it takes up guidance (Tabel 28).
    const partnership = await this.prisma.partnership.findUnique({ where: { id: signal.partnershipId } });
    if (!partnership) throw notFound(SIGNAL, id);
    this.assertGuides(partnership);
    checkExpectedVersion(this.ctx, signal, SIGNAL);
    const { from, to } = checkStep(signalWorkflow, step, signal.status, user);
    return this.prisma.$transaction(async (tx) => {
      const updated = await unlessChangedMeanwhile(SIGNAL, () =>
        tx.signal.update({
          where: { id, status: signal.status, version: signal.version },
          data: { status: to, ...(to === 'CLOSED' ? { closedOn: this.today() } : {}) },
        }),
      );
      await recordStatusChange(tx, { entityType: ENTITY, entityId: id, step, from, to, actor: user, note: note?.trim() || null, at: this.ctx.now() });
      return updated;
    });
  }

  followUp(id: string, note?: string | null) {
    return this.transition(id, 'followUp', note);
  }

  close(id: string, note?: string | null) {
    return this.transition(id, 'close', note);
  }

  isOverdue(signal: Pick<SignalRow, 'status' | 'followUpDueOn'>) {
    return signal.status !== 'CLOSED' && signal.followUpDueOn !== null && signal.followUpDueOn.getTime() < this.today().getTime();
  }

  async signals(filter: SignalFilter | undefined, sort: SignalSort | undefined, page: PageInput | undefined) {
    const partnershipId = this.scopeOf(filter?.partnershipId);
    const where: Prisma.SignalWhereInput = {};
    if (partnershipId) where.partnershipId = partnershipId;
    if (filter?.workplaceId) where.workplaceId = filter.workplaceId;
    if (filter?.status) where.status = filter.status;
    if (filter?.source) where.source = filter.source;
    const overdue: Prisma.SignalWhereInput = { status: { not: 'CLOSED' }, followUpDueOn: { lt: this.today() } };
    const and: Prisma.SignalWhereInput[] = [];
    if (filter?.overdue === true) and.push(overdue);
    if (filter?.overdue === false) and.push({ NOT: overdue });
    if (and.length) where.AND = and;
    const orderBy = signalOrder[sort ?? SignalSort.RAISED_ON_DESC];
    return paginate(
      page,
      (args) => this.prisma.signal.findMany({ where, orderBy, ...args }),
      () => this.prisma.signal.count({ where }),
    );
  }

  /**
   * Automatic blinkers: workplaces where a mentor has more running learners than the partnership allows, and
   * workplaces with at least two early terminations in the last 12 months. A workplace that already has an unclosed
   * signal of the same rule gets no second one. A fixed number of queries, whatever the number of workplaces.
   */
  async detect() {
    const user = this.user;
    const today = this.today();
    const [running, terminated, partnerships, trainingCaps, open] = await Promise.all([
      this.prisma.agreement.findMany({
        where: { status: 'RUNNING', mentorId: { not: null }, startDate: { lte: today }, plannedEndDate: { gte: today } },
        select: { mentorId: true, workplaceId: true, trainingId: true, workplace: { select: { sectoralPartnership: true } } },
      }),
      this.prisma.agreement.findMany({
        where: { status: 'ENDED_EARLY', actualEndDate: { gt: addMonths(today, -12), lte: today } },
        select: { workplaceId: true, workplace: { select: { sectoralPartnership: true } } },
      }),
      this.prisma.partnership.findMany(),
      this.prisma.partnershipTrainingCap.findMany(),
      this.prisma.signal.findMany({ where: { source: 'AUTOMATIC_RULE', status: { not: 'CLOSED' } }, select: { workplaceId: true, description: true } }),
    ]);
    const partnershipByName = new Map(partnerships.map((p) => [p.name, p]));
    const capOf = new Map(trainingCaps.map((c) => [`${c.partnershipId}:${c.trainingId}`, c.learnersPerMentor]));
    const existing = new Set(open.map((s) => `${s.workplaceId}:${s.description.split(' ')[0]}`));
    const toRaise: { workplaceId: string; partnershipId: string; description: string }[] = [];
    const add = (workplaceId: string, partnership: PartnershipRow | undefined, rule: string, text: string) => {
      if (!partnership || existing.has(`${workplaceId}:${rule}`)) return;
      existing.add(`${workplaceId}:${rule}`);
      toRaise.push({ workplaceId, partnershipId: partnership.id, description: `${rule} ${text}` });
    };

    const perMentor = new Map<string, { workplaceId: string; partnership?: PartnershipRow; count: number; cap: number | null }>();
    for (const agreement of running) {
      const partnership = partnershipByName.get(agreement.workplace.sectoralPartnership);
      const cap = partnership ? (capOf.get(`${partnership.id}:${agreement.trainingId}`) ?? partnership.learnersPerMentor) : null;
      const entry = perMentor.get(agreement.mentorId!) ?? { workplaceId: agreement.workplaceId, partnership, count: 0, cap: null };
      entry.count += 1;
      // The most generous cap among the mentor's trainings (e.g. Transport: magazijnmedewerker 4, others 2).
      if (cap !== null) entry.cap = entry.cap === null ? cap : Math.max(entry.cap, cap);
      perMentor.set(agreement.mentorId!, entry);
    }
    for (const entry of perMentor.values()) {
      if (entry.cap !== null && entry.count > entry.cap) {
        add(entry.workplaceId, entry.partnership, automaticRules.LEARNERS_PER_MENTOR, `Een mentor begeleidt ${entry.count} leerlingen, meer dan de ${entry.cap} toegelaten / A mentor has ${entry.count} learners, more than the ${entry.cap} allowed`);
      }
    }
    const terminations = new Map<string, { partnership?: PartnershipRow; count: number }>();
    for (const agreement of terminated) {
      const entry = terminations.get(agreement.workplaceId) ?? { partnership: partnershipByName.get(agreement.workplace.sectoralPartnership), count: 0 };
      entry.count += 1;
      terminations.set(agreement.workplaceId, entry);
    }
    for (const [workplaceId, entry] of terminations) {
      if (entry.count >= FREQUENT_EARLY_TERMINATIONS) {
        add(workplaceId, entry.partnership, automaticRules.FREQUENT_EARLY_TERMINATIONS, `${entry.count} vroegtijdige beëindigingen in de laatste 12 maanden / ${entry.count} early terminations in the last 12 months`);
      }
    }
    if (toRaise.length === 0) return [];
    return this.prisma.$transaction(async (tx) => {
      const signals = await tx.signal.createManyAndReturn({
        data: toRaise.map((s) => {
          const partnership = partnerships.find((p) => p.id === s.partnershipId)!;
          return {
            ...s,
            source: 'AUTOMATIC_RULE' as const,
            raisedOn: today,
            followUpDueOn: partnership.signalVisitDays !== null ? addDays(today, partnership.signalVisitDays) : null,
            raisedById: user.id,
          };
        }),
      });
      for (const signal of signals) {
        await recordStatusChange(tx, { entityType: ENTITY, entityId: signal.id, step: 'raise', from: null, to: 'OPEN', actor: user, note: 'AUTOMATIC_RULE', at: this.ctx.now() });
      }
      return signals;
    });
  }
}

export function guidanceServiceOf(ctx: DualLearningContext): GuidanceService {
  return ctx.scoped(GuidanceService, () => new GuidanceService(ctx));
}
