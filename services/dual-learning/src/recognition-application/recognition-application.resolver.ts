import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { rolesAllowed, PageInput, requireUser, IdArg, ExpectedVersionArg } from '@werkplek/subgraph-kit';
import { dualLearningPolicy } from '../access/policy.js';
import type { DualLearningContext } from '../context.js';
import type { RecognitionApplication as ApplicationRow } from '../generated/prisma/client.js';
import { Mentor } from '../mentor/mentor.types.js';
import { Partnership } from '../partnership/partnership.types.js';
import { Recognition } from '../recognition/recognition.types.js';
import { recognitionServiceOf } from '../recognition/recognition.service.js';
import { StatusChange } from '../shared/history.js';
import { TrainingProgramme } from '../training/training.types.js';
import { Workplace } from '../workplace/workplace.types.js';
import { allowedApplicationSteps } from './allowed-steps.js';
import { recognitionApplicationServiceOf as serviceOf, referenceOf } from './recognition-application.service.js';
import {
  ApplicationDecisionInput,
  ApplicationFilter,
  ApplicationHandlingAction,
  ApplicationSort,
  ApplicationVoteNode,
  CastApplicationVoteInput,
  CompanyConditionsInput,
  DeclareApplicationIncompleteInput,
  DecisionCycleResult,
  ApplicationMentorCheck,
  RecognitionApplication,
  RecognitionApplicationConnection,
  RecordHandlingActionInput,
  SubmitRecognitionApplicationInput,
} from './recognition-application.types.js';


@Resolver(() => RecognitionApplication)
export class RecognitionApplicationResolver {
  @Authorized(...rolesAllowed(dualLearningPolicy['Query.recognitionApplications']))
  @Query(() => RecognitionApplicationConnection, { description: 'Erkenningsaanvragen die je mag zien, gefilterd en gepagineerd' })
  recognitionApplications(
    @Arg('filter', () => ApplicationFilter, { nullable: true }) filter: ApplicationFilter | undefined,
    @Arg('sort', () => ApplicationSort, { defaultValue: ApplicationSort.SUBMITTED_AT_DESC }) sort: ApplicationSort,
    @Arg('page', () => PageInput, { nullable: true }) page: PageInput | undefined,
    @Ctx() ctx: DualLearningContext,
  ) {
    return serviceOf(ctx).list(filter, sort, page);
  }

  @Authorized(...rolesAllowed(dualLearningPolicy['Query.recognitionApplication']))
  @Query(() => RecognitionApplication, { description: 'Eén erkenningsaanvraag' })
  recognitionApplication(@IdArg('id') id: string, @Ctx() ctx: DualLearningContext) {
    return serviceOf(ctx).get(id);
  }

  @Authorized(...rolesAllowed(dualLearningPolicy['Mutation.submitRecognitionApplication']))
  @Mutation(() => RecognitionApplication, { description: 'Een erkenningsaanvraag indienen (BR-01, BR-05, BR-06, BR-07)' })
  submitRecognitionApplication(
    @Arg('input', () => SubmitRecognitionApplicationInput) input: SubmitRecognitionApplicationInput,
    @Ctx() ctx: DualLearningContext,
  ) {
    return serviceOf(ctx).submit(input);
  }

  @Authorized(...rolesAllowed(dualLearningPolicy['Mutation.declareApplicationIncomplete']))
  @Mutation(() => RecognitionApplication, { description: 'Dossier onvolledig: wat ontbreekt (BR-02)' })
  declareApplicationIncomplete(
    @Arg('input', () => DeclareApplicationIncompleteInput) input: DeclareApplicationIncompleteInput,
    @ExpectedVersionArg() _expectedVersion: number | undefined, @Ctx() ctx: DualLearningContext,
  ) {
    return serviceOf(ctx).declareIncomplete(input);
  }

  @Authorized(...rolesAllowed(dualLearningPolicy['Mutation.completeApplication']))
  @Mutation(() => RecognitionApplication, { description: 'De aanvrager vervolledigt het dossier: opnieuw ingediend' })
  completeApplication(@IdArg('applicationId') applicationId: string, @ExpectedVersionArg() _expectedVersion: number | undefined, @Ctx() ctx: DualLearningContext) {
    return serviceOf(ctx).complete(applicationId);
  }

