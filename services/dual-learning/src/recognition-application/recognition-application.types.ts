import { ArrayMaxSize, ArrayMinSize, IsBoolean, IsDefined, IsOptional, IsUUID, Length, ValidateIf } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { connectionOf, LocalDateScalar } from '@werkplek/subgraph-kit';
import {
  ApplicationStatus,
  DecisionOutcome,
  HandlingAction,
  Province,
  RejectionReason,
  SubmitterType,
} from '../generated/prisma/enums.js';
import '../workplace/workplace.types.js'; // registers Province

registerEnumType(ApplicationStatus, {
  name: 'ApplicationStatus',
  description: 'Ingediend, Dossier onvolledig, In behandeling, In wacht, Afgekeurd, Goedgekeurd, Opgeheven (§2.13)',
});
registerEnumType(HandlingAction, {
  name: 'HandlingAction',
  description: 'Actie 1 administratieve controle, 2 contact onderneming, 3 plaatsbezoek, 4 extern advies (Tabel 9)',
});
registerEnumType(RejectionReason, { name: 'RejectionReason', description: 'De vijf redenen van afkeuring (Tabel 10, BR-08)' });
registerEnumType(SubmitterType, { name: 'SubmitterType', description: 'Wie diende in: de onderneming of een gemachtigde (BR-07)' });
registerEnumType(DecisionOutcome, {
  name: 'DecisionOutcome',
  description: 'Goedkeuring, gedeeltelijke goedkeuring (BR-09) of afkeuring',
});

export enum ApplicationSort {
  SUBMITTED_AT_DESC = 'SUBMITTED_AT_DESC',
  SUBMITTED_AT_ASC = 'SUBMITTED_AT_ASC',
  DUE_ON_ASC = 'DUE_ON_ASC',
}
registerEnumType(ApplicationSort, { name: 'ApplicationSort', description: 'Volgorde van erkenningsaanvragen' });

/** A recognition application (erkenningsaanvraag) for one workplace and one training. */
@ObjectType('RecognitionApplication', { description: 'Erkenningsaanvraag voor één werkplek en één opleiding' })
export class RecognitionApplication {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: 'Volgnummer achter de referentie ERK-<jaar>-<nummer>' })
  number!: number;

  @Field(() => ApplicationStatus)
  status!: ApplicationStatus;

  @Field(() => SubmitterType)
  submitterType!: SubmitterType;

  @Field(() => String)
  submittedByName!: string;

  @Field(() => Boolean, { description: 'Ondertekende verklaring van de school (BR-07)' })
  signedDeclaration!: boolean;

  @Field(() => Boolean)
  dual!: boolean;

  @Field(() => Boolean, { description: 'Staat er een leerling te wachten?' })
  learnerWaiting!: boolean;

  @Field(() => Boolean)
  priority!: boolean;

  @Field(() => Date)
  submittedAt!: Date;

  @Field(() => LocalDateScalar, { description: 'Uiterste behandeldatum: indiening + 14 kalenderdagen (BR-01)' })
  dueOn!: Date;

  @Field(() => Boolean, { nullable: true, description: 'Administratief in orde (BR-03)' })
  companyInOrder!: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Organisatie en uitrusting volstaan (BR-03)' })
  equipmentSufficient!: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Voldoende financiële draagkracht (BR-03)' })
  financiallyCapable!: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Geen veroordelingen (BR-03)' })
  noConvictions!: boolean | null;

  @Field(() => [String], { description: 'Ontbrekende informatie of documenten (BR-02)' })
  missingItems!: string[];

  @Field(() => DecisionOutcome, { nullable: true, description: 'Beslissing, of voorstel zolang decidedAt leeg is' })
  outcome!: DecisionOutcome | null;

  @Field(() => RejectionReason, { nullable: true })
  rejectionReason!: RejectionReason | null;

  @Field(() => [String], { description: 'Uitgesloten activiteiten bij gedeeltelijke goedkeuring (BR-09)' })
  excludedActivities!: string[];

  @Field(() => Date, { nullable: true })
  decidedAt!: Date | null;

  @Field(() => String, { nullable: true })
  decidedByName!: string | null;

  workplaceId!: string;
  trainingId!: string;
  partnershipId!: string;
  submittedById!: string;

  @Field(() => Int, { description: 'Versie: stijgt bij elke wijziging; stuur ze mee als expectedVersion' })
  version!: number;
}

