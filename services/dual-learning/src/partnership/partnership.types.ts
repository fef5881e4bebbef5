import { ArrayMaxSize, IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { Directive, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDateScalar } from '@werkplek/subgraph-kit';
import {
  DecisionMechanism,
  MentorTrainingExemption,
  MentorTrainingPolicy,
  PartnershipKind,
  SiteVisitPolicy,
} from '../generated/prisma/enums.js';

registerEnumType(PartnershipKind, { name: 'PartnershipKind', description: 'Vlaams of sectoraal partnerschap' });
registerEnumType(DecisionMechanism, { name: 'DecisionMechanism', description: 'Hoe een partnerschap beslist (BR-10)' });
registerEnumType(SiteVisitPolicy, { name: 'SiteVisitPolicy', description: 'Beleid voor plaatsbezoeken (BR-12)' });
registerEnumType(MentorTrainingPolicy, { name: 'MentorTrainingPolicy', description: 'Mentoropleiding verplicht of wenselijk (BR-20)' });
registerEnumType(MentorTrainingExemption, { name: 'MentorTrainingExemption', description: 'Vrijstellingsgrond mentoropleiding (BR-22)' });

/** The Flemish Partnership or a sectoral partnership, with its configurable settings. */
@ObjectType('Partnership', { description: 'Partnerschap (Vlaams of sectoraal)' })
@Directive('@key(fields: "id")')
export class Partnership {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  code!: string;

  @Field(() => String)
  name!: string;

  @Field(() => PartnershipKind)
  kind!: PartnershipKind;

  @Field(() => String, { nullable: true, description: 'Organisatie die het partnerschap trekt (sectorfonds)' })
  operator!: string | null;

  @Field(() => [String], { description: 'Paritaire comités waarvoor het bevoegd is' })
  jointCommittees!: string[];

  @Field(() => Boolean)
  takesRecognition!: boolean;

  @Field(() => Boolean)
  takesGuidance!: boolean;

  @Field(() => Boolean)
  takesComplaints!: boolean;

  @Field(() => DecisionMechanism)
  decisionMechanism!: DecisionMechanism;

  @Field(() => SiteVisitPolicy)
  siteVisitPolicy!: SiteVisitPolicy;

  @Field(() => MentorTrainingPolicy)
  mentorTrainingPolicy!: MentorTrainingPolicy;

  @Field(() => Int, { nullable: true })
  mentorTrainingDeadlineMonths!: number | null;

  @Field(() => Int, { nullable: true })
  mentorRegistrationDeadlineMonths!: number | null;

  @Field(() => Int, { nullable: true, description: 'Leerlingen per mentor; leeg = niet vastgelegd' })
  learnersPerMentor!: number | null;

  @Field(() => [MentorTrainingExemption])
  acceptedExemptions!: MentorTrainingExemption[];

  @Field(() => Int, { nullable: true, description: 'Dagen om na een signaal een bezoek te brengen (§4.6)' })
  signalVisitDays!: number | null;

  @Field(() => Int, { nullable: true, description: 'Stemgerechtigde leden bij de wekelijkse unanieme stemming (BR-10(b)); leeg = niet vastgelegd' })
  votingMembers!: number | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Actief vanaf (bv. Technologische industrie: 1/1/2018)' })
  activeFrom!: Date | null;

  // establishmentCapRule (JSON), establishmentCap(headcount) and trainingCaps are field resolvers (PartnershipResolver).

  @Field(() => Int, { description: 'Versie: stijgt bij elke wijziging; stuur ze mee als expectedVersion' })
  version!: number;
}

/** A learners-per-mentor cap for one training in one partnership (Tabel 21, Transport). */
@ObjectType('PartnershipTrainingCap', { description: 'Leerlingen per mentor voor één opleiding (Tabel 21)' })
export class PartnershipTrainingCap {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  learnersPerMentor!: number;

  trainingId!: string;
  partnershipId!: string;
}

/** One changed setting of a partnership: who, when, from what to what (values as JSON). */
@ObjectType('PartnershipSettingChange', { description: 'Wijziging van een instelling van een partnerschap' })
export class PartnershipSettingChange {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'Naam van de instelling, bv. learnersPerMentor' })
  setting!: string;

  @Field(() => String, { nullable: true, description: 'Oude waarde (JSON)' })
  oldValue!: string | null;

  @Field(() => String, { nullable: true, description: 'Nieuwe waarde (JSON)' })
  newValue!: string | null;

  @Field(() => String)
  changedByName!: string;

  @Field(() => Date)
  changedAt!: Date;
}

