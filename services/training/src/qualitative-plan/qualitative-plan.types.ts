import { ArrayMaxSize, ArrayMinSize, IsIn, IsInt, IsOptional, IsUUID, Length, Max, Min, ValidateNested } from 'class-validator';
import { Directive, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { connectionOf } from '@werkplek/subgraph-kit';
import { QualitativePlanStatus, RealisationStatus } from '../generated/prisma/enums.js';
import { sectionCodes } from './template-sections.js';
import { sortEnumOf } from '../shared/sort.js';

export const qualitativePlanSortKeys = ['YEAR', 'CENTRE', 'STATUS'] as const;
export const QualitativePlanSort = sortEnumOf(qualitativePlanSortKeys);
export type QualitativePlanSort = keyof typeof QualitativePlanSort;
registerEnumType(QualitativePlanSort, { name: 'QualitativePlanSort', description: 'Volgorde van de kwalitatieve jaarplannen over de hele lijst' });

registerEnumType(QualitativePlanStatus, { name: 'QualitativePlanStatus', description: 'Status van een kwalitatief jaarplan' });
registerEnumType(RealisationStatus, { name: 'RealisationStatus', description: 'Gerealiseerd, gedeeltelijk of niet gerealiseerd' });

export { QualitativePlanStatus, RealisationStatus };

@ObjectType('QualitativePlanSection', { description: 'Rubriek van het sjabloon (erkennings- en financieringsbesluit)' })
export class QualitativePlanSection {
  @Field(() => String)
  code!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  english!: string;

  @Field(() => Boolean, { description: 'Minstens één item verplicht vóór indienen' })
  required!: boolean;
}

@ObjectType('QualitativeAnnualPlan', { description: 'Kwalitatief jaarplan (organisatieplan) van een Syntra' })
@Directive('@key(fields: "id")')
export class QualitativeAnnualPlan {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  centreId!: string;

  @Field(() => Int)
  year!: number;

  @Field(() => QualitativePlanStatus)
  status!: QualitativePlanStatus;

  @Field(() => Date, { nullable: true })
  submittedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  assessedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Beoordeling tegenover de doelstellingen van het JOP' })
  assessment!: string | null;

  @Field(() => Int, { description: 'Versie: stijgt bij elke wijziging; stuur ze mee als expectedVersion' })
  version!: number;
}

export const QualitativeAnnualPlanConnection = connectionOf(QualitativeAnnualPlan, 'QualitativeAnnualPlan');

@ObjectType('QualitativePlanItem', { description: 'Item van een kwalitatief jaarplan onder een rubriek' })
export class QualitativePlanItem {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'Code van de rubriek' })
  section!: string;

  @Field(() => String)
  text!: string;

  @Field(() => String, { nullable: true })
  assessment!: string | null;

  @Field(() => RealisationStatus, { nullable: true })
  realisation!: RealisationStatus | null;

  @Field(() => String, { nullable: true, description: 'Toelichting of reden van niet-realisatie' })
  realisationNote!: string | null;
}

@InputType('QualitativePlanItemInput', { description: 'Een item onder een rubriek van het sjabloon' })
export class QualitativePlanItemInput {
  @Field(() => String, { description: 'Code van de rubriek (zie qualitativePlanSections)' })
  @IsIn(sectionCodes, { message: `rubriek: een van ${sectionCodes.join(', ')} / section: one of ${sectionCodes.join(', ')}` })
  section!: string;

  @Field(() => String)
  @Length(10, 4000, { message: 'tekst: 10 tot 4000 tekens / text: 10 to 4000 characters' })
  text!: string;
}

@InputType('DraftQualitativePlanInput', { description: 'Het kwalitatief jaarplan van je centrum opstellen' })
export class DraftQualitativePlanInput {
  @Field(() => Int)
  @IsInt({ message: 'jaar: een geheel getal / year: a whole number' })
  @Min(2017, { message: 'jaar: vanaf 2017 / year: 2017 or later' })
  @Max(2100, { message: 'jaar: tot 2100 / year: up to 2100' })
  year!: number;

  @Field(() => [QualitativePlanItemInput])
  @ArrayMinSize(1, { message: 'minstens één item / at least one item' })
  @ArrayMaxSize(200, { message: 'hoogstens 200 items / at most 200 items' })
  @ValidateNested({ each: true })
  items!: QualitativePlanItemInput[];
}

@InputType('ItemAssessmentInput', { description: 'Beoordeling van één item' })
export class ItemAssessmentInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'itemId: geen geldige id / not a valid id' })
  itemId!: string;

  @Field(() => String)
  @Length(2, 4000, { message: 'beoordeling: 2 tot 4000 tekens / assessment: 2 to 4000 characters' })
  assessment!: string;
}

@InputType('QualitativePlanAssessmentInput', { description: 'Beoordeling door regie ondernemersvorming tegenover de JOP-doelstellingen' })
export class QualitativePlanAssessmentInput {
  @Field(() => String)
  @Length(10, 8000, { message: 'beoordeling: 10 tot 8000 tekens / assessment: 10 to 8000 characters' })
  assessment!: string;

  @Field(() => [ItemAssessmentInput], { nullable: true })
  @IsOptional()
  @ValidateNested({ each: true })
  items?: ItemAssessmentInput[] | null;
}

@InputType('QualitativePlanFilter', { description: 'Kwalitatieve jaarplannen filteren' })
export class QualitativePlanFilter {
  @Field(() => ID, { nullable: true })
  @IsUUID('all', { message: 'centreId: geen geldige id / not a valid id' })
  @IsOptional()
  centreId?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  year?: number | null;

  @Field(() => QualitativePlanStatus, { nullable: true })
  @IsOptional()
  status?: QualitativePlanStatus | null;
}

