import { badUserInput, checkStep, forbidden, historyLoader, loaderByGroup, loaderById, notFound, paginate, Role, type PageInput, type User, checkExpectedVersion, unlessChangedMeanwhile } from '@werkplek/subgraph-kit';
import { requireUser } from '@werkplek/subgraph-kit';
import type { DualLearningContext } from '../context.js';
import type { Complaint as ComplaintRow, Prisma } from '../generated/prisma/client.js';
import type { ComplaintStatus } from '../generated/prisma/enums.js';
import { canActForPartnership } from '../shared/access.js';
import { addDays, startOfDay } from '../shared/calendar.js';
import { historyOrder, recordStatusChange } from '../shared/history.js';
import {
  ComplaintSort,
  type AcknowledgeComplaintInput,
  type ComplaintFilter,
  type DecideComplaintInput,
  type RegisterComplaintInput,
  type RouteComplaintInput,
} from './complaint.types.js';
import { complaintWorkflow, type ComplaintStep } from './complaint.workflow.js';

const COMPLAINT = { nl: 'Klacht', en: 'Complaint' };
const ENTITY = 'Complaint';
/** BR-46: acknowledgement within 10 calendar days of receipt. */
export const ACKNOWLEDGE_DAYS = 10;
/** BR-47: closure targeted within 45 calendar days of receipt. */
export const CLOSE_DAYS = 45;
/** BR-48: every closing message ends with this sentence. */
export const OMBUDSMAN_SENTENCE =
  'Bent u niet tevreden over de manier waarop uw klacht behandeld werd, dan kunt u zich wenden tot de Vlaamse Ombudsdienst (www.vlaamseombudsdienst.be).';

const verdictLabels = { FOUNDED: 'gegrond', UNFOUNDED: 'ongegrond', PARTLY_FOUNDED: 'gedeeltelijk gegrond' } as const;
const ended: ComplaintStatus[] = ['INADMISSIBLE', 'CLOSED'];

function dutchDate(date: Date): string {
  const iso = date.toISOString().slice(0, 10);
  const [year, month, day] = iso.split('-');
  return `${day}/${month}/${year}`;
}

function text(value: string | null | undefined, field: string, min: number, max: number): string {
  const trimmed = (value ?? '').trim();
  if (trimmed.length < min || trimmed.length > max) {
    throw badUserInput(`${field}: ${min} tot ${max} tekens`, `${field}: ${min} to ${max} characters`, { field });
  }
  return trimmed;
}

/** Complaints and reports (§3.8, BR-46 … BR-50): registration, the workflow, terms and the closing message. */
export class ComplaintService {
  readonly byId;
  readonly historyOf;
  readonly partnershipById;

  constructor(private readonly ctx: DualLearningContext) {
    this.byId = loaderById((ids) => ctx.prisma.complaint.findMany({ where: { id: { in: [...ids] } } }));
    this.historyOf = historyLoader((query) => ctx.prisma.statusChange.findMany(query), ENTITY);
    this.partnershipById = loaderById((ids) => ctx.prisma.partnership.findMany({ where: { id: { in: [...ids] } } }));
  }

  private get user(): User {
    return requireUser(this.ctx);
  }

  private today(): Date {
    return startOfDay(this.ctx.now());
  }

  /** BR-46: not acknowledged (nor declared inadmissible) and the 10 days have passed. */
  acknowledgeOverdue(complaint: ComplaintRow): boolean {
    return complaint.acknowledgedOn === null && this.today() > complaint.acknowledgeDueOn;
  }

  /** BR-47: not closed and the 45 days have passed. */
  closeOverdue(complaint: ComplaintRow): boolean {
    return complaint.closedOn === null && this.today() > complaint.closeDueOn;
  }

  private canRead(user: User, complaint: ComplaintRow): boolean {
    if (user.role === Role.AgencyStaff || user.role === Role.Inspector) return true;
    return user.role === Role.PartnershipStaff && complaint.partnershipId !== null && user.partnershipId === complaint.partnershipId;
  }

  /**
   * Partnership staff act only on complaints of their own partnership, only when that partnership takes up complaints
   * (BR-50: otherwise SYNTRA Vlaanderen handles them, also when agency staff registered the complaint for it), and not
   * once routed elsewhere (to SYNTRA Vlaanderen or another authority); agency staff act on all.
   */
  private async assertMayAct(user: User, complaint: ComplaintRow): Promise<void> {
    if (user.role === Role.AgencyStaff) return;
    const own = complaint.partnershipId !== null && canActForPartnership(user, complaint.partnershipId);
    if (!own) throw forbidden('Deze klacht hoort bij een ander partnerschap', "This complaint belongs to another partnership's");
    const partnership = await this.partnershipById.load(complaint.partnershipId!);
    if (!partnership?.takesComplaints) {
      throw forbidden(
        'Jouw partnerschap neemt geen klachten op; SYNTRA Vlaanderen behandelt ze (BR-50)',
        'Your partnership does not take up complaints; SYNTRA Vlaanderen handles them (BR-50)',
      );
    }
    if (complaint.handlerBody !== null && complaint.handlerBody !== 'PARTNERSHIP') {
      throw forbidden(
        'Deze klacht werd doorverwezen en wordt niet door jouw partnerschap behandeld',
        'This complaint was routed elsewhere and is not handled by your partnership',
      );
    }
  }

