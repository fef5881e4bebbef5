import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { FormErrorSummary, SelectField, SubmitButton, TextAreaField, type FormError } from '@werkplek/ui';
import { SubmissionResult, useSubmission } from '@werkplek/frontend-kit';
import { ADD_QUALITATIVE_PLAN_ITEM_MUTATION } from './qualitativePlans.operations.js';
import { lengthError, limits } from './qualitativePlanValidation.js';

const ids = { section: 'training-qp-item-section', text: 'training-qp-item-text' } as const;

export interface QualitativePlanItemFormProps {
  planId: string;
  sections: readonly { code: string; name: string; required: boolean }[];
  onAdded: () => void | Promise<void>;
}

/** Add an item under a section of the template to a draft plan (the API allows adding only, while DRAFT). */
export function QualitativePlanItemForm({ planId, sections, onAdded }: QualitativePlanItemFormProps) {
  const [section, setSection] = useState('');
  const [text, setText] = useState('');
  const submission = useSubmission();
  const [add] = useMutation(ADD_QUALITATIVE_PLAN_ITEM_MUTATION);

  function validate(): FormError[] {
    const found: FormError[] = [];
    if (!section) found.push({ fieldId: ids.section, message: 'Kies een rubriek.' });
    const textError = lengthError(text, limits.itemText, 'de tekst');
    if (textError) found.push({ fieldId: ids.text, message: textError });
    return found;
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const ok = await submission.run(
      async () => {
        await add({ variables: { planId, input: { section, text: text.trim() } } });
        await onAdded();
      },
      { validate, success: 'Het item is toegevoegd.' },
    );
    if (ok) {
      setSection('');
      setText('');
    }
  }

  return (
    <form className="wp-training__form" onSubmit={(event) => void handleSubmit(event)} noValidate aria-labelledby="training-qp-item-title">
      <h3 id="training-qp-item-title">Item toevoegen</h3>
      <FormErrorSummary errors={submission.errors} focusKey={submission.attempts} />
      <SubmissionResult error={submission.error} confirmation={submission.confirmation} errorTitle="Het item kon niet worden toegevoegd." />
      <SelectField
        id={ids.section}
        label="Rubriek"
        required
        placeholder="Kies een rubriek"
        options={sections.map((candidate) => ({ value: candidate.code, label: candidate.name + (candidate.required ? ' (verplicht)' : '') }))}
        value={section}
        error={submission.errorFor(ids.section)}
        onChange={(event) => setSection(event.target.value)}
      />
      <TextAreaField
        id={ids.text}
        label="Inhoud van het item"
        hint={`Minstens ${limits.itemText.min} tekens. Een item kan na het toevoegen niet meer worden gewijzigd.`}
        required
        value={text}
        error={submission.errorFor(ids.text)}
        onChange={(event) => setText(event.target.value)}
      />
      <SubmitButton pending={submission.pending} pendingLabel="Bezig met toevoegen…">
        Item toevoegen
      </SubmitButton>
    </form>
  );
}
