import { ArrayMaxSize, IsOptional, Length, Matches } from 'class-validator';
import { Directive, Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { connectionOf } from '@werkplek/subgraph-kit';
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

export const CompanyConnection = connectionOf(Company, 'Company');

export enum CompanySort {
  NAME = 'NAME',
  ENTERPRISE_NUMBER = 'ENTERPRISE_NUMBER',
}
registerEnumType(CompanySort, { name: 'CompanySort', description: 'Sortering van ondernemingen' });

@InputType('CompanyFilter', { description: 'Ondernemingen filteren' })
export class CompanyFilter {
  @Field(() => String, { nullable: true, description: 'Deel van de naam of het ondernemingsnummer' })
  @IsOptional()
  @Length(1, 120, { message: 'zoekterm: 1 tot 120 tekens / search: 1 to 120 characters' })
  search?: string | null;

  @Field(() => String, { nullable: true, description: 'Paritair comité, bv. 124' })
  jointCommittee?: string | null;

  @Field(() => CompanySizeClass, { nullable: true })
  sizeClass?: CompanySizeClass | null;

  @Field(() => Boolean, { nullable: true })
  publicAuthority?: boolean | null;
}

@InputType('RegisterCompanyInput', { description: 'Een onderneming registreren' })
export class RegisterCompanyInput {
  @Field(() => String, { description: 'Ondernemingsnummer, bv. 0123.456.749' })
  @Matches(/^[01][\d. ]{9,13}$/, { message: 'geen ondernemingsnummer / not an enterprise number' })
  enterpriseNumber!: string;

  @Field(() => String)
  @Length(2, 120, { message: 'naam: 2 tot 120 tekens / name: 2 to 120 characters' })
  name!: string;

  @Field(() => [String], { description: 'Paritaire comités, bv. 124 of 149.01', defaultValue: [] })
  @ArrayMaxSize(20, { message: 'hoogstens 20 paritaire comités / at most 20 joint committees' })
  @Matches(/^(PC ?)?[A-Z0-9][A-Z0-9.\-]{0,19}$/i, { each: true, message: 'ongeldig paritair comité / invalid joint committee' })
  jointCommittees!: string[];

  @Field(() => CompanySizeClass, { nullable: true, description: 'Grootteklasse; leeg = onbekend' })
  sizeClass?: CompanySizeClass | null;

  @Field(() => Boolean, { defaultValue: false, description: 'Lokaal of openbaar bestuur' })
  publicAuthority!: boolean;
}
