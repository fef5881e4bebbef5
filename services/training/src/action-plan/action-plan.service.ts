import { badUserInput, checkStep, domainError, ErrorCode, forbidden, historyLoader, historyOrder, loaderByGroup, loaderById, notFound, paginate, recordStatusChange, requireUser, Role, type PageInput, type User, checkExpectedVersion, unlessChangedMeanwhile } from '@werkplek/subgraph-kit';
import type { TrainingContext } from '../context.js';
import type { ActionPlanRound, AnnualActionPlan, Prisma, TrainingDossier } from '../generated/prisma/client.js';
import {
  ActionPlanStatus,
  DossierAdvice,
  DossierKind,
  RoundStatus,
  TrackMark,
  TrackType,
} from '../generated/prisma/enums.js';
import { assertActsForCentre, canReadCentre } from '../shared/access.js';
import { evaluateMarks } from '../criteria/mark-evaluation.js';
import { markLabels, marksForKind, marksOfAdvice } from './advice-rules.js';
import { actionPlanWorkflow, roundWorkflow, type ActionPlanStep } from './action-plan.workflow.js';
import type { ActionPlanFilter, ActionPlanSort, OpenActionPlanRoundInput, TrainingDossierInput } from './action-plan.types.js';
import { nullsLast, orderByOf } from '../shared/sort.js';

/** Every sortable column of the action plans table, over the whole list; a round sorts by its deadline. */
export const actionPlanOrderBy = (sort: ActionPlanSort): Prisma.AnnualActionPlanOrderByWithRelationInput[] =>
  orderByOf(sort, {
    CREATED_AT: (direction) => [{ createdAt: direction }],
    CENTRE: (direction) => [{ centre: { name: direction } }],
    ROUND: (direction) => [{ round: { deadline: direction } }],
    STATUS: (direction) => [{ status: direction }],
    SUBMITTED_AT: (direction) => [{ submittedAt: nullsLast(direction) }],
  });

const PLAN = { nl: 'Jaaractieplan', en: 'Annual action plan' };
const ROUND = { nl: 'Jaaractieplanronde', en: 'Action plan round' };
const DOSSIER = { nl: 'Opleidingsdossier', en: 'Training dossier' };
const CASE = { nl: 'Argumentatie', en: 'Criterion case' };
export const PLAN_ENTITY = 'AnnualActionPlan';
export const ROUND_ENTITY = 'ActionPlanRound';
/** §2.12 A step 4: the Raad van bestuur fixes the programmes in December. */
export const BOARD_DECISION_MONTH = 12;
const NO_ID = '00000000-0000-0000-0000-000000000000';

