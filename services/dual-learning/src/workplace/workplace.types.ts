import { IsIn, IsOptional, Length, Matches } from 'class-validator';
import { Directive, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { connectionOf } from '@werkplek/subgraph-kit';
import { Province } from '../generated/prisma/enums.js';
import { competentPartnerships } from './sectoral-partnerships.js';

registerEnumType(Province, { name: 'Province', description: 'Provincie (of het Brussels Hoofdstedelijk Gewest)' });

/** A workplace (werkplek / vestiging). Other subgraphs refer to it by id (a federation entity). */
@ObjectType('Workplace', { description: 'Werkplek: de vestiging van een onderneming' })
@Directive('@key(fields: "id")')
export class Workplace {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'Vestigingsnummer (KBO), 10 cijfers' })
  establishmentNumber!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { description: 'Naam van de onderneming' })
  companyName!: string;

  @Field(() => String, { description: 'Ondernemingsnummer (KBO), 10 cijfers' })
  enterpriseNumber!: string;

  @Field(() => String)
  street!: string;

  @Field(() => String)
  postalCode!: string;

  @Field(() => String)
  municipality!: string;

  @Field(() => Province)
  province!: Province;

  @Field(() => String, { description: 'Bevoegd partnerschap' })
  sectoralPartnership!: string;

  @Field(() => Int, { nullable: true, description: 'Werknemers (of arbeiders) voor het plafond per vestiging (Tabel 21)' })
  employeeCount!: number | null;

  @Field(() => Date)
  createdAt!: Date;

  companyId!: string | null;
  // company and partnership are field resolvers (WorkplaceLinksResolver), batched.
}

export const WorkplaceConnection = connectionOf(Workplace, 'Workplace');

export enum WorkplaceSort {
  NAME = 'NAME',
  CREATED_AT = 'CREATED_AT',
}
registerEnumType(WorkplaceSort, { name: 'WorkplaceSort', description: 'Sortering van werkplekken' });

@InputType('WorkplaceFilter', { description: 'Werkplekken filteren' })
export class WorkplaceFilter {
  @Field(() => ID, { nullable: true, description: 'Bevoegd partnerschap' })
  partnershipId?: string | null;

  @Field(() => Province, { nullable: true })
  province?: Province | null;

  @Field(() => String, { nullable: true, description: 'Deel van de naam, onderneming of gemeente' })
  @IsOptional()
  @Length(1, 120, { message: 'zoekterm: 1 tot 120 tekens / search: 1 to 120 characters' })
  search?: string | null;
}

@InputType({ description: 'Een werkplek registreren' })
export class RegisterWorkplaceInput {
  @Field(() => String, { description: 'Vestigingsnummer, bv. 2.123.456.785' })
  @Matches(/^[2-8][\d. ]{9,13}$/, { message: 'geen vestigingsnummer / not an establishment number' })
  establishmentNumber!: string;

  @Field(() => String)
  @Length(2, 120, { message: 'naam: 2 tot 120 tekens / name: 2 to 120 characters' })
  name!: string;

  @Field(() => String)
  @Length(2, 120, { message: 'naam onderneming: 2 tot 120 tekens / company name: 2 to 120 characters' })
  companyName!: string;

  @Field(() => String, { description: 'Ondernemingsnummer, bv. 0123.456.749' })
  @Matches(/^[01][\d. ]{9,13}$/, { message: 'geen ondernemingsnummer / not an enterprise number' })
  enterpriseNumber!: string;

  @Field(() => String)
  @Length(2, 120, { message: 'straat: 2 tot 120 tekens / street: 2 to 120 characters' })
  street!: string;

  @Field(() => String)
  @Matches(/^\d{4}$/, { message: 'postcode: 4 cijfers / postal code: 4 digits' })
  postalCode!: string;

  @Field(() => String)
  @Length(2, 60, { message: 'gemeente: 2 tot 60 tekens / municipality: 2 to 60 characters' })
  municipality!: string;

  @Field(() => String)
  @IsIn(competentPartnerships, { message: 'onbekend partnerschap / unknown partnership' })
  sectoralPartnership!: string;
}