  async get(id: string): Promise<ComplaintRow> {
    const complaint = await this.byId.load(id);
    if (!complaint || !this.canRead(this.user, complaint)) throw notFound(COMPLAINT, id);
    return complaint;
  }

  list(filter: ComplaintFilter | undefined, sort: ComplaintSort, page: PageInput | undefined) {
    const user = this.user;
    const today = this.today();
    const and: Prisma.ComplaintWhereInput[] = [];
    if (user.role === Role.PartnershipStaff) and.push({ partnershipId: user.partnershipId ?? '00000000-0000-0000-0000-000000000000' });
    if (filter?.status) and.push({ status: filter.status });
    if (filter?.partnershipId) and.push({ partnershipId: filter.partnershipId });
    const ackOverdue: Prisma.ComplaintWhereInput = { acknowledgedOn: null, acknowledgeDueOn: { lt: today } };
    const closeOverdue: Prisma.ComplaintWhereInput = { closedOn: null, closeDueOn: { lt: today } };
    if (filter?.overdueAcknowledgement === true) and.push(ackOverdue);
    if (filter?.overdueAcknowledgement === false) and.push({ NOT: ackOverdue });
    if (filter?.overdueClosure === true) and.push(closeOverdue);
    if (filter?.overdueClosure === false) and.push({ NOT: closeOverdue });
    const where: Prisma.ComplaintWhereInput = { AND: and };
    const orderBy: Prisma.ComplaintOrderByWithRelationInput[] =
      sort === ComplaintSort.RECEIVED_ON_ASC
        ? [{ receivedOn: 'asc' }, { id: 'asc' }]
        : sort === ComplaintSort.CLOSE_DUE_ON_ASC
          ? [{ closeDueOn: 'asc' }, { id: 'asc' }]
          : [{ receivedOn: 'desc' }, { id: 'asc' }];
    return paginate(
      page,
      (args) => this.ctx.prisma.complaint.findMany({ where, orderBy, ...args }),
      () => this.ctx.prisma.complaint.count({ where }),
    );
  }

  /** Registers a complaint or report: agency staff (the complaints counsellor) or a partnership that takes complaints (BR-50). */
  async register(input: RegisterComplaintInput): Promise<ComplaintRow> {
    const user = this.user;
    const today = this.today();
    const receivedOn = input.receivedOn ? startOfDay(input.receivedOn) : today;
    if (receivedOn > today) {
      throw badUserInput('De datum van ontvangst ligt in de toekomst', 'The date of receipt lies in the future', { field: 'receivedOn' });
    }
    let partnershipId = input.partnershipId ?? null;
    if (user.role === Role.PartnershipStaff) {
      if (partnershipId && partnershipId !== user.partnershipId) {
        throw forbidden('Je registreert klachten alleen voor je eigen partnerschap', 'You register complaints for your own partnership only');
      }
      partnershipId = user.partnershipId ?? null;
      const own = partnershipId ? await this.partnershipById.load(partnershipId) : null;
      if (!own?.takesComplaints) {
        throw forbidden(
          'Jouw partnerschap neemt geen klachten op; SYNTRA Vlaanderen behandelt ze (BR-50)',
          'Your partnership does not take up complaints; SYNTRA Vlaanderen handles them (BR-50)',
        );
      }
    } else if (partnershipId && !(await this.partnershipById.load(partnershipId))) {
      throw badUserInput(`Partnerschap ${partnershipId} bestaat niet`, `Partnership ${partnershipId} does not exist`, { field: 'partnershipId' });
    }
    if (input.workplaceId && !(await this.ctx.prisma.workplace.findUnique({ where: { id: input.workplaceId } }))) {
      throw badUserInput(`Werkplek ${input.workplaceId} bestaat niet`, `Workplace ${input.workplaceId} does not exist`, { field: 'workplaceId' });
    }
    if (input.agreementId && !(await this.ctx.prisma.agreement.findUnique({ where: { id: input.agreementId } }))) {
      throw badUserInput(`Overeenkomst ${input.agreementId} bestaat niet`, `Agreement ${input.agreementId} does not exist`, { field: 'agreementId' });
    }
    return this.ctx.prisma.$transaction(async (tx) => {
      const complaint = await tx.complaint.create({
        data: {
          kind: input.kind,
          subject: input.subject.trim(),
          description: input.description.trim(),
          submitterName: input.submitterName.trim(),
          submitterEmail: input.submitterEmail?.trim() || null,
          receivedOn,
          acknowledgeDueOn: addDays(receivedOn, ACKNOWLEDGE_DAYS),
          closeDueOn: addDays(receivedOn, CLOSE_DAYS),
          partnershipId,
          workplaceId: input.workplaceId ?? null,
          agreementId: input.agreementId ?? null,
        },
      });
      await recordStatusChange(tx, {
        entityType: ENTITY,
        entityId: complaint.id,
        step: 'register',
        from: null,
        to: complaint.status,
        actor: user,
        note: `Ontvangen op ${dutchDate(receivedOn)}`,
        at: this.ctx.now(),
      });
      return complaint;
    });
  }

