import { badUserInput, checkStep, domainError, ErrorCode, historyLoader, loaderByGroup, loaderById, notFound, paginate, recordStatusChange, requireUser, Role, startOfDay, type PageInput, type User, checkExpectedVersion, assertChanged } from '@werkplek/subgraph-kit';
import type { InspectionContext } from '../context.js';
import type { Audit, AuditAssignment, Auditor, Prisma } from '../generated/prisma/client.js';
import { AuditKind, AuditRole, AuditStatus, InspectionTeam, RecommendationStatus, TemplateStatus } from '../generated/prisma/enums.js';
import type { AuditorAssignmentInput } from '../auditor/auditor.types.js';
import { assertMayWorkOnAudit, canReadAudit, isAssigned, readableAuditsWhere } from '../shared/access.js';
import { auditReference } from '../shared/audit-reference.js';
import { isUuid } from '../shared/input.js';
import { actOnce, createOnce } from '../shared/client-mutation.js';
import { checkAuditTeam, resolveAuditSubject, teamOfKind, teamShortfall, type TeamMember } from './audit.rules.js';
import { auditWorkflow, finishedStatuses, type AuditStep } from './audit.workflow.js';
import { AuditSort } from './audit.types.js';
import type {
  AssignAuditorsInput,
  AuditFilter,
  AuditStepInput,
  CancelAuditInput,
  CloseAuditInput,
  CompleteAuditReportInput,
  PlanAuditInput,
  PrepareAuditInput,
  ReportAuditInput,
  RescheduleAuditInput,
  StartAuditInput,
} from './audit.types.js';

export const AUDIT = { nl: 'Doorlichting', en: 'Audit' };
/** The entityType of the audit's rows in status_change. */
export const AUDIT_ENTITY = 'Audit';

export type AssignmentWithAuditor = AuditAssignment & { auditor: Auditor };

const day = (date: Date) => date.toISOString().slice(0, 10);

/** The reference sorts on its running number (unique; the year in front follows the planned day). */
const auditOrder: Record<AuditSort, Prisma.AuditOrderByWithRelationInput[]> = {
  SCHEDULED_ON_ASC: [{ scheduledOn: 'asc' }, { number: 'asc' }],
  SCHEDULED_ON_DESC: [{ scheduledOn: 'desc' }, { number: 'desc' }],
  REFERENCE_ASC: [{ number: 'asc' }],
  REFERENCE_DESC: [{ number: 'desc' }],
  STATUS_ASC: [{ status: 'asc' }, { scheduledOn: 'asc' }, { number: 'asc' }],
  STATUS_DESC: [{ status: 'desc' }, { scheduledOn: 'asc' }, { number: 'asc' }],
};

function text(value: string | null | undefined, field: string, min: number, max: number): string {
  const trimmed = (value ?? '').trim();
  if (trimmed.length < min || trimmed.length > max) {
    throw badUserInput(`${field}: ${min} tot ${max} tekens`, `${field}: ${min} to ${max} characters`, { field });
  }
  return trimmed;
}

function optionalText(value: string | null | undefined, field: string, min: number, max: number): string | null {
  return value === null || value === undefined || value.trim() === '' ? null : text(value, field, min, max);
}

/** A condition of the step that the audit does not meet yet: the same code as a wrong state, with the reason. */
function notReady(audit: Audit, precondition: string, nl: string, en: string, extensions: Record<string, unknown> = {}) {
  return domainError(ErrorCode.InvalidStateTransition, nl, en, { currentState: audit.status, precondition, ...extensions });
}

function notInFuture(date: Date, today: Date, field: string, label: string): void {
  if (date > today) throw badUserInput(`${label} ligt in de toekomst`, `${field} is in the future`, { field });
}

function notBefore(date: Date, earliest: Date | null, field: string, label: string, earlierLabel: string): void {
  if (earliest && date < earliest) {
    throw badUserInput(`${label} ligt vóór ${earlierLabel} (${day(earliest)})`, `${field} is before ${day(earliest)}`, { field });
  }
}

/** What a step changes besides the status; `keepStatus` for steps that edit the audit without moving it. */
interface StepOutcome {
  data?: Prisma.AuditUncheckedUpdateManyInput;
  note?: string | null;
  keepStatus?: boolean;
}

