import { badUserInput, checkStep, domainError, ErrorCode, forbidden, historyLoader, historyOrder, loaderByGroup, loaderById, notFound, paginate, recordStatusChange, requireUser, Role, type PageInput, type User, checkExpectedVersion, unlessChangedMeanwhile } from '@werkplek/subgraph-kit';
import type { TrainingContext } from '../context.js';
import type { Prisma, QualitativeAnnualPlan } from '../generated/prisma/client.js';
import { RealisationStatus } from '../generated/prisma/enums.js';
import { assertActsForCentre, canReadCentre } from '../shared/access.js';
import { qualitativePlanSections } from './template-sections.js';
import { qualitativePlanWorkflow, type QualitativePlanStep } from './qualitative-plan.workflow.js';
import type {
  DraftQualitativePlanInput,
  QualitativePlanAssessmentInput,
  QualitativePlanFilter,
  QualitativePlanItemInput,
  QualitativePlanSort,
} from './qualitative-plan.types.js';
import { orderByOf } from '../shared/sort.js';

/** Every sortable column of the qualitative plans table, over the whole list. */
export const qualitativePlanOrderBy = (sort: QualitativePlanSort): Prisma.QualitativeAnnualPlanOrderByWithRelationInput[] =>
  orderByOf(sort, {
    YEAR: (direction) => [{ year: direction }],
    CENTRE: (direction) => [{ centre: { name: direction } }],
    STATUS: (direction) => [{ status: direction }],
  });

const PLAN = { nl: 'Kwalitatief jaarplan', en: 'Qualitative annual plan' };
const ITEM = { nl: 'Jaarplanitem', en: 'Qualitative plan item' };
export const QUALITATIVE_PLAN_ENTITY = 'QualitativeAnnualPlan';
const NO_ID = '00000000-0000-0000-0000-000000000000';
/** Budget impact in euro: at most 10 digits before the decimal point (Decimal(12, 2)). */
const MAX_BUDGET_IMPACT = 9_999_999_999.99;

function text(value: string | null | undefined, field: string, min: number, max: number): string {
  const trimmed = (value ?? '').trim();
  if (trimmed.length < min || trimmed.length > max) {
    throw badUserInput(`${field}: ${min} tot ${max} tekens`, `${field}: ${min} to ${max} characters`, { field });
  }
  return trimmed;
}

/** The qualitative annual plan (§2.12 B, §6.6): template, submission, assessment vs the JOP goals, ronde van Vlaanderen. */
export class QualitativePlanService {
  readonly byId;
  readonly itemById;
  readonly itemsOf;
  readonly historyOf;

  constructor(private readonly ctx: TrainingContext) {
    const prisma = ctx.prisma;
    this.byId = loaderById((ids) => prisma.qualitativeAnnualPlan.findMany({ where: { id: { in: [...ids] } } }));
    this.itemById = loaderById((ids) => prisma.qualitativePlanItem.findMany({ where: { id: { in: [...ids] } } }));
    this.itemsOf = loaderByGroup(
      (ids) => prisma.qualitativePlanItem.findMany({ where: { planId: { in: [...ids] } }, orderBy: [{ section: 'asc' }, { id: 'asc' }] }),
      (row) => row.planId,
    );
    this.historyOf = historyLoader((query) => prisma.statusChange.findMany(query), QUALITATIVE_PLAN_ENTITY);
  }

  private get user(): User {
    return requireUser(this.ctx);
  }

  async get(id: string): Promise<QualitativeAnnualPlan> {
    const plan = await this.byId.load(id);
    if (!plan || !canReadCentre(this.user, plan.centreId)) throw notFound(PLAN, id);
    return plan;
  }

  /** For federation references: null when the caller may not read it. */
  async reference(id: string): Promise<QualitativeAnnualPlan | null> {
    const plan = await this.byId.load(id);
    return plan && this.ctx.user && canReadCentre(this.ctx.user, plan.centreId) ? plan : null;
  }

