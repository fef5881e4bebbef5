import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { rolesAllowed, LocalDateScalar, PageInput, IdArg, ExpectedVersionArg } from '@werkplek/subgraph-kit';
import { dualLearningPolicy } from '../access/policy.js';
import type { DualLearningContext } from '../context.js';
import type { Recognition as RecognitionRow } from '../generated/prisma/client.js';
import { Mentor } from '../mentor/mentor.types.js';
import { Partnership } from '../partnership/partnership.types.js';
import { StatusChange } from '../shared/history.js';
import { TrainingProgramme } from '../training/training.types.js';
import { workplaceServiceOf } from '../workplace/workplace.service.js';
import { Workplace } from '../workplace/workplace.types.js';
import { recognitionValidOn } from './recognition-validity.js';
import { recognitionServiceOf as serviceOf } from './recognition.service.js';
import {
  CompanyExclusion,
  ExcludeCompanyInput,
  Recognition,
  RecognitionConnection,
  RecognitionFilter,
  RecognitionSort,
  WithdrawRecognitionInput,
} from './recognition.types.js';


@Resolver(() => Recognition)
export class RecognitionResolver {
  @Authorized(...rolesAllowed(dualLearningPolicy['Query.recognitions']))
  @Query(() => RecognitionConnection, { description: 'Erkenningen die je mag zien' })
  recognitions(
    @Arg('filter', () => RecognitionFilter, { nullable: true }) filter: RecognitionFilter | undefined,
    @Arg('page', () => PageInput, { nullable: true }) page: PageInput | undefined,
    @Arg('sort', () => RecognitionSort, { nullable: true, description: 'Zonder: nieuwste validFrom eerst' }) sort: RecognitionSort | undefined,
    @Ctx() ctx: DualLearningContext,
  ) {
    return serviceOf(ctx).list(filter, page, sort);
  }

  @Authorized(...rolesAllowed(dualLearningPolicy['Query.recognition']))
  @Query(() => Recognition, { description: 'Eén erkenning' })
  recognition(@IdArg('id') id: string, @Ctx() ctx: DualLearningContext) {
    return serviceOf(ctx).get(id);
  }

  @Authorized(...rolesAllowed(dualLearningPolicy['Query.validRecognition']))
  @Query(() => Recognition, { nullable: true, description: 'De erkenning die op die dag geldt voor werkplek en opleiding' })
  async validRecognition(
    @IdArg('workplaceId') workplaceId: string,
    @IdArg('trainingId') trainingId: string,
    @Arg('on', () => LocalDateScalar) on: Date,
    @Ctx() ctx: DualLearningContext,
  ) {
    const found = await recognitionValidOn(ctx.prisma, workplaceId, trainingId, on);
    return found ? serviceOf(ctx).get(found.id).catch(() => null) : null;
  }

  @Authorized(...rolesAllowed(dualLearningPolicy['Mutation.withdrawRecognition']))
  @Mutation(() => Recognition, { description: 'Een erkenning opheffen: nieuwe aanvraag kan vanaf morgen (§3.6)' })
  withdrawRecognition(@Arg('input', () => WithdrawRecognitionInput) input: WithdrawRecognitionInput, @ExpectedVersionArg() _expectedVersion: number | undefined, @Ctx() ctx: DualLearningContext) {
    return serviceOf(ctx).withdraw(input);
  }

  @Authorized(...rolesAllowed(dualLearningPolicy['Mutation.excludeCompany']))
  @Mutation(() => Recognition, { description: 'De onderneming (tijdelijk) uitsluiten: geen nieuwe aanvraag zolang het duurt (§3.6)' })
  excludeCompany(@Arg('input', () => ExcludeCompanyInput) input: ExcludeCompanyInput, @Ctx() ctx: DualLearningContext) {
    return serviceOf(ctx).exclude(input);
  }

  @Authorized(...rolesAllowed(dualLearningPolicy['Mutation.liftCompanyExclusion']))
  @Mutation(() => CompanyExclusion, { description: 'Een uitsluiting opheffen: de onderneming mag weer een aanvraag indienen (§3.6)' })
  liftCompanyExclusion(
    @IdArg('id') id: string,
    @Arg('reason', () => String) reason: string,
    @ExpectedVersionArg() _expectedVersion: number | undefined, @Ctx() ctx: DualLearningContext,
  ) {
    return serviceOf(ctx).liftExclusion(id, reason);
  }

  @FieldResolver(() => Workplace)
  workplace(@Root() recognition: RecognitionRow, @Ctx() ctx: DualLearningContext) {
    return workplaceServiceOf(ctx).byId.load(recognition.workplaceId);
  }

  @FieldResolver(() => TrainingProgramme)
  training(@Root() recognition: RecognitionRow, @Ctx() ctx: DualLearningContext) {
    return serviceOf(ctx).trainingById.load(recognition.trainingId);
  }

  @FieldResolver(() => Partnership)
  partnership(@Root() recognition: RecognitionRow, @Ctx() ctx: DualLearningContext) {
    return serviceOf(ctx).partnershipById.load(recognition.partnershipId);
  }

  @FieldResolver(() => [Mentor])
  async mentors(@Root() recognition: RecognitionRow, @Ctx() ctx: DualLearningContext) {
    return (await serviceOf(ctx).mentorsByRecognition.load(recognition.id)).map((row) => row.mentor);
  }

  @FieldResolver(() => [StatusChange], { description: 'Geschiedenis, oudste eerst' })
  history(@Root() recognition: RecognitionRow, @Ctx() ctx: DualLearningContext) {
    return serviceOf(ctx).historyOf.load(recognition.id);
  }
}