/**
 * The audit (doorlichting) from planning to closing (§6.9–6.12): one engine for the five kinds, their differences in
 * the kind's rules (audit.rules.ts) and in the conditions of the steps below.
 */
export class AuditService {
  /** Audits by id, whoever may read them (callers check visibility). */
  readonly byId;
  readonly assignmentsOf;
  readonly historyOf;
  /** The follow-up audits of an audit, as far as the caller may read them. */
  readonly followUpsOf;
  readonly ofTrainingCentre;
  readonly ofPartnership;
  readonly ofSubject;

  constructor(private readonly ctx: InspectionContext) {
    const prisma = ctx.prisma;
    const readable = this.readableWhere();
    const newestFirst = [{ scheduledOn: 'desc' as const }, { number: 'desc' as const }];
    this.byId = loaderById((ids) => prisma.audit.findMany({ where: { id: { in: ids.filter(isUuid) } } }));
    this.assignmentsOf = loaderByGroup(
      (ids) =>
        prisma.auditAssignment.findMany({
          where: { auditId: { in: [...ids] } },
          include: { auditor: true },
          orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
        }),
      (row: AssignmentWithAuditor) => row.auditId,
    );
    this.historyOf = historyLoader((query) => prisma.statusChange.findMany(query), AUDIT_ENTITY);
    this.followUpsOf = loaderByGroup(
      (ids) =>
        prisma.audit.findMany({
          where: { AND: [readable, { followUpOfId: { in: [...ids] } }] },
          orderBy: [{ scheduledOn: 'asc' }, { number: 'asc' }],
        }),
      (row) => row.followUpOfId!,
    );
    this.ofTrainingCentre = loaderByGroup(
      (ids) => prisma.audit.findMany({ where: { AND: [readable, { trainingCentreId: { in: ids.filter(isUuid) } }] }, orderBy: newestFirst }),
      (row) => row.trainingCentreId!,
    );
    this.ofPartnership = loaderByGroup(
      (ids) => prisma.audit.findMany({ where: { AND: [readable, { partnershipId: { in: ids.filter(isUuid) } }] }, orderBy: newestFirst }),
      (row) => row.partnershipId!,
    );
    // Keyed "<subjectType>:<subjectId>", so tracks and workplaces share one loader and still one query per type.
    this.ofSubject = loaderByGroup(
      (keys) => {
        const subjects = keys.map((key) => key.split(':') as [Audit['subjectType'], string]).filter(([, id]) => isUuid(id));
        return prisma.audit.findMany({
          where: { AND: [readable, { OR: subjects.map(([subjectType, subjectId]) => ({ subjectType, subjectId })) }] },
          orderBy: newestFirst,
        });
      },
      (row) => `${row.subjectType}:${row.subjectId}`,
    );
  }

  private get user(): User {
    return requireUser(this.ctx);
  }

  private today(): Date {
    return startOfDay(this.ctx.now());
  }

  /** What the caller may read; nothing for an anonymous caller (e.g. a federated field without a user). */
  private readableWhere(): Prisma.AuditWhereInput {
    return this.ctx.user ? readableAuditsWhere(this.ctx.user) : { id: { in: [] } };
  }

  // ───────────── reading ─────────────

  /** One audit; an audit the caller may not read does not exist for them. */
  async audit(id: string): Promise<Audit> {
    const audit = await this.byId.load(id);
    if (!audit || !canReadAudit(this.user, audit)) throw notFound(AUDIT, id);
    return audit;
  }

  /** For federation references and parent links: null when missing or not readable. */
  async readable(id: string | null | undefined): Promise<Audit | null> {
    if (!id || !this.ctx.user) return null;
    const audit = await this.byId.load(id);
    return audit && canReadAudit(this.ctx.user, audit) ? audit : null;
  }

  list(filter: AuditFilter | undefined, page: PageInput | undefined, sort: AuditSort = AuditSort.SCHEDULED_ON_ASC) {
    const where = this.filterWhere(filter);
    // The number is unique, so every order is total and paginate's id cursor resumes exactly where the page ended.
    const orderBy = [...auditOrder[sort], { id: 'asc' as const }];
    return paginate(
      page,
      (args) => this.ctx.prisma.audit.findMany({ where, orderBy, ...args }),
      () => this.ctx.prisma.audit.count({ where }),
    );
  }

