import { IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { SurveyFocusGroup } from '../generated/prisma/enums.js';
import { HasAtMostDecimals } from '@werkplek/subgraph-kit';

registerEnumType(SurveyFocusGroup, {
  name: 'SurveyFocusGroup',
  description: 'Focusgroep van de tevredenheidsmeting (§5.7)',
  valuesConfig: {
    GENERAL: { description: 'Algemeen' },
    ESTABLISHMENT_LAW: { description: 'Vestigingswet' },
    INNOVATIVE: { description: 'Innovatief' },
    FLEXIBLE: { description: 'Flexibel' },
  },
});

@ObjectType('SatisfactionSurvey', { description: 'Resultaat van een tevredenheidsmeting, per sector of per focusgroep (§2.6)' })
export class SatisfactionSurvey {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: 'Schooljaar van afname, bij zijn eerste kalenderjaar (2017 = 2017-18)' })
  schoolYear!: number;

  @Field(() => ID, { nullable: true })
  sectorId!: string | null;

  @Field(() => SurveyFocusGroup, { nullable: true })
  focusGroup!: SurveyFocusGroup | null;

  @Field(() => Float, { description: 'Score op 10 (twee decimalen)' })
  score!: number;

  @Field(() => Int)
  respondents!: number;
}

@ObjectType('SectorSatisfactionScore', { description: 'Laatste score van een sector met zijn jaar van afname (§5.7)' })
export class SectorSatisfactionScore {
  @Field(() => ID)
  sectorId!: string;

  @Field(() => String)
  sectorName!: string;

  @Field(() => Float)
  score!: number;

  @Field(() => Int, { description: 'Jaar van afname (eerste kalenderjaar van het schooljaar)' })
  schoolYear!: number;

  @Field(() => String, { description: 'bv. "2016-2017"' })
  schoolYearLabel!: string;

  @Field(() => Boolean, { description: 'Haalt de doelstelling van 7,5/10' })
  meetsTarget!: boolean;
}

@InputType('RecordSatisfactionSurveyInput', { description: 'Een meting registreren: precies één van sector of focusgroep' })
export class RecordSatisfactionSurveyInput {
  @Field(() => Int)
  @IsInt({ message: 'schooljaar: geheel getal / school year: integer' })
  @Min(2000, { message: 'schooljaar: vanaf 2000 / school year: from 2000' })
  @Max(2100, { message: 'schooljaar: tot 2100 / school year: up to 2100' })
  schoolYear!: number;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'sectorId: geen geldige id / not a valid id' })
  sectorId?: string | null;

  @Field(() => SurveyFocusGroup, { nullable: true })
  focusGroup?: SurveyFocusGroup | null;

  @Field(() => Float, { description: 'Op 10, hoogstens twee decimalen' })
  @HasAtMostDecimals(2, { message: 'score: hoogstens twee decimalen / at most two decimals' })
  @Min(0, { message: 'score: tussen 0 en 10 / between 0 and 10' })
  @Max(10, { message: 'score: tussen 0 en 10 / between 0 and 10' })
  score!: number;

  @Field(() => Int)
  @IsInt({ message: 'respondenten: geheel getal / respondents: integer' })
  @Min(1, { message: 'respondenten: minstens 1 / respondents: at least 1' })
  respondents!: number;
}
