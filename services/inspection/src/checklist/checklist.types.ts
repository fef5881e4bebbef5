import { IsDefined, IsOptional, IsString } from 'class-validator';
import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { TemplateQuestion } from '../audit-template/audit-template.types.js';

@ObjectType('ChecklistAnswer', { description: 'Het antwoord op één vraag van de checklist van een doorlichting' })
export class ChecklistAnswer {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  questionId!: string;

  @Field(() => Boolean, { nullable: true, description: 'Antwoord op een YES_NO-vraag' })
  booleanValue!: boolean | null;

  @Field(() => Float, { nullable: true, description: 'Antwoord op een SCALE- (1–4) of NUMBER-vraag (op 2 decimalen)' })
  numberValue!: number | null;

  @Field(() => String, { nullable: true, description: 'Antwoord op een TEXT- of CHOICE-vraag' })
  textValue!: string | null;

  @Field(() => String, { nullable: true, description: 'Toelichting van de inspecteur' })
  note!: string | null;

  @Field(() => String)
  answeredBy!: string;

  @Field(() => Date)
  answeredAt!: Date;
}

@ObjectType('ChecklistItem', { description: 'Een vraag van het vastgelegde kader met het antwoord (leeg: nog niet beantwoord)' })
export class ChecklistItem {
  @Field(() => TemplateQuestion)
  question!: TemplateQuestion;

  @Field(() => ChecklistAnswer, { nullable: true })
  answer!: ChecklistAnswer | null;
}

@ObjectType('ChecklistScore', {
  description:
    'Score van de checklist: een YES_NO-vraag telt haar gewicht bij ja, 0 bij nee; een SCALE-vraag gewicht × (waarde − 1) / 3. NUMBER-, TEXT- en CHOICE-vragen tellen niet mee (hun gewicht wordt genegeerd)',
})
export class ChecklistScore {
  @Field(() => Float, { description: 'Behaalde score (op 2 decimalen)' })
  score!: number;

  @Field(() => Float, { description: 'Maximale score: de som van de gewichten van de YES_NO- en SCALE-vragen' })
  maxScore!: number;

  @Field(() => Float, { nullable: true, description: 'score / maxScore in procent (1 decimaal); leeg als niets meetelt' })
  percentage!: number | null;

  @Field(() => Int, { description: 'Aantal beantwoorde vragen (alle soorten)' })
  answeredCount!: number;

  @Field(() => Int, { description: 'Aantal verplichte vragen' })
  requiredCount!: number;

  @Field(() => [TemplateQuestion], { description: 'Verplichte vragen zonder antwoord: het verslag kan pas als deze lijst leeg is' })
  unansweredRequired!: TemplateQuestion[];
}

@InputType('AnswerChecklistQuestionInput', {
  description: 'Een vraag beantwoorden (opnieuw antwoorden vervangt het antwoord). Vul precies het veld in dat de soort vraag vraagt',
})
export class AnswerChecklistQuestionInput {
  @Field(() => ID)
  @IsString()
  auditId!: string;

  @Field(() => ID)
  @IsString()
  questionId!: string;

  @Field(() => Boolean, { nullable: true, description: 'YES_NO' })
  @IsOptional()
  booleanValue?: boolean | null;

  @Field(() => Float, { nullable: true, description: 'SCALE: geheel getal 1–4; NUMBER: eindig getal, afgerond op 2 decimalen' })
  @IsOptional()
  numberValue?: number | null;

  @Field(() => String, { nullable: true, description: 'TEXT: 1–4000 tekens; CHOICE: één van de keuzes' })
  @IsOptional()
  textValue?: string | null;

  @Field(() => String, { nullable: true, description: 'Toelichting, hoogstens 2000 tekens' })
  @IsOptional()
  note?: string | null;
}
