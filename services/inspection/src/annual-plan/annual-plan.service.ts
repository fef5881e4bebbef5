import { randomUUID } from 'node:crypto';
import { badUserInput, checkStep, domainError, ErrorCode, historyLoader, loaderByGroup, loaderById, notFound, recordStatusChange, requireUser, startOfDay, type User, checkExpectedVersion, assertChanged } from '@werkplek/subgraph-kit';
import type { InspectionContext } from '../context.js';
import type { AnnualPlan, AnnualPlanItem as ItemRow, Prisma } from '../generated/prisma/client.js';
import {
  AnnualPlanStatus,
  AuditKind,
  AuditResult,
  AuditStatus,
  AuditSubjectType,
  FindingSeverity,
  RecommendationStatus,
  RiskFactor,
} from '../generated/prisma/enums.js';
import {
  choosePlanned,
  keptCandidates,
  negativePreviousResult,
  rankByRisk,
  scheduledOnOf,
  scoreRisk,
  yearsSinceLastAudit,
  type RiskInput,
  type RiskWeights,
} from '../risk/risk-score.js';
import { riskWeightsOn, weightsOf } from '../risk/risk-weight.service.js';
import type { RiskCandidate } from '../risk/risk-signals.js';
import type { RiskWeightSetting } from '../risk/risk.types.js';
import { annualPlanWorkflow } from './annual-plan.workflow.js';
import type { AnnualPlanItem, DraftAnnualPlanInput, SetAnnualPlanItemPlannedInput } from './annual-plan.types.js';

const PLAN = { nl: 'Jaarplanning', en: 'Annual plan' };
const ITEM = { nl: 'Kandidaat van de jaarplanning', en: 'Annual plan item' };
export const ANNUAL_PLAN_ENTITY = 'AnnualPlan';
export const MAX_CAPACITY = 200;
/** A plan is made for this year or the next few, not for a distant future nobody can score yet. */
export const MAX_YEARS_AHEAD = 5;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const kindTitles: Record<AuditKind, string> = {
  PARTNERSHIP_SUPERVISION: 'Toezicht op de processen',
  TRACK_INSPECTION: 'Inspectie ondernemerschapstrajecten',
  DUAL_QUALITY_AUDIT: 'Kwaliteitsdoorlichting duaal traject',
  APPRENTICESHIP_FOLLOW_UP: 'Opvolgingsdoorlichting leertijd',
  WORKPLACE_AUDIT: 'Doorlichting erkende werkplek',
};
const subjectTitles: Record<AuditSubjectType, string> = {
  PARTNERSHIP: 'sectoraal partnerschap',
  TRAINING_CENTRE: 'opleidingscentrum',
  TRACK: 'traject',
  COURSE: 'cursus',
  WORKPLACE: 'werkplek',
  AGREEMENT: 'overeenkomst',
};

/** The weights snapshot as stored in the plan's JSON column. */
interface StoredWeight {
  factor: RiskFactor;
  weight: number;
  validFrom: string | null;
  changedBy: string | null;
  reason: string | null;
  isDefault: boolean;
}

interface Subject {
  kind: AuditKind;
  subjectType: AuditSubjectType;
  subjectId: string;
  trainingCentreId: string | null;
  partnershipId: string | null;
}

interface ScoredItem extends Subject {
  score: number;
  inputs: RiskInput[];
  rank: number;
}

const subjectKey = (s: { kind: AuditKind; subjectType: AuditSubjectType; subjectId: string }) => `${s.kind}|${s.subjectType}|${s.subjectId}`;
const day = (date: Date) => date.toISOString().slice(0, 10);

function toItem(row: ItemRow): AnnualPlanItem {
  return { ...row, riskScore: row.riskScore.toNumber(), riskInputs: row.riskInputs as unknown as RiskInput[] };
}

function isManual(item: { manualReason: string | null }) {
  return item.manualReason !== null;
}

/** The risk-based annual planning (jaarplanning, seed 003 §4.8): score, rank, choose, adopt into planned audits. */
export class AnnualPlanService {
  readonly planById;
  readonly itemById;
  readonly itemsOf;
  readonly capacitiesOf;
  readonly auditOfItem;
  readonly historyOf;