  list(filter: QualitativePlanFilter | undefined, sort: QualitativePlanSort, page: PageInput | undefined) {
    const user = this.user;
    const and: Prisma.QualitativeAnnualPlanWhereInput[] = [];
    if (user.role === Role.CentreUser) and.push({ centreId: user.centreId ?? NO_ID });
    if (filter?.centreId) and.push({ centreId: filter.centreId });
    if (filter?.year) and.push({ year: filter.year });
    if (filter?.status) and.push({ status: filter.status });
    const where: Prisma.QualitativeAnnualPlanWhereInput = { AND: and };
    return paginate(
      page,
      (args) => this.ctx.prisma.qualitativeAnnualPlan.findMany({ where, orderBy: qualitativePlanOrderBy(sort), ...args }),
      () => this.ctx.prisma.qualitativeAnnualPlan.count({ where }),
    );
  }

  async draft(input: DraftQualitativePlanInput): Promise<QualitativeAnnualPlan> {
    const user = this.user;
    if (user.role !== Role.CentreUser || !user.centreId) {
      throw forbidden('Alleen een opleidingscentrum stelt zijn jaarplan op', 'Only a training centre drafts its annual plan');
    }
    const centreId = user.centreId;
    const existing = await this.ctx.prisma.qualitativeAnnualPlan.findUnique({ where: { centreId_year: { centreId, year: input.year } } });
    if (existing) {
      throw domainError(
        ErrorCode.Conflict,
        `Je centrum heeft al een kwalitatief jaarplan voor ${input.year}`,
        `Your centre already has a qualitative annual plan for ${input.year}`,
        { planId: existing.id },
      );
    }
    return this.ctx.prisma.$transaction(async (tx) => {
      const plan = await tx.qualitativeAnnualPlan.create({
        data: { centreId, year: input.year, items: { create: input.items.map((item) => ({ section: item.section, text: item.text.trim() })) } },
      });
      await recordStatusChange(tx, {
        entityType: QUALITATIVE_PLAN_ENTITY,
        entityId: plan.id,
        step: 'draft',
        from: null,
        to: plan.status,
        actor: user,
        note: `${input.items.length} item(s)`,
        at: this.ctx.now(),
      });
      return plan;
    });
  }

  /** Role, ownership and state; the checks outside, the writes and the history inside one transaction. */
  private async step(
    id: string,
    step: QualitativePlanStep,
    prepare: (
      plan: QualitativeAnnualPlan,
    ) => Promise<(tx: Prisma.TransactionClient) => Promise<{ data?: Prisma.QualitativeAnnualPlanUpdateInput; keepStatus?: boolean; note: string | null }>>,
  ): Promise<QualitativeAnnualPlan> {
    const user = this.user;
    const plan = await this.byId.load(id);
    if (!plan || !canReadCentre(user, plan.centreId)) throw notFound(PLAN, id);
    assertActsForCentre(user, plan.centreId);
    checkExpectedVersion(this.ctx, plan, PLAN);
    const checked = checkStep(qualitativePlanWorkflow, step, plan.status, user);
    const write = await prepare(plan);
    const updated = await this.ctx.prisma.$transaction(async (tx) => {
      const { data, keepStatus, note } = await write(tx);
      const to = keepStatus ? plan.status : checked.to;
      const row = await unlessChangedMeanwhile(PLAN, () =>
        tx.qualitativeAnnualPlan.update({ where: { id, status: plan.status, version: plan.version }, data: { ...data, status: to } }),
      );
      await recordStatusChange(tx, { entityType: QUALITATIVE_PLAN_ENTITY, entityId: id, step, from: plan.status, to, actor: user, note, at: this.ctx.now() });
      return row;
    });
    this.byId.clear(id).prime(id, updated);
    this.itemsOf.clear(id);
    this.historyOf.clear(id);
    return updated;
  }

  addItem(planId: string, input: QualitativePlanItemInput) {
    return this.step(planId, 'addItem', async () => async (tx) => {
      await tx.qualitativePlanItem.create({ data: { planId, section: input.section, text: input.text.trim() } });
      return { note: `Item onder ${input.section}` };
    });
  }

