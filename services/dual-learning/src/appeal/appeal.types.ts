import { IsBoolean, IsDate, IsEnum, IsOptional, IsUUID, Length } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { connectionOf, LocalDateScalar } from '@werkplek/subgraph-kit';
import { AppealDecisionType, AppealStatus } from '../generated/prisma/enums.js';

registerEnumType(AppealDecisionType, {
  name: 'AppealDecisionType',
  description: 'De betwiste beslissing (BR-41)',
  valuesConfig: {
    NON_RECOGNITION: { description: 'Niet-erkenning' },
    WITHDRAWAL: { description: 'Opheffing van de erkenning' },
    EXCLUSION: { description: 'Uitsluiting van de onderneming of vestiging' },
  },
});
registerEnumType(AppealStatus, { name: 'AppealStatus', description: 'Stand van een beroep (§3.7)' });

export enum AppealOutcome {
  CONFIRMED = 'CONFIRMED',
  ANNULLED = 'ANNULLED',
}
registerEnumType(AppealOutcome, {
  name: 'AppealOutcome',
  description: 'Eindbeslissing van de beroepscommissie',
  valuesConfig: { CONFIRMED: { description: 'Bevestigd' }, ANNULLED: { description: 'Vernietigd' } },
});

export enum AppealSort {
  LODGED_ON_DESC = 'LODGED_ON_DESC',
  DECISION_DUE_ON_ASC = 'DECISION_DUE_ON_ASC',
}
registerEnumType(AppealSort, { name: 'AppealSort', description: 'Volgorde van de beroepenlijst' });

/** An appeal (beroep) to the appeals commission of the Flemish Partnership. */
@ObjectType('Appeal', { description: 'Beroep bij de beroepscommissie van het Vlaams Partnerschap Duaal Leren' })
export class Appeal {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  number!: number;

  @Field(() => AppealDecisionType)
  decisionType!: AppealDecisionType;

  @Field(() => ID)
  workplaceId!: string;

  @Field(() => ID, { nullable: true, description: 'De afgekeurde erkenningsaanvraag (niet-erkenning)' })
  applicationId!: string | null;

  @Field(() => ID, { nullable: true, description: 'De opgeheven of uitgesloten erkenning' })
  recognitionId!: string | null;

  @Field(() => Boolean, { description: 'De betwiste beslissing werd door SYNTRA Vlaanderen genomen (BR-42)' })
  decidedByAgency!: boolean;

  @Field(() => LocalDateScalar, { description: 'Datum van kennisgeving van de beslissing' })
  notifiedOn!: Date;

  @Field(() => LocalDateScalar, { description: 'Datum van de aangetekende brief (BR-40: binnen 10 dagen)' })
  lodgedOn!: Date;

  @Field(() => String, { description: 'Gemotiveerd verzoek' })
  motivation!: string;

  @Field(() => AppealStatus)
  status!: AppealStatus;

  @Field(() => Boolean, { nullable: true })
  admissible!: boolean | null;

  @Field(() => String, { nullable: true, description: 'Dossierbehandelaar' })
  caseHandlerName!: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Zitting van de beroepscommissie' })
  sessionOn!: Date | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Dossier aan de commissie bezorgd (BR-43)' })
  fileSentOn!: Date | null;

  @Field(() => LocalDateScalar, { description: 'Eindbeslissing uiterlijk (indiening + 60 dagen, BR-44)' })
  decisionDueOn!: Date;

  @Field(() => LocalDateScalar, { nullable: true })
  decidedOn!: Date | null;

  @Field(() => Boolean, { nullable: true, description: 'Beslist bij consensus; zo niet besliste de voorzitter (BR-45)' })
  consensus!: boolean | null;

  @Field(() => String, { nullable: true, description: 'Motivering (of reden van onontvankelijkheid)' })
  decisionNote!: string | null;

  @Field(() => Int, { description: 'Versie: stijgt bij elke wijziging; stuur ze mee als expectedVersion' })
  version!: number;
}

export const AppealConnection = connectionOf(Appeal, 'Appeal');

