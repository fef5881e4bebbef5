import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { PageInput, Role } from '@werkplek/subgraph-kit';
import type { DualLearningContext } from '../context.js';
import { learnerServiceOf } from './learner.service.js';
import { Learner, LearnerConnection, RegisterLearnerInput } from './learner.types.js';

@Resolver(() => Learner)
export class LearnerResolver {
  @Authorized(Role.AgencyStaff, Role.Inspector)
  @Query(() => LearnerConnection, { description: 'Leerlingen, op naam' })
  learners(@Arg('page', () => PageInput, { nullable: true }) page: PageInput | null, @Ctx() ctx: DualLearningContext) {
    return learnerServiceOf(ctx).list(page ?? undefined);
  }

  @Authorized(Role.AgencyStaff, Role.PartnershipStaff, Role.SchoolUser)
  @Mutation(() => Learner, { description: 'Een leerling registreren' })
  registerLearner(@Arg('input', () => RegisterLearnerInput) input: RegisterLearnerInput, @Ctx() ctx: DualLearningContext) {
    return learnerServiceOf(ctx).register(input);
  }
}
