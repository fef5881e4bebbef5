import { badUserInput, checkStep, historyLoader, historyOrder, loaderByGroup, loaderById, notFound, paginate, recordStatusChange, requireUser, Role, startOfDay, type PageInput, type User, checkExpectedVersion, unlessChangedMeanwhile } from '@werkplek/subgraph-kit';
import type { TrainingContext } from '../context.js';
import type { Prisma, Tender as TenderRow, TenderAward as TenderAwardRow } from '../generated/prisma/client.js';
import { TenderSort, type AwardTenderArgs, type LaunchTenderInput, type TenderFilter } from './assigned-track.types.js';
import { tenderWorkflow, type TenderStep } from './assigned-track.workflow.js';

const TENDER = { nl: 'Tender', en: 'Tender' };
const ENTITY = 'Tender';

function dutchDate(date: Date): string {
  const [year, month, day] = date.toISOString().slice(0, 10).split('-');
  return `${day}/${month}/${year}`;
}

/** Euro with at most two decimals, as a string Prisma stores exactly in DECIMAL(12,2). */
export function euroAmount(value: number, field = 'amountInclVat'): string {
  if (!Number.isFinite(value) || value <= 0) {
    throw badUserInput('Het bedrag moet groter zijn dan 0', 'The amount must be greater than 0', { field });
  }
  const cents = Math.round(value * 100);
  if (Math.abs(cents - value * 100) > 1e-6) {
    throw badUserInput('Het bedrag heeft hoogstens twee decimalen', 'The amount has at most two decimals', { field });
  }
  return (cents / 100).toFixed(2);
}

/** Assigned tracks (toegewezen trajecten, §2.10, §6.8): tenders launched, awarded to mandate holders, or cancelled. */
export class AssignedTrackService {
  readonly byId;
  readonly awardsOf;
  readonly historyOf;
  readonly mandateHolderById;

  constructor(private readonly ctx: TrainingContext) {
    this.byId = loaderById((ids) => ctx.prisma.tender.findMany({ where: { id: { in: [...ids] } } }));
    this.awardsOf = loaderByGroup(
      (ids) => ctx.prisma.tenderAward.findMany({ where: { tenderId: { in: [...ids] } }, orderBy: [{ awardedOn: 'asc' }, { id: 'asc' }] }),
      (row) => row.tenderId,
    );
    this.historyOf = historyLoader((query) => ctx.prisma.statusChange.findMany(query), ENTITY);
    this.mandateHolderById = loaderById((ids) => ctx.prisma.mandateHolder.findMany({ where: { id: { in: [...ids] } } }));
  }

  private get user(): User {
    return requireUser(this.ctx);
  }

  private today(): Date {
    return startOfDay(this.ctx.now());
  }

  /** Tenders are the agency's own procurement: agency staff and inspectors read them, nobody else. */
  static canRead(user: User | null): boolean {
    return user?.role === Role.AgencyStaff || user?.role === Role.Inspector;
  }

  async get(id: string): Promise<TenderRow> {
    const tender = await this.byId.load(id);
    if (!tender) throw notFound(TENDER, id);
    return tender;
  }

  /** For a federation reference: null when the caller may not read tenders. */
  async reference(id: string): Promise<TenderRow | null> {
    if (!AssignedTrackService.canRead(this.ctx.user)) return null;
    return this.byId.load(id);
  }

  list(filter: TenderFilter | undefined, sort: TenderSort, page: PageInput | undefined) {
    const and: Prisma.TenderWhereInput[] = [];
    if (filter?.status) and.push({ status: filter.status });
    if (filter?.kind) and.push({ kind: filter.kind });
    if (filter?.cluster) and.push({ cluster: filter.cluster });
    if (filter?.launchedFrom) and.push({ launchedOn: { gte: filter.launchedFrom } });
    if (filter?.launchedUntil) and.push({ launchedOn: { lte: filter.launchedUntil } });
    const where: Prisma.TenderWhereInput = { AND: and };
    const orderBy: Prisma.TenderOrderByWithRelationInput[] =
      sort === TenderSort.LAUNCHED_ON_ASC
        ? [{ launchedOn: 'asc' }, { id: 'asc' }]
        : sort === TenderSort.TOPIC_ASC
          ? [{ topic: 'asc' }, { id: 'asc' }]
          : [{ launchedOn: 'desc' }, { id: 'asc' }];
    return paginate(
      page,
      (args) => this.ctx.prisma.tender.findMany({ where, orderBy, ...args }),
      () => this.ctx.prisma.tender.count({ where }),
    );
  }

