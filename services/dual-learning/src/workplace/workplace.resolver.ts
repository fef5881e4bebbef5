import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { rolesAllowed, IdArg } from '@werkplek/subgraph-kit';
import { dualLearningPolicy } from '../access/policy.js';
import type { DualLearningContext } from '../context.js';
import { workplaceServiceOf } from './workplace.service.js';
import { RegisterWorkplaceInput, Workplace } from './workplace.types.js';

@Resolver(() => Workplace)
export class WorkplaceResolver {
  @Authorized(...rolesAllowed(dualLearningPolicy['Query.workplaces']))
  @Query(() => [Workplace], { description: 'Alle werkplekken' })
  workplaces(@Ctx() ctx: DualLearningContext) {
    return workplaceServiceOf(ctx).list();
  }

  @Authorized(...rolesAllowed(dualLearningPolicy['Query.workplace']))
  @Query(() => Workplace, { description: 'Eén werkplek' })
  workplace(@IdArg('id') id: string, @Ctx() ctx: DualLearningContext) {
    return workplaceServiceOf(ctx).get(id);
  }

  @Authorized(...rolesAllowed(dualLearningPolicy['Mutation.registerWorkplace']))
  @Mutation(() => Workplace, { description: 'Een werkplek registreren' })
  registerWorkplace(
    @Arg('input', () => RegisterWorkplaceInput) input: RegisterWorkplaceInput,
    @Ctx() ctx: DualLearningContext,
  ) {
    return workplaceServiceOf(ctx).register(input);
  }
}
