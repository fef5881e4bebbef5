import { useId, useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { Button, DateField, FormErrorSummary, SelectField, SubmitButton, type FormError } from '@werkplek/ui';
import { SubmissionResult, formatDate, today, useSubmission } from '@werkplek/frontend-kit';
import type { TerminationReason } from '../gql/graphql.js';
import { options, terminationReasonLabels } from '../shared/labels.js';
import { AGREEMENT_QUERY, END_AGREEMENT, TERMINATE_AGREEMENT_EARLY } from './agreements.operations.js';

interface RunningAgreement {
  id: string;
  startDate: string;
  plannedEndDate: string;
}

/**
 * Afsluiten once the planned end is reached (the API's `end` step); otherwise vroegtijdig beëindigen with one of the 13
 * reasons (BR-34, the `terminateEarly` step). Which of them is offered follows the API's allowedSteps.
 */
export function EndAgreement({ agreement, mayEnd, mayTerminate }: { agreement: RunningAgreement; mayEnd: boolean; mayTerminate: boolean }) {
  const id = useId();
  const [reason, setReason] = useState('');
  const [endDate, setEndDate] = useState(today());
  const [errors, setErrors] = useState<FormError[]>([]);
  const [attempts, setAttempts] = useState(0);
  const action = useSubmission();
  const refetch = { refetchQueries: [{ query: AGREEMENT_QUERY, variables: { id: agreement.id } }], awaitRefetchQueries: true };
  const [end] = useMutation(END_AGREEMENT, refetch);
  const [terminate] = useMutation(TERMINATE_AGREEMENT_EARLY, refetch);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found: FormError[] = [];
    if (!reason) found.push({ fieldId: `${id}-reason`, message: 'Kies de reden van de vroegtijdige beëindiging.' });
    if (!endDate) found.push({ fieldId: `${id}-end`, message: 'Vul de einddatum in.' });
    else if (endDate < agreement.startDate || endDate >= agreement.plannedEndDate) {
      found.push({ fieldId: `${id}-end`, message: `De einddatum ligt op of na ${formatDate(agreement.startDate)} en vóór ${formatDate(agreement.plannedEndDate)}.` });
    }
    setErrors(found);
    setAttempts((value) => value + 1);
    if (found.length > 0) return;
    await action.run(() => terminate({ variables: { id: agreement.id, endDate, reason: reason as TerminationReason } }), { success: 'De overeenkomst is vroegtijdig beëindigd.' });
  }
  const errorFor = (fieldId: string) => errors.find((error) => error.fieldId === fieldId)?.message;

  return (
    <section aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Beëindigen</h3>
      {mayEnd ? (
        <p>
          <Button disabled={action.pending} onClick={() => void action.run(() => end({ variables: { id: agreement.id } }), { success: 'De overeenkomst is afgesloten.' })}>
            Afsluiten (einddatum bereikt)
          </Button>
        </p>
      ) : mayTerminate ? (
        <form onSubmit={(event) => void submit(event)} noValidate aria-label="Vroegtijdig beëindigen">
          <FormErrorSummary errors={errors} focusKey={attempts} />
          <SelectField id={`${id}-reason`} label="Reden van vroegtijdige beëindiging" placeholder="Kies een reden" options={options(terminationReasonLabels)} value={reason} onChange={(event) => setReason(event.target.value)} error={errorFor(`${id}-reason`)} required />
          <DateField id={`${id}-end`} label="Einddatum" value={endDate} min={agreement.startDate} onChange={(event) => setEndDate(event.target.value)} error={errorFor(`${id}-end`)} required />
          <SubmitButton pending={action.pending}>Vroegtijdig beëindigen</SubmitButton>
        </form>
      ) : null}
      <SubmissionResult error={action.error} confirmation={action.confirmation} />
    </section>
  );
}