  private filterWhere(filter: AuditFilter | undefined): Prisma.AuditWhereInput {
    const user = this.user;
    const and: Prisma.AuditWhereInput[] = [readableAuditsWhere(user)];
    if (!filter) return { AND: and };
    if (filter.scheduledFrom && filter.scheduledTo && filter.scheduledFrom > filter.scheduledTo) {
      throw badUserInput('Gepland vanaf ligt na gepland tot', 'scheduledFrom is after scheduledTo', { field: 'scheduledFrom' });
    }
    if (filter.kinds?.length) and.push({ kind: { in: filter.kinds } });
    if (filter.statuses?.length) and.push({ status: { in: filter.statuses } });
    if (filter.subjectType) and.push({ subjectType: filter.subjectType });
    if (filter.subjectId) and.push({ subjectId: filter.subjectId });
    if (filter.trainingCentreId) and.push({ trainingCentreId: filter.trainingCentreId });
    if (filter.partnershipId) and.push({ partnershipId: filter.partnershipId });
    if (filter.auditorId) and.push({ assignments: { some: { auditorId: filter.auditorId } } });
    if (filter.assignedToMe) and.push({ assignments: { some: { auditor: { userId: user.id } } } });
    if (filter.scheduledFrom) and.push({ scheduledOn: { gte: filter.scheduledFrom } });
    if (filter.scheduledTo) and.push({ scheduledOn: { lte: filter.scheduledTo } });
    const search = filter.search?.trim();
    if (search) {
      // A reference names the running number (AUD-<year>-<number>); anything else is searched in the title.
      const reference = /^AUD-\d{4}-(\d{1,9})$/i.exec(search);
      and.push(reference ? { number: Number(reference[1]) } : { title: { contains: search, mode: 'insensitive' } });
    }
    if (filter.overdue !== null && filter.overdue !== undefined) {
      const late: Prisma.RecommendationWhereInput = { status: RecommendationStatus.OPEN, agreedDueOn: { lt: this.today() } };
      and.push({ recommendations: filter.overdue ? { some: late } : { none: late } });
    }
    return { AND: and };
  }

  reference(audit: Audit): string {
    return auditReference(audit);
  }

  team(audit: Audit): InspectionTeam {
    return teamOfKind(audit.kind);
  }

  statusLabel(audit: Audit): string {
    return auditWorkflow.stateLabels[audit.status];
  }

  async leadAuditor(audit: Audit): Promise<Auditor | null> {
    const assignments = await this.assignmentsOf.load(audit.id);
    return assignments.find((assignment) => assignment.role === AuditRole.LEAD)?.auditor ?? null;
  }

  // ───────────── planning ─────────────

  /**
   * Plans an audit under the client's id (a repeat answers with the same audit). Without auditors it waits for a team
   * (the annual plan adopts audits that way); an inspector who plans and is in the register leads it unless a lead is
   * given.
   */
  async plan(input: PlanAuditInput): Promise<Audit> {
    const user = this.user;
    const prisma = this.ctx.prisma;
    const audit = await createOnce({
      id: input.id,
      what: { nl: 'doorlichting', en: 'audit' },
      find: () => prisma.audit.findUnique({ where: { id: input.id } }),
      sameRequest: (row) => row.kind === input.kind && row.subjectType === input.subjectType && row.subjectId === input.subjectId,
      create: async () => {
        const title = text(input.title, 'title', 3, 200);
        const organisation = resolveAuditSubject(input);
        const today = this.today();
        if (input.scheduledOn < today) {
          throw badUserInput(`De geplande dag ${day(input.scheduledOn)} ligt in het verleden`, 'scheduledOn is in the past', { field: 'scheduledOn' });
        }
        if (input.followUpOfId) await this.checkFollowUpOf(input);
        const team = await this.teamFor(prisma, input.auditors ?? [], input.kind, 'auditors');
        if (user.role === Role.Inspector && !team.some((member) => member.role === AuditRole.LEAD)) {
          const self = await prisma.auditor.findUnique({ where: { userId: user.id } });
          if (self && self.active && self.organisation === 'AGENCY' && !team.some((member) => member.auditorId === self.id)) {
            team.unshift({ auditorId: self.id, name: self.name, role: AuditRole.LEAD, organisation: self.organisation, active: true });
          }
        }
        checkAuditTeam(input.kind, team);
        return prisma.$transaction(async (tx) => {
          const created = await tx.audit.create({
            data: {
              id: input.id,
              kind: input.kind,
              title,
              focus: optionalText(input.focus, 'focus', 2, 500),
              subjectType: input.subjectType,
              subjectId: input.subjectId,
              ...organisation,
              teachingLocation: optionalText(input.teachingLocation, 'teachingLocation', 2, 200),
              scheduledOn: input.scheduledOn,
              followUpOfId: input.followUpOfId ?? null,
              createdBy: user.id,
            },
          });
          if (team.length > 0) {
            await tx.auditAssignment.createMany({
              data: team.map((member) => ({ auditId: created.id, auditorId: member.auditorId, role: member.role })),
            });
          }
          await recordStatusChange(tx, {
            entityType: AUDIT_ENTITY,
            entityId: created.id,
            step: 'plan',
            from: null,
            to: created.status,
            actor: user,
            note: `${auditReference(created)} gepland op ${day(created.scheduledOn)}${team.length ? `; team: ${team.map((m) => `${m.name} (${m.role})`).join(', ')}` : '; nog zonder team'}`,
            at: this.ctx.now(),
          });
          return created;
        });
      },
    });
    this.byId.clear(audit.id).prime(audit.id, audit);
    return audit;
  }