export const RecognitionApplicationConnection = connectionOf(RecognitionApplication, 'RecognitionApplication');

@ObjectType('ApplicationHandlingAction', { description: 'Een behandelactie binnen de termijn (Tabel 9)' })
export class ApplicationHandlingAction {
  @Field(() => ID)
  id!: string;

  @Field(() => HandlingAction)
  action!: HandlingAction;

  @Field(() => LocalDateScalar)
  performedOn!: Date;

  @Field(() => String)
  performedByName!: string;

  @Field(() => String, { nullable: true })
  note!: string | null;
}

@ObjectType('ApplicationVote', { description: 'Stem of bezwaar van een stemgerechtigd lid (BR-10)' })
export class ApplicationVoteNode {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  voterName!: string;

  @Field(() => Boolean)
  approve!: boolean;

  @Field(() => String, { nullable: true })
  reason!: string | null;

  @Field(() => Date)
  castAt!: Date;
}

@ObjectType('ApplicationMentorCheck', { description: 'Toets van de mentorvoorwaarden (BR-04)' })
export class ApplicationMentorCheck {
  @Field(() => ID)
  mentorId!: string;

  @Field(() => String)
  name!: string;

  @Field(() => Int)
  age!: number;

  @Field(() => Int)
  yearsOfExperience!: number;

  @Field(() => Boolean, { description: '≥ 25 jaar, of ≥ 23 jaar met 5 jaar ervaring' })
  meetsConditions!: boolean;
}

@ObjectType('DecisionCycleResult', { description: 'Wat een beslissingsronde besliste (BR-10)' })
export class DecisionCycleResult {
  @Field(() => [RecognitionApplication])
  approved!: RecognitionApplication[];

  @Field(() => [RecognitionApplication])
  rejected!: RecognitionApplication[];
}

@InputType('SubmitRecognitionApplicationInput', { description: 'Een erkenningsaanvraag indienen' })
export class SubmitRecognitionApplicationInput {
  @Field(() => ID)
  workplaceId!: string;

  @Field(() => ID)
  trainingId!: string;

  @Field(() => [ID], { description: 'Mentoren van de werkplek' })
  @ArrayMinSize(1, { message: 'minstens één mentor / at least one mentor' })
  @ArrayMaxSize(20, { message: 'hoogstens 20 mentoren / at most 20 mentors' })
  // A malformed id must be a clear input error, not a database error (found by the authorization matrix: 500).
  @IsUUID('all', { each: true, message: 'mentorIds: geen geldige id / not a valid id' })
  mentorIds!: string[];

  @Field(() => Boolean, { defaultValue: false, description: 'Ondertekende verklaring (verplicht voor een school, BR-07)' })
  signedDeclaration: boolean = false;

  @Field(() => Boolean, { defaultValue: true })
  dual: boolean = true;

  @Field(() => Boolean, { defaultValue: false })
  learnerWaiting: boolean = false;

  @Field(() => Boolean, { defaultValue: false })
  priority: boolean = false;
}

@InputType('DeclareApplicationIncompleteInput', { description: 'Dossier onvolledig verklaren (BR-02)' })
export class DeclareApplicationIncompleteInput {
  @Field(() => ID)
  applicationId!: string;

  @Field(() => [String], { description: 'Welke informatie of documenten ontbreken' })
  @ArrayMinSize(1, { message: 'noem wat ontbreekt / name what is missing' })
  @Length(2, 300, { each: true, message: 'elk item: 2 tot 300 tekens / each item: 2 to 300 characters' })
  missingItems!: string[];
}

@InputType('ApplicationDecisionInput', { description: 'Beslissen over een aanvraag, of een beslissing voorstellen' })
export class ApplicationDecisionInput {
  @Field(() => ID)
  applicationId!: string;

  @Field(() => DecisionOutcome)
  outcome!: DecisionOutcome;