/** dd/mm/yyyy hh:mm in UTC, for messages. */
export function dutchDateTime(date: Date): string {
  const iso = date.toISOString();
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)} ${iso.slice(11, 16)} UTC`;
}

function text(value: string | null | undefined, field: string, min: number, max: number): string {
  const trimmed = (value ?? '').trim();
  if (trimmed.length < min || trimmed.length > max) {
    throw badUserInput(`${field}: ${min} tot ${max} tekens`, `${field}: ${min} to ${max} characters`, { field });
  }
  return trimmed;
}

/** The annual action plan cycle (§2.12 A, §6.5): rounds, plans, dossiers, the quality steering and the board decision. */
export class ActionPlanService {
  readonly roundById;
  readonly planById;
  readonly dossierById;
  readonly caseById;
  readonly dossiersOf;
  readonly casesOf;
  readonly criterionById;
  readonly historyOf;

  constructor(private readonly ctx: TrainingContext) {
    const prisma = ctx.prisma;
    this.roundById = loaderById((ids) => prisma.actionPlanRound.findMany({ where: { id: { in: [...ids] } } }));
    this.planById = loaderById((ids) => prisma.annualActionPlan.findMany({ where: { id: { in: [...ids] } } }));
    this.dossierById = loaderById((ids) => prisma.trainingDossier.findMany({ where: { id: { in: [...ids] } } }));
    this.caseById = loaderById((ids) => prisma.dossierCriterionCase.findMany({ where: { id: { in: [...ids] } } }));
    this.criterionById = loaderById((ids) => prisma.criterion.findMany({ where: { id: { in: [...ids] } } }));
    this.dossiersOf = loaderByGroup(
      (ids) => prisma.trainingDossier.findMany({ where: { planId: { in: [...ids] } }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] }),
      (row) => row.planId,
    );
    this.casesOf = loaderByGroup(
      (ids) =>
        prisma.dossierCriterionCase.findMany({
          where: { dossierId: { in: [...ids] } },
          orderBy: [{ criterion: { mark: 'asc' } }, { criterion: { position: 'asc' } }, { id: 'asc' }],
        }),
      (row) => row.dossierId,
    );
    this.historyOf = historyLoader((query) => prisma.statusChange.findMany(query));
  }

  private get user(): User {
    return requireUser(this.ctx);
  }

  // ───────────── rounds ─────────────

  async openRound(input: OpenActionPlanRoundInput): Promise<ActionPlanRound> {
    const user = this.user;
    const version = await this.ctx.prisma.criteriaVersion.findUnique({ where: { id: input.criteriaVersionId } });
    if (!version) {
      throw badUserInput(
        `Criteriaversie ${input.criteriaVersionId} bestaat niet`,
        `Criteria version ${input.criteriaVersionId} does not exist`,
        { field: 'criteriaVersionId' },
      );
    }
    if (input.deadline.getUTCFullYear() !== input.year) {
      throw badUserInput('De uiterste datum valt niet in het jaar van de ronde', "The deadline is not in the round's year", { field: 'deadline' });
    }
    const deadlineDay = new Date(Date.UTC(input.year, input.deadline.getUTCMonth(), input.deadline.getUTCDate()));
    if (deadlineDay < version.validFrom || (version.validUntil && deadlineDay > version.validUntil)) {
      throw badUserInput(
        `Criteriaversie ${version.code} is niet van kracht op de uiterste datum`,
        `Criteria version ${version.code} is not in force on the deadline`,
        { field: 'criteriaVersionId' },
      );
    }
    const existing = await this.ctx.prisma.actionPlanRound.findUnique({ where: { year_season: { year: input.year, season: input.season } } });
    if (existing) {
      throw domainError(
        ErrorCode.Conflict,
        `De ronde ${input.season} ${input.year} bestaat al`,
        `The ${input.season} ${input.year} round already exists`,
      );
    }
    return this.ctx.prisma.$transaction(async (tx) => {
      const round = await tx.actionPlanRound.create({
        data: { year: input.year, season: input.season, deadline: input.deadline, criteriaVersionId: version.id },
      });
      await recordStatusChange(tx, {
        entityType: ROUND_ENTITY,
        entityId: round.id,
        step: 'open',
        from: null,
        to: round.status,
        actor: user,
        note: `Indienen tot ${dutchDateTime(round.deadline)}; criteria ${version.code}`,
        at: this.ctx.now(),
      });
      return round;
    });
  }

  listRounds(year: number | undefined) {
    return this.ctx.prisma.actionPlanRound.findMany({
      where: year ? { year } : {},
      orderBy: [{ year: 'desc' }, { season: 'desc' }, { id: 'asc' }],
    });
  }

  async round(id: string): Promise<ActionPlanRound> {
    const round = await this.roundById.load(id);
    if (!round) throw notFound(ROUND, id);
    return round;
  }

  /** For federation references: agency staff, centre users and inspectors read rounds; others get null. */
  async roundReference(id: string): Promise<ActionPlanRound | null> {
    const role = this.ctx.user?.role;
    if (role !== Role.AgencyStaff && role !== Role.CentreUser && role !== Role.Inspector) return null;
    return this.roundById.load(id);
  }

  // ───────────── plans: reading ─────────────

  private canReadPlan(user: User, plan: AnnualActionPlan): boolean {
    return canReadCentre(user, plan.centreId);
  }

  async plan(id: string): Promise<AnnualActionPlan> {
    const plan = await this.planById.load(id);
    if (!plan || !this.canReadPlan(this.user, plan)) throw notFound(PLAN, id);
    return plan;
  }

  /** For federation references: null when the caller may not read it. */
  async planReference(id: string): Promise<AnnualActionPlan | null> {
    const plan = await this.planById.load(id);
    return plan && this.ctx.user && this.canReadPlan(this.ctx.user, plan) ? plan : null;
  }

  list(filter: ActionPlanFilter | undefined, sort: ActionPlanSort, page: PageInput | undefined) {
    const user = this.user;
    const and: Prisma.AnnualActionPlanWhereInput[] = [];
    if (user.role === Role.CentreUser) and.push({ centreId: user.centreId ?? NO_ID });
    if (filter?.roundId) and.push({ roundId: filter.roundId });
    if (filter?.centreId) and.push({ centreId: filter.centreId });
    if (filter?.status) and.push({ status: filter.status });
    if (filter?.statuses?.length) and.push({ status: { in: filter.statuses } });
    const where: Prisma.AnnualActionPlanWhereInput = { AND: and };
    return paginate(
      page,
      (args) => this.ctx.prisma.annualActionPlan.findMany({ where, orderBy: actionPlanOrderBy(sort), ...args }),
      () => this.ctx.prisma.annualActionPlan.count({ where }),
    );
  }

  async criterionOf(criterionId: string) {
    return (await this.criterionById.load(criterionId))!;
  }

  // ───────────── plans: the centre's work ─────────────

  async draft(roundId: string): Promise<AnnualActionPlan> {
    const user = this.user;
    if (user.role !== Role.CentreUser || !user.centreId) {
      throw forbidden('Alleen een opleidingscentrum stelt zijn jaaractieplan op', 'Only a training centre drafts its action plan');
    }
    const round = await this.roundById.load(roundId);
    if (!round) throw notFound(ROUND, roundId);
    if (round.status !== RoundStatus.OPEN) {
      throw domainError(
        ErrorCode.InvalidStateTransition,
        'De ronde is niet meer open',
        'The round is no longer open',
        { currentState: round.status },
      );
    }
    const existing = await this.ctx.prisma.annualActionPlan.findUnique({ where: { centreId_roundId: { centreId: user.centreId, roundId } } });
    if (existing) {
      throw domainError(
        ErrorCode.Conflict,
        'Je centrum heeft al een jaaractieplan voor deze ronde',
        'Your centre already has an action plan for this round',
        { planId: existing.id },
      );
    }
    const centreId = user.centreId;
    return this.ctx.prisma.$transaction(async (tx) => {
      const plan = await tx.annualActionPlan.create({ data: { centreId, roundId } });
      await recordStatusChange(tx, { entityType: PLAN_ENTITY, entityId: plan.id, step: 'draft', from: null, to: plan.status, actor: user, at: this.ctx.now() });
      return plan;
    });
  }

  /** Role, ownership and state; then the change of the plan (and its children) with its history in one transaction. */
  private async step(
    planId: string,
    step: ActionPlanStep,
    /** Checks and reads outside the transaction (one connection on PGlite); returns the writes to make inside it. */
    prepare: (
      plan: AnnualActionPlan,
      round: ActionPlanRound,
    ) => Promise<(tx: Prisma.TransactionClient) => Promise<{ data?: Prisma.AnnualActionPlanUpdateInput; to?: ActionPlanStatus; note: string | null }>>,
  ): Promise<AnnualActionPlan> {
    const user = this.user;
    const plan = await this.planById.load(planId);
    if (!plan || !this.canReadPlan(user, plan)) throw notFound(PLAN, planId);
    assertActsForCentre(user, plan.centreId);
    checkExpectedVersion(this.ctx, plan, PLAN);
    const checked = checkStep(actionPlanWorkflow, step, plan.status, user);
    const round = (await this.roundById.load(plan.roundId))!;
    if (round.status === RoundStatus.DECIDED) {
      throw domainError(
        ErrorCode.InvalidStateTransition,
        'De Raad van bestuur heeft over deze ronde al beslist',
        'The board has already decided on this round',
        { currentState: round.status, step },
      );
    }
    const write = await prepare(plan, round);
    const result = await this.ctx.prisma.$transaction(async (tx) => {
      const { data, to: override, note } = await write(tx);
      const to = override ?? (checked.to === ActionPlanStatus.DRAFT ? plan.status : checked.to);
      // Guarded by the state and version read: a concurrent change in between makes this update find no row (CONFLICT).
      const updated = await unlessChangedMeanwhile(PLAN, () =>
        tx.annualActionPlan.update({ where: { id: planId, status: plan.status, version: plan.version }, data: { ...data, status: to } }),
      );
      await recordStatusChange(tx, { entityType: PLAN_ENTITY, entityId: planId, step, from: plan.status, to, actor: user, note, at: this.ctx.now() });
      return updated;
    });
    this.planById.clear(planId).prime(planId, result);
    this.historyOf.clear(planId);
    this.dossiersOf.clear(planId);
    return result;
  }

  /** Validates a dossier against the round's criteria version (§2.3) and the centre's tracks. */
  private async validateDossier(input: TrainingDossierInput, plan: AnnualActionPlan, round: ActionPlanRound) {
    const requested = [...new Set(input.requestedMarks)];
    const allowed = marksForKind[input.kind];
    const wrong = requested.filter((mark) => !allowed.includes(mark));
    if (wrong.length > 0) {
      throw badUserInput(
        `Een ${input.kind === DossierKind.NEW_TRACK ? 'nieuw traject' : 'innovatieve herwerking'} kan ${wrong.map((m) => markLabels[m]).join(', ')} niet aanvragen`,
        `A ${input.kind} dossier cannot request ${wrong.join(', ')}`,
        { field: 'requestedMarks' },
      );
    }
    const sector = await this.ctx.prisma.sector.findUnique({ where: { id: input.sectorId } });
    if (!sector) throw badUserInput(`Sector ${input.sectorId} bestaat niet`, `Sector ${input.sectorId} does not exist`, { field: 'sectorId' });
    let trackId: string | null = null;
    if (input.kind === DossierKind.INNOVATIVE_REWORK) {
      if (!input.trackId) {
        throw badUserInput('Een herwerking noemt het bestaande traject', 'A rework names the existing track', { field: 'trackId' });
      }
      const track = await this.ctx.prisma.track.findUnique({ where: { id: input.trackId } });
      if (!track || track.centreId !== plan.centreId) {
        throw badUserInput('Het traject hoort niet bij je centrum', 'The track does not belong to your centre', { field: 'trackId' });
      }
      if (!track.completedFullRun) {
        throw badUserInput(
          `Traject ${track.name} heeft nog geen volledige doorlooptijd gekend: een innovatieve herwerking kan nog niet (§2.3)`,
          `Track ${track.name} has not completed a full run: it cannot be reworked yet (§2.3)`,
          { field: 'trackId' },
        );
      }
      trackId = track.id;
    } else if (input.trackId) {
      throw badUserInput('Een nieuw traject noemt geen bestaand traject', 'A new track names no existing track', { field: 'trackId' });
    }
    const criterionIds = input.cases.map((c) => c.criterionId);
    if (new Set(criterionIds).size !== criterionIds.length) {
      throw badUserInput('Elk criterium hoogstens één keer', 'Each criterion at most once', { field: 'cases' });
    }
    const criteria = await this.ctx.prisma.criterion.findMany({ where: { id: { in: criterionIds } } });
    for (const id of criterionIds) {
      const criterion = criteria.find((c) => c.id === id);
      if (!criterion || criterion.versionId !== round.criteriaVersionId) {
        throw badUserInput(
          `Criterium ${id} hoort niet bij de criteriaversie van deze ronde`,
          `Criterion ${id} is not of this round's criteria version`,
          { field: 'cases' },
        );
      }
      if (!requested.includes(criterion.mark)) {
        throw badUserInput(
          `Criterium ${criterion.code} hoort bij het kenmerk ${markLabels[criterion.mark]}, dat niet aangevraagd is`,
          `Criterion ${criterion.code} belongs to ${criterion.mark}, which is not requested`,
          { field: 'cases' },
        );
      }
    }
    return {
      data: {
        kind: input.kind,
        trackId,
        title: input.title.trim(),
        sectorId: sector.id,
        partners: (input.partners ?? []).map((p) => p.trim()),
        requestedMarks: requested,
        components: [...new Set(input.components)],
        durationMonths: input.durationMonths,
      },
      cases: input.cases.map((c) => ({ criterionId: c.criterionId, argument: c.argument.trim() })),
    };
  }

  addDossier(planId: string, input: TrainingDossierInput) {
    return this.step(planId, 'addTrainingDossier', async (plan, round) => {
      const { data, cases } = await this.validateDossier(input, plan, round);
      return async (tx) => {
        const dossier = await tx.trainingDossier.create({ data: { ...data, planId, cases: { create: cases } } });
        return { note: `Dossier "${dossier.title}" toegevoegd` };
      };
    });
  }

  async updateDossier(dossierId: string, input: TrainingDossierInput) {
    const dossier = await this.dossierById.load(dossierId);
    if (!dossier) throw notFound(DOSSIER, dossierId);
    await this.step(dossier.planId, 'updateTrainingDossier', async (plan, round) => {
      checkExpectedVersion(this.ctx, dossier, DOSSIER);
      const { data, cases } = await this.validateDossier(input, plan, round);
      return async (tx) => {
        await unlessChangedMeanwhile(DOSSIER, () => tx.trainingDossier.update({ where: { id: dossierId, version: dossier.version }, data }));
        // A case argued earlier and no longer argued is dropped (draft content of the centre, not a record of its own).
        await tx.dossierCriterionCase.deleteMany({ where: { dossierId, criterionId: { notIn: cases.map((c) => c.criterionId) } } });
        for (const c of cases) {
          await tx.dossierCriterionCase.upsert({
            where: { dossierId_criterionId: { dossierId, criterionId: c.criterionId } },
            create: { dossierId, ...c },
            update: { argument: c.argument },
          });
        }
        return { note: `Dossier "${data.title}" gewijzigd` };
      };
    });
    this.dossierById.clear(dossierId);
    this.casesOf.clear(dossierId);
    return (await this.dossierById.load(dossierId))!;
  }

  /**
   * Before the round's deadline. A RETURNED plan may be resubmitted after it: the return is the agency's own step in
   * the quality steering that runs after the deadline (from end October), so the deadline cannot apply to it.
   */
  submit(planId: string) {
    return this.step(planId, 'submit', async (plan, round) => {
      const now = this.ctx.now();
      if (plan.status === ActionPlanStatus.DRAFT && now > round.deadline) {
        throw domainError(
          ErrorCode.BadUserInput,
          `De uiterste indieningsdatum van deze ronde was ${dutchDateTime(round.deadline)}`,
          `The submission deadline of this round was ${round.deadline.toISOString()}`,
          { deadline: round.deadline.toISOString() },
        );
      }
      const count = await this.ctx.prisma.trainingDossier.count({ where: { planId } });
      if (count === 0) {
        throw badUserInput('Voeg minstens één opleidingsdossier toe', 'Add at least one training dossier', { field: 'planId' });
      }
      return async () => ({
        data: { submittedAt: now },
        note: plan.status === ActionPlanStatus.RETURNED ? 'Opnieuw ingediend na terugsturen' : `${count} opleidingsdossier(s)`,
      });
    });
  }

  startReview(planId: string) {
    return this.step(planId, 'startReview', async () => async () => ({ note: 'Kwaliteitssturing gestart' }));
  }

  async assessCriterion(caseId: string, met: boolean, motivation: string) {
    const found = await this.caseById.load(caseId);
    if (!found) throw notFound(CASE, caseId);
    const dossier = (await this.dossierById.load(found.dossierId))!;
    const reason = text(motivation, 'motivation', 5, 4000);
    await this.step(dossier.planId, 'assessCriterion', async (plan) => {
      if (dossier.advice) {
        throw domainError(
          ErrorCode.InvalidStateTransition,
          'Het dossier is al geadviseerd',
          'The dossier has already been advised',
          { currentState: plan.status },
        );
      }
      const criterion = (await this.criterionById.load(found.criterionId))!;
      return async (tx) => {
        await tx.dossierCriterionCase.update({ where: { id: caseId }, data: { met, motivation: reason } });
        return { to: plan.status, note: `${dossier.title}: ${criterion.code} ${met ? 'voldaan' : 'niet voldaan'}` };
      };
    });
    this.caseById.clear(caseId);
    return (await this.caseById.load(caseId))!;
  }

  /** The advice must follow from the round's rules (§2.3): each mark granted must be requested and justified. */
  async adviseDossier(dossierId: string, advice: DossierAdvice, motivation: string) {
    const dossier = await this.dossierById.load(dossierId);
    if (!dossier) throw notFound(DOSSIER, dossierId);
    const reason = text(motivation, 'motivation', 5, 4000);
    await this.step(dossier.planId, 'adviseDossier', async (plan, round) => {
      checkExpectedVersion(this.ctx, dossier, DOSSIER);
      const prisma = this.ctx.prisma;
      const marks = marksOfAdvice(advice);
      const allowed = marksForKind[dossier.kind];
      if (marks.some((mark) => !allowed.includes(mark))) {
        throw badUserInput(`Dit advies past niet bij een dossier van soort ${dossier.kind}`, `This advice does not fit a ${dossier.kind} dossier`, { field: 'advice' });
      }
      const notRequested = marks.filter((mark) => !dossier.requestedMarks.includes(mark));
      if (notRequested.length > 0) {
        throw badUserInput(
          `Het centrum vroeg ${notRequested.map((m) => markLabels[m]).join(', ')} niet aan`,
          `The centre did not request ${notRequested.join(', ')}`,
          { field: 'advice' },
        );
      }
      const [criteria, rules, cases] = await Promise.all([
        prisma.criterion.findMany({ where: { versionId: round.criteriaVersionId } }),
        prisma.markRule.findMany({ where: { versionId: round.criteriaVersionId } }),
        prisma.dossierCriterionCase.findMany({ where: { dossierId } }),
      ]);
      const { evaluations } = evaluateMarks({ id: round.criteriaVersionId, rules }, criteria, cases);
      for (const mark of marks) {
        const evaluation = evaluations.find((e) => e.mark === mark) ?? { mark, justified: false, requiredMissing: [], otherMet: 0, minimumMet: 0 };
        if (!evaluation.justified) {
          throw domainError(
            ErrorCode.BadUserInput,
            `Het kenmerk ${markLabels[mark]} is niet verantwoord: ${evaluation.requiredMissing.length} verplicht(e) criterium/criteria niet voldaan, ${evaluation.otherMet} van de minstens ${evaluation.minimumMet} andere voldaan`,
            `The mark ${mark} is not justified: ${evaluation.requiredMissing.length} required criteria not met, ${evaluation.otherMet} of at least ${evaluation.minimumMet} others met`,
            { field: 'advice', rule: '§2.3', ...evaluation },
          );
        }
      }
      const now = this.ctx.now();
      const advisedBy = this.user.id;
      return async (tx) => {
        await unlessChangedMeanwhile(DOSSIER, () =>
          tx.trainingDossier.update({
            where: { id: dossierId, version: dossier.version },
            data: { advice, adviceMotivation: reason, advisedById: advisedBy, advisedAt: now },
          }),
        );
        const unadvised = await tx.trainingDossier.count({ where: { planId: plan.id, advice: null } });
        return {
          to: unadvised === 0 ? ActionPlanStatus.ADVISED : ActionPlanStatus.UNDER_REVIEW,
          note: `${dossier.title}: ${advice}`,
        };
      };
    });
    this.dossierById.clear(dossierId);
    return (await this.dossierById.load(dossierId))!;
  }

  /** Back to the centre before the board decides; the advice and assessments are cleared for the new review. */
  returnForChanges(planId: string, reason: string) {
    const note = text(reason, 'reason', 10, 4000);
    return this.step(planId, 'returnForChanges', async () => async (tx) => {
      const dossiers = await tx.trainingDossier.findMany({ where: { planId }, select: { id: true } });
      await tx.trainingDossier.updateMany({
        where: { planId },
        data: { advice: null, adviceMotivation: null, advisedById: null, advisedAt: null },
      });
      await tx.dossierCriterionCase.updateMany({ where: { dossierId: { in: dossiers.map((d) => d.id) } }, data: { met: null, motivation: null } });
      return { note };
    });
  }

  /**
   * §2.12 A step 4: the Raad van bestuur fixes the programmes in December. Every positively advised dossier becomes a
   * track (new) or updates the reworked track, with a mark grant per mark; NOT_RECOGNISED dossiers create nothing.
   */
  async recordBoardDecision(roundId: string, decidedOn: Date): Promise<ActionPlanRound> {
    const user = this.user;
    const round = await this.roundById.load(roundId);
    if (!round) throw notFound(ROUND, roundId);
    checkExpectedVersion(this.ctx, round, ROUND);
    const { from, to } = checkStep(roundWorkflow, 'recordBoardDecision', round.status, user);
    if (decidedOn.getUTCFullYear() !== round.year || decidedOn.getUTCMonth() + 1 !== BOARD_DECISION_MONTH) {
      throw badUserInput(
        `De Raad van bestuur legt de programma's vast in december ${round.year}`,
        `The board fixes the programmes in December ${round.year}`,
        { field: 'decidedOn' },
      );
    }
    const plans = await this.ctx.prisma.annualActionPlan.findMany({ where: { roundId }, include: { centre: true } });
    const pending = plans.filter((p) =>
      ([ActionPlanStatus.SUBMITTED, ActionPlanStatus.UNDER_REVIEW, ActionPlanStatus.RETURNED] as ActionPlanStatus[]).includes(p.status),
    );
    if (pending.length > 0) {
      throw domainError(
        ErrorCode.InvalidStateTransition,
        `Nog niet geadviseerd: ${pending.map((p) => p.centre.name).join(', ')}`,
        `Not yet advised: ${pending.map((p) => p.centre.name).join(', ')}`,
        { currentState: round.status },
      );
    }
    const advised = plans.filter((p) => p.status === ActionPlanStatus.ADVISED);
    const now = this.ctx.now();
    const updated = await this.ctx.prisma.$transaction(async (tx) => {
      let programmed = 0;
      for (const plan of advised) {
        const dossiers = await tx.trainingDossier.findMany({ where: { planId: plan.id }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] });
        for (const dossier of dossiers) {
          const marks = dossier.advice ? marksOfAdvice(dossier.advice) : [];
          if (marks.length === 0) continue;
          const trackId = await this.programmeTrack(tx, dossier, plan.centre.code, round);
          for (const mark of marks) {
            await tx.trackMarkGrant.create({
              data: { trackId, mark, roundId, criteriaVersionId: round.criteriaVersionId, grantedOn: decidedOn, dossierId: dossier.id },
            });
          }
          await tx.trainingDossier.update({ where: { id: dossier.id }, data: { programmed: true, trackId } });
          programmed += 1;
        }
        await tx.annualActionPlan.update({ where: { id: plan.id, status: ActionPlanStatus.ADVISED }, data: { status: ActionPlanStatus.DECIDED } });
        await recordStatusChange(tx, {
          entityType: PLAN_ENTITY,
          entityId: plan.id,
          step: 'decide',
          from: ActionPlanStatus.ADVISED,
          to: ActionPlanStatus.DECIDED,
          actor: user,
          note: `Raad van bestuur ${decidedOn.toISOString().slice(0, 10)}`,
          at: now,
        });
      }
      const result = await unlessChangedMeanwhile(ROUND, () =>
        tx.actionPlanRound.update({ where: { id: roundId, status: from, version: round.version }, data: { status: to, boardDecisionOn: decidedOn } }),
      );
      await recordStatusChange(tx, {
        entityType: ROUND_ENTITY,
        entityId: roundId,
        step: 'recordBoardDecision',
        from,
        to,
        actor: user,
        note: `${programmed} dossier(s) in het programma vastgelegd`,
        at: now,
      });
      return result;
    });
    this.roundById.clear(roundId).prime(roundId, updated);
    this.planById.clearAll();
    this.historyOf.clearAll();
    return updated;
  }

  /** A new dossier becomes a track of the centre, start-able from January after the decision (§2.12 A step 5). */
  private async programmeTrack(tx: Prisma.TransactionClient, dossier: TrainingDossier, centreCode: string, round: ActionPlanRound) {
    if (dossier.kind === DossierKind.INNOVATIVE_REWORK && dossier.trackId) {
      await tx.track.update({
        where: { id: dossier.trackId },
        data: { components: dossier.components, durationMonths: dossier.durationMonths, sectorId: dossier.sectorId },
      });
      return dossier.trackId;
    }
    const plan = (await tx.annualActionPlan.findUnique({ where: { id: dossier.planId } }))!;
    const track = await tx.track.create({
      data: {
        code: `${centreCode}-${round.year}-${round.season === 'APRIL' ? 'A' : 'N'}-${dossier.id.slice(0, 8)}`,
        name: dossier.title,
        type: TrackType.ENTREPRENEURSHIP,
        sectorId: dossier.sectorId,
        centreId: plan.centreId,
        components: dossier.components,
        durationMonths: dossier.durationMonths,
        startableFrom: new Date(Date.UTC(round.year + 1, 0, 1)),
      },
    });
    return track.id;
  }

  /** The 2019 output indicator: (non-)recognitions as innovative and/or flexible per mark in a round. */
  async roundResults(roundId: string) {
    await this.round(roundId);
    const dossiers = await this.ctx.prisma.trainingDossier.findMany({
      where: { plan: { roundId }, advice: { not: null } },
      select: { requestedMarks: true, advice: true },
    });
    const marks = Object.values(TrackMark).map((mark) => {
      const asked = dossiers.filter((d) => d.requestedMarks.includes(mark));
      const recognised = asked.filter((d) => marksOfAdvice(d.advice!).includes(mark)).length;
      return { mark, recognised, notRecognised: asked.length - recognised };
    });
    return { roundId, advisedDossiers: dossiers.length, marks };
  }
}

/** The request's ActionPlanService (its DataLoaders cache for this request only). */
export function actionPlanServiceOf(ctx: TrainingContext): ActionPlanService {
  return ctx.scoped(ActionPlanService, () => new ActionPlanService(ctx));
}
