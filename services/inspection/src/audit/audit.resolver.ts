import { rolesAllowed, IdArg, ExpectedVersionArg } from '@werkplek/subgraph-kit';
import { inspectionPolicy } from '../access/policy.js';
import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PageInput, requireUser, Role, StatusChange } from '@werkplek/subgraph-kit';
import type { InspectionContext } from '../context.js';
import type { Audit as AuditRow } from '../generated/prisma/client.js';
import { AuditSubjectType, InspectionTeam } from '../generated/prisma/enums.js';
import { Auditor } from '../auditor/auditor.types.js';
import { auditorServiceOf } from '../auditor/auditor.service.js';
import {
  AgreementReference,
  CourseReference,
  PartnershipReference,
  TrackReference,
  TrainingCentreReference,
  WorkplaceReference,
} from '../audited-subject/audited-subject.types.js';
import { allowedAuditSteps } from './allowed-steps.js';
import { auditServiceOf as serviceOf, type AssignmentWithAuditor } from './audit.service.js';
import {
  AssignAuditorsInput,
  Audit,
  AuditAssignment,
  AuditConnection,
  AuditFilter,
  AuditSort,
  AuditStepInput,
  CancelAuditInput,
  CloseAuditInput,
  CompleteAuditReportInput,
  PlanAuditInput,
  PrepareAuditInput,
  ReportAuditInput,
  RescheduleAuditInput,
  StartAuditInput,
} from './audit.types.js';

const readers = [Role.AgencyStaff, Role.Inspector, Role.CentreUser, Role.PartnershipStaff];
const planners = [Role.AgencyStaff, Role.Inspector];
const inspectors = [Role.Inspector];

/** A reference to another subgraph's entity, when the audit names one of that type. */
const ref = (id: string | null | undefined) => (id ? { id } : null);
const subjectOf = (audit: AuditRow, type: AuditSubjectType) => ref(audit.subjectType === type ? audit.subjectId : null);

@Resolver(() => Audit)
export class AuditResolver {
  @Authorized(...readers)
  @Query(() => AuditConnection, {
    description: 'Doorlichtingen die je mag zien (een centrum of partnerschap: de eigen gerapporteerde), op geplande dag',
  })
  audits(
    @Arg('filter', () => AuditFilter, { nullable: true }) filter: AuditFilter | undefined,
    @Arg('page', () => PageInput, { nullable: true }) page: PageInput | undefined,
    @Arg('sort', () => AuditSort, { defaultValue: AuditSort.SCHEDULED_ON_ASC }) sort: AuditSort,
    @Ctx() ctx: InspectionContext,
  ) {
    return serviceOf(ctx).list(filter, page, sort);
  }

  @Authorized(...readers)
  @Query(() => Audit, { description: 'Eén doorlichting' })
  audit(@IdArg('id') id: string, @Ctx() ctx: InspectionContext) {
    return serviceOf(ctx).audit(id);
  }

  @Authorized(...rolesAllowed(inspectionPolicy['Mutation.planAudit']))
  @Mutation(() => Audit, { description: 'Een doorlichting plannen (veilig te herhalen met dezelfde id)' })
  planAudit(@Arg('input', () => PlanAuditInput) input: PlanAuditInput, @Ctx() ctx: InspectionContext) {
    return serviceOf(ctx).plan(input);
  }

  @Authorized(...rolesAllowed(inspectionPolicy['Mutation.rescheduleAudit']))
  @Mutation(() => Audit, { description: 'De doorlichting verplaatsen (vóór het terreinbezoek)' })
  rescheduleAudit(@Arg('input', () => RescheduleAuditInput) input: RescheduleAuditInput, @ExpectedVersionArg() _expectedVersion: number | undefined, @Ctx() ctx: InspectionContext) {
    return serviceOf(ctx).reschedule(input);
  }

