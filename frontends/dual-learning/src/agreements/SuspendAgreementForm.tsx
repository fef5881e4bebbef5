import { useId, useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { DateField } from '@werkplek/ui';
import { formatDate, today, useSubmission } from '@werkplek/frontend-kit';
import { StepForm } from '../shared/StepForm.js';
import { AGREEMENT_QUERY, SUSPEND_AGREEMENT } from './agreements.operations.js';

interface RunningAgreement {
  id: string;
  startDate: string;
  plannedEndDate: string;
}

/**
 * Schorsing (BR-32): the agreement keeps running; after more than 60 days of suspension it may be ended early with
 * reason "langer dan 60 dagen geschorst". The day lies within the term.
 */
export function SuspendAgreementForm({ agreement, onDone }: { agreement: RunningAgreement; onDone: (message: string) => void }) {
  const id = useId();
  const [from, setFrom] = useState(today());
  const submission = useSubmission();
  const [suspend] = useMutation(SUSPEND_AGREEMENT, { refetchQueries: [{ query: AGREEMENT_QUERY, variables: { id: agreement.id } }], awaitRefetchQueries: true });

  function submit() {
    // The confirmation goes to the page (onDone): this form disappears with the refetch, the agreement now suspended.
    void submission
      .run(() => suspend({ variables: { id: agreement.id, from } }), {
        validate: () => {
          if (!from) return [{ fieldId: `${id}-from`, message: 'Vul de datum in vanaf wanneer de overeenkomst geschorst is.' }];
          if (from < agreement.startDate || from > agreement.plannedEndDate) {
            return [{ fieldId: `${id}-from`, message: `De schorsing valt binnen de looptijd: van ${formatDate(agreement.startDate)} tot ${formatDate(agreement.plannedEndDate)}.` }];
          }
          return [];
        },
      })
      .then((ok) => ok && onDone(`De overeenkomst is geschorst vanaf ${formatDate(from)}.`));
  }

  return (
    <StepForm title="Schorsen" submitLabel="Overeenkomst schorsen" submission={submission} onSubmit={submit} errorTitle="De overeenkomst is niet geschorst.">
      <DateField
        id={`${id}-from`}
        label="Geschorst vanaf"
        hint="Na meer dan 60 dagen schorsing kan de overeenkomst vroegtijdig beëindigd worden (BR-32)."
        value={from}
        min={agreement.startDate}
        max={agreement.plannedEndDate}
        onChange={(event) => setFrom(event.target.value)}
        error={submission.errorFor(`${id}-from`)}
        required
      />
    </StepForm>
  );
}
