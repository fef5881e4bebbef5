import { useId, useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { Button, TextField } from '@werkplek/ui';
import { SubmissionResult, useSubmission } from '@werkplek/frontend-kit';
import { APPLICATION_QUERY, COMPLETE_APPLICATION, PUT_APPLICATION_ON_HOLD, RESUME_APPLICATION, TAKE_UP_APPLICATION } from './applications.operations.js';
import type { ApplicationStep } from './applicationSteps.js';

/** The one-click steps: in behandeling nemen, in wacht zetten (with an optional reason), hervatten, dossier vervolledigd. */
export function StatusSteps({ applicationId, steps }: { applicationId: string; steps: readonly ApplicationStep[] }) {
  const id = useId();
  const [reason, setReason] = useState('');
  const action = useSubmission();
  const refetch = { refetchQueries: [{ query: APPLICATION_QUERY, variables: { id: applicationId } }], awaitRefetchQueries: true };
  const [takeUp] = useMutation(TAKE_UP_APPLICATION, refetch);
  const [putOnHold] = useMutation(PUT_APPLICATION_ON_HOLD, refetch);
  const [resume] = useMutation(RESUME_APPLICATION, refetch);
  const [complete] = useMutation(COMPLETE_APPLICATION, refetch);

  if (!steps.some((step) => step === 'takeUp' || step === 'putOnHold' || step === 'resume' || step === 'complete')) return null;
  return (
    <section aria-labelledby={`${id}-title`} className="wp-dl-steps">
      <h4 id={`${id}-title`}>Status wijzigen</h4>
      <div className="wp-dl-buttons">
        {steps.includes('takeUp') && (
          <Button disabled={action.pending} onClick={() => void action.run(() => takeUp({ variables: { id: applicationId } }), { success: 'De aanvraag is in behandeling genomen.' })}>
            In behandeling nemen
          </Button>
        )}
        {steps.includes('complete') && (
          <Button
            disabled={action.pending}
            onClick={() => void action.run(() => complete({ variables: { id: applicationId } }), { success: 'Het dossier is vervolledigd en opnieuw ingediend.' })}
          >
            Dossier vervolledigd: opnieuw indienen
          </Button>
        )}
        {steps.includes('resume') && (
          <Button disabled={action.pending} onClick={() => void action.run(() => resume({ variables: { id: applicationId } }), { success: 'De behandeling is hervat.' })}>
            Behandeling hervatten
          </Button>
        )}
      </div>
      {steps.includes('putOnHold') && (
        <div className="wp-dl-inline-form">
          <TextField label="Reden om in wacht te zetten (optioneel)" value={reason} onChange={(event) => setReason(event.target.value)} />
          <Button
            variant="secondary"
            disabled={action.pending}
            onClick={() =>
              void action.run(() => putOnHold({ variables: { id: applicationId, reason: reason.trim() || null } }), { success: 'De aanvraag staat in wacht.' })
            }
          >
            In wacht zetten
          </Button>
        </div>
      )}
      <SubmissionResult error={action.error} confirmation={action.confirmation} />
    </section>
  );
}
