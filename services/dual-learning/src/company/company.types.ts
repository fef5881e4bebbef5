import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { CompanySizeClass } from '../generated/prisma/enums.js';

registerEnumType(CompanySizeClass, { name: 'CompanySizeClass', description: 'Grootteklasse (KBO/RSZ)' });

/** A company (onderneming), by its KBO enterprise number. */
@ObjectType('Company', { description: 'Onderneming' })
@Directive('@key(fields: "id")')
export class Company {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'Ondernemingsnummer (KBO)' })
  enterpriseNumber!: string;

  @Field(() => String)
  name!: string;

  @Field(() => CompanySizeClass)
  sizeClass!: CompanySizeClass;

  @Field(() => [String], { description: 'Paritaire comités' })
  jointCommittees!: string[];

  @Field(() => Boolean, { description: 'Lokaal of openbaar bestuur' })
  publicAuthority!: boolean;
}