  /** An opvolgingsdoorlichting follows a reported audit of the same subject. */
  private async checkFollowUpOf(input: PlanAuditInput): Promise<void> {
    const original = await this.ctx.prisma.audit.findUnique({ where: { id: input.followUpOfId! } });
    if (!original) {
      throw badUserInput(`Doorlichting ${input.followUpOfId} bestaat niet`, `Audit ${input.followUpOfId} does not exist`, { field: 'followUpOfId' });
    }
    if (original.subjectType !== input.subjectType || original.subjectId !== input.subjectId) {
      throw badUserInput(
        `${auditReference(original)} gaat over een ander onderwerp`,
        `${auditReference(original)} is about another subject`,
        { field: 'followUpOfId' },
      );
    }
    if (!finishedStatuses.includes(original.status)) {
      throw badUserInput(
        `${auditReference(original)} is nog niet gerapporteerd ('${auditWorkflow.stateLabels[original.status]}')`,
        `${auditReference(original)} has not been reported (${original.status})`,
        { field: 'followUpOfId', currentState: original.status },
      );
    }
  }

  /** The team as the rules see it; an unknown auditor is bad input. Inside a step, `client` must be its transaction. */
  private async teamFor(
    client: Prisma.TransactionClient,
    assignments: readonly AuditorAssignmentInput[],
    kind: AuditKind,
    field: string,
  ): Promise<TeamMember[]> {
    const ids = [...new Set(assignments.map((assignment) => assignment.auditorId))];
    const auditors = ids.length ? await client.auditor.findMany({ where: { id: { in: ids } } }) : [];
    const byId = new Map(auditors.map((auditor) => [auditor.id, auditor]));
    const team = assignments.map((assignment): TeamMember => {
      const auditor = byId.get(assignment.auditorId);
      if (!auditor) {
        throw badUserInput(`Auditor ${assignment.auditorId} bestaat niet`, `Auditor ${assignment.auditorId} does not exist`, {
          field,
          auditorId: assignment.auditorId,
        });
      }
      return { auditorId: auditor.id, name: auditor.name, role: assignment.role, organisation: auditor.organisation, active: auditor.active };
    });
    checkAuditTeam(kind, team, field);
    return team;
  }

  private async currentTeam(tx: Prisma.TransactionClient, auditId: string): Promise<TeamMember[]> {
    const rows = await tx.auditAssignment.findMany({ where: { auditId }, include: { auditor: true } });
    return rows.map((row) => ({
      auditorId: row.auditorId,
      name: row.auditor.name,
      role: row.role,
      organisation: row.auditor.organisation,
      active: row.auditor.active,
    }));
  }

  // ───────────── steps ─────────────

