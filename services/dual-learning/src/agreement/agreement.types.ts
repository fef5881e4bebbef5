import { IsInt, IsOptional, IsUUID, Length, Matches, Max, Min, ValidateNested } from 'class-validator';
import { Directive, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { connectionOf, LocalDateScalar } from '@werkplek/subgraph-kit';
import { AgreementStatus, AgreementType, TerminationReason } from '../generated/prisma/enums.js';

registerEnumType(AgreementType, {
  name: 'AgreementType',
  description: 'Soort overeenkomst: OAO, OAO-stage (SOAO), DA-SM, DA, overgangsmaatregel / agreement type',
});
registerEnumType(AgreementStatus, {
  name: 'AgreementStatus',
  description: 'Lopend, Afgelopen, Vroegtijdig beëindigd / running, ended, ended early',
});
registerEnumType(TerminationReason, {
  name: 'TerminationReason',
  description: 'De 13 redenen van vroegtijdige beëindiging (Tabel 17, BR-34) / the 13 early-termination reasons',
});

export enum AgreementSort {
  START_DATE_ASC = 'START_DATE_ASC',
  START_DATE_DESC = 'START_DATE_DESC',
  NUMBER_ASC = 'NUMBER_ASC',
}
registerEnumType(AgreementSort, { name: 'AgreementSort', description: 'Sortering van overeenkomsten' });

/** An agreement (overeenkomst alternerende opleiding) between a learner and a (recognised) workplace. */
@ObjectType('Agreement', { description: 'Overeenkomst alternerende opleiding' })
@Directive('@key(fields: "id")')
export class Agreement {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: 'Volgnummer' })
  number!: number;

  @Field(() => AgreementType)
  type!: AgreementType;

  @Field(() => AgreementStatus)
  status!: AgreementStatus;

  @Field(() => Boolean, { description: 'Duaal (Schoolbank op de werkplek)' })
  dual!: boolean;

  @Field(() => LocalDateScalar)
  startDate!: Date;

  @Field(() => LocalDateScalar, { description: 'Voorziene einddatum' })
  plannedEndDate!: Date;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Werkelijke einddatum' })
  actualEndDate!: Date | null;

  @Field(() => TerminationReason, { nullable: true })
  terminationReason!: TerminationReason | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Geschorst sinds' })
  suspendedFrom!: Date | null;

  @Field(() => ID, { nullable: true, description: 'De erkenning waaronder ze loopt (niet bij overgangsmaatregel)' })
  recognitionId!: string | null;

  @Field(() => Date)
  registeredAt!: Date;

  workplaceId!: string;
  trainingId!: string;
  learnerId!: string;
  mentorId!: string | null;

  @Field(() => Int, { description: 'Versie: stijgt bij elke wijziging; stuur ze mee als expectedVersion' })
  version!: number;
}

export const AgreementConnection = connectionOf(Agreement, 'Agreement');

@InputType('AgreementLearnerInput', { description: 'Een nieuwe leerling' })
export class AgreementLearnerInput {
  @Field(() => String)
  @Length(2, 120, { message: 'naam: 2 tot 120 tekens / name: 2 to 120 characters' })
  name!: string;

  @Field(() => String, { description: 'Opleidingsverstrekker (school)' })
  @Length(2, 160, { message: 'opleidingsverstrekker: 2 tot 160 tekens / training provider: 2 to 160 characters' })
  trainingProvider!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(2, 160, { message: 'studierichting: 2 tot 160 tekens / study direction: 2 to 160 characters' })
  studyDirection?: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  birthDate?: Date | null;
}

@InputType('RegisterAgreementInput', { description: 'Een overeenkomst registreren (BR-30: door de onderneming, zonder termijn)' })
export class RegisterAgreementInput {
  @Field(() => AgreementType)
  type!: AgreementType;

  @Field(() => ID)
  @IsUUID('all', { message: 'workplaceId: geen geldige id / not a valid id' })
  workplaceId!: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'trainingId: geen geldige id / not a valid id' })
  trainingId!: string;

  @Field(() => ID, { nullable: true, description: 'Een bestaande leerling, of geef `learner`' })
  @IsOptional()
  @IsUUID('all', { message: 'learnerId: geen geldige id / not a valid id' })
  learnerId?: string | null;

  @Field(() => AgreementLearnerInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  learner?: AgreementLearnerInput | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'mentorId: geen geldige id / not a valid id' })
  mentorId?: string | null;

  @Field(() => LocalDateScalar)
  startDate!: Date;

  @Field(() => LocalDateScalar, { description: 'Voorziene einddatum' })
  plannedEndDate!: Date;

  @Field(() => Int, { nullable: true, description: 'Uren per week op de werkplek: duaal vraagt meer dan 14 (BR-36)' })
  @IsOptional()
  @IsInt({ message: 'uren per week: geheel getal / hours per week: whole number' })
  @Min(1, { message: 'uren per week: minstens 1 / hours per week: at least 1' })
  @Max(38, { message: 'uren per week: hoogstens 38 / hours per week: at most 38' })
  weeklyWorkplaceHours?: number | null;
}

@InputType('EndAgreementSuspensionInput', { description: 'De schorsing beëindigen: de overeenkomst loopt verder (BR-32)' })
export class EndAgreementSuspensionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'agreementId: geen geldige id / not a valid id' })
  agreementId!: string;

  @Field(() => LocalDateScalar, { description: 'De dag waarop de leerling het werk hervat' })
  resumedOn!: Date;
}

@InputType('AgreementFilter', { description: 'Filter op overeenkomsten' })
export class AgreementFilter {
  @Field(() => ID, { nullable: true, description: 'Partnerschap van de werkplek' })
  @IsOptional()
  @IsUUID('all', { message: 'partnershipId: geen geldige id / not a valid id' })
  partnershipId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'workplaceId: geen geldige id / not a valid id' })
  workplaceId?: string | null;

  @Field(() => AgreementType, { nullable: true })
  type?: AgreementType | null;

  @Field(() => AgreementStatus, { nullable: true })
  status?: AgreementStatus | null;

  @Field(() => String, { nullable: true, description: 'Schooljaar van de start, bv. 2017-2018 (BR-33)' })
  @IsOptional()
  @Matches(/^\d{4}-\d{4}$/, { message: 'schooljaar: JJJJ-JJJJ / school year: YYYY-YYYY' })
  schoolYear?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Start op of na' })
  startFrom?: Date | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Start op of voor' })
  startTo?: Date | null;
}
