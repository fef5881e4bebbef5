import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
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

  @Field(() => Int, { nullable: true })
  signalVisitDays!: number | null;
}
