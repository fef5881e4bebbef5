import { Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { rolesAllowed, historyOrder, StatusChange, IdArg } from '@werkplek/subgraph-kit';
import { dualLearningPolicy } from '../access/policy.js';
import type { DualLearningContext } from '../context.js';

export { historyOrder, recordStatusChange, StatusChange } from '@werkplek/subgraph-kit';

@Resolver()
export class HistoryResolver {
  @Authorized(...rolesAllowed(dualLearningPolicy['Query.history']))
  @Query(() => [StatusChange], { description: 'De volledige geschiedenis van een dossier, oudste eerst' })
  history(@IdArg('entityId') entityId: string, @Ctx() ctx: DualLearningContext) {
    return ctx.prisma.statusChange.findMany({ where: { entityId }, orderBy: historyOrder });
  }
}
