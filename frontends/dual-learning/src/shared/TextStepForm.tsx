import { useId, useState } from 'react';
import { TextAreaField } from '@werkplek/ui';
import { useSubmission } from '@werkplek/frontend-kit';
import { StepForm, textError } from './StepForm.js';

export interface TextStepSpec {
  title: string;
  submitLabel: string;
  /** The confirmation after success. */
  success: string;
  /** The one text field of the step; absent for a step without input (e.g. closing a complaint). */
  field?: {
    label: string;
    hint?: string;
    /** "de reden", "de beschrijving": used in the Dutch validation messages. */
    what: string;
    /** Minimum length the service demands; 0 with `optional` for a free note. */
    min: number;
    max?: number;
    optional?: boolean;
  };
  /** Sends the step; the text is trimmed, or null when an optional field was left empty. */
  send: (text: string | null) => Promise<unknown>;
}

export interface TextStepFormProps {
  spec: TextStepSpec;
  /** Told the confirmation after success (the page shows it, see useStepMessage); without it the form shows it. */
  onDone?: ((message: string) => void) | undefined;
}

/** A workflow step whose only input is one text (a reason, a note, a description), or none at all. */
export function TextStepForm({ spec, onDone }: TextStepFormProps) {
  const id = useId();
  const [text, setText] = useState('');
  const submission = useSubmission();
  const { field } = spec;
  const fieldId = `${id}-text`;

  function submit() {
    void submission
      .run(() => spec.send(text.trim() === '' ? null : text.trim()), {
        ...(onDone ? {} : { success: spec.success }),
        validate: () => {
          if (!field || (field.optional && text.trim() === '')) return [];
          const message = textError(text, field.what, field.min, field.max);
          return message ? [{ fieldId, message }] : [];
        },
      })
      .then((ok) => {
        if (!ok) return;
        setText('');
        onDone?.(spec.success);
      });
  }

  return (
    <StepForm title={spec.title} submitLabel={spec.submitLabel} submission={submission} onSubmit={submit}>
      {field && (
        <TextAreaField
          id={fieldId}
          label={field.optional ? `${field.label} (optioneel)` : field.label}
          {...(field.hint ? { hint: field.hint } : {})}
          rows={3}
          value={text}
          onChange={(event) => setText(event.target.value)}
          error={submission.errorFor(fieldId)}
          required={!field.optional}
        />
      )}
    </StepForm>
  );
}
