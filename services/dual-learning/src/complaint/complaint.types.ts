import { IsEmail, IsOptional, IsUUID, Length } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { connectionOf, LocalDateScalar } from '@werkplek/subgraph-kit';
import { ComplaintHandlerBody, ComplaintKind, ComplaintStatus, ComplaintVerdict } from '../generated/prisma/enums.js';

registerEnumType(ComplaintKind, {
  name: 'ComplaintKind',
  description: 'Klacht of melding / complaint or report',
  valuesConfig: { COMPLAINT: { description: 'Klacht' }, REPORT: { description: 'Melding' } },
});
registerEnumType(ComplaintStatus, { name: 'ComplaintStatus', description: 'Stand van een klacht of melding (§3.8)' });
registerEnumType(ComplaintHandlerBody, {
  name: 'ComplaintHandlerBody',
  description: 'Wie de klacht behandelt: SYNTRA Vlaanderen, het partnerschap of een andere instantie (bv. de school)',
});
registerEnumType(ComplaintVerdict, {
  name: 'ComplaintVerdict',
  description: 'Oordeel van de klachtenraad',
  valuesConfig: {
    FOUNDED: { description: 'Gegrond' },
    UNFOUNDED: { description: 'Ongegrond' },
    PARTLY_FOUNDED: { description: 'Gedeeltelijk gegrond' },
  },
});

export enum ComplaintSort {
  RECEIVED_ON_DESC = 'RECEIVED_ON_DESC',
  RECEIVED_ON_ASC = 'RECEIVED_ON_ASC',
  CLOSE_DUE_ON_ASC = 'CLOSE_DUE_ON_ASC',
}
registerEnumType(ComplaintSort, { name: 'ComplaintSort', description: 'Volgorde van de klachtenlijst' });

/** A complaint or report (klacht, melding) with its terms (BR-46, BR-47). */
@ObjectType('Complaint', { description: 'Klacht of melding' })
export class Complaint {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  number!: number;

  @Field(() => ComplaintKind)
  kind!: ComplaintKind;

  @Field(() => String)
  subject!: string;

  @Field(() => String)
  description!: string;

  @Field(() => String, { description: 'Indiener (klager)' })
  submitterName!: string;

  @Field(() => String, { nullable: true })
  submitterEmail!: string | null;

  @Field(() => LocalDateScalar, { description: 'Datum van ontvangst' })
  receivedOn!: Date;

  @Field(() => LocalDateScalar, { description: 'Ontvangstbevestiging uiterlijk (ontvangst + 10 kalenderdagen, BR-46)' })
  acknowledgeDueOn!: Date;

  @Field(() => LocalDateScalar, { description: 'Afsluiting beoogd uiterlijk (ontvangst + 45 kalenderdagen, BR-47)' })
  closeDueOn!: Date;

  @Field(() => ID, { nullable: true, description: 'Het betrokken of behandelende partnerschap' })
  partnershipId!: string | null;

  @Field(() => ID, { nullable: true })
  workplaceId!: string | null;

  @Field(() => ID, { nullable: true })
  agreementId!: string | null;

  @Field(() => ComplaintStatus)
  status!: ComplaintStatus;

  @Field(() => Boolean, { nullable: true, description: 'Ontvankelijk (alleen klachten; leeg voor meldingen)' })
  admissible!: boolean | null;

  @Field(() => String, { nullable: true })
  admissibilityNote!: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  acknowledgedOn!: Date | null;

  @Field(() => ComplaintHandlerBody, { nullable: true })
  handlerBody!: ComplaintHandlerBody | null;

  @Field(() => String, { nullable: true })
  handlerName!: string | null;

  @Field(() => ComplaintVerdict, { nullable: true })
  verdict!: ComplaintVerdict | null;

  @Field(() => String, { nullable: true, description: 'Gemotiveerde beslissing en voorgestelde oplossing' })
  resolution!: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  closedOn!: Date | null;

