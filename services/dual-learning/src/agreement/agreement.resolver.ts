import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { rolesAllowed, LocalDateScalar, PageInput, IdArg, ExpectedVersionArg } from '@werkplek/subgraph-kit';
import { dualLearningPolicy } from '../access/policy.js';
import type { DualLearningContext } from '../context.js';
import { TerminationReason } from '../generated/prisma/enums.js';
import { Learner } from '../learner/learner.types.js';
import { Mentor } from '../mentor/mentor.types.js';
import { TrainingProgramme } from '../training/training.types.js';
import { Workplace } from '../workplace/workplace.types.js';
import { agreementSchoolYear, agreementServiceOf } from './agreement.service.js';
import { suspendedOver60Days } from './agreement-rules.js';
import type { Agreement as AgreementRow } from '../generated/prisma/client.js';
import { startOfDay } from '../shared/calendar.js';
import {
  Agreement,
  AgreementConnection,
  AgreementFilter,
  AgreementSort,
  EndAgreementSuspensionInput,
  RegisterAgreementInput,
} from './agreement.types.js';


@Resolver(() => Agreement)
export class AgreementResolver {
  @Authorized(...rolesAllowed(dualLearningPolicy['Query.agreements']))
  @Query(() => AgreementConnection, { description: 'Overeenkomsten, gefilterd en gepagineerd' })
  agreements(
    @Ctx() ctx: DualLearningContext,
    @Arg('filter', () => AgreementFilter, { nullable: true }) filter?: AgreementFilter,
    @Arg('sort', () => AgreementSort, { nullable: true }) sort?: AgreementSort,
    @Arg('page', () => PageInput, { nullable: true }) page?: PageInput,
  ) {
    return agreementServiceOf(ctx).list(filter, sort, page);
  }

  @Authorized(...rolesAllowed(dualLearningPolicy['Query.agreement']))
  @Query(() => Agreement, { description: 'Eén overeenkomst' })
  agreement(@IdArg('id') id: string, @Ctx() ctx: DualLearningContext) {
    return agreementServiceOf(ctx).get(id);
  }

  @Authorized(...rolesAllowed(dualLearningPolicy['Mutation.registerAgreement']))
  @Mutation(() => Agreement, { description: 'Een overeenkomst registreren (BR-30, BR-31, caps §4.2)' })
  registerAgreement(@Arg('input', () => RegisterAgreementInput) input: RegisterAgreementInput, @Ctx() ctx: DualLearningContext) {
    return agreementServiceOf(ctx).register(input);
  }

  @Authorized(...rolesAllowed(dualLearningPolicy['Mutation.endAgreement']))
  @Mutation(() => Agreement, { description: 'Afsluiten: voorziene einddatum bereikt (Afgelopen)' })
  endAgreement(@IdArg('id') id: string, @ExpectedVersionArg() _expectedVersion: number | undefined, @Ctx() ctx: DualLearningContext) {
    return agreementServiceOf(ctx).end(id);
  }

  @Authorized(...rolesAllowed(dualLearningPolicy['Mutation.terminateAgreementEarly']))
  @Mutation(() => Agreement, { description: 'Vroegtijdig beëindigen met een reden (BR-34, BR-32)' })
  terminateAgreementEarly(
    @IdArg('id') id: string,
    @Arg('reason', () => TerminationReason) reason: TerminationReason,
    @Arg('endDate', () => LocalDateScalar) endDate: Date,
    @ExpectedVersionArg() _expectedVersion: number | undefined, @Ctx() ctx: DualLearningContext,
  ) {
    return agreementServiceOf(ctx).terminateEarly(id, reason, endDate);
  }

  @Authorized(...rolesAllowed(dualLearningPolicy['Mutation.suspendAgreement']))
  @Mutation(() => Agreement, { description: 'Schorsen vanaf een datum (BR-32)' })
  suspendAgreement(
    @IdArg('id') id: string,
    @Arg('from', () => LocalDateScalar) from: Date,
    @ExpectedVersionArg() _expectedVersion: number | undefined, @Ctx() ctx: DualLearningContext,
  ) {
    return agreementServiceOf(ctx).suspend(id, from);
  }

  @Authorized(...rolesAllowed(dualLearningPolicy['Mutation.endAgreementSuspension']))
  @Mutation(() => Agreement, { description: 'De schorsing beëindigen: de overeenkomst loopt verder vanaf de hervatting (BR-32)' })
  endAgreementSuspension(
    @Arg('input', () => EndAgreementSuspensionInput) input: EndAgreementSuspensionInput,
    @ExpectedVersionArg() _expectedVersion: number | undefined, @Ctx() ctx: DualLearningContext,
  ) {
    return agreementServiceOf(ctx).endSuspension(input);
  }

  @FieldResolver(() => [String], {
    description: 'De stappen die jij nu mag zetten (workflow, rol, onderneming, partnerschap): end, terminateEarly, suspend, endSuspension',
  })
  allowedSteps(@Root() agreement: AgreementRow, @Ctx() ctx: DualLearningContext) {
    return agreementServiceOf(ctx).allowedSteps(agreement);
  }

  @FieldResolver(() => Boolean, {
    description: 'Vandaag langer dan 60 dagen geschorst: reden tot vroegtijdige beëindiging (BR-32)',
  })
  suspendedOver60Days(@Root() agreement: AgreementRow, @Ctx() ctx: DualLearningContext) {
    return agreement.status === 'RUNNING' && suspendedOver60Days(agreement.suspendedFrom, startOfDay(ctx.now()));
  }

  @FieldResolver(() => String, { description: 'Schooljaar van de start, 1 juli – 30 juni (BR-33), bv. 2017-2018' })
  schoolYear(@Root() agreement: Agreement) {
    return agreementSchoolYear(agreement.startDate);
  }

  @FieldResolver(() => Workplace)
  workplace(@Root() agreement: Agreement, @Ctx() ctx: DualLearningContext) {
    return agreementServiceOf(ctx).workplaceById.load(agreement.workplaceId);
  }

  @FieldResolver(() => TrainingProgramme)
  training(@Root() agreement: Agreement, @Ctx() ctx: DualLearningContext) {
    return agreementServiceOf(ctx).trainingById.load(agreement.trainingId);
  }

  @FieldResolver(() => Learner)
  learner(@Root() agreement: Agreement, @Ctx() ctx: DualLearningContext) {
    return agreementServiceOf(ctx).learnerById.load(agreement.learnerId);
  }

  @FieldResolver(() => Mentor, { nullable: true })
  mentor(@Root() agreement: Agreement, @Ctx() ctx: DualLearningContext) {
    return agreement.mentorId ? agreementServiceOf(ctx).mentorById.load(agreement.mentorId) : null;
  }
}