  /**
   * Takes a workflow step once per clientMutationId: the repeat answers with the audit as it is now. The role is
   * checked first, then whether this inspector works on the audit, then the state and the step's own conditions; the
   * change, the version and the history row are written in one transaction.
   */
  private async step(
    input: AuditStepInput,
    step: AuditStep,
    act: (audit: Audit, tx: Prisma.TransactionClient, user: User) => Promise<StepOutcome>,
    mayWork: (audit: Audit, tx: Prisma.TransactionClient, user: User) => Promise<void> = (audit, tx, user) =>
      assertMayWorkOnAudit(this.ctx, user, audit.id, tx),
  ): Promise<Audit> {
    const user = this.user;
    const existing = await this.byId.load(input.auditId);
    if (!existing) throw notFound(AUDIT, input.auditId);
    const updated = await actOnce(
      this.ctx.prisma,
      { clientMutationId: input.clientMutationId, operation: `audit.${step}`, entityId: existing.id, actor: user },
      async (tx) => {
        const audit = await tx.audit.findUniqueOrThrow({ where: { id: existing.id } });
        // Whose audit it is comes before its state: an inspector not assigned to it is refused (FORBIDDEN) whatever
        // the state, as src/access/policy.ts declares ('own') and the authorization matrix checks.
        await mayWork(audit, tx, user);
        checkExpectedVersion(this.ctx, audit, AUDIT);
        const { from, to } = checkStep(auditWorkflow, step, audit.status, user);
        const outcome = await act(audit, tx, user);
        const target = outcome.keepStatus ? audit.status : to;
        const changed = await tx.audit.updateMany({
          where: { id: audit.id, status: from, version: audit.version },
          data: { ...outcome.data, status: target },
        });
        assertChanged(changed, AUDIT);
        await recordStatusChange(tx, {
          entityType: AUDIT_ENTITY,
          entityId: audit.id,
          step,
          from,
          to: target,
          actor: user,
          note: outcome.note ?? null,
          at: this.ctx.now(),
        });
        return tx.audit.findUniqueOrThrow({ where: { id: audit.id } });
      },
      () => this.ctx.prisma.audit.findUniqueOrThrow({ where: { id: existing.id } }),
    );
    this.byId.clear(updated.id).prime(updated.id, updated);
    this.assignmentsOf.clear(updated.id);
    this.historyOf.clear(updated.id);
    return updated;
  }

  reschedule(input: RescheduleAuditInput) {
    return this.step(input, 'reschedule', async (audit) => {
      if (input.scheduledOn < this.today()) {
        throw badUserInput(`De geplande dag ${day(input.scheduledOn)} ligt in het verleden`, 'scheduledOn is in the past', { field: 'scheduledOn' });
      }
      const reason = optionalText(input.reason, 'reason', 3, 2000);
      return {
        data: { scheduledOn: input.scheduledOn },
        note: `Van ${day(audit.scheduledOn)} naar ${day(input.scheduledOn)}${reason ? `: ${reason}` : ''}`,
        keepStatus: true,
      };
    });
  }

  /**
   * Replaces the team, with one lead. An inspector changes the team of an audit they work on, or takes up an audit
   * that has no team yet (adopted from the annual plan); once prepared, the team must still meet `prepare`'s rules.
   */
  assign(input: AssignAuditorsInput) {
    return this.step(
      input,
      'assign',
      async (audit, tx) => {
        const team = await this.teamFor(tx, input.auditors, audit.kind, 'auditors');
        if (!team.some((member) => member.role === AuditRole.LEAD)) {
          throw badUserInput('Wijs één leidend inspecteur toe', 'Assign one LEAD', { field: 'auditors' });
        }
        const shortfall = teamShortfall(audit.kind, team);
        if (audit.status !== AuditStatus.PLANNED && shortfall) {
          throw badUserInput(`Na de voorbereiding: ${shortfall.nl}`, `After the preparation: ${shortfall.en}`, {
            field: 'auditors',
            precondition: shortfall.precondition,
          });
        }
        await tx.auditAssignment.deleteMany({ where: { auditId: audit.id } });
        await tx.auditAssignment.createMany({
          data: team.map((member) => ({ auditId: audit.id, auditorId: member.auditorId, role: member.role })),
        });
        return { note: team.map((member) => `${member.name} (${member.role})`).join(', '), keepStatus: true };
      },
      async (audit, tx, user) => {
        if (user.role === Role.Inspector && (await tx.auditAssignment.count({ where: { auditId: audit.id } })) === 0) return;
        await assertMayWorkOnAudit(this.ctx, user, audit.id, tx);
      },
    );
  }