  constructor(private readonly ctx: InspectionContext) {
    const prisma = ctx.prisma;
    this.planById = loaderById((ids) => prisma.annualPlan.findMany({ where: { id: { in: [...ids] } } }));
    this.itemById = loaderById(async (ids) => (await prisma.annualPlanItem.findMany({ where: { id: { in: [...ids] } } })).map(toItem));
    this.itemsOf = loaderByGroup(
      async (ids) =>
        (await prisma.annualPlanItem.findMany({ where: { planId: { in: [...ids] } }, orderBy: [{ kind: 'asc' }, { rank: 'asc' }] })).map(toItem),
      (item) => item.planId,
    );
    this.capacitiesOf = loaderByGroup(
      (ids) => prisma.annualPlanCapacity.findMany({ where: { planId: { in: [...ids] } }, orderBy: [{ kind: 'asc' }] }),
      (capacity) => capacity.planId,
    );
    this.auditOfItem = loaderByGroup(
      (ids) => prisma.audit.findMany({ where: { planItemId: { in: [...ids] } } }),
      (audit) => audit.planItemId!,
    );
    this.historyOf = historyLoader((query) => prisma.statusChange.findMany(query), ANNUAL_PLAN_ENTITY);
  }

  private get user(): User {
    return requireUser(this.ctx);
  }

  // ───────────── reading ─────────────

  plans() {
    return this.ctx.prisma.annualPlan.findMany({ orderBy: [{ year: 'desc' }] });
  }

  planOfYear(year: number) {
    return this.ctx.prisma.annualPlan.findUnique({ where: { year } });
  }

  weightsOf(plan: AnnualPlan): RiskWeightSetting[] {
    return (plan.weights as unknown as StoredWeight[]).map((w) => ({ ...w, validFrom: w.validFrom ? new Date(`${w.validFrom}T00:00:00Z`) : null }));
  }

  async capacities(plan: AnnualPlan) {
    const [capacities, items] = await Promise.all([this.capacitiesOf.load(plan.id), this.itemsOf.load(plan.id)]);
    return capacities.map((c) => ({ kind: c.kind, count: c.count, planned: items.filter((i) => i.kind === c.kind && i.planned).length }));
  }

  async items(plan: AnnualPlan, kind: AuditKind | null | undefined, plannedOnly: boolean | null | undefined) {
    const items = await this.itemsOf.load(plan.id);
    return items.filter((item) => (!kind || item.kind === kind) && (!plannedOnly || item.planned));
  }

  async auditOf(item: AnnualPlanItem) {
    return (await this.auditOfItem.load(item.id))[0] ?? null;
  }

  // ───────────── scoring ─────────────

