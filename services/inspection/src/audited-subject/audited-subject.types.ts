import { Directive, Field, ID, ObjectType } from 'type-graphql';

/**
 * The subjects of an inspection live in other subgraphs; here they are references by id (federation entities), to
 * which this subgraph adds the field `inspections`. The gateway fetches their other fields from their own subgraph.
 */
@ObjectType('Workplace')
@Directive('@key(fields: "id")')
export class WorkplaceReference {
  @Field(() => ID)
  id!: string;
}

@ObjectType('TrainingCentre')
@Directive('@key(fields: "id")')
export class TrainingCentreReference {
  @Field(() => ID)
  id!: string;
}
