import { IsOptional, IsUUID, Length, Max, Min } from 'class-validator';
import { ArgsType, Directive, Field, Float, ID, InputType, ObjectType, registerEnumType, Int } from 'type-graphql';
import { connectionOf, LocalDateScalar } from '@werkplek/subgraph-kit';
import { TenderKind, TenderStatus } from '../generated/prisma/enums.js';

registerEnumType(TenderKind, {
  name: 'TenderKind',
  description: 'Soort tender voor toegewezen trajecten (§2.10)',
  valuesConfig: {
    TRAINING_OLD_WORK: { description: 'Oude werking: kortlopende opleidingstrajecten' },
    RESEARCH: { description: 'Nieuwe werking: onderzoekstender (competentieprognose) per cluster' },
    TRAINING: { description: 'Nieuwe werking: opleidingstender aan mandaathouders' },
  },
});
registerEnumType(TenderStatus, {
  name: 'TenderStatus',
  description: 'Stand van een tender',
  valuesConfig: {
    LAUNCHED: { description: 'Gelanceerd' },
    AWARDED: { description: 'Gegund' },
    CANCELLED: { description: 'Geannuleerd' },
  },
});

export enum TenderSort {
  LAUNCHED_ON_DESC = 'LAUNCHED_ON_DESC',
  LAUNCHED_ON_ASC = 'LAUNCHED_ON_ASC',
  TOPIC_ASC = 'TOPIC_ASC',
}
registerEnumType(TenderSort, { name: 'TenderSort', description: 'Volgorde van de tenderlijst' });

/** An award (gunning) of a tender to a mandate holder; the budget indicator sums these per year (§5.10). */
@ObjectType('TenderAward', { description: 'Gunning aan een mandaathouder (bedrag incl. btw)' })
export class TenderAward {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  mandateHolderId!: string;

  @Field(() => String, { description: 'Naam van de mandaathouder' })
  mandateHolderName!: string;

  @Field(() => Float, { description: 'Bedrag incl. btw in euro (twee decimalen)' })
  amountInclVat!: number;

  @Field(() => LocalDateScalar)
  awardedOn!: Date;
}

/** A tender for assigned tracks (toegewezen trajecten, §2.10, §6.8). */
@ObjectType('Tender', { description: 'Tender voor toegewezen trajecten (oude of nieuwe werking)' })
@Directive('@key(fields: "id")')
export class Tender {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'Onderwerp, bv. "professioneel groendak"' })
  topic!: string;

  @Field(() => TenderKind)
  kind!: TenderKind;

  @Field(() => String, { nullable: true, description: '(Speerpunt)cluster, bv. "creatieve industrie"' })
  cluster!: string | null;

  @Field(() => LocalDateScalar)
  launchedOn!: Date;

  @Field(() => TenderStatus)
  status!: TenderStatus;

  @Field(() => Int, { description: 'Versie: stijgt bij elke wijziging; stuur ze mee als expectedVersion' })
  version!: number;
}

export const TenderConnection = connectionOf(Tender, 'Tender');

@InputType('TenderFilter', { description: 'Filter op de tenderlijst' })
export class TenderFilter {
  @Field(() => TenderStatus, { nullable: true })
  status?: TenderStatus | null;

  @Field(() => TenderKind, { nullable: true })
  kind?: TenderKind | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 120, { message: 'cluster: 1 tot 120 tekens / cluster: 1 to 120 characters' })
  cluster?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Gelanceerd vanaf' })
  launchedFrom?: Date | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Gelanceerd tot en met' })
  launchedUntil?: Date | null;
}

@InputType('LaunchTenderInput', { description: 'Een tender lanceren' })
export class LaunchTenderInput {
  @Field(() => String)
  @Length(3, 300, { message: 'onderwerp: 3 tot 300 tekens / topic: 3 to 300 characters' })
  topic!: string;

  @Field(() => TenderKind)
  kind!: TenderKind;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(2, 120, { message: 'cluster: 2 tot 120 tekens / cluster: 2 to 120 characters' })
  cluster?: string | null;

  @Field(() => LocalDateScalar)
  launchedOn!: Date;
}

@ArgsType()
export class AwardTenderArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'tenderId: geen geldige id / not a valid id' })
  tenderId!: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'mandateHolderId: geen geldige id / not a valid id' })
  mandateHolderId!: string;

  @Field(() => Float, { description: 'Bedrag incl. btw in euro, > 0, hoogstens twee decimalen' })
  @Min(0.01, { message: 'bedrag: groter dan 0 / amount: greater than 0' })
  @Max(9_999_999_999.99, { message: 'bedrag: te groot / amount: too large' })
  amountInclVat!: number;

  @Field(() => LocalDateScalar)
  awardedOn!: Date;
}
