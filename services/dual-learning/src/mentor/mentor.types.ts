import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDateScalar } from '@werkplek/subgraph-kit';
import { MentorTrainingExemption, MentorTrainingStatus } from '../generated/prisma/enums.js';
import '../partnership/partnership.types.js'; // registers MentorTrainingExemption

registerEnumType(MentorTrainingStatus, { name: 'MentorTrainingStatus', description: 'Stand van de mentoropleiding' });

/** A mentor at a workplace. The national register number is never stored or shown, only its hash. */
@ObjectType('Mentor', { description: 'Mentor' })
@Directive('@key(fields: "id")')
export class Mentor {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => LocalDateScalar)
  birthDate!: Date;

  @Field(() => Int, { description: 'Jaren beroepservaring' })
  yearsOfExperience!: number;

  @Field(() => Boolean, { description: 'Bewijs van goed gedrag (model 2) voorgelegd' })
  goodConductProven!: boolean;

  @Field(() => MentorTrainingStatus)
  trainingStatus!: MentorTrainingStatus;

  @Field(() => LocalDateScalar, { nullable: true })
  trainingRegisteredOn!: Date | null;

  @Field(() => LocalDateScalar, { nullable: true })
  trainingCompletedOn!: Date | null;

  @Field(() => MentorTrainingExemption, { nullable: true })
  exemption!: MentorTrainingExemption | null;

  workplaceId!: string;
}