  @Authorized(...rolesAllowed(dualLearningPolicy['Mutation.takeUpApplication']))
  @Mutation(() => RecognitionApplication, { description: 'In behandeling nemen' })
  takeUpApplication(@IdArg('applicationId') applicationId: string, @ExpectedVersionArg() _expectedVersion: number | undefined, @Ctx() ctx: DualLearningContext) {
    return serviceOf(ctx).takeUp(applicationId);
  }

  @Authorized(...rolesAllowed(dualLearningPolicy['Mutation.putApplicationOnHold']))
  @Mutation(() => RecognitionApplication, { description: 'In wacht zetten (bv. onderneming onbereikbaar)' })
  putApplicationOnHold(
    @IdArg('applicationId') applicationId: string,
    @Arg('reason', () => String, { nullable: true }) reason: string | undefined,
    @ExpectedVersionArg() _expectedVersion: number | undefined, @Ctx() ctx: DualLearningContext,
  ) {
    return serviceOf(ctx).putOnHold(applicationId, reason ?? null);
  }

  @Authorized(...rolesAllowed(dualLearningPolicy['Mutation.resumeApplication']))
  @Mutation(() => RecognitionApplication, { description: 'De behandeling hervatten' })
  resumeApplication(@IdArg('applicationId') applicationId: string, @ExpectedVersionArg() _expectedVersion: number | undefined, @Ctx() ctx: DualLearningContext) {
    return serviceOf(ctx).resume(applicationId);
  }

  @Authorized(...rolesAllowed(dualLearningPolicy['Mutation.recordHandlingAction']))
  @Mutation(() => RecognitionApplication, { description: 'Een behandelactie vastleggen (Tabel 9)' })
  recordHandlingAction(@Arg('input', () => RecordHandlingActionInput) input: RecordHandlingActionInput, @ExpectedVersionArg() _expectedVersion: number | undefined, @Ctx() ctx: DualLearningContext) {
    return serviceOf(ctx).recordHandlingAction(input);
  }

  @Authorized(...rolesAllowed(dualLearningPolicy['Mutation.recordCompanyConditions']))
  @Mutation(() => RecognitionApplication, { description: 'De voorwaarden van de onderneming vastleggen (BR-03)' })
  recordCompanyConditions(@Arg('input', () => CompanyConditionsInput) input: CompanyConditionsInput, @ExpectedVersionArg() _expectedVersion: number | undefined, @Ctx() ctx: DualLearningContext) {
    return serviceOf(ctx).recordCompanyConditions(input);
  }

  @Authorized(...rolesAllowed(dualLearningPolicy['Mutation.decideApplication']))
  @Mutation(() => RecognitionApplication, { description: 'Beslissen: goedkeuring, gedeeltelijke goedkeuring of afkeuring' })
  decideApplication(@Arg('input', () => ApplicationDecisionInput) input: ApplicationDecisionInput, @ExpectedVersionArg() _expectedVersion: number | undefined, @Ctx() ctx: DualLearningContext) {
    return serviceOf(ctx).decide(input);
  }

  @Authorized(...rolesAllowed(dualLearningPolicy['Mutation.proposeDecision']))
  @Mutation(() => RecognitionApplication, { description: 'Een beslissing voorstellen aan de sociale partners (zonder tegenbericht)' })
  proposeDecision(@Arg('input', () => ApplicationDecisionInput) input: ApplicationDecisionInput, @ExpectedVersionArg() _expectedVersion: number | undefined, @Ctx() ctx: DualLearningContext) {
    return serviceOf(ctx).proposeDecision(input);
  }

  @Authorized(...rolesAllowed(dualLearningPolicy['Mutation.castVote']))
  @Mutation(() => RecognitionApplication, { description: 'Stem of bezwaar van een stemgerechtigd lid (BR-10)' })
  castVote(@Arg('input', () => CastApplicationVoteInput) input: CastApplicationVoteInput, @ExpectedVersionArg() _expectedVersion: number | undefined, @Ctx() ctx: DualLearningContext) {
    return serviceOf(ctx).castVote(input);
  }