@InputType('LodgeAppealInput', { description: 'Een beroep indienen (aangetekende brief)' })
export class LodgeAppealInput {
  @Field(() => AppealDecisionType)
  decisionType!: AppealDecisionType;

  @Field(() => ID, { nullable: true, description: 'Bij NON_RECOGNITION: de afgekeurde aanvraag' })
  @IsOptional()
  @IsUUID('all', { message: 'applicationId: geen geldige id / not a valid id' })
  applicationId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Bij WITHDRAWAL of EXCLUSION: de erkenning' })
  @IsOptional()
  @IsUUID('all', { message: 'recognitionId: geen geldige id / not a valid id' })
  recognitionId?: string | null;

  @Field(() => LocalDateScalar, { description: 'Datum van kennisgeving van de beslissing' })
  notifiedOn!: Date;

  @Field(() => LocalDateScalar, { description: 'Datum van de aangetekende brief' })
  lodgedOn!: Date;

  @Field(() => String, { description: 'Gemotiveerd verzoek tot heroverweging' })
  @Length(20, 10000, { message: 'motivering: 20 tot 10000 tekens / motivation: 20 to 10000 characters' })
  motivation!: string;
}

@InputType('AssignAppealCaseHandlerInput', { description: 'Een dossierbehandelaar (werkplekbegeleider) toewijzen' })
export class AssignAppealCaseHandlerInput {
  @Field(() => String, { description: 'Gebruikers-id van de dossierbehandelaar' })
  @Length(1, 100, { message: 'caseHandlerId: 1 tot 100 tekens / 1 to 100 characters' })
  caseHandlerId!: string;

  @Field(() => String)
  @Length(2, 120, { message: 'naam: 2 tot 120 tekens / name: 2 to 120 characters' })
  caseHandlerName!: string;
}

@InputType('DecideAppealInput', { description: 'Eindbeslissing van de beroepscommissie' })
export class DecideAppealInput {
  @Field(() => AppealOutcome)
  outcome!: AppealOutcome;

  @Field(() => Boolean, { description: 'Consensus onder de leden; zo niet beslist de voorzitter (BR-45)' })
  consensus!: boolean;

  @Field(() => String, { nullable: true, description: 'Naam van de voorzitter (verplicht zonder consensus)' })
  @IsOptional()
  @Length(2, 120, { message: 'voorzitter: 2 tot 120 tekens / chair: 2 to 120 characters' })
  chairName?: string | null;

  @Field(() => String, { description: 'Motivering van de beslissing' })
  @Length(10, 10000, { message: 'motivering: 10 tot 10000 tekens / motivation: 10 to 10000 characters' })
  motivation!: string;
}

@InputType('AppealFilter', { description: 'Filters op de beroepenlijst' })
export class AppealFilter {
  @Field(() => AppealStatus, { nullable: true })
  @IsOptional()
  @IsEnum(AppealStatus, { message: 'status: onbekend / unknown' })
  status?: AppealStatus | null;

  @Field(() => AppealDecisionType, { nullable: true })
  @IsOptional()
  @IsEnum(AppealDecisionType, { message: 'decisionType: onbekend / unknown' })
  decisionType?: AppealDecisionType | null;

  @Field(() => Boolean, { nullable: true, description: 'Eindbeslissing over tijd (BR-44)' })
  @IsOptional()
  @IsBoolean({ message: 'overdue: ja of nee / true or false' })
  overdue?: boolean | null;
}

@InputType('ScheduleAppealSessionInput', { description: 'De zitting van de beroepscommissie plannen' })
export class ScheduleAppealSessionInput {
  @Field(() => LocalDateScalar)
  @IsDate({ message: 'sessionOn: geen datum / not a date' })
  sessionOn!: Date;
}

@InputType('SendAppealFileInput', { description: 'Het dossier aan de leden van de beroepscommissie bezorgen (BR-43)' })
export class SendAppealFileInput {
  @Field(() => LocalDateScalar, { nullable: true, description: 'Datum van verzending; standaard vandaag' })
  @IsOptional()
  @IsDate({ message: 'fileSentOn: geen datum / not a date' })
  fileSentOn?: Date | null;
}
