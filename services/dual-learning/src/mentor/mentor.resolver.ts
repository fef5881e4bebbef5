import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { rolesAllowed, IdArg } from '@werkplek/subgraph-kit';
import { dualLearningPolicy } from '../access/policy.js';
import type { DualLearningContext } from '../context.js';
import type { Mentor as MentorRow } from '../generated/prisma/client.js';
import { workplaceServiceOf } from '../workplace/workplace.service.js';
import { Workplace } from '../workplace/workplace.types.js';
import { mentorServiceOf } from './mentor.service.js';
import { Mentor, RegisterMentorInput } from './mentor.types.js';

@Resolver(() => Mentor)
export class MentorResolver {
  @Authorized(...rolesAllowed(dualLearningPolicy['Query.mentors']))
  @Query(() => [Mentor], { description: 'De mentoren van een werkplek' })
  mentors(@IdArg('workplaceId') workplaceId: string, @Ctx() ctx: DualLearningContext) {
    return mentorServiceOf(ctx).listAt(workplaceId);
  }

  @Authorized(...rolesAllowed(dualLearningPolicy['Mutation.registerMentor']))
  @Mutation(() => Mentor, { description: 'Een mentor registreren bij een werkplek (rijksregisternummer wordt enkel gehasht bewaard)' })
  registerMentor(@Arg('input', () => RegisterMentorInput) input: RegisterMentorInput, @Ctx() ctx: DualLearningContext) {
    return mentorServiceOf(ctx).register(input);
  }

  @FieldResolver(() => Boolean, { description: 'Voldoet aan de leeftijds- en ervaringsvoorwaarden vandaag (BR-04)' })
  meetsConditions(@Root() mentor: MentorRow, @Ctx() ctx: DualLearningContext) {
    return mentorServiceOf(ctx).conditionProblems(mentor).length === 0;
  }

  @FieldResolver(() => [String], { description: 'Waarom de mentor (nog) niet voldoet (BR-04)' })
  conditionProblems(@Root() mentor: MentorRow, @Ctx() ctx: DualLearningContext) {
    return mentorServiceOf(ctx).conditionProblems(mentor);
  }

  @FieldResolver(() => Workplace)
  workplace(@Root() mentor: MentorRow, @Ctx() ctx: DualLearningContext) {
    return workplaceServiceOf(ctx).get(mentor.workplaceId);
  }
}
