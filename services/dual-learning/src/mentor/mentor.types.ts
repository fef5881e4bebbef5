import { IsInt, Length, Matches, Max, Min } from 'class-validator';
import { Directive, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
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

  @Field(() => Int, { description: 'Versie: stijgt bij elke wijziging; stuur ze mee als expectedVersion' })
  version!: number;
}

@InputType('RegisterMentorInput', { description: 'Een mentor registreren bij een werkplek' })
export class RegisterMentorInput {
  @Field(() => ID)
  workplaceId!: string;

  @Field(() => String)
  @Length(2, 120, { message: 'naam: 2 tot 120 tekens / name: 2 to 120 characters' })
  name!: string;

  @Field(() => String, { description: 'Rijksregisternummer, bv. 85.07.30-033.28 (wordt enkel als hash bewaard)' })
  @Matches(/^[\d.\- ]{11,15}$/, { message: 'geen rijksregisternummer / not a national register number' })
  nationalRegisterNumber!: string;

  @Field(() => Int, { description: 'Jaren beroepservaring' })
  @IsInt({ message: 'ervaring: een geheel getal / experience: a whole number' })
  @Min(0, { message: 'ervaring: 0 tot 60 jaar / experience: 0 to 60 years' })
  @Max(60, { message: 'ervaring: 0 tot 60 jaar / experience: 0 to 60 years' })
  yearsOfExperience!: number;
}
