import { useId, useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { FormErrorSummary, SubmitButton, TextAreaField, type FormError } from '@werkplek/ui';
import { SubmissionResult, useSubmission } from '@werkplek/frontend-kit';
import { APPLICATION_QUERY, DECLARE_APPLICATION_INCOMPLETE } from './applications.operations.js';

/** Dossier onvolledig (BR-02): what is missing, one item a line. */
export function IncompleteForm({ applicationId }: { applicationId: string }) {
  const id = useId();
  const [text, setText] = useState('');
  const [errors, setErrors] = useState<FormError[]>([]);
  const [attempts, setAttempts] = useState(0);
  const action = useSubmission();
  const [declare] = useMutation(DECLARE_APPLICATION_INCOMPLETE, { refetchQueries: [{ query: APPLICATION_QUERY, variables: { id: applicationId } }], awaitRefetchQueries: true });

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const missingItems = text.split('\n').map((line) => line.trim()).filter(Boolean);
    const found = missingItems.length === 0 ? [{ fieldId: `${id}-missing`, message: 'Vermeld minstens één ontbrekend stuk.' }] : [];
    setErrors(found);
    setAttempts((value) => value + 1);
    if (found.length > 0) return;
    await action.run(() => declare({ variables: { input: { applicationId, missingItems } } }), { success: 'Het dossier is onvolledig verklaard.' });
  }

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`}>Dossier onvolledig verklaren</h4>
      <FormErrorSummary errors={errors} focusKey={attempts} />
      <TextAreaField
        id={`${id}-missing`}
        label="Ontbrekende stukken"
        hint="Eén stuk per regel."
        rows={3}
        value={text}
        onChange={(event) => setText(event.target.value)}
        error={errors[0]?.message}
        required
      />
      <SubmitButton pending={action.pending}>Onvolledig verklaren</SubmitButton>
      <SubmissionResult error={action.error} confirmation={action.confirmation} />
    </form>
  );
}