  /**
   * Scores every candidate of the kinds asked, for the plan's year. The external signals (complaints, early
   * terminations) come from the other domains for the year before; the rest from this database as it is now, counted
   * at the reference date (1 January of the plan's year): overdue recommendations on audits about the subject or the
   * organisation it is, the last reported audit of the kind, the last performed one.
   */
  private async score(year: number, capacities: Map<AuditKind, number>, weights: RiskWeights, keep: Subject[]): Promise<ScoredItem[]> {
    const kinds = [...capacities.keys()].filter((kind) => capacities.get(kind)! > 0);
    if (kinds.length === 0) return [];
    const period = { from: new Date(Date.UTC(year - 1, 0, 1)), to: new Date(Date.UTC(year - 1, 11, 31)) };
    const reference = new Date(Date.UTC(year, 0, 1));
    const prisma = this.ctx.prisma;
    const [external, audits, overdue] = await Promise.all([
      Promise.all(kinds.map((kind) => this.ctx.riskSignals.candidates(kind, period))),
      prisma.audit.findMany({
        where: { kind: { in: kinds }, status: { not: AuditStatus.CANCELLED } },
        select: {
          kind: true,
          subjectType: true,
          subjectId: true,
          trainingCentreId: true,
          partnershipId: true,
          status: true,
          result: true,
          performedOn: true,
          reportedOn: true,
          findings: { where: { severity: FindingSeverity.SERIOUS_SHORTCOMING }, select: { id: true }, take: 1 },
        },
      }),
      prisma.recommendation.findMany({
        where: { status: RecommendationStatus.OPEN, agreedDueOn: { lt: reference }, audit: { status: { not: AuditStatus.CANCELLED } } },
        select: { audit: { select: { subjectType: true, subjectId: true, trainingCentreId: true, partnershipId: true } } },
      }),
    ]);

    const candidates = new Map<string, Subject & { complaints: number; earlyTerminations: number }>();
    const add = (subject: Subject, signals?: Pick<RiskCandidate, 'complaints' | 'earlyTerminations'>) => {
      const key = subjectKey(subject);
      const known = candidates.get(key);
      if (known) {
        known.trainingCentreId ??= subject.trainingCentreId;
        known.partnershipId ??= subject.partnershipId;
        return;
      }
      const count = (value: number | undefined) => (Number.isFinite(value) && value! > 0 ? Math.floor(value!) : 0);
      candidates.set(key, { ...subject, complaints: count(signals?.complaints), earlyTerminations: count(signals?.earlyTerminations) });
    };
    kinds.forEach((kind, index) => {
      for (const candidate of external[index]!) {
        // A malformed reference from another domain is left out rather than failing the whole plan.
        if (!UUID.test(candidate.subjectId)) continue;
        const organisation = (id: string | null | undefined) => (id && UUID.test(id) ? id : null);
        add(
          {
            kind,
            subjectType: candidate.subjectType,
            subjectId: candidate.subjectId,
            trainingCentreId: organisation(candidate.trainingCentreId),
            partnershipId: organisation(candidate.partnershipId),
          },
          candidate,
        );
      }
    });
    for (const audit of audits) add(audit);
    for (const subject of keep) if (kinds.includes(subject.kind)) add(subject);

    const scored = [...candidates.values()].map((candidate) => {
      const own = audits.filter(
        (a) => a.kind === candidate.kind && a.subjectType === candidate.subjectType && a.subjectId === candidate.subjectId,
      );
      const lastReported = own
        .filter((a) => a.reportedOn !== null && a.reportedOn < reference)
        .sort((a, b) => b.reportedOn!.getTime() - a.reportedOn!.getTime())[0];
      const lastPerformed = own
        .filter((a) => a.performedOn !== null && a.performedOn < reference)
        .sort((a, b) => b.performedOn!.getTime() - a.performedOn!.getTime())[0];
      const overdueCount = overdue.filter(({ audit }) => {
        if (audit.subjectType === candidate.subjectType && audit.subjectId === candidate.subjectId) return true;
        if (candidate.subjectType === AuditSubjectType.TRAINING_CENTRE) return audit.trainingCentreId === candidate.subjectId;
        if (candidate.subjectType === AuditSubjectType.PARTNERSHIP) return audit.partnershipId === candidate.subjectId;
        return false;
      }).length;
      const { score, inputs } = scoreRisk(
        {
          COMPLAINTS: candidate.complaints,
          EARLY_TERMINATIONS: candidate.earlyTerminations,
          OVERDUE_RECOMMENDATIONS: overdueCount,
          NEGATIVE_PREVIOUS_RESULT: negativePreviousResult(
            lastReported
              ? { notPositive: lastReported.result === AuditResult.NOT_POSITIVE, seriousShortcoming: lastReported.findings.length > 0 }
              : null,
          ),
          YEARS_SINCE_LAST_AUDIT: yearsSinceLastAudit(lastPerformed?.performedOn ?? null, year),
        },
        weights,
      );
      const { complaints: _complaints, earlyTerminations: _terminations, ...subject } = candidate;
      return { ...subject, score, inputs };
    });

    const keptKeys = new Set(keep.map(subjectKey));
    return kinds.flatMap((kind) => {
      const ranked = rankByRisk(scored.filter((s) => s.kind === kind));
      const limit = keptCandidates(capacities.get(kind)!);
      return ranked.filter((item) => item.rank <= limit || keptKeys.has(subjectKey(item)));
    });
  }

  /** The rows of a plan's items: ranks from the scoring, planned and quarters from the capacity and manual choices. */
  private itemRows(
    planId: string,
    scored: ScoredItem[],
    capacities: Map<AuditKind, number>,
    manual: Map<string, ItemRow | AnnualPlanItem>,
  ): Prisma.AnnualPlanItemCreateManyInput[] {
    return [...capacities.keys()].flatMap((kind) => {
      const ofKind = scored
        .filter((s) => s.kind === kind)
        .map((s) => {
          const chosen = manual.get(subjectKey(s));
          return { ...s, chosen, manual: chosen ? { planned: chosen.planned, quarter: chosen.quarter } : null };
        });
      return choosePlanned(ofKind, capacities.get(kind)!).map((item) => ({
        id: item.chosen?.id ?? randomUUID(),
        planId,
        kind,
        subjectType: item.subjectType,
        subjectId: item.subjectId,
        trainingCentreId: item.trainingCentreId,
        partnershipId: item.partnershipId,
        riskScore: item.score,
        riskInputs: item.inputs as unknown as Prisma.InputJsonValue,
        rank: item.rank,
        planned: item.planned,
        quarter: item.quarter,
        manualReason: item.chosen?.manualReason ?? null,
      }));
    });
  }