  /** Checks role, ownership and state; then writes the change and its history in one transaction. */
  private async step(
    id: string,
    step: ComplaintStep,
    change: (complaint: ComplaintRow) => Promise<{ data: Prisma.ComplaintUpdateInput; note: string | null }>,
  ): Promise<ComplaintRow> {
    const user = this.user;
    const complaint = await this.byId.load(id);
    if (!complaint || !this.canRead(user, complaint)) throw notFound(COMPLAINT, id);
    await this.assertMayAct(user, complaint);
    checkExpectedVersion(this.ctx, complaint, COMPLAINT);
    const { from, to } = checkStep(complaintWorkflow, step, complaint.status, user);
    const { data, note } = await change(complaint);
    return this.ctx.prisma.$transaction(async (tx) => {
      // Guarded by the state and version read: a concurrent change in between makes this update find no row (CONFLICT).
      const updated = await unlessChangedMeanwhile(COMPLAINT, () =>
        tx.complaint.update({ where: { id, status: from, version: complaint.version }, data: { ...data, status: to } }),
      );
      await recordStatusChange(tx, { entityType: ENTITY, entityId: id, step, from, to, actor: user, note, at: this.ctx.now() });
      this.byId.clear(id).prime(id, updated);
      this.historyOf.clear(id);
      return updated;
    });
  }

  /** BR-46: the acknowledgement, with the admissibility result for complaints; late is recorded, never refused. */
  acknowledge(id: string, input: AcknowledgeComplaintInput | undefined) {
    return this.step(id, 'acknowledge', async (complaint) => {
      const today = this.today();
      const late = today > complaint.acknowledgeDueOn;
      const note = [
        complaint.kind === 'COMPLAINT' ? 'Klacht ontvankelijk' : 'Melding (geen ontvankelijkheidsonderzoek)',
        late ? `te laat bevestigd (uiterlijk ${dutchDate(complaint.acknowledgeDueOn)})` : null,
        input?.note?.trim() || null,
      ]
        .filter(Boolean)
        .join('; ');
      return {
        data: {
          acknowledgedOn: today,
          admissible: complaint.kind === 'COMPLAINT' ? true : null,
          admissibilityNote: input?.note?.trim() || null,
        },
        note,
      };
    });
  }

  /** A reasoned notice of inadmissibility ends the complaint (complaints only; reports have no admissibility). */
  declareInadmissible(id: string, reason: string) {
    return this.step(id, 'declareInadmissible', async (complaint) => {
      if (complaint.kind !== 'COMPLAINT') {
        throw badUserInput(
          'Een melding wordt niet op ontvankelijkheid onderzocht',
          'A report is not examined for admissibility',
          { field: 'id' },
        );
      }
      const motivation = text(reason, 'reason', 10, 2000);
      const today = this.today();
      return {
        data: { admissible: false, admissibilityNote: motivation, acknowledgedOn: today, closedOn: today },
        note: motivation,
      };
    });
  }

