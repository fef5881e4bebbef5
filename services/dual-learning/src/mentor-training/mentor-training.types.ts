import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDateScalar } from '@werkplek/subgraph-kit';
import { Mentor } from '../mentor/mentor.types.js';
import { Partnership } from '../partnership/partnership.types.js';

export enum MentorTrainingDeadlineKind {
  REGISTRATION = 'REGISTRATION',
  COMPLETION = 'COMPLETION',
}
registerEnumType(MentorTrainingDeadlineKind, {
  name: 'MentorTrainingDeadlineKind',
  description: 'Inschrijvings- of opleidingstermijn / registration or completion deadline',
});

@ObjectType('MentorTrainingEscalationStep', { description: 'De stap die een partnerschap nu zet (§3.5, BR-24)' })
export class MentorTrainingEscalationStep {
  @Field(() => String)
  code!: string;

  @Field(() => Int, { description: 'Maanden na de erkenning' })
  afterMonths!: number;

  @Field(() => String)
  nl!: string;

  @Field(() => String)
  en!: string;
}

/** A recognised mentor whose mentor-training deadline has passed (BR-21). */
@ObjectType('OverdueMentor', { description: 'Mentor wiens termijn voor de mentoropleiding verstreken is' })
export class OverdueMentor {
  @Field(() => Mentor)
  mentor!: Mentor;

  @Field(() => Partnership)
  partnership!: Partnership;

  @Field(() => ID)
  recognitionId!: string;

  @Field(() => LocalDateScalar, { description: 'Erkend sinds' })
  recognisedOn!: Date;

  @Field(() => MentorTrainingDeadlineKind)
  deadlineKind!: MentorTrainingDeadlineKind;

  @Field(() => LocalDateScalar)
  deadline!: Date;

  @Field(() => Int)
  daysOverdue!: number;

  @Field(() => MentorTrainingEscalationStep, { nullable: true })
  escalationStep!: MentorTrainingEscalationStep | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Horeca: het contract stopt op 31 augustus of 31 januari (BR-35)' })
  contractStopOn!: Date | null;
}
