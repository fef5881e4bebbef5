import { Role } from '@werkplek/auth';
import { badUserInput, domainError, ErrorCode, forbidden, loaderByGroup, loaderById, notFound, paginate, requireUser, type PageInput } from '@werkplek/subgraph-kit';
import type { DualLearningContext } from '../context.js';
import { CompanySizeClass } from '../generated/prisma/enums.js';
import type { Prisma } from '../generated/prisma/client.js';
import { normaliseJointCommittee } from '../partnership/routing.js';
import { parseEnterpriseNumber } from '../workplace/belgian-numbers.js';
import { CompanySort, type CompanyFilter, type RegisterCompanyInput } from './company.types.js';

const COMPANY = { nl: 'Onderneming', en: 'Company' };

export class CompanyService {
  readonly byId;
  /** A company's workplaces (vestigingen) by name (Company.workplaces): one query for all companies of a request. */
  readonly workplacesByCompany;

  constructor(private readonly ctx: DualLearningContext) {
    this.byId = loaderById((ids) => ctx.prisma.company.findMany({ where: { id: { in: [...ids] } } }));
    this.workplacesByCompany = loaderByGroup(
      (ids) => ctx.prisma.workplace.findMany({ where: { companyId: { in: [...ids] } }, orderBy: [{ name: 'asc' }, { id: 'asc' }] }),
      (row) => row.companyId ?? '',
    );
  }

  /** A company user reads only their own company; agency staff, inspectors and partnership staff read all. */
  mayRead(companyId: string): boolean {
    const user = requireUser(this.ctx);
    if (user.role === Role.CompanyUser) return user.companyId === companyId;
    return user.role === Role.AgencyStaff || user.role === Role.Inspector || user.role === Role.PartnershipStaff;
  }

  async get(id: string) {
    if (!this.mayRead(id)) throw forbidden('Dit is niet jouw onderneming', 'This is not your company');
    const company = await this.byId.load(id);
    if (!company) throw notFound(COMPANY, id);
    return company;
  }

  list(filter: CompanyFilter | null | undefined, page: PageInput | undefined, sort: CompanySort) {
    const user = requireUser(this.ctx);
    const where: Prisma.CompanyWhereInput = {};
    if (user.role === Role.CompanyUser) where.id = user.companyId ?? '00000000-0000-0000-0000-000000000000';
    const search = filter?.search?.trim();
    if (search) {
      const digits = search.replace(/[\s.]/g, '');
      where.OR = [
        { name: { contains: search, mode: 'insensitive' } },
        ...(/^\d+$/.test(digits) ? [{ enterpriseNumber: { contains: digits } }] : []),
      ];
    }
    if (filter?.jointCommittee) where.jointCommittees = { has: normaliseJointCommittee(filter.jointCommittee) };
    if (filter?.sizeClass) where.sizeClass = filter.sizeClass;
    if (filter?.publicAuthority !== undefined && filter?.publicAuthority !== null) where.publicAuthority = filter.publicAuthority;
    const orderBy: Prisma.CompanyOrderByWithRelationInput[] =
      sort === CompanySort.ENTERPRISE_NUMBER ? [{ enterpriseNumber: 'asc' }, { id: 'asc' }] : [{ name: 'asc' }, { id: 'asc' }];
    return paginate(
      page,
      (args) => this.ctx.prisma.company.findMany({ where, orderBy, ...args }),
      () => this.ctx.prisma.company.count({ where }),
    );
  }

  /** Registers a company after checking its KBO enterprise number (mod-97 check digits). */
  async register(input: RegisterCompanyInput) {
    const enterpriseNumber = parseEnterpriseNumber(input.enterpriseNumber);
    if (!enterpriseNumber) {
      throw badUserInput('Ongeldig ondernemingsnummer (controlegetal)', 'Invalid enterprise number (check digits)', {
        field: 'enterpriseNumber',
      });
    }
    const existing = await this.ctx.prisma.company.findUnique({ where: { enterpriseNumber } });
    if (existing) {
      throw domainError(ErrorCode.Conflict, 'Deze onderneming is al geregistreerd', 'This company is already registered', {
        id: existing.id,
      });
    }
    return this.ctx.prisma.$transaction(async (tx) => {
      const company = await tx.company.create({
        data: {
          enterpriseNumber,
          name: input.name.trim(),
          jointCommittees: [...new Set((input.jointCommittees ?? []).map(normaliseJointCommittee))],
          sizeClass: input.sizeClass ?? CompanySizeClass.UNKNOWN,
          publicAuthority: input.publicAuthority ?? false,
        },
      });
      // Workplaces registered earlier under this enterprise number now point at their company.
      await tx.workplace.updateMany({ where: { enterpriseNumber, companyId: null }, data: { companyId: company.id } });
      return company;
    });
  }
}

export function companyServiceOf(ctx: DualLearningContext): CompanyService {
  return ctx.scoped(CompanyService, () => new CompanyService(ctx));
}
