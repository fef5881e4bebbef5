import { IsEmail, IsOptional, Matches } from 'class-validator';
import { Directive, Field, ID, InputType, ObjectType, Int } from 'type-graphql';

/** A regional training centre (Syntra). Other subgraphs refer to it by id (a federation entity). */
@ObjectType('TrainingCentre', { description: 'Regionaal opleidingscentrum (Syntra)' })
@Directive('@key(fields: "id")')
export class TrainingCentre {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'Korte, vaste code, bv. "syntra-west"' })
  code!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { description: 'Koepelorganisatie' })
  umbrella!: string;

  @Field(() => [String], { description: 'Campussen' })
  campuses!: string[];

  @Field(() => String, { nullable: true })
  email!: string | null;

  @Field(() => String, { nullable: true })
  phone!: string | null;

  @Field(() => Int, { description: 'Versie: stijgt bij elke wijziging; stuur ze mee als expectedVersion' })
  version!: number;
}

@InputType({ description: 'Contactgegevens van een opleidingscentrum' })
export class TrainingCentreContactInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEmail({}, { message: 'geen geldig e-mailadres / not a valid e-mail address' })
  email?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^\+?[0-9][0-9 ./()-]{7,19}$/, { message: 'geen geldig telefoonnummer / not a valid phone number' })
  phone?: string | null;
}

@ObjectType('TeachingLocation', { description: 'Lesplaats van een centrum, op een van zijn campussen' })
export class TeachingLocation {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  centreId!: string;

  @Field(() => String)
  campus!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { description: 'Gemeente' })
  municipality!: string;
}

@ObjectType('MandateHolder', { description: 'Mandaathouder: opleidingsverstrekker van toegewezen trajecten (§2.10)' })
export class MandateHolder {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true, description: 'Ondernemingsnummer' })
  enterpriseNumber!: string | null;

  @Field(() => String, { nullable: true, description: 'Kwaliteitslabel (Q-decreet)' })
  qualityLabel!: string | null;
}
