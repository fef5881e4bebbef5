import { useId, useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { DateField, FormErrorSummary, SelectField, SubmitButton, TextAreaField, type FormError } from '@werkplek/ui';
import { SubmissionResult, today, useSubmission } from '@werkplek/frontend-kit';
import type { HandlingAction } from '../gql/graphql.js';
import { handlingActionLabels, options } from '../shared/labels.js';
import { APPLICATION_QUERY, RECORD_HANDLING_ACTION } from './applications.operations.js';

/** A handling action within the term (Tabel 9): administrative check, contact, site visit (BR-12), advice. */
export function HandlingActionForm({ applicationId }: { applicationId: string }) {
  const id = useId();
  const [actionType, setActionType] = useState('');
  const [performedOn, setPerformedOn] = useState(today());
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<FormError[]>([]);
  const [attempts, setAttempts] = useState(0);
  const action = useSubmission();
  const [record] = useMutation(RECORD_HANDLING_ACTION, { refetchQueries: [{ query: APPLICATION_QUERY, variables: { id: applicationId } }], awaitRefetchQueries: true });

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found: FormError[] = [];
    if (!actionType) found.push({ fieldId: `${id}-action`, message: 'Kies de behandelactie.' });
    if (!performedOn) found.push({ fieldId: `${id}-on`, message: 'Vul de datum in.' });
    else if (performedOn > today()) found.push({ fieldId: `${id}-on`, message: 'De datum mag niet in de toekomst liggen.' });
    setErrors(found);
    setAttempts((value) => value + 1);
    if (found.length > 0) return;
    const ok = await action.run(
      () => record({ variables: { input: { applicationId, action: actionType as HandlingAction, performedOn, ...(note.trim() ? { note: note.trim() } : {}) } } }),
      { success: 'De behandelactie is vastgelegd.' },
    );
    if (ok) {
      setActionType('');
      setNote('');
    }
  }
  const errorFor = (fieldId: string) => errors.find((error) => error.fieldId === fieldId)?.message;

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`}>Behandelactie vastleggen</h4>
      <FormErrorSummary errors={errors} focusKey={attempts} />
      <SelectField id={`${id}-action`} label="Behandelactie" placeholder="Kies een actie" options={options(handlingActionLabels)} value={actionType} onChange={(event) => setActionType(event.target.value)} error={errorFor(`${id}-action`)} required />
      <DateField id={`${id}-on`} label="Uitgevoerd op" value={performedOn} max={today()} onChange={(event) => setPerformedOn(event.target.value)} error={errorFor(`${id}-on`)} required />
      <TextAreaField label="Notitie (optioneel)" rows={2} value={note} onChange={(event) => setNote(event.target.value)} />
      <SubmitButton pending={action.pending}>Actie vastleggen</SubmitButton>
      <SubmissionResult error={action.error} confirmation={action.confirmation} />
    </form>
  );
}