  @Field(() => RejectionReason, { nullable: true, description: 'Verplicht bij afkeuring (BR-08)' })
  @ValidateIf((input: ApplicationDecisionInput) => input.outcome === DecisionOutcome.REJECTION)
  @IsDefined({ message: 'reden van afkeuring is verplicht / a rejection reason is required' })
  rejectionReason?: RejectionReason | null;

  @Field(() => [String], { nullable: true, description: 'Verplicht bij gedeeltelijke goedkeuring (BR-09)' })
  @ValidateIf((input: ApplicationDecisionInput) => input.outcome === DecisionOutcome.PARTIAL_APPROVAL)
  @IsDefined({ message: 'noem de uitgesloten activiteiten / name the excluded activities' })
  @ArrayMinSize(1, { message: 'noem de uitgesloten activiteiten / name the excluded activities' })
  excludedActivities?: string[] | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 2000, { message: 'toelichting: hoogstens 2000 tekens / note: at most 2000 characters' })
  note?: string | null;
}

@InputType('RecordHandlingActionInput', { description: 'Een behandelactie vastleggen (Tabel 9)' })
export class RecordHandlingActionInput {
  @Field(() => ID)
  applicationId!: string;

  @Field(() => HandlingAction)
  action!: HandlingAction;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Standaard vandaag' })
  performedOn?: Date | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 2000, { message: 'notitie: hoogstens 2000 tekens / note: at most 2000 characters' })
  note?: string | null;
}

@InputType('CompanyConditionsInput', { description: 'De vier erkenningsvoorwaarden van de onderneming (BR-03)' })
export class CompanyConditionsInput {
  @Field(() => ID)
  applicationId!: string;

  @Field(() => Boolean)
  @IsBoolean({ message: 'ja of nee / yes or no' })
  companyInOrder!: boolean;

  @Field(() => Boolean)
  @IsBoolean({ message: 'ja of nee / yes or no' })
  equipmentSufficient!: boolean;

  @Field(() => Boolean)
  @IsBoolean({ message: 'ja of nee / yes or no' })
  financiallyCapable!: boolean;

  @Field(() => Boolean)
  @IsBoolean({ message: 'ja of nee / yes or no' })
  noConvictions!: boolean;
}

@InputType('CastApplicationVoteInput', { description: 'Stem of bezwaar van de sociale partners (BR-10)' })
export class CastApplicationVoteInput {
  @Field(() => ID)
  applicationId!: string;

  @Field(() => Boolean)
  approve!: boolean;

  @Field(() => RejectionReason, { nullable: true, description: 'Verplicht bij een stem tegen (BR-08)' })
  @ValidateIf((input: CastApplicationVoteInput) => input.approve === false)
  @IsDefined({ message: 'reden is verplicht bij een stem tegen / a reason is required to vote against' })
  rejectionReason?: RejectionReason | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 2000, { message: 'toelichting: hoogstens 2000 tekens / note: at most 2000 characters' })
  note?: string | null;
}

@InputType('ApplicationFilter', { description: 'Erkenningsaanvragen filteren' })
export class ApplicationFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  partnershipId?: string | null;

  @Field(() => ApplicationStatus, { nullable: true })
  @IsOptional()
  status?: ApplicationStatus | null;

  @Field(() => [ApplicationStatus], { nullable: true, description: 'Een van deze statussen (samen met status: beide moeten gelden)' })
  @IsOptional()
  @ArrayMaxSize(7, { message: 'statuses: hoogstens 7 / at most 7' })
  statuses?: ApplicationStatus[] | null;

  @Field(() => Boolean, { nullable: true, description: 'true: nog niet beslist (ingediend, onvolledig, in behandeling, in wacht); false: beslist' })
  @IsOptional()
  open?: boolean | null;

  @Field(() => Province, { nullable: true })
  @IsOptional()
  province?: Province | null;

  @Field(() => LocalDateScalar, { nullable: true })
  @IsOptional()
  submittedFrom?: Date | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Tot en met deze dag' })
  @IsOptional()
  submittedTo?: Date | null;

  @Field(() => Boolean, { nullable: true, description: 'Niet beslist en de termijn van 14 dagen is verstreken' })
  @IsOptional()
  overdue?: boolean | null;
}
