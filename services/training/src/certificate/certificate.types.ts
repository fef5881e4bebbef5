import { IsIn, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { Directive, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { connectionOf, LocalDateScalar } from '@werkplek/subgraph-kit';
import { CertificateIssuer, CertificateType } from '../generated/prisma/enums.js';
import { sortEnumOf } from '../shared/sort.js';

export const certificateSortKeys = ['NUMBER', 'TYPE', 'LEARNER', 'EXAM_YEAR', 'ISSUED_ON'] as const;
export const CertificateSort = sortEnumOf(certificateSortKeys);
export type CertificateSort = keyof typeof CertificateSort;
registerEnumType(CertificateSort, {
  name: 'CertificateSort',
  description: 'Volgorde van de attesten over de hele lijst: nummer, soort, cursist, examenjaar of uitreikingsdatum',
});

registerEnumType(CertificateType, {
  name: 'CertificateType',
  description: 'Soort attest (§2.5) / certificate type',
  valuesConfig: {
    ENTREPRENEURSHIP_DIPLOMA: { description: 'Diploma ondernemerschapstraject (beroepskennis + bedrijfsbeheer)' },
    PROFESSIONAL_KNOWLEDGE_CERTIFICATE: { description: 'Getuigschrift ondernemerschapstraject beroepskennis' },
    SME_EMPLOYEE_CERTIFICATE: { description: 'Getuigschrift beroepskennis uitstroom kmo-medewerker' },
    BUSINESS_MANAGEMENT_CERTIFICATE: { description: 'Getuigschrift bedrijfsbeheer (BBH)' },
    APPRENTICESHIP_CERTIFICAAT: { description: 'Certificaat LT' },
    APPRENTICESHIP_GETUIGSCHRIFT: { description: 'Getuigschrift LT' },
    APPRENTICESHIP_SECOND_GRADE: { description: 'Getuigschrift 2e graad' },
    APPRENTICESHIP_THIRD_GRADE: { description: 'Getuigschrift 3e graad' },
    SECONDARY_EDUCATION_DIPLOMA: { description: 'Diploma SO' },
    DUAL_VOCATIONAL_CERTIFICATE: { description: 'Certificaat beroepsopleiding (duaal)' },
    DUAL_SECOND_YEAR_THIRD_GRADE: { description: 'Getuigschrift 2de jaar 3de graad (duaal)' },
    DUAL_THIRD_YEAR_THIRD_GRADE: { description: 'Getuigschrift 3de jaar 3de graad (duaal)' },
    DUAL_DIPLOMA: { description: 'Diploma (duaal)' },
  },
});
registerEnumType(CertificateIssuer, {
  name: 'CertificateIssuer',
  description: 'Wie attesteert (§2.5): het agentschap of het centrum',
  valuesConfig: { AGENCY: { description: 'SYNTRA Vlaanderen (cursistenadministratie)' }, CENTRE: { description: 'De Syntra' } },
});

@ObjectType('Certificate', { description: 'Attest, getuigschrift, diploma of certificaat (§2.5), geteld per examenjaar' })
@Directive('@key(fields: "id")')
export class Certificate {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'Uniek publiek nummer, bv. SYN-2018-004711' })
  number!: string;

  @Field(() => CertificateType)
  type!: CertificateType;

  @Field(() => ID)
  learnerId!: string;

  @Field(() => ID)
  trackId!: string;

  @Field(() => ID)
  centreId!: string;

  @Field(() => Int, { description: 'Examenjaar = kalenderjaar (§2.5)' })
  examYear!: number;

  @Field(() => LocalDateScalar)
  issuedOn!: Date;

  @Field(() => CertificateIssuer)
  issuer!: CertificateIssuer;

  @Field(() => LocalDateScalar, { nullable: true })
  revokedOn!: Date | null;

  @Field(() => String, { nullable: true })
  revokedReason!: string | null;

  @Field(() => Int, { description: 'Versie: stijgt bij elke wijziging; stuur ze mee als expectedVersion' })
  version!: number;
}

export const CertificateConnection = connectionOf(Certificate, 'Certificate');

/** What the public verification tells: whether the number is a valid certificate, and no personal data. */
@ObjectType('CertificateVerification', { description: 'Publieke controle van een attestnummer (zonder persoonsgegevens)' })
export class CertificateVerification {
  @Field(() => Boolean, { description: 'Bestaat en is niet ingetrokken' })
  valid!: boolean;

  @Field(() => String, { nullable: true })
  trackName!: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  issuedOn!: Date | null;

  @Field(() => CertificateType, { nullable: true })
  type!: CertificateType | null;
}

@InputType('IssueCertificateInput', { description: 'Een attest uitreiken' })
export class IssueCertificateInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'learnerId: geen geldige id / not a valid id' })
  learnerId!: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'trackId: geen geldige id / not a valid id' })
  trackId!: string;

  @Field(() => CertificateType)
  @IsIn(Object.values(CertificateType), { message: 'type: onbekend / unknown' })
  type!: CertificateType;

  @Field(() => Int, { nullable: true, description: 'Examenjaar; standaard het kalenderjaar van uitreiking' })
  @IsOptional()
  @IsInt({ message: 'examenjaar: geheel getal / exam year: integer' })
  @Min(2000, { message: 'examenjaar: vanaf 2000 / exam year: from 2000' })
  @Max(2100, { message: 'examenjaar: tot 2100 / exam year: up to 2100' })
  examYear?: number | null;

  @Field(() => LocalDateScalar)
  issuedOn!: Date;
}

@InputType('CertificateFilter', { description: 'Filters op de attesten' })
export class CertificateFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'centreId: geen geldige id / not a valid id' })
  centreId?: string | null;

  @Field(() => Int, { nullable: true })
  examYear?: number | null;

  @Field(() => CertificateType, { nullable: true })
  type?: CertificateType | null;
}
