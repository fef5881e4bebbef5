import { IsEnum, IsUUID, Length } from 'class-validator';
import { LocalDateScalar } from '@werkplek/subgraph-kit';
import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { InspectionKind, InspectionStatus, InspectionSubjectType } from '../generated/prisma/enums.js';

registerEnumType(InspectionKind, { name: 'InspectionKind', description: 'Soort doorlichting' });
registerEnumType(InspectionStatus, { name: 'InspectionStatus', description: 'Status van een doorlichting' });
registerEnumType(InspectionSubjectType, { name: 'InspectionSubjectType', description: 'Wat wordt doorgelicht' });

/** An inspection (doorlichting). Its subject (workplace or training centre) is resolved by the field resolvers. */
@ObjectType('Inspection', { description: 'Doorlichting' })
export class Inspection {
  @Field(() => ID)
  id!: string;

  number!: number;

  @Field(() => String)
  title!: string;

  @Field(() => InspectionKind)
  kind!: InspectionKind;

  @Field(() => InspectionStatus)
  status!: InspectionStatus;

  @Field(() => LocalDateScalar, { description: 'Geplande datum' })
  plannedOn!: Date;

  @Field(() => String, { description: 'Hoofdinspecteur' })
  leadInspector!: string;

  @Field(() => InspectionSubjectType)
  subjectType!: InspectionSubjectType;

  workplaceId!: string | null;
  trainingCentreId!: string | null;
}

@InputType({ description: 'Een doorlichting plannen' })
export class PlanInspectionInput {
  @Field(() => String)
  @Length(5, 200, { message: 'titel: 5 tot 200 tekens / title: 5 to 200 characters' })
  title!: string;

  @Field(() => InspectionKind)
  @IsEnum(InspectionKind)
  kind!: InspectionKind;

  @Field(() => LocalDateScalar, { description: 'Geplande datum, JJJJ-MM-DD' })
  plannedOn!: Date;

  @Field(() => InspectionSubjectType)
  @IsEnum(InspectionSubjectType)
  subjectType!: InspectionSubjectType;

  @Field(() => ID, { description: 'Id van de werkplek of het opleidingscentrum' })
  @IsUUID('all', { message: 'subjectId: geen geldig id / not a valid id' })
  subjectId!: string;
}
