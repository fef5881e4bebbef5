import { useId, useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { Button, TextField } from '@werkplek/ui';
import { ActionResult } from '../shared/ActionResult.js';
import { useServerAction } from '../shared/useServerAction.js';
import { APPLICATION_QUERY, PUT_APPLICATION_ON_HOLD, RESUME_APPLICATION, TAKE_UP_APPLICATION } from './applications.operations.js';
import type { ApplicationStep } from './allowedActions.js';

/** The one-click steps: in behandeling nemen, in wacht zetten (with an optional reason), hervatten. */
export function StatusSteps({ applicationId, steps }: { applicationId: string; steps: readonly ApplicationStep[] }) {
  const id = useId();
  const [reason, setReason] = useState('');
  const action = useServerAction();
  const refetch = { refetchQueries: [{ query: APPLICATION_QUERY, variables: { id: applicationId } }], awaitRefetchQueries: true };
  const [takeUp] = useMutation(TAKE_UP_APPLICATION, refetch);
  const [putOnHold] = useMutation(PUT_APPLICATION_ON_HOLD, refetch);
  const [resume] = useMutation(RESUME_APPLICATION, refetch);

  if (!steps.some((step) => step === 'takeUp' || step === 'putOnHold' || step === 'resume')) return null;
  return (
    <section aria-labelledby={`${id}-title`} className="wp-dl-steps">
      <h4 id={`${id}-title`}>Status wijzigen</h4>
      <div className="wp-dl-buttons">
        {steps.includes('takeUp') && (
          <Button disabled={action.pending} onClick={() => void action.run(() => takeUp({ variables: { id: applicationId } }), 'De aanvraag is in behandeling genomen.')}>
            In behandeling nemen
          </Button>
        )}
        {steps.includes('resume') && (
          <Button disabled={action.pending} onClick={() => void action.run(() => resume({ variables: { id: applicationId } }), 'De behandeling is hervat.')}>
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
              void action.run(() => putOnHold({ variables: { id: applicationId, reason: reason.trim() || null } }), 'De aanvraag staat in wacht.')
            }
          >
            In wacht zetten
          </Button>
        </div>
      )}
      <ActionResult error={action.error} success={action.success} />
    </section>
  );
}
