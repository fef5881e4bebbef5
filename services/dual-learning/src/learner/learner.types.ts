import { IsOptional, Length } from 'class-validator';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { connectionOf, LocalDateScalar } from '@werkplek/subgraph-kit';

/** A learner (leerling) in dual learning. */
@ObjectType('Learner', { description: 'Leerling' })
export class Learner {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => LocalDateScalar, { nullable: true })
  birthDate!: Date | null;

  @Field(() => String, { description: 'Opleidingsverstrekker (school)' })
  trainingProvider!: string;

  @Field(() => String, { nullable: true })
  studyDirection!: string | null;
}

export const LearnerConnection = connectionOf(Learner, 'Learner');

@InputType('RegisterLearnerInput', { description: 'Een leerling registreren' })
export class RegisterLearnerInput {
  @Field(() => String)
  @Length(2, 120, { message: 'naam: 2 tot 120 tekens / name: 2 to 120 characters' })
  name!: string;

  @Field(() => LocalDateScalar, { nullable: true })
  birthDate?: Date | null;

  @Field(() => String, { description: 'Opleidingsverstrekker (school)' })
  @Length(2, 160, { message: 'opleidingsverstrekker: 2 tot 160 tekens / training provider: 2 to 160 characters' })
  trainingProvider!: string;

  @Field(() => String, { nullable: true, description: 'Studierichting' })
  @IsOptional()
  @Length(2, 160, { message: 'studierichting: 2 tot 160 tekens / study direction: 2 to 160 characters' })
  studyDirection?: string | null;
}