  /** Preparation done: the team is complete, the partnership's preparation pack is in; the current checklist is pinned. */
  prepare(input: PrepareAuditInput) {
    return this.step(input, 'prepare', async (audit, tx) => {
      const today = this.today();
      const packOn = input.preparationPackReceivedOn ?? null;
      if (audit.kind === AuditKind.PARTNERSHIP_SUPERVISION && !packOn) {
        throw badUserInput(
          'Vermeld wanneer de voorbereidingsbundel van het partnerschap ontvangen werd',
          'Give the day the preparation pack was received',
          { field: 'preparationPackReceivedOn' },
        );
      }
      if (audit.kind !== AuditKind.PARTNERSHIP_SUPERVISION && packOn) {
        throw badUserInput(
          'Een voorbereidingsbundel hoort alleen bij het toezicht op een partnerschap',
          'A preparation pack belongs only to a partnership supervision',
          { field: 'preparationPackReceivedOn' },
        );
      }
      if (packOn) notInFuture(packOn, today, 'preparationPackReceivedOn', 'De ontvangst van de voorbereidingsbundel');
      const shortfall = teamShortfall(audit.kind, await this.currentTeam(tx, audit.id));
      if (shortfall) {
        throw notReady(audit, shortfall.precondition, `Kan de voorbereiding niet afronden: ${shortfall.nl}`, `Cannot prepare: ${shortfall.en}`);
      }
      const template = audit.templateId
        ? null
        : await tx.auditTemplate.findFirst({ where: { kind: audit.kind, status: TemplateStatus.PUBLISHED }, orderBy: { version: 'desc' } });
      return {
        data: { preparedOn: today, preparationPackReceivedOn: packOn, templateId: audit.templateId ?? template?.id ?? null },
        note: template ? `Kader ${template.title} (versie ${template.version})` : audit.templateId ? null : 'Geen gepubliceerd kader',
      };
    });
  }

  /** The site visit (terreinbezoek) or the supervision took place. */
  start(input: StartAuditInput) {
    return this.step(input, 'start', async (audit) => {
      notInFuture(input.performedOn, this.today(), 'performedOn', 'Het terreinbezoek');
      notBefore(input.performedOn, audit.preparedOn, 'performedOn', 'Het terreinbezoek', 'de voorbereiding');
      return { data: { performedOn: input.performedOn }, note: `Terreinbezoek ${day(input.performedOn)}` };
    });
  }

  /**
   * The report: every required question of the pinned checklist answered; a supervision gives its advice with the
   * toezichtverslag (§4.3), a leertijd follow-up audit its result (§4.6).
   */
  report(input: ReportAuditInput) {
    return this.step(input, 'report', async (audit, tx) => {
      const summary = text(input.reportSummary, 'reportSummary', 20, 20000);
      const advice = optionalText(input.advice, 'advice', 10, 10000);
      if (audit.kind === AuditKind.PARTNERSHIP_SUPERVISION && !advice) {
        throw badUserInput('Een toezicht eindigt met een advies en een toezichtverslag', 'A supervision ends with advice and a report', {
          field: 'advice',
        });
      }
      if (audit.kind === AuditKind.APPRENTICESHIP_FOLLOW_UP && !input.result) {
        throw badUserInput('Vermeld het resultaat: positief of niet positief', 'Give the result: POSITIVE or NOT_POSITIVE', { field: 'result' });
      }
      const reportedOn = input.reportedOn ?? this.today();
      notInFuture(reportedOn, this.today(), 'reportedOn', 'Het verslag');
      notBefore(reportedOn, audit.performedOn, 'reportedOn', 'Het verslag', 'het terreinbezoek');
      if (audit.templateId) {
        const unanswered = await tx.templateQuestion.findMany({
          where: { templateId: audit.templateId, required: true, answers: { none: { auditId: audit.id } } },
          select: { code: true },
          orderBy: { position: 'asc' },
        });
        if (unanswered.length > 0) {
          const codes = unanswered.map((question) => question.code);
          throw notReady(
            audit,
            'CHECKLIST_INCOMPLETE',
            `Beantwoord eerst de verplichte vragen van de checklist: ${codes.join(', ')}`,
            `Answer the checklist's required questions first: ${codes.join(', ')}`,
            { unansweredQuestions: codes },
          );
        }
      }
      return {
        data: { reportSummary: summary, advice, result: input.result ?? null, reportedOn },
        note: input.result ? `Resultaat: ${input.result === 'POSITIVE' ? 'positief' : 'niet positief'}` : null,
      };
    });
  }

