import { IsDefined, IsOptional, IsString } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { AnswerType, AuditKind, TemplateStatus } from '../generated/prisma/enums.js';

// The template module owns the enums of the inspection frameworks (registered once, here).
registerEnumType(TemplateStatus, {
  name: 'TemplateStatus',
  description: 'Stand van een versie van een inspectiekader',
  valuesConfig: {
    DRAFT: { description: 'Ontwerp: vragen kunnen nog wijzigen' },
    PUBLISHED: { description: 'Gepubliceerd: de versie die nieuwe doorlichtingen vastleggen; wijzigt nooit meer' },
    RETIRED: { description: 'Vervangen door een nieuwere versie; doorlichtingen die ze vastlegden houden ze' },
  },
});
registerEnumType(AnswerType, {
  name: 'AnswerType',
  description: 'Soort antwoord op een vraag van de checklist',
  valuesConfig: {
    YES_NO: { description: 'Ja / nee (ja telt het gewicht in de score)' },
    SCALE: { description: 'Schaal 1 (onvoldoende) tot 4 (goed)' },
    NUMBER: { description: 'Een getal (telt niet mee in de score)' },
    TEXT: { description: 'Vrije tekst (telt niet mee in de score)' },
    CHOICE: { description: 'Eén van de keuzes (telt niet mee in de score)' },
  },
});
export { AnswerType, TemplateStatus };

@ObjectType('TemplateQuestion', { description: 'Een vraag van een inspectiekader (toezichtkader)' })
export class TemplateQuestion {
  @Field(() => ID)
  id!: string;

  templateId!: string;

  @Field(() => String, { description: 'Code, uniek in het kader, bv. "2.3"' })
  code!: string;

  @Field(() => String, { description: 'Rubriek van het kader' })
  section!: string;

  @Field(() => String)
  text!: string;

  @Field(() => String, { nullable: true, description: 'Leidraad voor de inspecteur of toezichthouder' })
  guidance!: string | null;

  @Field(() => AnswerType)
  answerType!: AnswerType;

  @Field(() => [String], { description: 'De keuzes van een CHOICE-vraag (leeg voor andere soorten)' })
  choices!: string[];

  @Field(() => Int, {
    description: 'Gewicht in de checklistscore (0–10; 0 = telt niet mee). Alleen YES_NO en SCALE tellen; bij NUMBER, TEXT en CHOICE wordt het genegeerd',
  })
  weight!: number;

  @Field(() => Boolean, { description: 'Verplicht te beantwoorden vóór het verslag' })
  required!: boolean;

  @Field(() => Int, { description: 'Volgorde in het kader, vanaf 1' })
  position!: number;
}

@ObjectType('AuditTemplate', {
  description: 'Een versie van het inspectiekader (toezichtkader) van een soort doorlichting; gepubliceerd wijzigt ze nooit',
})
export class AuditTemplate {
  @Field(() => ID)
  id!: string;

  @Field(() => AuditKind)
  kind!: AuditKind;

  @Field(() => Int, { description: 'Versienummer binnen de soort, vanaf 1' })
  version!: number;

  @Field(() => String)
  title!: string;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => TemplateStatus)
  status!: TemplateStatus;

  @Field(() => Date, { nullable: true })
  publishedAt!: Date | null;

  createdBy!: string;

  @Field(() => Date)
  createdAt!: Date;
}

@InputType('DraftAuditTemplateInput', { description: 'Een nieuwe versie van het kader van een soort doorlichting' })
export class DraftAuditTemplateInput {
  @Field(() => AuditKind)
  @IsDefined()
  kind!: AuditKind;

  @Field(() => String, { description: '3 tot 200 tekens' })
  @IsString()
  title!: string;

  @Field(() => String, { nullable: true, description: 'Hoogstens 2000 tekens' })
  @IsOptional()
  description?: string | null;

  @Field(() => ID, { nullable: true, description: 'Neemt de vragen over van deze eerdere versie van dezelfde soort' })
  @IsOptional()
  copyFromId?: string | null;
}

@InputType('TemplateQuestionInput', { description: 'Een vraag van een kader in ontwerp' })
export class TemplateQuestionInput {
  @Field(() => String, { description: 'Code, uniek in het kader: letters, cijfers, punt, streepje (1–20 tekens)' })
  @IsString()
  code!: string;

  @Field(() => String, { description: 'Rubriek, 1 tot 200 tekens' })
  @IsString()
  section!: string;

  @Field(() => String, { description: 'De vraag, 3 tot 1000 tekens' })
  @IsString()
  text!: string;

  @Field(() => String, { nullable: true, description: 'Leidraad, hoogstens 4000 tekens' })
  @IsOptional()
  guidance?: string | null;

  @Field(() => AnswerType)
  @IsDefined()
  answerType!: AnswerType;

  @Field(() => [String], { nullable: true, description: 'Alleen voor CHOICE: de keuzes (verschillend, elk 1–200 tekens, hoogstens 20)' })
  @IsOptional()
  choices?: string[] | null;

  @Field(() => Int, { nullable: true, description: 'Gewicht 0–10 (standaard 1)' })
  @IsOptional()
  weight?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Verplicht (standaard ja)' })
  @IsOptional()
  required?: boolean | null;
}
