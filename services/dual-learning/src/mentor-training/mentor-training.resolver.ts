import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { rolesAllowed, LocalDateScalar, IdArg, ExpectedVersionArg } from '@werkplek/subgraph-kit';
import { dualLearningPolicy } from '../access/policy.js';
import type { DualLearningContext } from '../context.js';
import { MentorTrainingExemption } from '../generated/prisma/enums.js';
import { Mentor } from '../mentor/mentor.types.js';
import { mentorTrainingServiceOf } from './mentor-training.service.js';
import { OverdueMentor } from './mentor-training.types.js';

@Resolver()
export class MentorTrainingResolver {
  @Authorized(...rolesAllowed(dualLearningPolicy['Mutation.registerMentorTraining']))
  @Mutation(() => Mentor, { description: 'De mentor is ingeschreven voor de mentoropleiding' })
  registerMentorTraining(
    @IdArg('mentorId') mentorId: string,
    @Arg('on', () => LocalDateScalar) on: Date,
    @ExpectedVersionArg() _expectedVersion: number | undefined, @Ctx() ctx: DualLearningContext,
  ) {
    return mentorTrainingServiceOf(ctx).register(mentorId, on);
  }

  @Authorized(...rolesAllowed(dualLearningPolicy['Mutation.completeMentorTraining']))
  @Mutation(() => Mentor, { description: 'De mentor heeft de mentoropleiding gevolgd (mentorattest)' })
  completeMentorTraining(
    @IdArg('mentorId') mentorId: string,
    @Arg('on', () => LocalDateScalar) on: Date,
    @ExpectedVersionArg() _expectedVersion: number | undefined, @Ctx() ctx: DualLearningContext,
  ) {
    return mentorTrainingServiceOf(ctx).complete(mentorId, on);
  }

  @Authorized(...rolesAllowed(dualLearningPolicy['Mutation.grantMentorTrainingExemption']))
  @Mutation(() => Mentor, { description: 'Vrijstelling van de mentoropleiding op een aanvaarde grond (BR-22)' })
  grantMentorTrainingExemption(
    @IdArg('mentorId') mentorId: string,
    @Arg('ground', () => MentorTrainingExemption) ground: MentorTrainingExemption,
    @ExpectedVersionArg() _expectedVersion: number | undefined, @Ctx() ctx: DualLearningContext,
  ) {
    return mentorTrainingServiceOf(ctx).exempt(mentorId, ground);
  }

  @Authorized(...rolesAllowed(dualLearningPolicy['Query.mentorsOverdue']))
  @Query(() => [OverdueMentor], { description: 'Mentoren met een verstreken termijn voor de verplichte mentoropleiding (BR-21, BR-24)' })
  mentorsOverdue(
    @Ctx() ctx: DualLearningContext,
    @IdArg('partnershipId', { nullable: true }) partnershipId?: string,
    @Arg('asOf', () => LocalDateScalar, { nullable: true }) asOf?: Date,
  ) {
    return mentorTrainingServiceOf(ctx).overdue(partnershipId, asOf);
  }
}