  @Authorized(...rolesAllowed(inspectionPolicy['Mutation.assignAuditors']))
  @Mutation(() => Audit, { description: 'Het team van de doorlichting vervangen (één leidend inspecteur)' })
  assignAuditors(@Arg('input', () => AssignAuditorsInput) input: AssignAuditorsInput, @ExpectedVersionArg() _expectedVersion: number | undefined, @Ctx() ctx: InspectionContext) {
    return serviceOf(ctx).assign(input);
  }

  @Authorized(...rolesAllowed(inspectionPolicy['Mutation.prepareAudit']))
  @Mutation(() => Audit, { description: 'De voorbereiding afronden; legt het geldende inspectiekader vast' })
  prepareAudit(@Arg('input', () => PrepareAuditInput) input: PrepareAuditInput, @ExpectedVersionArg() _expectedVersion: number | undefined, @Ctx() ctx: InspectionContext) {
    return serviceOf(ctx).prepare(input);
  }

  @Authorized(...rolesAllowed(inspectionPolicy['Mutation.startAudit']))
  @Mutation(() => Audit, { description: 'Het terreinbezoek of het toezicht starten' })
  startAudit(@Arg('input', () => StartAuditInput) input: StartAuditInput, @ExpectedVersionArg() _expectedVersion: number | undefined, @Ctx() ctx: InspectionContext) {
    return serviceOf(ctx).start(input);
  }

  @Authorized(...rolesAllowed(inspectionPolicy['Mutation.reportAudit']))
  @Mutation(() => Audit, { description: 'Het verslag opleveren (toezichtverslag met advies, doorlichtingsverslag)' })
  reportAudit(@Arg('input', () => ReportAuditInput) input: ReportAuditInput, @ExpectedVersionArg() _expectedVersion: number | undefined, @Ctx() ctx: InspectionContext) {
    return serviceOf(ctx).report(input);
  }

  @Authorized(...rolesAllowed(inspectionPolicy['Mutation.completeAuditReport']))
  @Mutation(() => Audit, { description: 'Het verslag bezorgen (Vlaams Partnerschap, commissie audit) of het verbeterplan goedkeuren' })
  completeAuditReport(@Arg('input', () => CompleteAuditReportInput) input: CompleteAuditReportInput, @ExpectedVersionArg() _expectedVersion: number | undefined, @Ctx() ctx: InspectionContext) {
    return serviceOf(ctx).completeReport(input);
  }

  @Authorized(...rolesAllowed(inspectionPolicy['Mutation.startAuditFollowUp']))
  @Mutation(() => Audit, { description: 'De opvolging van de aanbevelingen starten' })
  startAuditFollowUp(@Arg('input', () => AuditStepInput) input: AuditStepInput, @ExpectedVersionArg() _expectedVersion: number | undefined, @Ctx() ctx: InspectionContext) {
    return serviceOf(ctx).startFollowUp(input);
  }

  @Authorized(...rolesAllowed(inspectionPolicy['Mutation.closeAudit']))
  @Mutation(() => Audit, { description: 'De doorlichting afsluiten (geen openstaande aanbevelingen meer)' })
  closeAudit(@Arg('input', () => CloseAuditInput) input: CloseAuditInput, @ExpectedVersionArg() _expectedVersion: number | undefined, @Ctx() ctx: InspectionContext) {
    return serviceOf(ctx).close(input);
  }

  @Authorized(...rolesAllowed(inspectionPolicy['Mutation.cancelAudit']))
  @Mutation(() => Audit, { description: 'De doorlichting annuleren (vóór het verslag)' })
  cancelAudit(@Arg('input', () => CancelAuditInput) input: CancelAuditInput, @ExpectedVersionArg() _expectedVersion: number | undefined, @Ctx() ctx: InspectionContext) {
    return serviceOf(ctx).cancel(input);
  }

  @FieldResolver(() => String, { description: 'Referentie AUD-<jaar>-<nummer>' })
  reference(@Root() audit: AuditRow, @Ctx() ctx: InspectionContext) {
    return serviceOf(ctx).reference(audit);
  }

