import { ArrayMaxSize, ArrayMinSize, IsOptional, Length, Matches, MaxLength, ValidateNested } from 'class-validator';
import { Directive, Field, ID, InputType, ObjectType, registerEnumType, Int } from 'type-graphql';
import { connectionOf, LocalDateScalar } from '@werkplek/subgraph-kit';
import { AuditKind, AuditResult, AuditRole, AuditStatus, AuditSubjectType, InspectionTeam } from '../generated/prisma/enums.js';
import { AuditorAssignmentInput } from '../auditor/auditor.types.js';
import { UUID_PATTERN } from '../shared/input.js';

// The audit module owns the audit's enums (registered once, here).
registerEnumType(AuditKind, {
  name: 'AuditKind',
  description: 'Soort doorlichting / kind of audit',
  valuesConfig: {
    PARTNERSHIP_SUPERVISION: { description: 'Toezicht op de processen van een sectoraal partnerschap (team toezicht)' },
    TRACK_INSPECTION: { description: 'Inspectie ondernemerschapstrajecten van een Syntra (team inspectie)' },
    DUAL_QUALITY_AUDIT: { description: 'Gezamenlijke kwaliteitsdoorlichting duaal traject, met de onderwijsinspectie' },
    APPRENTICESHIP_FOLLOW_UP: { description: 'Opvolgingsdoorlichting leertijd door een paritair college' },
    WORKPLACE_AUDIT: { description: 'Doorlichting van een erkende werkplek' },
  },
});
registerEnumType(AuditStatus, {
  name: 'AuditStatus',
  description: 'Stand van een doorlichting / audit status',
  valuesConfig: {
    PLANNED: { description: 'Gepland' },
    PREPARED: { description: 'Voorbereid' },
    IN_PROGRESS: { description: 'In uitvoering (terreinbezoek, toezicht)' },
    REPORTED: { description: 'Gerapporteerd' },
    FOLLOW_UP: { description: 'In opvolging' },
    CLOSED: { description: 'Afgesloten' },
    CANCELLED: { description: 'Geannuleerd' },
  },
});
registerEnumType(AuditSubjectType, {
  name: 'AuditSubjectType',
  description: 'Waarover de doorlichting gaat (een entiteit van een ander domein)',
  valuesConfig: {
    PARTNERSHIP: { description: 'Sectoraal partnerschap' },
    TRAINING_CENTRE: { description: 'Opleidingscentrum (Syntra)' },
    TRACK: { description: 'Traject' },
    COURSE: { description: 'Cursus' },
    WORKPLACE: { description: 'Erkende werkplek' },
    AGREEMENT: { description: 'Overeenkomst alternerende opleiding' },
  },
});
registerEnumType(AuditResult, {
  name: 'AuditResult',
  description: 'Resultaat van de doorlichting',
  valuesConfig: { POSITIVE: { description: 'Positief' }, NOT_POSITIVE: { description: 'Niet positief' } },
});
registerEnumType(InspectionTeam, {
  name: 'InspectionTeam',
  description: 'Team van de entiteit Toezicht en inspectie',
  valuesConfig: { SUPERVISION: { description: 'Team Toezicht' }, INSPECTION: { description: 'Team Inspectie' } },
});

export enum AuditSort {
  SCHEDULED_ON_ASC = 'SCHEDULED_ON_ASC',
  SCHEDULED_ON_DESC = 'SCHEDULED_ON_DESC',
  REFERENCE_ASC = 'REFERENCE_ASC',
  REFERENCE_DESC = 'REFERENCE_DESC',
  STATUS_ASC = 'STATUS_ASC',
  STATUS_DESC = 'STATUS_DESC',
}
registerEnumType(AuditSort, {
  name: 'AuditSort',
  description:
    'Volgorde van doorlichtingen: geplande dag, referentie (het volgnummer) of status (in de volgorde van de workflow); ' +
    'bij gelijke waarde op geplande dag en volgnummer',
});
export { AuditKind, AuditResult, AuditStatus, AuditSubjectType, InspectionTeam };

/**
 * An audit's own fields. Other modules add theirs with their own resolver classes on this type (checklist, evidence,
 * findings, recommendations, revocation proposals), so each stays in its folder.
 */
@ObjectType('Audit', { description: 'Een doorlichting, inspectie of toezicht' })
@Directive('@key(fields: "id")')
export class Audit {
  @Field(() => ID)
  id!: string;

  number!: number;

  @Field(() => AuditKind)
  kind!: AuditKind;

  @Field(() => String)
  title!: string;

  @Field(() => String, { nullable: true, description: 'Toezichtfocus of thema (bv. erkenning, eindproeven)' })
  focus!: string | null;

  @Field(() => AuditSubjectType)
  subjectType!: AuditSubjectType;

  @Field(() => ID)
  subjectId!: string;

  trainingCentreId!: string | null;
  partnershipId!: string | null;

  @Field(() => String, { nullable: true, description: 'Bezochte lesplaats' })
  teachingLocation!: string | null;

  templateId!: string | null;

  @Field(() => AuditStatus)
  status!: AuditStatus;