  async awards(tenderId: string) {
    const awards: TenderAwardRow[] = await this.awardsOf.load(tenderId);
    const holders = await Promise.all(awards.map((award) => this.mandateHolderById.load(award.mandateHolderId)));
    return awards.map((award, index) => ({
      id: award.id,
      mandateHolderId: award.mandateHolderId,
      mandateHolderName: holders[index]?.name ?? '',
      amountInclVat: Number(award.amountInclVat),
      awardedOn: award.awardedOn,
    }));
  }

  async launch(input: LaunchTenderInput): Promise<TenderRow> {
    const user = this.user;
    const launchedOn = startOfDay(input.launchedOn);
    if (launchedOn > this.today()) {
      throw badUserInput('De lanceerdatum ligt in de toekomst', 'The launch date lies in the future', { field: 'launchedOn' });
    }
    if (input.kind === 'RESEARCH' && !input.cluster?.trim()) {
      throw badUserInput(
        'Een onderzoekstender hoort bij een (speerpunt)cluster',
        'A research tender belongs to a (spearhead) cluster',
        { field: 'cluster' },
      );
    }
    return this.ctx.prisma.$transaction(async (tx) => {
      const tender = await tx.tender.create({
        data: { topic: input.topic.trim(), kind: input.kind, cluster: input.cluster?.trim() || null, launchedOn },
      });
      await recordStatusChange(tx, {
        entityType: ENTITY,
        entityId: tender.id,
        step: 'launch',
        from: null,
        to: tender.status,
        actor: user,
        note: `Gelanceerd op ${dutchDate(launchedOn)}`,
        at: this.ctx.now(),
      });
      return tender;
    });
  }

  private async step(
    id: string,
    step: TenderStep,
    prepare: (tender: TenderRow) => Promise<{ note: string; write?: (tx: Prisma.TransactionClient) => Promise<unknown> }>,
  ): Promise<TenderRow> {
    const user = this.user;
    const tender = await this.get(id);
    checkExpectedVersion(this.ctx, tender, TENDER);
    const { from, to } = checkStep(tenderWorkflow, step, tender.status, user);
    const { note, write } = await prepare(tender);
    return this.ctx.prisma.$transaction(async (tx) => {
      // Guarded by the state and version read: a concurrent step in between makes this update find no row (CONFLICT).
      const updated = await unlessChangedMeanwhile(TENDER, () =>
        tx.tender.update({ where: { id, status: from, version: tender.version }, data: { status: to } }),
      );
      if (write) await write(tx);
      await recordStatusChange(tx, { entityType: ENTITY, entityId: id, step, from, to, actor: user, note, at: this.ctx.now() });
      this.byId.clear(id).prime(id, updated);
      this.historyOf.clear(id);
      this.awardsOf.clear(id);
      return updated;
    });
  }

  /** §6.8: tender → award (gunning, amount incl. VAT). */
  award(args: AwardTenderArgs) {
    return this.step(args.tenderId, 'award', async (tender) => {
      const amount = euroAmount(args.amountInclVat);
      const awardedOn = startOfDay(args.awardedOn);
      if (awardedOn < tender.launchedOn) {
        throw badUserInput('De gunning ligt vóór de lancering van de tender', 'The award precedes the launch of the tender', { field: 'awardedOn' });
      }
      if (awardedOn > this.today()) {
        throw badUserInput('De gunningsdatum ligt in de toekomst', 'The award date lies in the future', { field: 'awardedOn' });
      }
      const holder = await this.mandateHolderById.load(args.mandateHolderId);
      if (!holder) {
        throw badUserInput(`Mandaathouder ${args.mandateHolderId} bestaat niet`, `Mandate holder ${args.mandateHolderId} does not exist`, {
          field: 'mandateHolderId',
        });
      }
      const euro = new Intl.NumberFormat('nl-BE', { style: 'currency', currency: 'EUR' }).format(Number(amount));
      return {
        note: `Gegund aan ${holder.name} op ${dutchDate(awardedOn)} voor ${euro} incl. btw`,
        write: (tx) =>
          tx.tenderAward.create({ data: { tenderId: tender.id, mandateHolderId: holder.id, amountInclVat: amount, awardedOn } }),
      };
    });
  }

  cancel(id: string, reason: string) {
    return this.step(id, 'cancel', async () => {
      const trimmed = (reason ?? '').trim();
      if (trimmed.length < 5 || trimmed.length > 2000) {
        throw badUserInput('reden: 5 tot 2000 tekens', 'reason: 5 to 2000 characters', { field: 'reason' });
      }
      return { note: trimmed };
    });
  }
}

export function assignedTrackServiceOf(ctx: TrainingContext) {
  return ctx.scoped(AssignedTrackService, () => new AssignedTrackService(ctx));
}