  /** Every required section of the template (doelgroepen, taal- en leercoaching, kwaliteitszorg) has an item. */
  submit(id: string) {
    return this.step(id, 'submit', async (plan) => {
      const items = await this.ctx.prisma.qualitativePlanItem.findMany({ where: { planId: plan.id }, select: { section: true } });
      const missing = qualitativePlanSections.filter((s) => s.required && !items.some((item) => item.section === s.code));
      if (missing.length > 0) {
        throw badUserInput(
          `Rubriek(en) van het sjabloon zonder item: ${missing.map((s) => s.name).join(', ')}`,
          `Template section(s) without an item: ${missing.map((s) => s.english).join(', ')}`,
          { field: 'items', sections: missing.map((s) => s.code) },
        );
      }
      const now = this.ctx.now();
      return async () => ({ data: { submittedAt: now }, note: null });
    });
  }

  /** Regie ondernemersvorming checks how the plan answers the JOP policy goals (§2.12 B). */
  assess(id: string, input: QualitativePlanAssessmentInput) {
    const assessment = text(input.assessment, 'assessment', 10, 8000);
    return this.step(id, 'assess', async (plan) => {
      const itemIds = (input.items ?? []).map((item) => item.itemId);
      const own = await this.ctx.prisma.qualitativePlanItem.findMany({ where: { id: { in: itemIds }, planId: plan.id }, select: { id: true } });
      const foreign = itemIds.filter((itemId) => !own.some((item) => item.id === itemId));
      if (foreign.length > 0) {
        throw badUserInput(`Items ${foreign.join(', ')} horen niet bij dit jaarplan`, `Items ${foreign.join(', ')} are not of this plan`, { field: 'items' });
      }
      const now = this.ctx.now();
      return async (tx) => {
        for (const item of input.items ?? []) {
          await tx.qualitativePlanItem.update({ where: { id: item.itemId }, data: { assessment: item.assessment.trim() } });
        }
        return { data: { assessment, assessedAt: now }, note: 'Beoordeeld tegenover de JOP-doelstellingen' };
      };
    });
  }

  /**
   * The "ronde van Vlaanderen": realisation per item, with the reason when not (fully) realised and the budget impact.
   * The plan becomes REVIEWED when every item has a realisation.
   */
  async recordRealisation(itemId: string, status: RealisationStatus, note: string | null | undefined, budgetImpact: number | null | undefined) {
    const item = await this.itemById.load(itemId);
    if (!item) throw notFound(ITEM, itemId);
    const explanation = note?.trim() || null;
    if (status !== RealisationStatus.REALISED && (!explanation || explanation.length < 10)) {
      throw badUserInput(
        'Geef de reden van (gedeeltelijke) niet-realisatie (minstens 10 tekens)',
        'Give the reason for (partial) non-realisation (at least 10 characters)',
        { field: 'note' },
      );
    }
    if (explanation && explanation.length > 4000) throw badUserInput('toelichting: hoogstens 4000 tekens', 'note: at most 4000 characters', { field: 'note' });
    if (budgetImpact !== null && budgetImpact !== undefined && (!Number.isFinite(budgetImpact) || Math.abs(budgetImpact) > MAX_BUDGET_IMPACT)) {
      throw badUserInput('Ongeldige budgettaire weerslag', 'Invalid budget impact', { field: 'budgetImpact' });
    }
    const amount = budgetImpact === null || budgetImpact === undefined ? null : Math.round(budgetImpact * 100) / 100;
    await this.step(item.planId, 'recordRealisation', async (plan) => async (tx) => {
      await tx.qualitativePlanItem.update({ where: { id: itemId }, data: { realisation: status, realisationNote: explanation, budgetImpact: amount } });
      const open = await tx.qualitativePlanItem.count({ where: { planId: plan.id, realisation: null } });
      const euro = amount === null ? '' : `; budgettaire weerslag € ${amount.toFixed(2)}`;
      return { keepStatus: open > 0, note: `${item.section}: ${status}${euro}` };
    });
    this.itemById.clear(itemId);
    return (await this.itemById.load(itemId))!;
  }
}

/** The request's QualitativePlanService (its DataLoaders cache for this request only). */
export function qualitativePlanServiceOf(ctx: TrainingContext): QualitativePlanService {
  return ctx.scoped(QualitativePlanService, () => new QualitativePlanService(ctx));
}