  @FieldResolver(() => [String], {
    description:
      'De stappen die jij nu mag zetten (workflow, rol, toewijzing): reschedule, assign, prepare, start, log, report, completeReport, ' +
      'startFollowUp, evaluateRecommendation, close, cancel; then uploadEvidence (een bewijsstuk toevoegen)',
  })
  async allowedSteps(@Root() audit: AuditRow, @Ctx() ctx: InspectionContext) {
    const team = await serviceOf(ctx).assignmentsOf.load(audit.id);
    return allowedAuditSteps(audit.status, requireUser(ctx), team.map((assignment) => assignment.auditor.userId));
  }

  @FieldResolver(() => String, { description: 'De stand in het Nederlands' })
  statusLabel(@Root() audit: AuditRow, @Ctx() ctx: InspectionContext) {
    return serviceOf(ctx).statusLabel(audit);
  }

  @FieldResolver(() => InspectionTeam, { description: 'Het team dat deze soort doorlichting uitvoert' })
  team(@Root() audit: AuditRow, @Ctx() ctx: InspectionContext) {
    return serviceOf(ctx).team(audit);
  }

  @FieldResolver(() => [AuditAssignment], { description: 'Het team van de doorlichting' })
  assignments(@Root() audit: AuditRow, @Ctx() ctx: InspectionContext) {
    return serviceOf(ctx).assignmentsOf.load(audit.id);
  }

  @FieldResolver(() => Auditor, { nullable: true, description: 'De leidend inspecteur of toezichthouder' })
  leadAuditor(@Root() audit: AuditRow, @Ctx() ctx: InspectionContext) {
    return serviceOf(ctx).leadAuditor(audit);
  }

  @FieldResolver(() => PartnershipReference, { nullable: true, description: 'Het sectoraal partnerschap (onderwerp of verantwoordelijk)' })
  partnership(@Root() audit: AuditRow) {
    return ref(audit.partnershipId);
  }

  @FieldResolver(() => TrainingCentreReference, { nullable: true, description: 'Het doorgelichte opleidingscentrum' })
  trainingCentre(@Root() audit: AuditRow) {
    return ref(audit.trainingCentreId);
  }

  @FieldResolver(() => TrackReference, { nullable: true })
  track(@Root() audit: AuditRow) {
    return subjectOf(audit, AuditSubjectType.TRACK);
  }

  @FieldResolver(() => CourseReference, { nullable: true })
  course(@Root() audit: AuditRow) {
    return subjectOf(audit, AuditSubjectType.COURSE);
  }

  @FieldResolver(() => WorkplaceReference, { nullable: true })
  workplace(@Root() audit: AuditRow) {
    return subjectOf(audit, AuditSubjectType.WORKPLACE);
  }

  @FieldResolver(() => AgreementReference, { nullable: true })
  agreement(@Root() audit: AuditRow) {
    return subjectOf(audit, AuditSubjectType.AGREEMENT);
  }

  @FieldResolver(() => Audit, { nullable: true, description: 'De doorlichting die deze opvolgt' })
  followUpOf(@Root() audit: AuditRow, @Ctx() ctx: InspectionContext) {
    return serviceOf(ctx).readable(audit.followUpOfId);
  }

  @FieldResolver(() => [Audit], { description: 'Opvolgingsdoorlichtingen van deze doorlichting' })
  followUps(@Root() audit: AuditRow, @Ctx() ctx: InspectionContext) {
    return serviceOf(ctx).followUpsOf.load(audit.id);
  }

  @FieldResolver(() => [StatusChange], { description: 'Geschiedenis, oudste eerst' })
  history(@Root() audit: AuditRow, @Ctx() ctx: InspectionContext) {
    return serviceOf(ctx).historyOf.load(audit.id);
  }
}

@Resolver(() => AuditAssignment)
export class AuditAssignmentResolver {
  @FieldResolver(() => Auditor)
  auditor(@Root() assignment: AuditAssignment & Partial<AssignmentWithAuditor>, @Ctx() ctx: InspectionContext) {
    return assignment.auditor ?? auditorServiceOf(ctx).byId.load(assignment.auditorId);
  }
}
