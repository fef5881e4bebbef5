import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { rolesAllowed, PageInput, requireUser, IdArg, ExpectedVersionArg } from '@werkplek/subgraph-kit';
import { dualLearningPolicy } from '../access/policy.js';
import type { DualLearningContext } from '../context.js';
import type { Complaint as ComplaintRow } from '../generated/prisma/client.js';
import { Partnership } from '../partnership/partnership.types.js';
import { StatusChange } from '../shared/history.js';
import { allowedComplaintSteps } from './allowed-steps.js';
import { complaintServiceOf } from './complaint.service.js';
import {
  AcknowledgeComplaintInput,
  Complaint,
  ComplaintConnection,
  ComplaintFilter,
  ComplaintSort,
  DecideComplaintInput,
  RegisterComplaintInput,
  RouteComplaintInput,
} from './complaint.types.js';


@Resolver(() => Complaint)
export class ComplaintResolver {
  @Authorized(...rolesAllowed(dualLearningPolicy['Query.complaints']))
  @Query(() => ComplaintConnection, { description: 'Klachten en meldingen (partnerschapsmedewerkers: van hun partnerschap)' })
  complaints(
    @Arg('filter', () => ComplaintFilter, { nullable: true }) filter: ComplaintFilter | undefined,
    @Arg('sort', () => ComplaintSort, { defaultValue: ComplaintSort.RECEIVED_ON_DESC }) sort: ComplaintSort,
    @Arg('page', () => PageInput, { nullable: true }) page: PageInput | undefined,
    @Ctx() ctx: DualLearningContext,
  ) {
    return complaintServiceOf(ctx).list(filter ?? undefined, sort, page ?? undefined);
  }

  @Authorized(...rolesAllowed(dualLearningPolicy['Query.complaint']))
  @Query(() => Complaint, { description: 'Eén klacht of melding' })
  complaint(@IdArg('id') id: string, @Ctx() ctx: DualLearningContext) {
    return complaintServiceOf(ctx).get(id);
  }

  @Authorized(...rolesAllowed(dualLearningPolicy['Mutation.registerComplaint']))
  @Mutation(() => Complaint, { description: 'Een klacht of melding registreren (klachtbegeleider of partnerschap dat klachten opneemt)' })
  registerComplaint(@Arg('input', () => RegisterComplaintInput) input: RegisterComplaintInput, @Ctx() ctx: DualLearningContext) {
    return complaintServiceOf(ctx).register(input);
  }

  @Authorized(...rolesAllowed(dualLearningPolicy['Mutation.acknowledgeComplaint']))
  @Mutation(() => Complaint, { description: 'De ontvangst bevestigen, met het resultaat van de ontvankelijkheid (BR-46)' })
  acknowledgeComplaint(
    @IdArg('id') id: string,
    @Arg('input', () => AcknowledgeComplaintInput, { nullable: true }) input: AcknowledgeComplaintInput | undefined,
    @ExpectedVersionArg() _expectedVersion: number | undefined, @Ctx() ctx: DualLearningContext,
  ) {
    return complaintServiceOf(ctx).acknowledge(id, input ?? undefined);
  }

  @Authorized(...rolesAllowed(dualLearningPolicy['Mutation.declareComplaintInadmissible']))
  @Mutation(() => Complaint, { description: 'Gemotiveerd onontvankelijk verklaren (alleen klachten)' })
  declareComplaintInadmissible(
    @IdArg('id') id: string,
    @Arg('reason', () => String) reason: string,
    @ExpectedVersionArg() _expectedVersion: number | undefined, @Ctx() ctx: DualLearningContext,
  ) {
    return complaintServiceOf(ctx).declareInadmissible(id, reason);
  }

  @Authorized(...rolesAllowed(dualLearningPolicy['Mutation.routeComplaint']))
  @Mutation(() => Complaint, { description: 'Doorverwijzen (BR-50: naar een partnerschap alleen als het klachten opneemt)' })
  routeComplaint(
    @IdArg('id') id: string,
    @Arg('input', () => RouteComplaintInput) input: RouteComplaintInput,
    @ExpectedVersionArg() _expectedVersion: number | undefined, @Ctx() ctx: DualLearningContext,
  ) {
    return complaintServiceOf(ctx).route(id, input);
  }

  @Authorized(...rolesAllowed(dualLearningPolicy['Mutation.startComplaintInvestigation']))
  @Mutation(() => Complaint, { description: 'Het onafhankelijk onderzoek starten' })
  startComplaintInvestigation(
    @IdArg('id') id: string,
    @Arg('note', () => String, { nullable: true }) note: string | undefined,
    @ExpectedVersionArg() _expectedVersion: number | undefined, @Ctx() ctx: DualLearningContext,
  ) {
    return complaintServiceOf(ctx).startInvestigation(id, note);
  }

