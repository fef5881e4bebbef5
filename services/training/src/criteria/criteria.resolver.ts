import { Arg, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { rolesAllowed } from '@werkplek/subgraph-kit';
import { trainingPolicy } from '../access/policy.js';
import type { TrainingContext } from '../context.js';
import type { CriteriaVersion as CriteriaVersionRow } from '../generated/prisma/client.js';
import { criteriaServiceOf } from './criteria.service.js';
import { CriteriaVersion, Criterion, MarkRule } from './criteria.types.js';

@Resolver(() => CriteriaVersion)
export class CriteriaVersionResolver {
  @Authorized(...rolesAllowed(trainingPolicy['Query.criteriaVersions']))
  @Query(() => [CriteriaVersion], { description: 'De versies van de criteria (kader sturend beleid), oudste eerst' })
  criteriaVersions(@Ctx() ctx: TrainingContext) {
    return criteriaServiceOf(ctx).list();
  }

  @Authorized(...rolesAllowed(trainingPolicy['Query.criteriaVersion']))
  @Query(() => CriteriaVersion, { description: 'Eén criteriaversie, op code (PRE_2018, 2018_2019)' })
  criteriaVersion(@Arg('code', () => String) code: string, @Ctx() ctx: TrainingContext) {
    return criteriaServiceOf(ctx).byCode(code);
  }

  @FieldResolver(() => [Criterion], { description: 'De criteria, in volgorde' })
  criteria(@Root() version: CriteriaVersionRow, @Ctx() ctx: TrainingContext) {
    return criteriaServiceOf(ctx).criteriaOf.load(version.id);
  }

  @FieldResolver(() => [MarkRule], { description: 'De regel per kenmerk' })
  rules(@Root() version: CriteriaVersionRow, @Ctx() ctx: TrainingContext) {
    return criteriaServiceOf(ctx).rulesOf.load(version.id);
  }
}
