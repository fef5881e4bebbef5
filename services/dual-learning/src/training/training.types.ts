import { Field, ID, Int, ObjectType } from 'type-graphql';

/** A training programme (opleiding / standaardtraject) with its activity list. */
@ObjectType('TrainingProgramme', { description: 'Opleiding (standaardtraject) met activiteitenlijst' })
export class TrainingProgramme {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  code!: string;

  @Field(() => String)
  name!: string;

  @Field(() => Boolean)
  dual!: boolean;

  @Field(() => [String], { description: 'Activiteitenlijst' })
  activities!: string[];

  @Field(() => Int, { nullable: true, description: 'Minimum aantal werknemers in de vestiging (BR-11)' })
  minimumEmployees!: number | null;

  partnershipId!: string | null;
}
