import { ArrayMaxSize, IsOptional, Length, Matches } from 'class-validator';
import { Field, ID, InputType, ObjectType, registerEnumType, Int } from 'type-graphql';
import { connectionOf, LocalDateScalar } from '@werkplek/subgraph-kit';
import { RecommendationKind, RecommendationStatus } from '../generated/prisma/enums.js';
import { UUID_PATTERN, uuidMessage } from '../shared/input.js';

registerEnumType(RecommendationKind, {
  name: 'RecommendationKind',
  description: 'Soort aanbeveling',
  valuesConfig: {
    RECOMMENDATION: { description: 'Aanbeveling (inspectie ondernemerschapstrajecten)' },
    MEASURE: { description: 'Maatregel (toezicht, doorlichting van een werkplek)' },
    IMPROVEMENT_ACTION: { description: 'Actie uit het verbeterplan (opvolgingsdoorlichting leertijd)' },
  },
});
registerEnumType(RecommendationStatus, {
  name: 'RecommendationStatus',
  description: 'Stand van een aanbeveling',
  valuesConfig: {
    OPEN: { description: 'Open: nog niet opgevolgd' },
    IMPLEMENTED: { description: 'Gerealiseerd' },
    NOT_IMPLEMENTED: { description: 'Niet gerealiseerd' },
  },
});

/** The outcome of the follow-up of one recommendation (opvolging van de aanbevelingen). */
export enum EvaluationOutcome {
  IMPLEMENTED = 'IMPLEMENTED',
  NOT_IMPLEMENTED = 'NOT_IMPLEMENTED',
}
registerEnumType(EvaluationOutcome, {
  name: 'EvaluationOutcome',
  description: 'Resultaat van de opvolging',
  valuesConfig: {
    IMPLEMENTED: { description: 'Gerealiseerd (met realisatiedatum)' },
    NOT_IMPLEMENTED: { description: 'Niet gerealiseerd (pas vanaf de afgesproken realisatiedatum)' },
  },
});
export { RecommendationKind, RecommendationStatus };

@ObjectType('Recommendation', {
  description: 'Een aanbeveling, maatregel of actie uit het verbeterplan, met afgesproken realisatiedatum en opvolging',
})
export class Recommendation {
  @Field(() => ID)
  id!: string;

  auditId!: string;
  findingId!: string | null;

  @Field(() => RecommendationKind)
  kind!: RecommendationKind;

  @Field(() => String)
  description!: string;

  @Field(() => String, { description: 'Wie ze uitvoert bij de doorgelichte organisatie' })
  owner!: string;

  @Field(() => LocalDateScalar, { description: 'Afgesproken realisatiedatum' })
  agreedDueOn!: Date;

  @Field(() => RecommendationStatus)
  status!: RecommendationStatus;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Gerealiseerd op, vastgesteld bij de opvolging' })
  implementedOn!: Date | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Opgevolgd op' })
  evaluatedOn!: Date | null;

  @Field(() => String, { nullable: true, description: 'Toelichting bij de opvolging' })
  evaluationNote!: string | null;

  @Field(() => String, { nullable: true, description: 'Wie de opvolging deed' })
  evaluatedBy!: string | null;

  createdById!: string;

  @Field(() => String, { description: 'Wie de aanbeveling formuleerde' })
  createdBy!: string;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Int, { description: 'Versie: stijgt bij elke wijziging; stuur ze mee als expectedVersion' })
  version!: number;
}

export const RecommendationConnection = connectionOf(Recommendation, 'Recommendation');

@InputType('IssueRecommendationInput', { description: 'Een aanbeveling of maatregel formuleren (id van de client)' })
export class IssueRecommendationInput {
  @Field(() => ID, { description: 'Door de client gekozen id: opnieuw versturen maakt geen tweede aanbeveling' })
  @Matches(UUID_PATTERN, { message: uuidMessage('id') })
  id!: string;

  @Field(() => ID)
  @Matches(UUID_PATTERN, { message: uuidMessage('auditId') })
  auditId!: string;

  @Field(() => ID, { nullable: true, description: 'De vaststelling waaruit ze volgt (geen positieve)' })
  @IsOptional()
  @Matches(UUID_PATTERN, { message: uuidMessage('findingId') })
  findingId?: string | null;

  @Field(() => RecommendationKind)
  kind!: RecommendationKind;

  @Field(() => String)
  @Length(3, 4000, { message: 'omschrijving: 3 tot 4000 tekens / description: 3 to 4000 characters' })
  description!: string;

  @Field(() => String, { description: 'Verantwoordelijke bij de doorgelichte organisatie' })
  @Length(2, 200, { message: 'verantwoordelijke: 2 tot 200 tekens / owner: 2 to 200 characters' })
  owner!: string;

  @Field(() => LocalDateScalar, { description: 'Afgesproken realisatiedatum: na het terreinbezoek en na vandaag' })
  agreedDueOn!: Date;
}

@InputType('EvaluateRecommendationInput', { description: 'Een aanbeveling opvolgen: gerealiseerd of niet' })
export class EvaluateRecommendationInput {
  @Field(() => ID)
  @Matches(UUID_PATTERN, { message: uuidMessage('recommendationId') })
  recommendationId!: string;

  @Field(() => EvaluationOutcome)
  outcome!: EvaluationOutcome;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Verplicht bij gerealiseerd: niet in de toekomst' })
  @IsOptional()
  implementedOn?: Date | null;

  @Field(() => String)
  @Length(3, 4000, { message: 'toelichting: 3 tot 4000 tekens / note: 3 to 4000 characters' })
  note!: string;

  @Field(() => ID, { nullable: true, description: 'Opnieuw versturen met dezelfde id geeft hetzelfde antwoord' })
  @IsOptional()
  @Matches(UUID_PATTERN, { message: uuidMessage('clientMutationId') })
  clientMutationId?: string | null;
}

export enum RecommendationSort {
  AGREED_DUE_ON_ASC = 'AGREED_DUE_ON_ASC',
  AGREED_DUE_ON_DESC = 'AGREED_DUE_ON_DESC',
  STATUS_ASC = 'STATUS_ASC',
  STATUS_DESC = 'STATUS_DESC',
}
registerEnumType(RecommendationSort, {
  name: 'RecommendationSort',
  description: 'Volgorde van aanbevelingen: afgesproken realisatiedatum of status (open eerst bij ASC); bij gelijke waarde op datum',
});

@InputType('RecommendationFilter', { description: 'Aanbevelingen filteren' })
export class RecommendationFilter {
  @Field(() => RecommendationStatus, { nullable: true })
  @IsOptional()
  status?: RecommendationStatus | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true: open en de afgesproken realisatiedatum is voorbij (niet van geannuleerde doorlichtingen); false: de andere',
  })
  @IsOptional()
  overdue?: boolean | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Realisatiedatum vanaf' })
  @IsOptional()
  dueFrom?: Date | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Realisatiedatum tot en met' })
  @IsOptional()
  dueTo?: Date | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @Matches(UUID_PATTERN, { message: uuidMessage('auditId') })
  auditId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @Matches(UUID_PATTERN, { message: uuidMessage('trainingCentreId') })
  trainingCentreId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @Matches(UUID_PATTERN, { message: uuidMessage('partnershipId') })
  partnershipId?: string | null;

  @Field(() => [RecommendationKind], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(3, { message: 'hoogstens 3 soorten / at most 3 kinds' })
  kinds?: RecommendationKind[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Alleen van doorlichtingen waaraan je toegewezen bent' })
  @IsOptional()
  assignedToMe?: boolean | null;
}
