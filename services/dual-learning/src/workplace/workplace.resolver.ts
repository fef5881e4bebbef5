import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Role } from '@werkplek/subgraph-kit';
import type { DualLearningContext } from '../context.js';
import { workplaceServiceOf } from './workplace.service.js';
import { RegisterWorkplaceInput, Workplace } from './workplace.types.js';

@Resolver(() => Workplace)
export class WorkplaceResolver {
  @Authorized(Role.AgencyStaff, Role.Inspector)
  @Query(() => [Workplace], { description: 'Alle werkplekken' })
  workplaces(@Ctx() ctx: DualLearningContext) {
    return workplaceServiceOf(ctx).list();
  }

  @Authorized(Role.AgencyStaff, Role.Inspector)
  @Query(() => Workplace, { description: 'Eén werkplek' })
  workplace(@Arg('id', () => ID) id: string, @Ctx() ctx: DualLearningContext) {
    return workplaceServiceOf(ctx).get(id);
  }

  @Authorized(Role.AgencyStaff)
  @Mutation(() => Workplace, { description: 'Een werkplek registreren' })
  registerWorkplace(
    @Arg('input', () => RegisterWorkplaceInput) input: RegisterWorkplaceInput,
    @Ctx() ctx: DualLearningContext,
  ) {
    return workplaceServiceOf(ctx).register(input);
  }
}
