import { useId, useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { DateField } from '@werkplek/ui';
import { formatDate, today, useSubmission } from '@werkplek/frontend-kit';
import { StepForm } from '../shared/StepForm.js';
import { AGREEMENT_QUERY, END_AGREEMENT_SUSPENSION } from './agreements.operations.js';

interface SuspendedAgreement {
  id: string;
  plannedEndDate: string;
  suspendedFrom: string;
}

/**
 * Ends a schorsing: the learner resumes and the agreement keeps running. The day lies on or after the start of the
 * suspension, not in the future and not after the planned end (the API checks the same and answers in Dutch).
 */
export function EndSuspensionForm({ agreement, onDone }: { agreement: SuspendedAgreement; onDone: (message: string) => void }) {
  const id = useId();
  const [resumedOn, setResumedOn] = useState(today());
  const submission = useSubmission();
  const [endSuspension] = useMutation(END_AGREEMENT_SUSPENSION, {
    refetchQueries: [{ query: AGREEMENT_QUERY, variables: { id: agreement.id } }],
    awaitRefetchQueries: true,
  });
  const field = `${id}-resumed`;

  function submit() {
    // The confirmation goes to the page (onDone): this form disappears with the refetch, the agreement no longer suspended.
    void submission
      .run(() => endSuspension({ variables: { input: { agreementId: agreement.id, resumedOn } } }), {
        validate: () => {
          if (!resumedOn) return [{ fieldId: field, message: 'Vul de datum van de hervatting in.' }];
          if (resumedOn < agreement.suspendedFrom) {
            return [{ fieldId: field, message: `De hervatting ligt op of na het begin van de schorsing (${formatDate(agreement.suspendedFrom)}).` }];
          }
          if (resumedOn > today()) return [{ fieldId: field, message: 'De hervatting ligt niet in de toekomst.' }];
          if (resumedOn > agreement.plannedEndDate) {
            return [{ fieldId: field, message: `De hervatting ligt op of voor de voorziene einddatum (${formatDate(agreement.plannedEndDate)}).` }];
          }
          return [];
        },
      })
      .then((ok) => ok && onDone(`De schorsing is beëindigd; de overeenkomst loopt verder vanaf ${formatDate(resumedOn)}.`));
  }

  return (
    <StepForm title="Schorsing beëindigen" submitLabel="Schorsing beëindigen" submission={submission} onSubmit={submit} errorTitle="De schorsing is niet beëindigd.">
      <DateField
        id={field}
        label="Hervat op"
        hint="De dag waarop de leerling het werk op de werkplek hervat."
        value={resumedOn}
        min={agreement.suspendedFrom}
        max={agreement.plannedEndDate < today() ? agreement.plannedEndDate : today()}
        onChange={(event) => setResumedOn(event.target.value)}
        error={submission.errorFor(field)}
        required
      />
    </StepForm>
  );
}
