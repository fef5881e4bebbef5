import { IsOptional, Length } from 'class-validator';
import { Directive, Field, ID, InputType, ObjectType, registerEnumType, Int } from 'type-graphql';
import { connectionOf, LocalDateScalar } from '@werkplek/subgraph-kit';
import { Province, RecognitionScope, RecognitionStatus } from '../generated/prisma/enums.js';
import '../workplace/workplace.types.js'; // registers Province

registerEnumType(RecognitionScope, {
  name: 'RecognitionScope',
  description: 'Volledige of gedeeltelijke erkenning (BR-09) / Full or partial recognition',
});
registerEnumType(RecognitionStatus, {
  name: 'RecognitionStatus',
  description: 'Actief, opgeheven of beëindigd door uitsluiting (§3.6) / Active, withdrawn or ended by exclusion',
});

/** A recognition (erkenning) of a workplace for a training, with its mentors, valid 5 years (BR-13). */
@ObjectType('Recognition', { description: 'Erkenning van een werkplek voor een opleiding, 5 jaar geldig (BR-13)' })
@Directive('@key(fields: "id")')
export class Recognition {
  @Field(() => ID)
  id!: string;

  @Field(() => ID, { nullable: true, description: 'De erkenningsaanvraag waaruit ze volgt' })
  applicationId!: string | null;

  @Field(() => RecognitionScope)
  scope!: RecognitionScope;

  @Field(() => [String], { description: 'Activiteiten die niet op deze werkplek geleerd kunnen worden (BR-09)' })
  excludedActivities!: string[];

  @Field(() => LocalDateScalar)
  validFrom!: Date;

  @Field(() => LocalDateScalar)
  validUntil!: Date;

  @Field(() => RecognitionStatus)
  status!: RecognitionStatus;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Datum van opheffing of uitsluiting' })
  endedOn!: Date | null;

  @Field(() => String, { nullable: true })
  endReason!: string | null;

  workplaceId!: string;
  trainingId!: string;
  partnershipId!: string;

  @Field(() => Int, { description: 'Versie: stijgt bij elke wijziging; stuur ze mee als expectedVersion' })
  version!: number;
}

export const RecognitionConnection = connectionOf(Recognition, 'Recognition');

@InputType('RecognitionFilter', { description: 'Erkenningen filteren' })
export class RecognitionFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  partnershipId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  workplaceId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  trainingId?: string | null;

  @Field(() => RecognitionStatus, { nullable: true })
  @IsOptional()
  status?: RecognitionStatus | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Enkel erkenningen die op deze dag geldig zijn' })
  @IsOptional()
  validOn?: Date | null;

  @Field(() => Province, { nullable: true, description: 'De provincie van de werkplek' })
  @IsOptional()
  province?: Province | null;
}

@InputType('WithdrawRecognitionInput', { description: 'Een erkenning opheffen (§3.6)' })
export class WithdrawRecognitionInput {
  @Field(() => ID)
  recognitionId!: string;

  @Field(() => String)
  @Length(5, 1000, { message: 'reden: 5 tot 1000 tekens / reason: 5 to 1000 characters' })
  reason!: string;
}

@InputType('ExcludeCompanyInput', { description: 'Een onderneming (tijdelijk) uitsluiten (§3.6)' })
export class ExcludeCompanyInput {
  @Field(() => ID)
  recognitionId!: string;

  @Field(() => String)
  @Length(5, 1000, { message: 'reden: 5 tot 1000 tekens / reason: 5 to 1000 characters' })
  reason!: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Laatste dag van de uitsluiting; leeg = tot opgeheven' })
  @IsOptional()
  until?: Date | null;
}

/** How `recognitions` orders: by the key (ascending), then by id. Without a sort: newest validFrom first. */
export enum RecognitionSort {
  VALID_FROM = 'VALID_FROM',
  VALID_UNTIL = 'VALID_UNTIL',
  WORKPLACE_NAME = 'WORKPLACE_NAME',
}
registerEnumType(RecognitionSort, {
  name: 'RecognitionSort',
  description: 'Sortering van erkenningen (oplopend, dan op id) / Recognition order (ascending, then by id)',
  valuesConfig: {
    VALID_FROM: { description: 'Begin van de geldigheid' },
    VALID_UNTIL: { description: 'Einde van de geldigheid' },
    WORKPLACE_NAME: { description: 'Naam van de werkplek (vestiging)' },
  },
});

/** A (temporary) exclusion (uitsluiting) of a company (§3.6): no new recognition application while it is active. */
@ObjectType('CompanyExclusion', { description: 'Een (tijdelijke) uitsluiting van een onderneming (§3.6)' })
export class CompanyExclusion {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  reason!: string;

  @Field(() => LocalDateScalar)
  startsOn!: Date;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Laatste dag; leeg = tot opgeheven' })
  endsOn!: Date | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Opgeheven op (liftCompanyExclusion of vernietigd in beroep)' })
  liftedOn!: Date | null;

  companyId!: string;
  workplaceId!: string | null;
  recognitionId!: string | null;

  @Field(() => Int, { description: 'Versie: stijgt bij elke wijziging; stuur ze mee als expectedVersion' })
  version!: number;
}
