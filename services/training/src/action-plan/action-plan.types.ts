import { ArrayMaxSize, ArrayMinSize, IsInt, IsOptional, IsUUID, Length, Max, Min, ValidateNested } from 'class-validator';
import { Directive, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { connectionOf, LocalDateScalar } from '@werkplek/subgraph-kit';
import {
  ActionPlanStatus,
  DossierAdvice,
  DossierKind,
  RoundSeason,
  RoundStatus,
} from '../generated/prisma/enums.js';
import { TrackMark } from '../criteria/criteria.types.js';
import { TrackComponent } from '../track/track.types.js';
import { sortEnumOf } from '../shared/sort.js';

export const actionPlanSortKeys = ['CREATED_AT', 'CENTRE', 'ROUND', 'STATUS', 'SUBMITTED_AT'] as const;
export const ActionPlanSort = sortEnumOf(actionPlanSortKeys);
export type ActionPlanSort = keyof typeof ActionPlanSort;
registerEnumType(ActionPlanSort, {
  name: 'ActionPlanSort',
  description: 'Volgorde van de jaaractieplannen over de hele lijst: aangemaakt, centrum, ronde (uiterste indiening), status of indiening',
});

// This module registers the action plan's enums; TrackMark and TrackComponent are the offer module's (imported above).
registerEnumType(RoundSeason, { name: 'RoundSeason', description: 'Indieningsronde van het jaaractieplan: april of november' });
registerEnumType(RoundStatus, { name: 'RoundStatus', description: 'Open, afgesloten, beslist door de Raad van bestuur' });
registerEnumType(ActionPlanStatus, { name: 'ActionPlanStatus', description: 'Status van een jaaractieplan' });
registerEnumType(DossierKind, { name: 'DossierKind', description: 'Nieuw traject of innovatieve herwerking' });
registerEnumType(DossierAdvice, { name: 'DossierAdvice', description: 'Advies van regie ondernemersvorming over een opleidingsdossier' });

export { ActionPlanStatus, DossierAdvice, DossierKind, RoundSeason, RoundStatus };


@ObjectType('ActionPlanRound', { description: 'Indieningsronde van de jaaractieplannen (april of november)' })
@Directive('@key(fields: "id")')
export class ActionPlanRound {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  year!: number;

  @Field(() => RoundSeason)
  season!: RoundSeason;

  @Field(() => Date, { description: 'Uiterste indieningsdatum' })
  deadline!: Date;

  @Field(() => ID, { description: 'De criteriaversie (kader sturend beleid) die in deze ronde geldt' })
  criteriaVersionId!: string;

  @Field(() => RoundStatus)
  status!: RoundStatus;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Beslissing van de Raad van bestuur (december)' })
  boardDecisionOn!: Date | null;

  @Field(() => Int, { description: 'Versie: stijgt bij elke wijziging; stuur ze mee als expectedVersion' })
  version!: number;
}

@ObjectType('AnnualActionPlan', { description: 'Jaaractieplan van een Syntra voor een ronde: opleidingsdossiers' })
@Directive('@key(fields: "id")')
export class AnnualActionPlan {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  centreId!: string;

  @Field(() => ID)
  roundId!: string;

  @Field(() => ActionPlanStatus)
  status!: ActionPlanStatus;

  @Field(() => Date, { nullable: true })
  submittedAt!: Date | null;

  @Field(() => Int, { description: 'Versie: stijgt bij elke wijziging; stuur ze mee als expectedVersion' })
  version!: number;
}

export const AnnualActionPlanConnection = connectionOf(AnnualActionPlan, 'AnnualActionPlan');

@ObjectType('TrainingDossier', { description: 'Opleidingsdossier: een nieuw traject of een innovatieve herwerking' })
export class TrainingDossier {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  planId!: string;

  @Field(() => DossierKind)
  kind!: DossierKind;

  @Field(() => ID, { nullable: true, description: 'Het herwerkte traject; na de beslissing het (nieuwe) traject' })
  trackId!: string | null;

  @Field(() => String)
  title!: string;

  @Field(() => ID)
  sectorId!: string;

  @Field(() => [String], { description: 'Betrokken partners (sectorfederaties, bedrijven, kennisinstellingen)' })
  partners!: string[];

  @Field(() => [TrackMark], { description: 'Aangevraagde kenmerken' })
  requestedMarks!: TrackMark[];

  @Field(() => [TrackComponent])
  components!: TrackComponent[];

  @Field(() => Int, { description: 'Doorlooptijd in maanden' })
  durationMonths!: number;

  @Field(() => DossierAdvice, { nullable: true })
  advice!: DossierAdvice | null;

  @Field(() => String, { nullable: true })
  adviceMotivation!: string | null;

  @Field(() => Date, { nullable: true })
  advisedAt!: Date | null;

  @Field(() => Boolean, { description: 'Door de Raad van bestuur vastgelegd in het programma' })
  programmed!: boolean;

  @Field(() => Int, { description: 'Versie: stijgt bij elke wijziging; stuur ze mee als expectedVersion' })
  version!: number;
}

@ObjectType('DossierCriterionCase', { description: 'De argumentatie van het centrum voor één criterium, en de beoordeling' })
export class DossierCriterionCase {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  criterionId!: string;

  @Field(() => String)
  argument!: string;

  @Field(() => Boolean, { nullable: true, description: 'Voldaan volgens regie ondernemersvorming (leeg: nog niet beoordeeld)' })
  met!: boolean | null;

  @Field(() => String, { nullable: true })
  motivation!: string | null;
}

@ObjectType('RoundMarkResult', { description: '(Niet-)erkenningen per kenmerk in een ronde (outputindicator 2019)' })
export class RoundMarkResult {
  @Field(() => TrackMark)
  mark!: TrackMark;

  @Field(() => Int, { description: 'Dossiers die het kenmerk aanvroegen en het kregen' })
  recognised!: number;

  @Field(() => Int, { description: 'Dossiers die het kenmerk aanvroegen en het niet kregen' })
  notRecognised!: number;
}

@ObjectType('RoundResults', { description: 'Resultaat van de kwaliteitssturing van een ronde' })
export class RoundResults {
  @Field(() => ID)
  roundId!: string;

  @Field(() => Int, { description: 'Geadviseerde dossiers' })
  advisedDossiers!: number;

  @Field(() => [RoundMarkResult])
  marks!: RoundMarkResult[];
}

@InputType('OpenActionPlanRoundInput', { description: 'Een jaaractieplanronde openen' })
export class OpenActionPlanRoundInput {
  @Field(() => Int)
  @IsInt({ message: 'jaar: een geheel getal / year: a whole number' })
  @Min(2016, { message: 'jaar: vanaf 2016 / year: 2016 or later' })
  @Max(2100, { message: 'jaar: tot 2100 / year: up to 2100' })
  year!: number;

  @Field(() => RoundSeason)
  season!: RoundSeason;

  @Field(() => Date, { description: 'Uiterste indieningsdatum en -uur' })
  deadline!: Date;

  @Field(() => ID)
  @IsUUID('all', { message: 'criteriaVersionId: geen geldige id / not a valid id' })
  criteriaVersionId!: string;
}

@InputType('CriterionCaseInput', { description: 'De argumentatie voor één criterium' })
export class CriterionCaseInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'criterionId: geen geldige id / not a valid id' })
  criterionId!: string;

  @Field(() => String)
  @Length(10, 4000, { message: 'argumentatie: 10 tot 4000 tekens / argument: 10 to 4000 characters' })
  argument!: string;
}

