import { ArrayMaxSize, IsInt, IsOptional, Length, ValidateNested } from 'class-validator';
import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDateScalar } from '@werkplek/subgraph-kit';
import { AnnualPlanStatus } from '../generated/prisma/enums.js';
import { AuditKind, AuditSubjectType } from '../audit/audit.types.js';
import { RiskFactor, RiskWeightSetting } from '../risk/risk.types.js';

registerEnumType(AnnualPlanStatus, {
  name: 'AnnualPlanStatus',
  description: 'Stand van de jaarplanning',
  valuesConfig: {
    DRAFT: { description: 'Ontwerp: herberekenen en keuzes maken kan nog' },
    ADOPTED: { description: 'Vastgesteld: de geplande doorlichtingen zijn aangemaakt' },
  },
});
export { AnnualPlanStatus };

@ObjectType('AnnualPlan', { description: 'De risicogebaseerde jaarplanning van de doorlichtingen van één jaar' })
export class AnnualPlan {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  year!: number;

  @Field(() => AnnualPlanStatus)
  status!: AnnualPlanStatus;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Vastgesteld op' })
  adoptedOn!: Date | null;

  @Field(() => String, { description: 'Opgesteld door' })
  createdBy!: string;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date)
  updatedAt!: Date;

  @Field(() => Int, { description: 'Versie: stijgt bij elke wijziging; stuur ze mee als expectedVersion' })
  version!: number;
}

@ObjectType('AnnualPlanCapacity', { description: 'Hoeveel doorlichtingen van een soort het jaar bevat' })
export class AnnualPlanCapacity {
  @Field(() => AuditKind)
  kind!: AuditKind;

  @Field(() => Int, { description: 'Capaciteit' })
  count!: number;

  @Field(() => Int, { description: 'Nu gepland' })
  planned!: number;
}

@ObjectType('RiskInput', { description: 'Eén factor van een risicoscore: waarde × gewicht = bijdrage' })
export class RiskInput {
  @Field(() => RiskFactor)
  factor!: RiskFactor;

  @Field(() => Float)
  value!: number;

  @Field(() => Float)
  weight!: number;

  @Field(() => Float)
  contribution!: number;
}

@ObjectType('AnnualPlanItem', { description: 'Een kandidaat van de jaarplanning met zijn risicoscore en rang' })
export class AnnualPlanItem {
  @Field(() => ID)
  id!: string;

  planId!: string;

  @Field(() => AuditKind)
  kind!: AuditKind;

  @Field(() => AuditSubjectType)
  subjectType!: AuditSubjectType;

  @Field(() => ID)
  subjectId!: string;

  trainingCentreId!: string | null;
  partnershipId!: string | null;

  @Field(() => Float, { description: 'Σ gewicht × waarde, 2 decimalen' })
  riskScore!: number;

  @Field(() => [RiskInput], { description: 'De factoren achter de score' })
  riskInputs!: RiskInput[];

  @Field(() => Int, { description: 'Rang binnen de soort (1 = hoogste risico; gelijke scores volgens het id van het onderwerp)' })
  rank!: number;

  @Field(() => Boolean)
  planned!: boolean;

  @Field(() => Int, { nullable: true, description: 'Kwartaal (1–4)' })
  quarter!: number | null;

  @Field(() => String, { nullable: true, description: 'Motivering van een keuze met de hand; blijft bij herberekenen' })
  manualReason!: string | null;
}

@InputType('AnnualPlanCapacityInput')
export class AnnualPlanCapacityInput {
  @Field(() => AuditKind)
  kind!: AuditKind;

  @Field(() => Int, { description: '0 tot 200' })
  @IsInt()
  count!: number;
}

@InputType('DraftAnnualPlanInput', { description: 'Een jaarplanning opstellen: het jaar en de capaciteit per soort' })
export class DraftAnnualPlanInput {
  @Field(() => Int, { description: 'Dit jaar of later' })
  @IsInt()
  year!: number;

  @Field(() => [AnnualPlanCapacityInput])
  @ValidateNested({ each: true })
  @ArrayMaxSize(50)
  capacities!: AnnualPlanCapacityInput[];
}

@InputType('SetAnnualPlanItemPlannedInput', { description: 'Een kandidaat met de hand plannen of schrappen' })
export class SetAnnualPlanItemPlannedInput {
  @Field(() => ID)
  @Length(1, 100)
  itemId!: string;

  @Field(() => Boolean)
  planned!: boolean;

  @Field(() => Int, { nullable: true, description: 'Kwartaal (1–4); zonder: volgens de rangschikking' })
  @IsOptional()
  @IsInt()
  quarter?: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Motivering (10 tot 1000 tekens); verplicht als de keuze tegen de rangschikking ingaat',
  })
  @IsOptional()
  @Length(0, 10_000)
  reason?: string | null;
}

export { RiskWeightSetting };