  @Authorized(...rolesAllowed(dualLearningPolicy['Mutation.runDecisionCycle']))
  @Mutation(() => DecisionCycleResult, { description: 'De beslissingsronde: stilzwijgend, eenparig, zonder tegenbericht (BR-10)' })
  runDecisionCycle(@Ctx() ctx: DualLearningContext) {
    return serviceOf(ctx).runDecisionCycle();
  }

  @FieldResolver(() => String, { description: 'ERK-<jaar>-<nummer>' })
  reference(@Root() application: ApplicationRow) {
    return referenceOf(application);
  }

  @FieldResolver(() => Boolean, { description: 'Niet beslist en de termijn van 14 dagen is verstreken (BR-01)' })
  overdue(@Root() application: ApplicationRow, @Ctx() ctx: DualLearningContext) {
    return serviceOf(ctx).overdue(application);
  }

  @FieldResolver(() => [String], {
    description:
      'De stappen die jij nu mag zetten (workflow, rol, partnerschap, beslissingsmechanisme): declareIncomplete, complete, takeUp, ' +
      'putOnHold, resume, recordHandlingAction, recordCompanyConditions, proposeDecision, castVote, approve, reject',
  })
  async allowedSteps(@Root() application: ApplicationRow, @Ctx() ctx: DualLearningContext) {
    const [partnership, workplace] = await Promise.all([
      recognitionServiceOf(ctx).partnershipById.load(application.partnershipId),
      serviceOf(ctx).workplaceOf(application),
    ]);
    if (!partnership) return [];
    return allowedApplicationSteps(
      { ...application, companyId: workplace?.companyId ?? null, decisionMechanism: partnership.decisionMechanism },
      requireUser(ctx),
      ctx.now(),
    );
  }

  @FieldResolver(() => Int, { description: 'Dagen sinds indiening (tot de beslissing)' })
  daysOpen(@Root() application: ApplicationRow, @Ctx() ctx: DualLearningContext) {
    return serviceOf(ctx).daysOpen(application);
  }

  @FieldResolver(() => Workplace)
  workplace(@Root() application: ApplicationRow, @Ctx() ctx: DualLearningContext) {
    return serviceOf(ctx).workplaceOf(application);
  }

  @FieldResolver(() => TrainingProgramme)
  training(@Root() application: ApplicationRow, @Ctx() ctx: DualLearningContext) {
    return recognitionServiceOf(ctx).trainingById.load(application.trainingId);
  }

  @FieldResolver(() => Partnership, { description: 'Het bevoegde partnerschap (BR-06)' })
  partnership(@Root() application: ApplicationRow, @Ctx() ctx: DualLearningContext) {
    return recognitionServiceOf(ctx).partnershipById.load(application.partnershipId);
  }

  @FieldResolver(() => [Mentor])
  async mentors(@Root() application: ApplicationRow, @Ctx() ctx: DualLearningContext) {
    return (await serviceOf(ctx).mentorsOf.load(application.id)).map((row) => row.mentor);
  }

  @FieldResolver(() => [ApplicationMentorCheck], { description: 'Toets van de mentorvoorwaarden (BR-04)' })
  mentorChecks(@Root() application: ApplicationRow, @Ctx() ctx: DualLearningContext) {
    return serviceOf(ctx).mentorChecks(application);
  }

  @FieldResolver(() => [ApplicationHandlingAction], { description: 'Behandelacties (Tabel 9)' })
  actions(@Root() application: ApplicationRow, @Ctx() ctx: DualLearningContext) {
    return serviceOf(ctx).actionsOf.load(application.id);
  }

  @FieldResolver(() => [ApplicationVoteNode], { description: 'Stemmen en bezwaren (BR-10)' })
  votes(@Root() application: ApplicationRow, @Ctx() ctx: DualLearningContext) {
    return serviceOf(ctx).votesOf.load(application.id);
  }

  @FieldResolver(() => [StatusChange], { description: 'Geschiedenis, oudste eerst' })
  history(@Root() application: ApplicationRow, @Ctx() ctx: DualLearningContext) {
    return recognitionServiceOf(ctx).historyOf.load(application.id);
  }

  @FieldResolver(() => Recognition, { nullable: true, description: 'De erkenning die uit de goedkeuring volgde' })
  recognition(@Root() application: ApplicationRow, @Ctx() ctx: DualLearningContext) {
    return serviceOf(ctx).recognitionOf(application);
  }
}
