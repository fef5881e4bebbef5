import { Field, ID, ObjectType } from 'type-graphql';
import { LocalDateScalar } from '@werkplek/subgraph-kit';

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
