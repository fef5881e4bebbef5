import { Directive, Field, ID, ObjectType } from 'type-graphql';

/*
 * The subjects of an audit live in other subgraphs; here they are references by id (federation entities), to which
 * this subgraph adds its own fields (audits, open findings). The gateway fetches their other fields from their owner.
 */

@ObjectType('Partnership')
@Directive('@key(fields: "id")')
export class PartnershipReference {
  @Field(() => ID)
  id!: string;
}

@ObjectType('TrainingCentre')
@Directive('@key(fields: "id")')
export class TrainingCentreReference {
  @Field(() => ID)
  id!: string;
}

@ObjectType('Track')
@Directive('@key(fields: "id")')
export class TrackReference {
  @Field(() => ID)
  id!: string;
}

@ObjectType('Course')
@Directive('@key(fields: "id")')
export class CourseReference {
  @Field(() => ID)
  id!: string;
}

@ObjectType('Workplace')
@Directive('@key(fields: "id")')
export class WorkplaceReference {
  @Field(() => ID)
  id!: string;
}

@ObjectType('Agreement')
@Directive('@key(fields: "id")')
export class AgreementReference {
  @Field(() => ID)
  id!: string;
}

@ObjectType('Recognition')
@Directive('@key(fields: "id")')
export class RecognitionReference {
  @Field(() => ID)
  id!: string;
}
