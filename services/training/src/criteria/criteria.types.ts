import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDateScalar } from '@werkplek/subgraph-kit';
import { TrackMark } from '../generated/prisma/enums.js';

// The offer module owns TrackMark (registered once, here); other modules import it from this file.
registerEnumType(TrackMark, {
  name: 'TrackMark',
  description: 'Kenmerk van een traject / mark of a track (§2.3)',
  valuesConfig: {
    INNOVATIVE: { description: 'Innovatief' },
    INNOVATIVE_REWORK: { description: 'Innovatieve herwerking' },
    FLEXIBLE: { description: 'Flexibel' },
  },
});
export { TrackMark };

@ObjectType('Criterion', { description: 'Criterium van een kenmerk, woordelijk uit het ondernemingsplan' })
export class Criterion {
  @Field(() => ID)
  id!: string;

  @Field(() => TrackMark)
  mark!: TrackMark;

  @Field(() => String)
  code!: string;

  @Field(() => String, { description: 'De definitie in het Nederlands' })
  text!: string;

  @Field(() => Boolean, { description: 'Moet altijd voldaan zijn, ongeacht het aantal' })
  required!: boolean;

  @Field(() => Int)
  position!: number;
}

@ObjectType('MarkRule', { description: 'Hoeveel criteria van een kenmerk voldaan moeten zijn' })
export class MarkRule {
  @Field(() => ID)
  id!: string;

  @Field(() => TrackMark)
  mark!: TrackMark;

  @Field(() => Int, { description: 'Minimum aantal voldane niet-verplichte criteria (de verplichte altijd alle)' })
  minimumMet!: number;

  @Field(() => String)
  description!: string;
}

@ObjectType('CriteriaVersion', { description: 'Versie van de criteria (kader sturend beleid)' })
export class CriteriaVersion {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'PRE_2018 of 2018_2019' })
  code!: string;

  @Field(() => String)
  name!: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Goedgekeurd door het MSN' })
  approvedOn!: Date | null;

  @Field(() => LocalDateScalar)
  validFrom!: Date;

  @Field(() => LocalDateScalar, { nullable: true })
  validUntil!: Date | null;
}
