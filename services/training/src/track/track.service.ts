import { badUserInput, checkExpectedVersion, forbidden, loaderByGroup, loaderById, notFound, paginate, requireUser, Role, unlessChangedMeanwhile, type PageInput } from '@werkplek/subgraph-kit';
import type { TrainingContext } from '../context.js';
import type { Prisma, Track as TrackRow } from '../generated/prisma/client.js';
import { canActForCentre } from '../shared/access.js';
import { TrackSort, type TrackFilter } from './track.types.js';

const TRACK = { nl: 'Traject', en: 'Track' };

/** True when a date is 1 September (tracks become start-able at the start of a course year, §5.4). */
export function isFirstOfSeptember(date: Date): boolean {
  return date.getUTCMonth() === 8 && date.getUTCDate() === 1;
}

/** Start-able on a day: a start date that is on or before it (§5.4 counts tracks start-able on 1 September). */
export function isStartableOn(track: { startableFrom: Date | null }, on: Date): boolean {
  return track.startableFrom !== null && track.startableFrom.getTime() <= on.getTime();
}

/** The offer: tracks, their modules and marks (read by every signed-in user); start-ability kept by staff and the centre. */
export class TrackService {
  readonly byId;
  readonly modulesOf;
  readonly marksOf;
  readonly tracksOfCentre;
  readonly sectorById;

  constructor(private readonly ctx: TrainingContext) {
    this.byId = loaderById((ids) => ctx.prisma.track.findMany({ where: { id: { in: [...ids] } } }));
    this.modulesOf = loaderByGroup(
      (ids) => ctx.prisma.module.findMany({ where: { trackId: { in: [...ids] } }, orderBy: [{ code: 'asc' }, { id: 'asc' }] }),
      (row) => row.trackId,
    );
    this.marksOf = loaderByGroup(
      (ids) =>
        ctx.prisma.trackMarkGrant.findMany({ where: { trackId: { in: [...ids] } }, orderBy: [{ grantedOn: 'asc' }, { id: 'asc' }] }),
      (row) => row.trackId,
    );
    this.tracksOfCentre = loaderByGroup(
      (ids) => ctx.prisma.track.findMany({ where: { centreId: { in: [...ids] } }, orderBy: [{ name: 'asc' }, { id: 'asc' }] }),
      (row) => row.centreId ?? '',
    );
    this.sectorById = loaderById((ids) => ctx.prisma.sector.findMany({ where: { id: { in: [...ids] } } }));
  }

  async get(id: string): Promise<TrackRow> {
    const track = await this.byId.load(id);
    if (!track) throw notFound(TRACK, id);
    return track;
  }

  sectors() {
    return this.ctx.prisma.sector.findMany({ orderBy: [{ name: 'asc' }, { id: 'asc' }] });
  }

  list(filter: TrackFilter | undefined, sort: TrackSort, page: PageInput | undefined) {
    const and: Prisma.TrackWhereInput[] = [];
    if (filter?.centreId) and.push({ centreId: filter.centreId });
    if (filter?.sectorId) and.push({ sectorId: filter.sectorId });
    if (filter?.type) and.push({ type: filter.type });
    if (filter?.startableOn) and.push({ startableFrom: { lte: filter.startableOn } });
    if (filter?.mark) {
      and.push({ marks: { some: { mark: filter.mark, ...(filter.startableOn ? { grantedOn: { lte: filter.startableOn } } : {}) } } });
    }
    const where: Prisma.TrackWhereInput = { AND: and };
    const orderBy: Prisma.TrackOrderByWithRelationInput[] =
      sort === TrackSort.CODE_ASC
        ? [{ code: 'asc' }, { id: 'asc' }]
        : sort === TrackSort.STARTABLE_FROM_DESC
          ? [{ startableFrom: { sort: 'desc', nulls: 'last' } }, { id: 'asc' }]
          : [{ name: 'asc' }, { id: 'asc' }];
    return paginate(
      page,
      (args) => this.ctx.prisma.track.findMany({ where, orderBy, ...args }),
      () => this.ctx.prisma.track.count({ where }),
    );
  }

  /** Start-able from 1 September of a year, or not (null): agency staff, or the centre's user for its own track. */
  async updateStartability(id: string, startableFrom: Date | null): Promise<TrackRow> {
    const user = requireUser(this.ctx);
    const track = await this.get(id);
    const allowed = user.role === Role.AgencyStaff || (track.centreId !== null && canActForCentre(user, track.centreId));
    if (!allowed) throw forbidden('Dit traject hoort bij een ander opleidingscentrum', 'This track belongs to another training centre');
    checkExpectedVersion(this.ctx, track, TRACK);
    if (startableFrom && !isFirstOfSeptember(startableFrom)) {
      throw badUserInput(
        'Een traject is opstartbaar vanaf 1 september van een cursusjaar',
        'A track becomes start-able on 1 September of a course year',
        { field: 'startableFrom' },
      );
    }
    const updated = await unlessChangedMeanwhile(TRACK, () =>
      this.ctx.prisma.track.update({ where: { id, version: track.version }, data: { startableFrom } }),
    );
    this.byId.clear(id).prime(id, updated);
    return updated;
  }
}

export function trackServiceOf(ctx: TrainingContext): TrackService {
  return ctx.scoped(TrackService, () => new TrackService(ctx));
}
