import { Field, Float, Int, ObjectType } from 'type-graphql';
import { AuditKind } from '../audit/audit.types.js';
// The finding module registers FindingSeverity; importing it from there keeps one registration.
import { FindingSeverity } from '../finding/finding.types.js';

@ObjectType('AuditKindIndicator', { description: 'Doorlichtingen van één soort in een kalenderjaar' })
export class AuditKindIndicator {
  @Field(() => AuditKind)
  kind!: AuditKind;

  @Field(() => Int, {
    description: 'Gepland: doorlichtingen met een geplande datum in het jaar (niet geannuleerd), plus geplande kandidaten van de vastgestelde jaarplanning zonder doorlichting',
  })
  planned!: number;

  @Field(() => Int, { description: 'Uitgevoerd: terreinbezoek of toezicht in het jaar (niet geannuleerd)' })
  performed!: number;

  @Field(() => Int, { description: 'Gerapporteerd: verslag opgeleverd in het jaar' })
  reported!: number;

  @Field(() => Int, { description: 'Geannuleerd: geannuleerde doorlichtingen met een geplande datum in het jaar' })
  cancelled!: number;

  @Field(() => Float, { nullable: true, description: 'Uitgevoerd ÷ gepland, in procent met 1 decimaal; leeg zonder geplande' })
  doneShare!: number | null;
}

@ObjectType('FindingSeverityCount', { description: 'Vaststellingen van één ernst' })
export class FindingSeverityCount {
  @Field(() => FindingSeverity)
  severity!: FindingSeverity;

  @Field(() => Int)
  count!: number;
}

@ObjectType('RecommendationIndicator', { description: 'Aanbevelingen en maatregelen met een realisatiedatum in het jaar' })
export class RecommendationIndicator {
  @Field(() => Int, { description: 'Met een afgesproken realisatiedatum in het jaar' })
  due!: number;

  @Field(() => Int, { description: 'Gerealiseerd op of vóór de afgesproken datum' })
  implementedOnTime!: number;

  @Field(() => Int, { description: 'Gerealiseerd na de afgesproken datum (of zonder gekende realisatiedatum)' })
  implementedLate!: number;

  @Field(() => Int, { description: 'Niet gerealiseerd (vastgesteld bij de opvolging)' })
  notImplemented!: number;

  @Field(() => Int, { description: 'Nog open en over de afgesproken datum (vandaag)' })
  openOverdue!: number;

  @Field(() => Int, { description: 'Nog open, datum nog niet verstreken' })
  openNotDue!: number;

  @Field(() => Float, { nullable: true, description: 'Tijdig gerealiseerd ÷ alle, in procent met 1 decimaal; leeg zonder aanbevelingen' })
  onTimeShare!: number | null;
}

@ObjectType('AuditIndicators', { description: 'Indicatoren van toezicht en inspectie over een kalenderjaar' })
export class AuditIndicators {
  @Field(() => Int)
  year!: number;

  @Field(() => [AuditKindIndicator], { description: 'Per soort, alle soorten' })
  kinds!: AuditKindIndicator[];

  @Field(() => [FindingSeverityCount], { description: 'Vaststellingen van de in het jaar uitgevoerde doorlichtingen, per ernst' })
  findings!: FindingSeverityCount[];

  @Field(() => RecommendationIndicator)
  recommendations!: RecommendationIndicator;
}
