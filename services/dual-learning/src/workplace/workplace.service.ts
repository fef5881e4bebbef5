import { badUserInput, domainError, ErrorCode, loaderById, notFound, paginate, type PageInput } from '@werkplek/subgraph-kit';
import type { Prisma } from '../generated/prisma/client.js';
import type { DualLearningContext } from '../context.js';
import type { PrismaClient } from '../generated/prisma/client.js';
import { parseEnterpriseNumber, parseEstablishmentNumber } from './belgian-numbers.js';
import { provinceOfPostalCode } from './province.js';
import { WorkplaceSort, type RegisterWorkplaceInput, type WorkplaceFilter } from './workplace.types.js';

const WORKPLACE = { nl: 'Werkplek', en: 'Workplace' };

export class WorkplaceService {
  readonly byId;

  constructor(private readonly prisma: PrismaClient) {
    this.byId = loaderById((ids) => this.prisma.workplace.findMany({ where: { id: { in: [...ids] } } }));
  }

  list() {
    return this.prisma.workplace.findMany({ orderBy: { name: 'asc' } });
  }

  /**
   * A page of workplaces, filtered by partnership (by its name, which a workplace names), province and a search
   * term; `restrictToPartnershipName` narrows partnership staff to their own partnership's workplaces.
   */
  page(
    filter: (Omit<WorkplaceFilter, 'partnershipId'> & { partnershipName?: string | null }) | null | undefined,
    page: PageInput | undefined,
    sort: WorkplaceSort,
  ) {
    const where: Prisma.WorkplaceWhereInput = {};
    if (filter?.partnershipName) where.sectoralPartnership = filter.partnershipName;
    if (filter?.province) where.province = filter.province;
    const search = filter?.search?.trim();
    if (search) {
      where.OR = [
        { name: { contains: search, mode: 'insensitive' } },
        { companyName: { contains: search, mode: 'insensitive' } },
        { municipality: { contains: search, mode: 'insensitive' } },
      ];
    }
    const orderBy: Prisma.WorkplaceOrderByWithRelationInput[] =
      sort === WorkplaceSort.CREATED_AT ? [{ createdAt: 'asc' }, { id: 'asc' }] : [{ name: 'asc' }, { id: 'asc' }];
    return paginate(
      page,
      (args) => this.prisma.workplace.findMany({ where, orderBy, ...args }),
      () => this.prisma.workplace.count({ where }),
    );
  }

  async get(id: string) {
    const workplace = await this.byId.load(id);
    if (!workplace) throw notFound(WORKPLACE, id);
    return workplace;
  }

  /** Registers a workplace after checking its KBO numbers and that it lies in Flanders or Brussels. */
  async register(input: RegisterWorkplaceInput) {
    const establishmentNumber = parseEstablishmentNumber(input.establishmentNumber);
    if (!establishmentNumber) {
      throw badUserInput('Ongeldig vestigingsnummer (controlegetal)', 'Invalid establishment number (check digits)', {
        field: 'establishmentNumber',
      });
    }
    const enterpriseNumber = parseEnterpriseNumber(input.enterpriseNumber);
    if (!enterpriseNumber) {
      throw badUserInput('Ongeldig ondernemingsnummer (controlegetal)', 'Invalid enterprise number (check digits)', {
        field: 'enterpriseNumber',
      });
    }
    const province = provinceOfPostalCode(input.postalCode);
    if (!province) {
      throw badUserInput('De vestiging ligt niet in Vlaanderen of Brussel', 'The establishment is not in Flanders or Brussels', {
        field: 'postalCode',
      });
    }
    const existing = await this.prisma.workplace.findUnique({ where: { establishmentNumber } });
    if (existing) {
      throw domainError(ErrorCode.Conflict, 'Deze vestiging is al geregistreerd', 'This establishment is already registered', {
        id: existing.id,
      });
    }
    // Linked to its company (same enterprise number) when that company is registered.
    const company = await this.prisma.company.findUnique({ where: { enterpriseNumber }, select: { id: true } });
    return this.prisma.workplace.create({
      data: {
        companyId: company?.id ?? null,
        establishmentNumber,
        enterpriseNumber,
        province,
        name: input.name.trim(),
        companyName: input.companyName.trim(),
        street: input.street.trim(),
        postalCode: input.postalCode,
        municipality: input.municipality.trim(),
        sectoralPartnership: input.sectoralPartnership,
      },
    });
  }
}

/** The request's WorkplaceService (one per request, so its DataLoader caches for that request only). */
export function workplaceServiceOf(ctx: DualLearningContext): WorkplaceService {
  return ctx.scoped(WorkplaceService, () => new WorkplaceService(ctx.prisma));
}
