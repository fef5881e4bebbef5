import { Role, type User } from '@werkplek/auth';
import { forbidden, loaderByGroup, loaderById, notFound, checkExpectedVersion, unlessChangedMeanwhile, requireUser } from '@werkplek/subgraph-kit';
import type { TrainingContext } from '../context.js';
import type { PrismaClient } from '../generated/prisma/client.js';

const CENTRE = { nl: 'Opleidingscentrum', en: 'Training centre' };

/** The training centres: a public directory, whose contact details staff and the centre itself keep up to date. */
export class TrainingCentreService {
  readonly byId;
  readonly teachingLocationsOf;
  readonly teachingLocationById;

  constructor(private readonly prisma: PrismaClient) {
    this.byId = loaderById((ids) => this.prisma.trainingCentre.findMany({ where: { id: { in: [...ids] } } }));
    this.teachingLocationsOf = loaderByGroup(
      (ids) => this.prisma.teachingLocation.findMany({ where: { centreId: { in: [...ids] } }, orderBy: [{ name: 'asc' }, { id: 'asc' }] }),
      (row) => row.centreId,
    );
    this.teachingLocationById = loaderById((ids) => this.prisma.teachingLocation.findMany({ where: { id: { in: [...ids] } } }));
  }

  /** The mandate holders (mandaathouders) that can win assigned tracks. */
  mandateHolders() {
    return this.prisma.mandateHolder.findMany({ orderBy: [{ name: 'asc' }, { id: 'asc' }] });
  }

  list() {
    return this.prisma.trainingCentre.findMany({ orderBy: { name: 'asc' } });
  }

  async get(id: string) {
    const centre = await this.byId.load(id);
    if (!centre) throw notFound(CENTRE, id);
    return centre;
  }

  /** Agency staff may update any centre; a centre user only their own. */
  async updateContact(ctx: TrainingContext, id: string, contact: { email?: string | null; phone?: string | null }) {
    const user = requireUser(ctx);
    if (user.role === Role.CentreUser && user.centreId !== id) {
      throw forbidden('Je kan enkel je eigen centrum aanpassen', 'You can only change your own centre');
    }
    const centre = await this.get(id);
    checkExpectedVersion(ctx, centre, CENTRE);
    return unlessChangedMeanwhile(CENTRE, () =>
      this.prisma.trainingCentre.update({
        where: { id, version: centre.version },
        data: {
          ...(contact.email !== undefined ? { email: contact.email?.trim() || null } : {}),
          ...(contact.phone !== undefined ? { phone: contact.phone?.trim() || null } : {}),
        },
      }),
    );
  }
}

/** The request's TrainingCentreService (one per request: its DataLoader caches for that request only). */
export function trainingCentreServiceOf(ctx: TrainingContext): TrainingCentreService {
  return ctx.scoped(TrainingCentreService, () => new TrainingCentreService(ctx.prisma));
}