  @Field(() => String, { nullable: true, description: 'Afsluitende e-mail (vermeldt altijd de Vlaamse Ombudsdienst, BR-48)' })
  closingMessage!: string | null;

  @Field(() => Int, { description: 'Versie: stijgt bij elke wijziging; stuur ze mee als expectedVersion' })
  version!: number;
}

export const ComplaintConnection = connectionOf(Complaint, 'Complaint');

@InputType('RegisterComplaintInput', { description: 'Een klacht of melding registreren op de fiche' })
export class RegisterComplaintInput {
  @Field(() => ComplaintKind)
  kind!: ComplaintKind;

  @Field(() => String)
  @Length(3, 200, { message: 'onderwerp: 3 tot 200 tekens / subject: 3 to 200 characters' })
  subject!: string;

  @Field(() => String)
  @Length(10, 5000, { message: 'omschrijving: 10 tot 5000 tekens / description: 10 to 5000 characters' })
  description!: string;

  @Field(() => String)
  @Length(2, 120, { message: 'naam indiener: 2 tot 120 tekens / submitter name: 2 to 120 characters' })
  submitterName!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEmail({}, { message: 'geen geldig e-mailadres / not a valid e-mail address' })
  submitterEmail?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Datum van ontvangst; standaard vandaag' })
  receivedOn?: Date | null;

  @Field(() => ID, { nullable: true, description: 'Betrokken partnerschap (voor partnerschapsmedewerkers: het eigen)' })
  @IsOptional()
  @IsUUID('all', { message: 'partnershipId: geen geldige id / not a valid id' })
  partnershipId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'workplaceId: geen geldige id / not a valid id' })
  workplaceId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'agreementId: geen geldige id / not a valid id' })
  agreementId?: string | null;
}

@InputType('AcknowledgeComplaintInput', { description: 'Ontvangstbevestiging (met het resultaat van de ontvankelijkheid)' })
export class AcknowledgeComplaintInput {
  @Field(() => String, { nullable: true, description: 'Toelichting bij de ontvankelijkheid of de ontvangstbevestiging' })
  @IsOptional()
  @Length(0, 2000, { message: 'toelichting: hoogstens 2000 tekens / note: at most 2000 characters' })
  note?: string | null;
}

@InputType('RouteComplaintInput', { description: 'Doorverwijzen naar SYNTRA Vlaanderen, het partnerschap of een andere instantie' })
export class RouteComplaintInput {
  @Field(() => ComplaintHandlerBody)
  handlerBody!: ComplaintHandlerBody;

  @Field(() => ID, { nullable: true, description: 'Bij PARTNERSHIP: het partnerschap (standaard het betrokken partnerschap)' })
  @IsOptional()
  @IsUUID('all', { message: 'partnershipId: geen geldige id / not a valid id' })
  partnershipId?: string | null;

  @Field(() => String, { description: 'Klachtbehandelaar of instantie, bv. "Campus Brugge (schoolcomponent)"' })
  @Length(2, 200, { message: 'behandelaar: 2 tot 200 tekens / handler: 2 to 200 characters' })
  handlerName!: string;
}

@InputType('DecideComplaintInput', { description: 'Beslissing van de klachtenraad' })
export class DecideComplaintInput {
  @Field(() => ComplaintVerdict)
  verdict!: ComplaintVerdict;

  @Field(() => String, { description: 'Gemotiveerde beslissing en voorgestelde oplossing' })
  @Length(10, 5000, { message: 'motivering: 10 tot 5000 tekens / resolution: 10 to 5000 characters' })
  resolution!: string;
}

@InputType('ComplaintFilter', { description: 'Filters op de klachtenlijst' })
export class ComplaintFilter {
  @Field(() => ComplaintStatus, { nullable: true })
  status?: ComplaintStatus | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'partnershipId: geen geldige id / not a valid id' })
  partnershipId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Ontvangstbevestiging over tijd (BR-46)' })
  overdueAcknowledgement?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Afsluiting over tijd (BR-47)' })
  overdueClosure?: boolean | null;
}