  @Field(() => LocalDateScalar)
  scheduledOn!: Date;

  @Field(() => LocalDateScalar, { nullable: true })
  preparedOn!: Date | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Voorbereidingsbundel ontvangen van het partnerschap' })
  preparationPackReceivedOn!: Date | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Datum van het terreinbezoek of het toezicht' })
  performedOn!: Date | null;

  @Field(() => AuditResult, { nullable: true })
  result!: AuditResult | null;

  @Field(() => String, { nullable: true, description: 'Verslag (toezichtverslag, doorlichtingsverslag)' })
  reportSummary!: string | null;

  @Field(() => String, { nullable: true, description: 'Advies aan het partnerschap of besluit' })
  advice!: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  reportedOn!: Date | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Gerapporteerd aan het Vlaams Partnerschap' })
  reportedToFlemishPartnershipOn!: Date | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Bezorgd aan de commissie audit' })
  reportedToAuditCommitteeOn!: Date | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Verbeterplan goedgekeurd' })
  improvementPlanApprovedOn!: Date | null;

  followUpOfId!: string | null;
  planItemId!: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  closedOn!: Date | null;

  @Field(() => String, { nullable: true })
  cancelledReason!: string | null;

  @Field(() => String, { nullable: true })
  notes!: string | null;

  createdBy!: string;

  @Field(() => Int, { description: 'Versie: stijgt bij elke wijziging; stuur ze mee als expectedVersion' })
  version!: number;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date)
  updatedAt!: Date;
}

export const AuditConnection = connectionOf(Audit, 'Audit');

@ObjectType('AuditAssignment', { description: 'Een auditor in het team van een doorlichting, met zijn rol' })
export class AuditAssignment {
  @Field(() => ID)
  id!: string;

  auditId!: string;
  auditorId!: string;

  @Field(() => AuditRole)
  role!: AuditRole;
}

const anId = (field: string) => Matches(UUID_PATTERN, { message: `${field}: een geldige id / a valid id` });
const MAX_TEAM = 20;

@InputType('PlanAuditInput', { description: 'Een doorlichting plannen; de id komt van de client (veilig te herhalen)' })
export class PlanAuditInput {
  @Field(() => ID, { description: 'Door de client gekozen id: dezelfde aanvraag opnieuw geeft dezelfde doorlichting' })
  @anId('id')
  id!: string;

  @Field(() => AuditKind)
  kind!: AuditKind;

  @Field(() => String)
  @Length(3, 200, { message: 'titel: 3 tot 200 tekens / title: 3 to 200 characters' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'Toezichtfocus of thema (bv. erkenning, opheffing, eindproeven)' })
  @IsOptional()
  @Length(2, 500, { message: 'focus: 2 tot 500 tekens / focus: 2 to 500 characters' })
  focus?: string | null;

  @Field(() => AuditSubjectType)
  subjectType!: AuditSubjectType;

  @Field(() => ID)
  @anId('subjectId')
  subjectId!: string;

  @Field(() => ID, { nullable: true, description: 'Het doorgelichte opleidingscentrum (Syntra)' })
  @IsOptional()
  @anId('trainingCentreId')
  trainingCentreId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Het sectoraal partnerschap' })
  @IsOptional()
  @anId('partnershipId')
  partnershipId?: string | null;

  @Field(() => String, { nullable: true, description: 'De bezochte lesplaats' })
  @IsOptional()
  @Length(2, 200, { message: 'lesplaats: 2 tot 200 tekens / teachingLocation: 2 to 200 characters' })
  teachingLocation?: string | null;

  @Field(() => LocalDateScalar, { description: 'Geplande dag, niet in het verleden' })
  scheduledOn!: Date;

  @Field(() => [AuditorAssignmentInput], { nullable: true, description: 'Het team; leeg laten mag (jaarplanning)' })
  @IsOptional()
  @ArrayMaxSize(MAX_TEAM, { message: `hoogstens ${MAX_TEAM} auditoren / at most ${MAX_TEAM} auditors` })
  @ValidateNested({ each: true })
  auditors?: AuditorAssignmentInput[] | null;

  @Field(() => ID, { nullable: true, description: 'De gerapporteerde doorlichting die deze opvolgt (opvolgingsdoorlichting)' })
  @IsOptional()
  @anId('followUpOfId')
  followUpOfId?: string | null;
}

@InputType('AuditStepInput', { description: 'Een stap in een doorlichting' })
export class AuditStepInput {
  @Field(() => ID)
  @anId('auditId')
  auditId!: string;

  @Field(() => ID, { nullable: true, description: 'Door de client gekozen id: dezelfde stap opnieuw verzonden gebeurt maar één keer' })
  @IsOptional()
  @anId('clientMutationId')
  clientMutationId?: string | null;
}

@InputType('RescheduleAuditInput', { description: 'Een doorlichting verplaatsen (vóór het terreinbezoek)' })
export class RescheduleAuditInput extends AuditStepInput {
  @Field(() => LocalDateScalar)
  scheduledOn!: Date;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(3, 2000, { message: 'reden: 3 tot 2000 tekens / reason: 3 to 2000 characters' })
  reason?: string | null;
}