  @Authorized(...rolesAllowed(dualLearningPolicy['Mutation.recordComplaintInvestigativeAct']))
  @Mutation(() => Complaint, { description: 'Een onderzoeksdaad registreren' })
  recordComplaintInvestigativeAct(
    @IdArg('id') id: string,
    @Arg('description', () => String) description: string,
    @ExpectedVersionArg() _expectedVersion: number | undefined, @Ctx() ctx: DualLearningContext,
  ) {
    return complaintServiceOf(ctx).recordInvestigativeAct(id, description);
  }

  @Authorized(...rolesAllowed(dualLearningPolicy['Mutation.decideComplaint']))
  @Mutation(() => Complaint, { description: 'Beslissing van de klachtenraad' })
  decideComplaint(
    @IdArg('id') id: string,
    @Arg('input', () => DecideComplaintInput) input: DecideComplaintInput,
    @ExpectedVersionArg() _expectedVersion: number | undefined, @Ctx() ctx: DualLearningContext,
  ) {
    return complaintServiceOf(ctx).decide(id, input);
  }

  @Authorized(...rolesAllowed(dualLearningPolicy['Mutation.investigateComplaintFurther']))
  @Mutation(() => Complaint, { description: 'De klachtenraad beslist verder te onderzoeken' })
  investigateComplaintFurther(
    @IdArg('id') id: string,
    @Arg('reason', () => String) reason: string,
    @ExpectedVersionArg() _expectedVersion: number | undefined, @Ctx() ctx: DualLearningContext,
  ) {
    return complaintServiceOf(ctx).investigateFurther(id, reason);
  }

  @Authorized(...rolesAllowed(dualLearningPolicy['Mutation.closeComplaint']))
  @Mutation(() => Complaint, { description: 'Afsluiten met de afsluitende e-mail (BR-47, BR-48)' })
  closeComplaint(@IdArg('id') id: string, @ExpectedVersionArg() _expectedVersion: number | undefined, @Ctx() ctx: DualLearningContext) {
    return complaintServiceOf(ctx).close(id);
  }

  @FieldResolver(() => Boolean, { description: 'Ontvangst niet bevestigd binnen 10 kalenderdagen (BR-46)' })
  acknowledgeOverdue(@Root() complaint: ComplaintRow, @Ctx() ctx: DualLearningContext) {
    return complaintServiceOf(ctx).acknowledgeOverdue(complaint);
  }

  @FieldResolver(() => Boolean, { description: 'Niet afgesloten binnen 45 kalenderdagen (BR-47)' })
  closeOverdue(@Root() complaint: ComplaintRow, @Ctx() ctx: DualLearningContext) {
    return complaintServiceOf(ctx).closeOverdue(complaint);
  }

  @FieldResolver(() => Boolean, { description: 'Ontvangst later dan 10 kalenderdagen bevestigd (BR-46)' })
  acknowledgedLate(@Root() complaint: ComplaintRow) {
    return complaint.acknowledgedOn !== null && complaint.acknowledgedOn > complaint.acknowledgeDueOn;
  }

  @FieldResolver(() => Boolean, { description: 'Later dan 45 kalenderdagen afgesloten (BR-47)' })
  closedLate(@Root() complaint: ComplaintRow) {
    return complaint.status === 'CLOSED' && complaint.closedOn !== null && complaint.closedOn > complaint.closeDueOn;
  }

  @FieldResolver(() => Partnership, { nullable: true })
  partnership(@Root() complaint: ComplaintRow, @Ctx() ctx: DualLearningContext) {
    return complaint.partnershipId ? complaintServiceOf(ctx).partnershipById.load(complaint.partnershipId) : null;
  }

  @FieldResolver(() => [StatusChange], { description: 'Geschiedenis, oudste eerst' })
  history(@Root() complaint: ComplaintRow, @Ctx() ctx: DualLearningContext) {
    return complaintServiceOf(ctx).historyOf.load(complaint.id);
  }

  @FieldResolver(() => [String], {
    description:
      'De stappen die jij nu mag zetten (workflow, rol, partnerschap, BR-50): acknowledge, declareInadmissible, route, ' +
      'startInvestigation, recordInvestigativeAct, decide, investigateFurther, close',
  })
  async allowedSteps(@Root() complaint: ComplaintRow, @Ctx() ctx: DualLearningContext) {
    const partnership = complaint.partnershipId ? await complaintServiceOf(ctx).partnershipById.load(complaint.partnershipId) : null;
    return allowedComplaintSteps(complaint, partnership?.takesComplaints ?? false, requireUser(ctx));
  }
}