  /** Routes to SYNTRA Vlaanderen, a partnership that takes complaints (BR-50), or another authority (e.g. the school). */
  route(id: string, input: RouteComplaintInput) {
    return this.step(id, 'route', async (complaint) => {
      const handlerName = input.handlerName.trim();
      if (input.handlerBody !== 'PARTNERSHIP') {
        if (input.partnershipId) {
          throw badUserInput('Alleen bij doorverwijzing naar een partnerschap', 'Only when routing to a partnership', { field: 'partnershipId' });
        }
        return { data: { handlerBody: input.handlerBody, handlerName }, note: `Doorverwezen naar ${handlerName}` };
      }
      const partnershipId = input.partnershipId ?? complaint.partnershipId;
      if (!partnershipId) {
        throw badUserInput('Kies het partnerschap', 'Choose the partnership', { field: 'partnershipId' });
      }
      if (this.user.role === Role.PartnershipStaff && partnershipId !== this.user.partnershipId) {
        throw forbidden('Je verwijst alleen door naar je eigen partnerschap', 'You route only to your own partnership');
      }
      const partnership = await this.partnershipById.load(partnershipId);
      if (!partnership) {
        throw badUserInput(`Partnerschap ${partnershipId} bestaat niet`, `Partnership ${partnershipId} does not exist`, { field: 'partnershipId' });
      }
      if (!partnership.takesComplaints) {
        throw badUserInput(
          `${partnership.name} neemt volgens zijn afsprakennota geen klachten op; SYNTRA Vlaanderen behandelt ze (BR-50)`,
          `${partnership.name} does not take up complaints under its agreement note; SYNTRA Vlaanderen handles them (BR-50)`,
          { field: 'partnershipId' },
        );
      }
      return {
        data: { handlerBody: 'PARTNERSHIP', handlerName, partnershipId },
        note: `Doorverwezen naar ${partnership.name} (${handlerName})`,
      };
    });
  }

  startInvestigation(id: string, note: string | null | undefined) {
    return this.step(id, 'startInvestigation', async (complaint) => {
      if (!complaint.handlerBody) {
        throw badUserInput('Verwijs de klacht eerst door naar een behandelaar', 'Route the complaint to a handler first', { field: 'id' });
      }
      return { data: {}, note: note?.trim() || null };
    });
  }

  /** An investigative act (onderzoeksdaad): information from the submitter or other parties; cited in the closing message. */
  recordInvestigativeAct(id: string, description: string) {
    return this.step(id, 'recordInvestigativeAct', async () => ({ data: {}, note: text(description, 'description', 5, 2000) }));
  }

  decide(id: string, input: DecideComplaintInput) {
    return this.step(id, 'decide', async () => ({
      data: { verdict: input.verdict, resolution: input.resolution.trim() },
      note: `Klachtenraad: ${verdictLabels[input.verdict]}`,
    }));
  }

  investigateFurther(id: string, reason: string) {
    return this.step(id, 'investigateFurther', async () => ({
      data: { verdict: null, resolution: null },
      note: text(reason, 'reason', 5, 2000),
    }));
  }

  /** Closes with the message generated from the file; BR-47 lateness is recorded, BR-48 the ombudsman is always named. */
  close(id: string) {
    return this.step(id, 'close', async (complaint) => {
      const today = this.today();
      const history = await this.ctx.prisma.statusChange.findMany({
        where: { entityType: ENTITY, entityId: id, step: { in: ['startInvestigation', 'recordInvestigativeAct'] }, note: { not: null } },
        orderBy: historyOrder,
      });
      const closingMessage = closingMessageOf(complaint, history.map((entry) => entry.note!));
      const late = today > complaint.closeDueOn;
      return {
        data: { closedOn: today, closingMessage },
        note: late ? `Afgesloten na de termijn van ${CLOSE_DAYS} dagen (uiterlijk ${dutchDate(complaint.closeDueOn)})` : null,
      };
    });
  }

  isEnded(complaint: ComplaintRow): boolean {
    return ended.includes(complaint.status);
  }
}

/** The closing e-mail in Dutch (§3.8 step 7): receipt, investigative acts, the motivated decision, the ombudsman (BR-48). */
export function closingMessageOf(complaint: ComplaintRow, investigativeActs: string[]): string {
  const what = complaint.kind === 'COMPLAINT' ? 'klacht' : 'melding';
  const lines = [
    `Geachte ${complaint.submitterName},`,
    '',
    `Op ${dutchDate(complaint.receivedOn)} ontvingen wij uw ${what} "${complaint.subject}" (dossier KL-${complaint.number}).`,
    '',
    investigativeActs.length > 0 ? 'Wij hebben de volgende onderzoeksdaden gesteld:' : 'Voor dit onderzoek waren geen bijkomende onderzoeksdaden nodig.',
    ...investigativeActs.map((act) => `- ${act}`),
    '',
    complaint.verdict
      ? `De klachtenraad besliste dat uw ${what} ${verdictLabels[complaint.verdict]} is.`
      : `Uw ${what} werd behandeld.`,
    `Motivering en oplossing: ${complaint.resolution ?? ''}`,
    '',
    OMBUDSMAN_SENTENCE,
    '',
    'Met vriendelijke groeten,',
    complaint.handlerName ?? 'SYNTRA Vlaanderen',
  ];
  return lines.join('\n');
}

/** The request's ComplaintService (its DataLoaders cache for this request only). */
export function complaintServiceOf(ctx: DualLearningContext): ComplaintService {
  return ctx.scoped(ComplaintService, () => new ComplaintService(ctx));
}
