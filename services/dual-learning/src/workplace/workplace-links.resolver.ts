import { Role } from '@werkplek/auth';
import { Arg, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { rolesAllowed, forbidden, PageInput, requireUser } from '@werkplek/subgraph-kit';
import { dualLearningPolicy } from '../access/policy.js';
import { Company } from '../company/company.types.js';
import { companyServiceOf } from '../company/company.service.js';
import type { DualLearningContext } from '../context.js';
import type { Workplace as WorkplaceRow } from '../generated/prisma/client.js';
import { partnershipServiceOf } from '../partnership/partnership.service.js';
import { Partnership } from '../partnership/partnership.types.js';
import { workplaceServiceOf } from './workplace.service.js';
import { Workplace, WorkplaceConnection, WorkplaceFilter, WorkplaceSort } from './workplace.types.js';

/** The paged workplace list and the workplace's links to its company and partnership (batched through loaders). */
@Resolver(() => Workplace)
export class WorkplaceLinksResolver {
  @Authorized(...rolesAllowed(dualLearningPolicy['Query.workplacePage']))
  @Query(() => WorkplaceConnection, { description: 'Werkplekken per pagina, filterbaar op partnerschap en provincie' })
  async workplacePage(
    @Arg('filter', () => WorkplaceFilter, { nullable: true }) filter: WorkplaceFilter | null,
    @Arg('page', () => PageInput, { nullable: true }) page: PageInput | null,
    @Arg('sort', () => WorkplaceSort, { defaultValue: WorkplaceSort.NAME }) sort: WorkplaceSort,
    @Ctx() ctx: DualLearningContext,
  ) {
    const user = requireUser(ctx);
    let partnershipId = filter?.partnershipId ?? null;
    if (user.role === Role.PartnershipStaff) {
      if (partnershipId && partnershipId !== user.partnershipId) {
        throw forbidden('Enkel de werkplekken van je eigen partnerschap', "Only your own partnership's workplaces");
      }
      partnershipId = user.partnershipId ?? null;
    }
    let partnershipName: string | null = null;
    if (partnershipId) partnershipName = (await partnershipServiceOf(ctx).get(partnershipId)).name;
    return workplaceServiceOf(ctx).page({ province: filter?.province, search: filter?.search, partnershipName }, page ?? undefined, sort);
  }

  @FieldResolver(() => Company, { nullable: true, description: 'De onderneming (zelfde ondernemingsnummer)' })
  company(@Root() workplace: WorkplaceRow, @Ctx() ctx: DualLearningContext) {
    return workplace.companyId ? companyServiceOf(ctx).byId.load(workplace.companyId) : null;
  }

  @FieldResolver(() => Partnership, { nullable: true, description: 'Het bevoegde partnerschap' })
  partnership(@Root() workplace: WorkplaceRow, @Ctx() ctx: DualLearningContext) {
    return partnershipServiceOf(ctx).byWorkplaceName(workplace.sectoralPartnership);
  }
}