@InputType('TrainingDossierInput', { description: 'Een opleidingsdossier van het jaaractieplan' })
export class TrainingDossierInput {
  @Field(() => DossierKind)
  kind!: DossierKind;

  @Field(() => ID, { nullable: true, description: 'Verplicht bij een herwerking: het bestaande traject van het centrum' })
  @IsUUID('all', { message: 'trackId: geen geldige id / not a valid id' })
  @IsOptional()
  trackId?: string | null;

  @Field(() => String)
  @Length(3, 200, { message: 'titel: 3 tot 200 tekens / title: 3 to 200 characters' })
  title!: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'sectorId: geen geldige id / not a valid id' })
  sectorId!: string;

  @Field(() => [String], { nullable: true, description: 'Betrokken partners' })
  @IsOptional()
  @ArrayMaxSize(30, { message: 'hoogstens 30 partners / at most 30 partners' })
  @Length(2, 200, { each: true, message: 'partner: 2 tot 200 tekens / partner: 2 to 200 characters' })
  partners?: string[] | null;

  @Field(() => [TrackMark])
  @ArrayMinSize(1, { message: 'vraag minstens één kenmerk aan / request at least one mark' })
  requestedMarks!: TrackMark[];

  @Field(() => [TrackComponent], { description: 'Beroepskennis en/of bedrijfsbeheer' })
  @ArrayMinSize(1, { message: 'minstens één component / at least one component' })
  components!: TrackComponent[];

  @Field(() => Int, { description: 'Doorlooptijd in maanden' })
  @Min(1, { message: 'doorlooptijd: minstens 1 maand / duration: at least 1 month' })
  @Max(72, { message: 'doorlooptijd: hoogstens 72 maanden / duration: at most 72 months' })
  durationMonths!: number;

  @Field(() => [CriterionCaseInput], { description: 'Argumentatie per criterium, alleen criteria van de aangevraagde kenmerken' })
  @ArrayMinSize(1, { message: 'argumenteer minstens één criterium / argue at least one criterion' })
  @ValidateNested({ each: true })
  cases!: CriterionCaseInput[];
}

@InputType('ActionPlanFilter', { description: 'Jaaractieplannen filteren' })
export class ActionPlanFilter {
  @Field(() => ID, { nullable: true })
  @IsUUID('all', { message: 'roundId: geen geldige id / not a valid id' })
  @IsOptional()
  roundId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsUUID('all', { message: 'centreId: geen geldige id / not a valid id' })
  @IsOptional()
  centreId?: string | null;

  @Field(() => ActionPlanStatus, { nullable: true })
  @IsOptional()
  status?: ActionPlanStatus | null;

  @Field(() => [ActionPlanStatus], { nullable: true, description: 'Een van deze statussen (samen met status: beide moeten gelden)' })
  @IsOptional()
  @ArrayMaxSize(6, { message: 'statuses: hoogstens 6 / at most 6' })
  statuses?: ActionPlanStatus[] | null;
}