  private async weightsSnapshot(year: number): Promise<{ settings: RiskWeightSetting[]; stored: StoredWeight[] }> {
    const settings = await riskWeightsOn(this.ctx.prisma, new Date(Date.UTC(year, 0, 1)));
    return { settings, stored: settings.map((s) => ({ ...s, validFrom: s.validFrom ? day(s.validFrom) : null })) };
  }

  // ───────────── steps ─────────────

  async draft(input: DraftAnnualPlanInput): Promise<AnnualPlan> {
    const user = this.user;
    const thisYear = this.ctx.now().getUTCFullYear();
    if (!Number.isInteger(input.year) || input.year < thisYear || input.year > thisYear + MAX_YEARS_AHEAD) {
      throw badUserInput(
        `Een jaarplanning is voor ${thisYear} tot ${thisYear + MAX_YEARS_AHEAD}`,
        `An annual plan is for ${thisYear} to ${thisYear + MAX_YEARS_AHEAD}`,
        { field: 'year' },
      );
    }
    const capacities = new Map<AuditKind, number>();
    for (const capacity of input.capacities) {
      if (!Number.isInteger(capacity.count) || capacity.count < 0 || capacity.count > MAX_CAPACITY) {
        throw badUserInput(`Capaciteit per soort: 0 tot ${MAX_CAPACITY}`, `Capacity per kind: 0 to ${MAX_CAPACITY}`, { field: 'capacities' });
      }
      if (capacities.has(capacity.kind)) {
        throw badUserInput('Elke soort hoogstens één keer', 'Each kind at most once', { field: 'capacities' });
      }
      capacities.set(capacity.kind, capacity.count);
    }
    if (capacities.size === 0) {
      throw badUserInput('Geef de capaciteit van minstens één soort', 'Give the capacity of at least one kind', { field: 'capacities' });
    }
    const existing = await this.planOfYear(input.year);
    if (existing) {
      throw domainError(ErrorCode.Conflict, `Er is al een jaarplanning ${input.year}`, `There is already an annual plan for ${input.year}`, {
        planId: existing.id,
      });
    }
    const { settings, stored } = await this.weightsSnapshot(input.year);
    const scored = await this.score(input.year, capacities, weightsOf(settings), []);
    const planId = randomUUID();
    const rows = this.itemRows(planId, scored, capacities, new Map());
    return this.ctx.prisma.$transaction(async (tx) => {
      const plan = await tx.annualPlan.create({
        data: {
          id: planId,
          year: input.year,
          weights: stored as unknown as Prisma.InputJsonValue,
          createdById: user.id,
          createdBy: user.name,
          capacities: { create: [...capacities].map(([kind, count]) => ({ kind, count })) },
        },
      });
      await tx.annualPlanItem.createMany({ data: rows });
      await recordStatusChange(tx, {
        entityType: ANNUAL_PLAN_ENTITY,
        entityId: plan.id,
        step: 'draft',
        from: null,
        to: plan.status,
        actor: user,
        note: `${rows.length} kandidaten, ${rows.filter((r) => r.planned).length} gepland`,
        at: this.ctx.now(),
      });
      return plan;
    });
  }

  private async loadPlan(planId: string): Promise<AnnualPlan> {
    const plan = await this.planById.load(planId);
    if (!plan) throw notFound(PLAN, planId);
    return plan;
  }

  private async capacityMap(planId: string): Promise<Map<AuditKind, number>> {
    return new Map((await this.capacitiesOf.load(planId)).map((c) => [c.kind, c.count]));
  }

