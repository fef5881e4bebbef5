import { IsOptional, Length, Matches } from 'class-validator';
import { Field, ID, InputType, ObjectType, registerEnumType, Int } from 'type-graphql';
import { LocalDateScalar } from '@werkplek/subgraph-kit';
import { FindingSeverity } from '../generated/prisma/enums.js';

// This module registers FindingSeverity; the recommendation module imports it from here.
registerEnumType(FindingSeverity, {
  name: 'FindingSeverity',
  description: 'Ernst van een vaststelling',
  valuesConfig: {
    POSITIVE: { description: 'Positieve vaststelling (goede praktijk)' },
    OBSERVATION: { description: 'Opmerking: te verbeteren, geen inbreuk' },
    SHORTCOMING: { description: 'Tekortkoming' },
    SERIOUS_SHORTCOMING: { description: 'Ernstige tekortkoming: kan tot een sanctie leiden' },
  },
});
export { FindingSeverity };

import { UUID_PATTERN, uuidMessage } from '../shared/input.js';

@ObjectType('Finding', { description: 'Een vaststelling van een doorlichting (positief, opmerking, tekortkoming)' })
export class Finding {
  @Field(() => ID)
  id!: string;

  auditId!: string;

  @Field(() => FindingSeverity)
  severity!: FindingSeverity;

  @Field(() => String)
  title!: string;

  @Field(() => String)
  description!: string;

  @Field(() => ID, { nullable: true, description: 'De vraag van het toezichtkader / inspectiekader waarbij ze hoort' })
  questionId!: string | null;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'Opgelost: al haar aanbevelingen gerealiseerd, of bij het afsluiten zonder aanbevelingen',
  })
  resolvedOn!: Date | null;

  createdById!: string;

  @Field(() => String, { description: 'Wie de vaststelling noteerde' })
  createdBy!: string;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Int, { description: 'Versie: stijgt bij elke wijziging; stuur ze mee als expectedVersion' })
  version!: number;
}

@InputType('RecordFindingInput', { description: 'Een vaststelling noteren tijdens het terreinbezoek (id van de client)' })
export class RecordFindingInput {
  @Field(() => ID, { description: 'Door de client gekozen id: opnieuw versturen maakt geen tweede vaststelling' })
  @Matches(UUID_PATTERN, { message: uuidMessage('id') })
  id!: string;

  @Field(() => ID)
  @Matches(UUID_PATTERN, { message: uuidMessage('auditId') })
  auditId!: string;

  @Field(() => ID, { nullable: true, description: 'Een vraag van het vastgelegde kader van de doorlichting' })
  @IsOptional()
  @Matches(UUID_PATTERN, { message: uuidMessage('questionId') })
  questionId?: string | null;

  @Field(() => FindingSeverity)
  severity!: FindingSeverity;

  @Field(() => String)
  @Length(3, 200, { message: 'titel: 3 tot 200 tekens / title: 3 to 200 characters' })
  title!: string;

  @Field(() => String)
  @Length(3, 4000, { message: 'omschrijving: 3 tot 4000 tekens / description: 3 to 4000 characters' })
  description!: string;
}

@InputType('UpdateFindingInput', { description: 'Een vaststelling wijzigen zolang de doorlichting loopt' })
export class UpdateFindingInput {
  @Field(() => ID)
  @Matches(UUID_PATTERN, { message: uuidMessage('findingId') })
  findingId!: string;

  @Field(() => FindingSeverity, { nullable: true })
  @IsOptional()
  severity?: FindingSeverity | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(3, 200, { message: 'titel: 3 tot 200 tekens / title: 3 to 200 characters' })
  title?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(3, 4000, { message: 'omschrijving: 3 tot 4000 tekens / description: 3 to 4000 characters' })
  description?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Door de client gekozen id: dezelfde wijziging opnieuw verzonden (uit de wachtrij op het terrein) gebeurt maar één keer',
  })
  @IsOptional()
  clientMutationId?: string | null;
}
