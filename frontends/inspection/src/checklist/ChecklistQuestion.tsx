import { RadioGroup, TextAreaField, TextField } from '@werkplek/ui';
import type { AnswerDraft } from '../offline/fieldStore.js';
import type { ChecklistEntry } from '../audit/audit.operations.js';
import { answerText, draftFromAnswer, hasValue, validateDraft } from './answers.js';

export interface ChecklistQuestionProps {
  entry: ChecklistEntry;
  /** What the inspector typed that the server does not hold yet. */
  draft: AnswerDraft | undefined;
  /** An answer for this question waits in the queue. */
  pending: boolean;
  /** The server refused the last answer: why. */
  refusal: string | undefined;
  /** Every keystroke: kept on the device at once. */
  onDraft: (draft: AnswerDraft) => void;
  /** A finished answer (a choice made, a field left): sent, or queued while offline. */
  onCommit: (draft: AnswerDraft) => void;
}

const scaleOptions = [
  { value: '1', label: '1 – onvoldoende' },
  { value: '2', label: '2 – te verbeteren' },
  { value: '3', label: '3 – voldoende' },
  { value: '4', label: '4 – goed' },
];
const yesNoOptions = [
  { value: 'ja', label: 'Ja' },
  { value: 'nee', label: 'Nee' },
];

function statusText({ draft, pending, refusal, answered }: { draft: boolean; pending: boolean; refusal?: string; answered: boolean }) {
  // Text and a glyph, never colour alone (WCAG 1.4.1).
  if (refusal) return { icon: '✗', text: `Niet opgeslagen: ${refusal}`, tone: 'error' };
  if (pending) return { icon: '↻', text: 'Bewaard op dit toestel, wacht op verzending', tone: 'warning' };
  if (draft) return { icon: '✎', text: 'Bewaard op dit toestel, nog niet verzonden', tone: 'warning' };
  if (answered) return { icon: '✓', text: 'Opgeslagen', tone: 'success' };
  return { icon: '○', text: 'Nog niet beantwoord', tone: 'neutral' };
}

/** One question of the pinned template, answered with the control its answer type asks for (large, touch-friendly). */
export function ChecklistQuestion({ entry, draft, pending, refusal, onDraft, onCommit }: ChecklistQuestionProps) {
  const { question, answer } = entry;
  const value = draft ?? draftFromAnswer(answer);
  const error = validateDraft(question, value);
  const idBase = `vraag-${question.id}`;
  const legend = `${question.code} ${question.text}`;
  const status = statusText({ draft: draft !== undefined, pending, refusal, answered: answer !== null && answer !== undefined });

  const commit = (next: AnswerDraft) => {
    if (hasValue(question.answerType, next) && validateDraft(question, next) === undefined) onCommit(next);
  };
  const choose = (next: AnswerDraft) => {
    onDraft(next);
    commit(next);
  };

  let control;
  switch (question.answerType) {
    case 'YES_NO':
      control = (
        <RadioGroup
          id={idBase}
          legend={legend}
          name={idBase}
          hint={question.guidance ?? undefined}
          required={question.required}
          options={yesNoOptions}
          value={value.booleanValue === undefined ? undefined : value.booleanValue ? 'ja' : 'nee'}
          onChange={(choice) => choose({ ...value, booleanValue: choice === 'ja' })}
        />
      );
      break;
    case 'SCALE':
      control = (
        <RadioGroup
          id={idBase}
          legend={legend}
          name={idBase}
          hint={question.guidance ?? 'Schaal van 1 (onvoldoende) tot 4 (goed).'}
          required={question.required}
          error={error}
          options={scaleOptions}
          value={value.numberText}
          onChange={(choice) => choose({ ...value, numberText: choice })}
        />
      );
      break;
    case 'CHOICE':
      control = (
        <RadioGroup
          id={idBase}
          legend={legend}
          name={idBase}
          hint={question.guidance ?? undefined}
          required={question.required}
          error={error}
          options={question.choices.map((choice) => ({ value: choice, label: choice }))}
          value={value.textValue}
          onChange={(choice) => choose({ ...value, textValue: choice })}
        />
      );
      break;
    case 'NUMBER':
      control = (
        <TextField
          id={idBase}
          label={legend}
          hint={question.guidance ?? 'Een getal, bijvoorbeeld 12 of 3,5.'}
          required={question.required}
          error={error}
          inputMode="decimal"
          value={value.numberText ?? ''}
          onChange={(event) => onDraft({ ...value, numberText: event.target.value })}
          onBlur={() => commit(value)}
        />
      );
      break;
    default:
      control = (
        <TextAreaField
          id={idBase}
          label={legend}
          hint={question.guidance ?? undefined}
          required={question.required}
          error={error}
          rows={3}
          maxLength={4000}
          value={value.textValue ?? ''}
          onChange={(event) => onDraft({ ...value, textValue: event.target.value })}
          onBlur={() => commit(value)}
        />
      );
  }

  return (
    <li className="wp-inspection__question" id={`${idBase}-blok`}>
      <p className="wp-inspection__question-meta">
        <span>{question.section}</span>
        {question.required ? null : <span> · niet verplicht</span>}
        {question.weight > 0 && (question.answerType === 'YES_NO' || question.answerType === 'SCALE') && <span> · gewicht {question.weight}</span>}
      </p>
      {control}
      <TextAreaField
        id={`${idBase}-toelichting`}
        label={`Toelichting bij ${question.code} (niet verplicht)`}
        rows={2}
        maxLength={2000}
        value={value.note ?? ''}
        onChange={(event) => onDraft({ ...value, note: event.target.value })}
        onBlur={() => commit(value)}
      />
      <p className={`wp-inspection__answer-status wp-inspection__answer-status--${status.tone}`}>
        <span aria-hidden="true">{status.icon} </span>
        {status.text}
      </p>
    </li>
  );
}

/** A question and its answer as text (the report, or a checklist that can no longer change). */
export function ChecklistAnswerRow({ entry }: { entry: ChecklistEntry }) {
  const { question, answer } = entry;
  return (
    <div className="wp-description-list__row">
      <dt className="wp-description-list__term">
        {question.code} {question.text}
      </dt>
      <dd className="wp-description-list__value">
        {answerText(question.answerType, answer)}
        {answer?.note ? ` — ${answer.note}` : ''}
      </dd>
    </div>
  );
}
