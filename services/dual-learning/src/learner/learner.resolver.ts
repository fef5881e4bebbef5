import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { rolesAllowed, PageInput } from '@werkplek/subgraph-kit';
import { dualLearningPolicy } from '../access/policy.js';
import type { DualLearningContext } from '../context.js';
import { learnerServiceOf } from './learner.service.js';
import { Learner, LearnerConnection, RegisterLearnerInput } from './learner.types.js';

@Resolver(() => Learner)
export class LearnerResolver {
  @Authorized(...rolesAllowed(dualLearningPolicy['Query.learners']))
  @Query(() => LearnerConnection, { description: 'Leerlingen, op naam' })
  learners(@Arg('page', () => PageInput, { nullable: true }) page: PageInput | null, @Ctx() ctx: DualLearningContext) {
    return learnerServiceOf(ctx).list(page ?? undefined);
  }

  @Authorized(...rolesAllowed(dualLearningPolicy['Mutation.registerLearner']))
  @Mutation(() => Learner, { description: 'Een leerling registreren' })
  registerLearner(@Arg('input', () => RegisterLearnerInput) input: RegisterLearnerInput, @Ctx() ctx: DualLearningContext) {
    return learnerServiceOf(ctx).register(input);
  }
}