  /** The plan's draft state is checked again inside the write, so a concurrent adoption cannot be overtaken. */
  private async assertStillDraft(tx: Prisma.TransactionClient, plan: AnnualPlan, step: string) {
    const { count } = await tx.annualPlan.updateMany({ where: { id: plan.id, status: AnnualPlanStatus.DRAFT }, data: { updatedAt: this.ctx.now() } });
    if (count === 0) {
      throw domainError(ErrorCode.InvalidStateTransition, 'De jaarplanning is intussen vastgesteld', 'The annual plan has been adopted meanwhile', {
        currentState: AnnualPlanStatus.ADOPTED,
        step,
      });
    }
  }

  private forget(planId: string) {
    this.planById.clear(planId);
    this.itemsOf.clear(planId);
    this.historyOf.clear(planId);
    this.itemById.clearAll();
  }

  /** Scores again with today's data and the weights valid on 1 January; choices made by hand stay. */
  async rescore(planId: string): Promise<AnnualPlan> {
    const user = this.user;
    const plan = await this.loadPlan(planId);
    checkExpectedVersion(this.ctx, plan, PLAN);
    checkStep(annualPlanWorkflow, 'rescore', plan.status, user);
    const capacities = await this.capacityMap(planId);
    const manual = (await this.itemsOf.load(planId)).filter(isManual);
    const { settings, stored } = await this.weightsSnapshot(plan.year);
    const scored = await this.score(plan.year, capacities, weightsOf(settings), manual);
    const rows = this.itemRows(planId, scored, capacities, new Map(manual.map((item) => [subjectKey(item), item])));
    await this.ctx.prisma.$transaction(async (tx) => {
      await this.assertStillDraft(tx, plan, 'rescore');
      await tx.annualPlan.update({ where: { id: planId }, data: { weights: stored as unknown as Prisma.InputJsonValue } });
      // A draft's items are a computed list (no audit points at them yet): replaced as a whole, ids kept for hand choices.
      await tx.annualPlanItem.deleteMany({ where: { planId } });
      await tx.annualPlanItem.createMany({ data: rows });
      await recordStatusChange(tx, {
        entityType: ANNUAL_PLAN_ENTITY,
        entityId: planId,
        step: 'rescore',
        from: plan.status,
        to: plan.status,
        actor: user,
        note: `${rows.length} kandidaten, ${rows.filter((r) => r.planned).length} gepland, ${manual.length} keuze(s) met de hand behouden`,
        at: this.ctx.now(),
      });
    });
    this.forget(planId);
    return this.loadPlan(planId);
  }

  /**
   * Plans or drops a candidate by hand. The capacity stays: a candidate planned by hand takes the place of the lowest
   * ranked automatic one, a dropped one frees a place for the next in rank. Going against the ranking (planning one
   * beyond the capacity's ranks, dropping one within them) needs a reason.
   */
  async setPlanned(input: SetAnnualPlanItemPlannedInput): Promise<AnnualPlanItem> {
    const user = this.user;
    if (!UUID.test(input.itemId)) throw notFound(ITEM, input.itemId);
    const item = await this.itemById.load(input.itemId);
    if (!item) throw notFound(ITEM, input.itemId);
    const plan = await this.loadPlan(item.planId);
    checkStep(annualPlanWorkflow, 'choose', plan.status, user);
    const quarter = input.quarter ?? null;
    if (quarter !== null && (!input.planned || !Number.isInteger(quarter) || quarter < 1 || quarter > 4)) {
      throw badUserInput(
        input.planned ? 'Een kwartaal is 1 tot 4' : 'Een geschrapte kandidaat krijgt geen kwartaal',
        input.planned ? 'A quarter is 1 to 4' : 'A dropped candidate gets no quarter',
        { field: 'quarter' },
      );
    }
    const capacities = await this.capacityMap(plan.id);
    const capacity = capacities.get(item.kind) ?? 0;
    const againstRanking = input.planned ? item.rank > capacity : item.rank <= capacity;
    const given = (input.reason ?? '').trim();
    if (given.length > 1000 || (given.length > 0 && given.length < 10) || (againstRanking && given.length === 0)) {
      throw badUserInput(
        againstRanking && given.length === 0
          ? `Motiveer waarom je tegen de rangschikking ingaat (rang ${item.rank}, capaciteit ${capacity})`
          : 'Motivering: 10 tot 1000 tekens',
        againstRanking && given.length === 0
          ? `Give a reason for going against the ranking (rank ${item.rank}, capacity ${capacity})`
          : 'Reason: 10 to 1000 characters',
        { field: 'reason' },
      );
    }
    const reason = given || 'Met de hand bevestigd, volgens de rangschikking';
    const items = (await this.itemsOf.load(plan.id)).filter((i) => i.kind === item.kind);
    const chosen = choosePlanned(
      items.map((i) => ({
        ...i,
        manual: i.id === item.id ? { planned: input.planned, quarter } : isManual(i) ? { planned: i.planned, quarter: i.quarter } : null,
      })),
      capacity,
    );
    const changed = chosen.filter((next) => {
      const before = items.find((i) => i.id === next.id)!;
      return next.id === item.id || before.planned !== next.planned || before.quarter !== next.quarter;
    });
    await this.ctx.prisma.$transaction(async (tx) => {
      await this.assertStillDraft(tx, plan, 'choose');
      for (const next of changed) {
        await tx.annualPlanItem.update({
          where: { id: next.id },
          data: { planned: next.planned, quarter: next.quarter, ...(next.id === item.id ? { manualReason: reason } : {}) },
        });
      }
      const placed = chosen.find((c) => c.id === item.id)!;
      await recordStatusChange(tx, {
        entityType: ANNUAL_PLAN_ENTITY,
        entityId: plan.id,
        step: 'choose',
        from: plan.status,
        to: plan.status,
        actor: user,
        note: `${kindTitles[item.kind]}, rang ${item.rank}: ${placed.planned ? `gepland in kwartaal ${placed.quarter}` : 'geschrapt'} — ${reason}`,
        at: this.ctx.now(),
      });
    });
    this.forget(plan.id);
    return (await this.itemById.load(item.id))!;
  }