const WHOLE = 'een geheel getal / a whole number';

/** The SP-configurable settings; a field left out stays as it is, null clears a nullable setting. */
@InputType('UpdatePartnershipSettingsInput', { description: 'Instellingen van een partnerschap wijzigen' })
export class UpdatePartnershipSettingsInput {
  @Field(() => [String], { nullable: true, description: 'Paritaire comités, bv. 124 of 149.01' })
  @IsOptional()
  @ArrayMaxSize(50, { message: 'hoogstens 50 paritaire comités / at most 50 joint committees' })
  @Matches(/^(PC ?)?[A-Z0-9][A-Z0-9.\-]{0,19}$/i, { each: true, message: 'ongeldig paritair comité / invalid joint committee' })
  jointCommittees?: string[];

  @Field(() => Boolean, { nullable: true })
  takesRecognition?: boolean;

  @Field(() => Boolean, { nullable: true })
  takesGuidance?: boolean;

  @Field(() => Boolean, { nullable: true, description: 'Behandelt zelf klachten (Tabel 28)' })
  takesComplaints?: boolean;

  @Field(() => DecisionMechanism, { nullable: true })
  decisionMechanism?: DecisionMechanism;

  @Field(() => SiteVisitPolicy, { nullable: true })
  siteVisitPolicy?: SiteVisitPolicy;

  @Field(() => MentorTrainingPolicy, { nullable: true })
  mentorTrainingPolicy?: MentorTrainingPolicy;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt({ message: WHOLE })
  @Min(1, { message: 'termijn mentoropleiding: 1 tot 36 maanden / mentor training term: 1 to 36 months' })
  @Max(36, { message: 'termijn mentoropleiding: 1 tot 36 maanden / mentor training term: 1 to 36 months' })
  mentorTrainingDeadlineMonths?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt({ message: WHOLE })
  @Min(1, { message: 'termijn inschrijving: 1 tot 36 maanden / registration term: 1 to 36 months' })
  @Max(36, { message: 'termijn inschrijving: 1 tot 36 maanden / registration term: 1 to 36 months' })
  mentorRegistrationDeadlineMonths?: number | null;

  @Field(() => Int, { nullable: true, description: 'Leerlingen per mentor (Tabel 21); null = niet vastgelegd' })
  @IsOptional()
  @IsInt({ message: WHOLE })
  @Min(1, { message: 'leerlingen per mentor: 1 tot 10 / learners per mentor: 1 to 10' })
  @Max(10, { message: 'leerlingen per mentor: 1 tot 10 / learners per mentor: 1 to 10' })
  learnersPerMentor?: number | null;

  @Field(() => String, { nullable: true, description: 'Plafond per vestiging als JSON (zie docs/reference-data.md); null = geen' })
  establishmentCapRule?: string | null;

  @Field(() => [MentorTrainingExemption], { nullable: true })
  acceptedExemptions?: MentorTrainingExemption[];

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt({ message: WHOLE })
  @Min(1, { message: 'bezoektermijn: 1 tot 365 dagen / visit term: 1 to 365 days' })
  @Max(365, { message: 'bezoektermijn: 1 tot 365 dagen / visit term: 1 to 365 days' })
  signalVisitDays?: number | null;

  @Field(() => Int, { nullable: true, description: 'Stemgerechtigde leden (BR-10(b), wekelijkse unanieme stemming); null = niet vastgelegd' })
  @IsOptional()
  @IsInt({ message: WHOLE })
  @Min(1, { message: 'stemgerechtigde leden: 1 tot 100 / voting members: 1 to 100' })
  @Max(100, { message: 'stemgerechtigde leden: 1 tot 100 / voting members: 1 to 100' })
  votingMembers?: number | null;
}
