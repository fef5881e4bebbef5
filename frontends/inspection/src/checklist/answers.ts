import type { AnswerType } from '../gql/graphql.js';
import type { AnswerDraft } from '../offline/fieldStore.js';
import type { ChecklistEntry, TemplateQuestionRow } from '../audit/audit.operations.js';

type ServerAnswer = NonNullable<ChecklistEntry['answer']>;

/** The server's answer in the shape of a draft, for a form that starts from it. */
export function draftFromAnswer(answer: ServerAnswer | null | undefined): AnswerDraft {
  if (!answer) return {};
  const draft: AnswerDraft = {};
  if (answer.booleanValue !== null && answer.booleanValue !== undefined) draft.booleanValue = answer.booleanValue;
  if (answer.numberValue !== null && answer.numberValue !== undefined) draft.numberText = String(answer.numberValue).replace('.', ',');
  if (answer.textValue !== null && answer.textValue !== undefined) draft.textValue = answer.textValue;
  if (answer.note) draft.note = answer.note;
  return draft;
}

/** Parses a Dutch number ("3,5" or "3.5"); undefined when it is not a finite number. */
export function parseDutchNumber(text: string): number | undefined {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '' || !/^-?\d+(\.\d+)?$/.test(trimmed)) return undefined;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : undefined;
}

/** Whether the draft holds an answer for this kind of question (a note alone is not an answer). */
export function hasValue(type: AnswerType, draft: AnswerDraft): boolean {
  switch (type) {
    case 'YES_NO':
      return draft.booleanValue !== undefined;
    case 'SCALE':
    case 'NUMBER':
      return (draft.numberText ?? '').trim() !== '';
    default:
      return (draft.textValue ?? '').trim() !== '';
  }
}

/** The Dutch message for what is wrong with a draft, or undefined when it can be sent. */
export function validateDraft(question: Pick<TemplateQuestionRow, 'answerType' | 'choices'>, draft: AnswerDraft): string | undefined {
  if ((draft.note ?? '').length > 2000) return 'De toelichting is te lang: hoogstens 2000 tekens.';
  if (!hasValue(question.answerType, draft)) return undefined;
  switch (question.answerType) {
    case 'SCALE': {
      const value = parseDutchNumber(draft.numberText ?? '');
      return value !== undefined && Number.isInteger(value) && value >= 1 && value <= 4 ? undefined : 'Kies een waarde van 1 tot 4.';
    }
    case 'NUMBER':
      return parseDutchNumber(draft.numberText ?? '') === undefined ? 'Vul een getal in, bijvoorbeeld 12 of 3,5.' : undefined;
    case 'TEXT':
      return (draft.textValue ?? '').length > 4000 ? 'Het antwoord is te lang: hoogstens 4000 tekens.' : undefined;
    case 'CHOICE':
      return question.choices.includes(draft.textValue ?? '') ? undefined : 'Kies een van de mogelijkheden.';
    default:
      return undefined;
  }
}

/** The mutation's input for a valid draft: exactly the field the kind of question asks for. */
export function answerInput(auditId: string, question: Pick<TemplateQuestionRow, 'id' | 'answerType'>, draft: AnswerDraft) {
  const note = draft.note?.trim() ? draft.note.trim() : undefined;
  const base = { auditId, questionId: question.id, note };
  switch (question.answerType) {
    case 'YES_NO':
      return { ...base, booleanValue: draft.booleanValue };
    case 'SCALE':
    case 'NUMBER':
      return { ...base, numberValue: parseDutchNumber(draft.numberText ?? '') };
    default:
      return { ...base, textValue: draft.textValue?.trim() };
  }
}

/** The answer in words, for the report and read-only checklists. */
export function answerText(type: AnswerType, answer: ServerAnswer | null | undefined): string {
  if (!answer) return 'Niet beantwoord';
  switch (type) {
    case 'YES_NO':
      return answer.booleanValue ? 'Ja' : 'Nee';
    case 'SCALE':
      return `${answer.numberValue ?? ''} op 4`;
    case 'NUMBER':
      return String(answer.numberValue ?? '').replace('.', ',');
    default:
      return answer.textValue ?? '';
  }
}
