import { IsOptional, IsUUID } from 'class-validator';
import { Directive, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { connectionOf, LocalDateScalar } from '@werkplek/subgraph-kit';
import { TrackComponent, TrackType } from '../generated/prisma/enums.js';
import { TrackMark } from '../criteria/criteria.types.js';

// The offer module owns TrackType and TrackComponent (registered once, here).
registerEnumType(TrackType, {
  name: 'TrackType',
  description: 'Soort traject / kind of track',
  valuesConfig: {
    ENTREPRENEURSHIP: { description: 'Ondernemerschapstraject' },
    APPRENTICESHIP: { description: 'Leertijd' },
    DUAL: { description: 'Duaal traject (proeftuin)' },
    PRE_STARTER: { description: 'Prestarterstraject (transitiepremie)' },
    ASSIGNED: { description: 'Toegewezen traject (mandaathouder)' },
  },
});
registerEnumType(TrackComponent, {
  name: 'TrackComponent',
  description: 'Onderdeel van een traject / component of a track',
  valuesConfig: {
    PROFESSIONAL_KNOWLEDGE: { description: 'Beroepskennis' },
    BUSINESS_MANAGEMENT: { description: 'Bedrijfsbeheer' },
  },
});
export { TrackComponent, TrackMark, TrackType };

export enum TrackSort {
  NAME_ASC = 'NAME_ASC',
  CODE_ASC = 'CODE_ASC',
  STARTABLE_FROM_DESC = 'STARTABLE_FROM_DESC',
}
registerEnumType(TrackSort, { name: 'TrackSort', description: 'Volgorde van de trajectenlijst' });

@ObjectType('Sector', { description: 'DAB-sector van het opleidingsaanbod (25 sectoren, §5.7)' })
export class Sector {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  code!: string;

  @Field(() => String)
  name!: string;
}

@ObjectType('TrackModule', { description: 'Module (cursus) van een traject' })
export class TrackModule {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  trackId!: string;

  @Field(() => String)
  code!: string;

  @Field(() => String)
  name!: string;

  @Field(() => TrackComponent)
  component!: TrackComponent;

  @Field(() => Int, { description: 'Lesuren' })
  hours!: number;
}

@ObjectType('TrackMarkGrant', { description: 'Kenmerk toegekend aan een traject in een ronde van het jaaractieplan' })
export class TrackMarkGrant {
  @Field(() => ID)
  id!: string;

  @Field(() => TrackMark)
  mark!: TrackMark;

  @Field(() => ID, { description: 'De ronde van het jaaractieplan' })
  roundId!: string;

  @Field(() => ID)
  criteriaVersionId!: string;

  @Field(() => LocalDateScalar, { description: 'Toegekend op (beslissing Raad van bestuur)' })
  grantedOn!: Date;
}

/** A track in a centre's offer; other subgraphs may refer to it by id. */
@ObjectType('Track', { description: 'Traject in het aanbod van een Syntra (of toegewezen traject)' })
@Directive('@key(fields: "id")')
export class Track {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  code!: string;

  @Field(() => String)
  name!: string;

  @Field(() => TrackType)
  type!: TrackType;

  @Field(() => ID)
  sectorId!: string;

  @Field(() => ID, { nullable: true, description: 'Het centrum; leeg voor een toegewezen traject' })
  centreId!: string | null;

  @Field(() => [TrackComponent])
  components!: TrackComponent[];

  @Field(() => Int, { description: 'Doorlooptijd in maanden' })
  durationMonths!: number;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Opstartbaar vanaf 1 september van dit jaar' })
  startableFrom!: Date | null;

  @Field(() => Boolean, { description: 'Gekoppeld aan de vestigingsreglementering' })
  establishmentRegulation!: boolean;

  @Field(() => Boolean, { description: 'Heeft een volledige doorlooptijd gekend' })
  completedFullRun!: boolean;

  @Field(() => Int, { description: 'Versie: stijgt bij elke wijziging; stuur ze mee als expectedVersion' })
  version!: number;
}

export const TrackConnection = connectionOf(Track, 'Track');

@InputType('TrackFilter', { description: 'Filter op de trajecten' })
export class TrackFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'centreId: geen geldige id / not a valid id' })
  centreId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'sectorId: geen geldige id / not a valid id' })
  sectorId?: string | null;

  @Field(() => TrackType, { nullable: true })
  type?: TrackType | null;

  @Field(() => TrackMark, { nullable: true, description: 'Met dit kenmerk (toegekend op of voor startableOn, indien gegeven)' })
  mark?: TrackMark | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Opstartbaar op deze datum (bv. 1 september)' })
  startableOn?: Date | null;
}
