import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { rolesAllowed, forbidden, PageInput, IdArg } from '@werkplek/subgraph-kit';
import { dualLearningPolicy } from '../access/policy.js';
import type { DualLearningContext } from '../context.js';
import { recognitionServiceOf } from '../recognition/recognition.service.js';
import { CompanyExclusion } from '../recognition/recognition.types.js';
import { Workplace } from '../workplace/workplace.types.js';
import { companyServiceOf } from './company.service.js';
import { Company, CompanyConnection, CompanyFilter, CompanySort, RegisterCompanyInput } from './company.types.js';

@Resolver(() => Company)
export class CompanyResolver {
  @Authorized(...rolesAllowed(dualLearningPolicy['Query.companies']))
  @Query(() => CompanyConnection, { description: 'Ondernemingen (een onderneming ziet enkel zichzelf)' })
  companies(
    @Arg('filter', () => CompanyFilter, { nullable: true }) filter: CompanyFilter | null,
    @Arg('page', () => PageInput, { nullable: true }) page: PageInput | null,
    @Arg('sort', () => CompanySort, { defaultValue: CompanySort.NAME }) sort: CompanySort,
    @Ctx() ctx: DualLearningContext,
  ) {
    return companyServiceOf(ctx).list(filter, page ?? undefined, sort);
  }

  @Authorized(...rolesAllowed(dualLearningPolicy['Query.company']))
  @Query(() => Company, { description: 'Eén onderneming' })
  company(@IdArg('id') id: string, @Ctx() ctx: DualLearningContext) {
    return companyServiceOf(ctx).get(id);
  }

  @Authorized(...rolesAllowed(dualLearningPolicy['Mutation.registerCompany']))
  @Mutation(() => Company, { description: 'Een onderneming registreren (KBO-nummer met controlegetal)' })
  registerCompany(@Arg('input', () => RegisterCompanyInput) input: RegisterCompanyInput, @Ctx() ctx: DualLearningContext) {
    return companyServiceOf(ctx).register(input);
  }

  /** Agency staff, inspectors, partnership staff and the company's own users; others (e.g. via Workplace.company) FORBIDDEN. */
  @FieldResolver(() => [CompanyExclusion], { nullable: true, description: '(Tijdelijke) uitsluitingen van de onderneming, nieuwste eerst (§3.6)' })
  exclusions(@Root() company: Company, @Ctx() ctx: DualLearningContext) {
    if (!companyServiceOf(ctx).mayRead(company.id)) {
      throw forbidden('Je mag de uitsluitingen van deze onderneming niet zien', "You may not read this company's exclusions");
    }
    return recognitionServiceOf(ctx).exclusionsByCompany.load(company.id);
  }

  /** The same readers as the exclusions: a company user only their own company's establishments. */
  @FieldResolver(() => [Workplace], { nullable: true, description: 'De vestigingen (werkplekken) van de onderneming, op naam' })
  workplaces(@Root() company: Company, @Ctx() ctx: DualLearningContext) {
    if (!companyServiceOf(ctx).mayRead(company.id)) {
      throw forbidden('Je mag de vestigingen van deze onderneming niet zien', "You may not read this company's establishments");
    }
    return companyServiceOf(ctx).workplacesByCompany.load(company.id);
  }
}