  /**
   * After the report: a toezichtverslag goes to the Vlaams Partnerschap (§4.3), Team Inspectie's reports to the
   * commissie audit (§6.9), a leertijd audit's verbeterplan is approved (§6.12). Each only where it belongs.
   */
  completeReport(input: CompleteAuditReportInput) {
    return this.step(input, 'completeReport', async (audit) => {
      const today = this.today();
      const dates: { field: keyof CompleteAuditReportInput & string; value: Date | null | undefined; allowed: boolean; nl: string; en: string }[] = [
        {
          field: 'reportedToFlemishPartnershipOn',
          value: input.reportedToFlemishPartnershipOn,
          allowed: audit.kind === AuditKind.PARTNERSHIP_SUPERVISION,
          nl: 'Alleen een toezichtverslag gaat naar het Vlaams Partnerschap',
          en: 'Only a supervision report goes to the Flemish Partnership',
        },
        {
          field: 'reportedToAuditCommitteeOn',
          value: input.reportedToAuditCommitteeOn,
          allowed: teamOfKind(audit.kind) === InspectionTeam.INSPECTION,
          nl: 'Alleen verslagen van Team Inspectie gaan naar de commissie audit',
          en: "Only Team Inspectie's reports go to the audit committee",
        },
        {
          field: 'improvementPlanApprovedOn',
          value: input.improvementPlanApprovedOn,
          allowed: audit.kind === AuditKind.APPRENTICESHIP_FOLLOW_UP,
          nl: 'Een verbeterplan hoort bij een doorlichting leertijd',
          en: 'An improvement plan belongs to an apprenticeship audit',
        },
      ];
      const given = dates.filter((entry) => entry.value);
      if (given.length === 0) {
        throw badUserInput('Vermeld minstens één datum', 'Give at least one date', { field: 'reportedToFlemishPartnershipOn' });
      }
      const data: Prisma.AuditUncheckedUpdateManyInput = {};
      for (const entry of given) {
        if (!entry.allowed) throw badUserInput(entry.nl, entry.en, { field: entry.field });
        notInFuture(entry.value!, today, entry.field, 'De datum');
        notBefore(entry.value!, audit.reportedOn, entry.field, 'De datum', 'het verslag');
        (data as Record<string, Date>)[entry.field] = entry.value!;
      }
      return { data, note: given.map((entry) => `${entry.field}: ${day(entry.value!)}`).join('; '), keepStatus: true };
    });
  }

  startFollowUp(input: AuditStepInput) {
    return this.step(input, 'startFollowUp', async (audit, tx) => {
      const open = await tx.recommendation.count({ where: { auditId: audit.id, status: RecommendationStatus.OPEN } });
      return { note: `${open} openstaande aanbeveling(en)` };
    });
  }

  /** Closing: nothing left open; findings without recommendations are resolved by the closing itself. */
  close(input: CloseAuditInput) {
    return this.step(input, 'close', async (audit, tx) => {
      const note = optionalText(input.note, 'note', 3, 2000);
      const open = await tx.recommendation.count({ where: { auditId: audit.id, status: RecommendationStatus.OPEN } });
      if (open > 0) {
        throw notReady(
          audit,
          'OPEN_RECOMMENDATIONS',
          `Nog ${open} openstaande aanbeveling(en): volg ze eerst op`,
          `${open} recommendation(s) still open: follow them up first`,
          { openRecommendations: open },
        );
      }
      const today = this.today();
      const resolved = await tx.finding.updateMany({
        where: { auditId: audit.id, resolvedOn: null, recommendations: { none: {} } },
        data: { resolvedOn: today },
      });
      return { data: { closedOn: today }, note: note ?? (resolved.count ? `${resolved.count} vaststelling(en) afgesloten` : null) };
    });
  }

  cancel(input: CancelAuditInput) {
    return this.step(input, 'cancel', async () => {
      const reason = text(input.reason, 'reason', 10, 2000);
      return { data: { cancelledReason: reason }, note: reason };
    });
  }

  /** For the other modules: whether the caller is one of the audit's auditors. */
  isAssigned(auditId: string): Promise<boolean> {
    return isAssigned(this.ctx.prisma, this.user, auditId);
  }
}

/** The request's AuditService (its DataLoaders cache for this request only). */
export function auditServiceOf(ctx: InspectionContext): AuditService {
  return ctx.scoped(AuditService, () => new AuditService(ctx));
}