@InputType('AssignAuditorsInput', { description: 'Het team van een doorlichting vervangen (met één leidend inspecteur)' })
export class AssignAuditorsInput extends AuditStepInput {
  @Field(() => [AuditorAssignmentInput])
  @ArrayMinSize(1, { message: 'minstens één auditor / at least one auditor' })
  @ArrayMaxSize(MAX_TEAM, { message: `hoogstens ${MAX_TEAM} auditoren / at most ${MAX_TEAM} auditors` })
  @ValidateNested({ each: true })
  auditors!: AuditorAssignmentInput[];
}

@InputType('PrepareAuditInput', { description: 'De voorbereiding afronden' })
export class PrepareAuditInput extends AuditStepInput {
  @Field(() => LocalDateScalar, { nullable: true, description: 'Voorbereidingsbundel ontvangen (verplicht bij toezicht op een partnerschap)' })
  @IsOptional()
  preparationPackReceivedOn?: Date | null;
}

@InputType('StartAuditInput', { description: 'Het terreinbezoek of het toezicht starten' })
export class StartAuditInput extends AuditStepInput {
  @Field(() => LocalDateScalar, { description: 'Dag van het terreinbezoek, niet in de toekomst' })
  performedOn!: Date;
}

@InputType('ReportAuditInput', { description: 'Het verslag opleveren' })
export class ReportAuditInput extends AuditStepInput {
  @Field(() => String, { description: 'Verslag (toezichtverslag, doorlichtingsverslag)' })
  @Length(20, 20000, { message: 'verslag: 20 tot 20000 tekens / reportSummary: 20 to 20000 characters' })
  reportSummary!: string;

  @Field(() => String, { nullable: true, description: 'Advies aan het partnerschap (verplicht bij toezicht) of besluit' })
  @IsOptional()
  @Length(10, 10000, { message: 'advies: 10 tot 10000 tekens / advice: 10 to 10000 characters' })
  advice?: string | null;

  @Field(() => AuditResult, { nullable: true, description: 'Resultaat (verplicht bij een opvolgingsdoorlichting leertijd)' })
  @IsOptional()
  result?: AuditResult | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Dag van het verslag (standaard vandaag)' })
  @IsOptional()
  reportedOn?: Date | null;
}

@InputType('CompleteAuditReportInput', { description: 'Het verslag verder bezorgen of het verbeterplan goedkeuren' })
export class CompleteAuditReportInput extends AuditStepInput {
  @Field(() => LocalDateScalar, { nullable: true, description: 'Toezichtverslag bezorgd aan het Vlaams Partnerschap (toezicht)' })
  @IsOptional()
  reportedToFlemishPartnershipOn?: Date | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Inspectieverslag bezorgd aan de commissie audit (Team Inspectie)' })
  @IsOptional()
  reportedToAuditCommitteeOn?: Date | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Verbeterplan goedgekeurd (leertijd)' })
  @IsOptional()
  improvementPlanApprovedOn?: Date | null;
}

@InputType('CloseAuditInput', { description: 'De doorlichting afsluiten' })
export class CloseAuditInput extends AuditStepInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(3, 2000, { message: 'notitie: 3 tot 2000 tekens / note: 3 to 2000 characters' })
  note?: string | null;
}

@InputType('CancelAuditInput', { description: 'De doorlichting annuleren (vóór het verslag)' })
export class CancelAuditInput extends AuditStepInput {
  @Field(() => String)
  @Length(10, 2000, { message: 'reden: 10 tot 2000 tekens / reason: 10 to 2000 characters' })
  reason!: string;
}

@InputType('AuditFilter', { description: 'Doorlichtingen filteren' })
export class AuditFilter {
  @Field(() => [AuditKind], { nullable: true })
  @IsOptional()
  kinds?: AuditKind[] | null;

  @Field(() => [AuditStatus], { nullable: true })
  @IsOptional()
  statuses?: AuditStatus[] | null;

  @Field(() => AuditSubjectType, { nullable: true })
  @IsOptional()
  subjectType?: AuditSubjectType | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @anId('subjectId')
  subjectId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @anId('trainingCentreId')
  trainingCentreId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @anId('partnershipId')
  partnershipId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Doorlichtingen waarin deze auditor zit' })
  @IsOptional()
  @anId('auditorId')
  auditorId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Alleen de doorlichtingen waaraan ik toegewezen ben' })
  @IsOptional()
  assignedToMe?: boolean | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Gepland vanaf (inclusief)' })
  @IsOptional()
  scheduledFrom?: Date | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Gepland tot (inclusief)' })
  @IsOptional()
  scheduledTo?: Date | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Met een openstaande aanbeveling waarvan de afgesproken realisatiedatum verstreken is (false: zonder)',
  })
  @IsOptional()
  overdue?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Zoeken in de titel of op referentie (AUD-2026-0017)' })
  @IsOptional()
  @MaxLength(100, { message: 'search: hoogstens 100 tekens / at most 100 characters' })
  search?: string | null;
}