  /**
   * Adopts the plan: one PLANNED audit per planned item, on the 15th of its quarter's middle month, without auditors
   * yet (they are assigned before the preparation). Adopting twice is refused by the state, and an item links to at
   * most one audit (unique planItemId), so audits are never created twice.
   */
  async adopt(planId: string): Promise<AnnualPlan> {
    const user = this.user;
    const plan = await this.loadPlan(planId);
    checkExpectedVersion(this.ctx, plan, PLAN);
    const { from, to } = checkStep(annualPlanWorkflow, 'adopt', plan.status, user);
    const planned = (await this.itemsOf.load(planId)).filter((item) => item.planned);
    const now = this.ctx.now();
    const today = startOfDay(now);
    const audits = planned.map((item, index) => ({
      id: randomUUID(),
      kind: item.kind,
      title: `${kindTitles[item.kind]} — ${subjectTitles[item.subjectType]} (jaarplanning ${plan.year})`,
      subjectType: item.subjectType,
      subjectId: item.subjectId,
      trainingCentreId: item.trainingCentreId,
      partnershipId: item.partnershipId,
      status: AuditStatus.PLANNED,
      // choosePlanned gives every planned item a quarter; the fallback only guards rows written before it did.
      scheduledOn: scheduledOnOf(plan.year, item.quarter ?? Math.min(4, index + 1)),
      planItemId: item.id,
      createdBy: user.id,
    }));
    await this.ctx.prisma.$transaction(async (tx) => {
      // Guarded by the state and version read: an adoption or rescoring in between makes this write nothing (CONFLICT).
      const adopted = await tx.annualPlan.updateMany({
        where: { id: planId, status: AnnualPlanStatus.DRAFT, version: plan.version },
        data: { status: to, adoptedOn: today },
      });
      assertChanged(adopted, PLAN);
      await tx.audit.createMany({ data: audits });
      await tx.statusChange.createMany({
        data: audits.map((audit) => ({
          entityType: 'Audit',
          entityId: audit.id,
          step: 'plan',
          fromStatus: null,
          toStatus: AuditStatus.PLANNED,
          actorId: user.id,
          actorName: user.name,
          note: `Jaarplanning ${plan.year}`,
          at: now,
        })),
      });
      await recordStatusChange(tx, {
        entityType: ANNUAL_PLAN_ENTITY,
        entityId: planId,
        step: 'adopt',
        from,
        to,
        actor: user,
        note: `${audits.length} doorlichting(en) gepland`,
        at: now,
      });
    });
    this.forget(planId);
    return this.loadPlan(planId);
  }
}

/** The request's AnnualPlanService (its DataLoaders cache for this request only). */
export function annualPlanServiceOf(ctx: InspectionContext): AnnualPlanService {
  return ctx.scoped(AnnualPlanService, () => new AnnualPlanService(ctx));
}
