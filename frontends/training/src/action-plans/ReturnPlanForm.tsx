import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { Alert, apiErrorMessage, Button, FormErrorSummary, SubmitButton, TextAreaField } from '@werkplek/ui';
import { RETURN_PLAN_MUTATION } from './actionPlans.operations.js';

export interface ReturnPlanFormProps {
  planId: string;
  onReturned: () => void | Promise<void>;
  onCancel: () => void;
}

/** Agency staff send a plan back to the centre with the reason (advice and assessments are cleared). */
export function ReturnPlanForm({ planId, onReturned, onCancel }: ReturnPlanFormProps) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [attempts, setAttempts] = useState(0);
  const [returnPlan, { loading, error: serverError }] = useMutation(RETURN_PLAN_MUTATION);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setAttempts((value) => value + 1);
    if (reason.trim().length === 0) {
      setError('Geef de reden waarom het plan wordt teruggestuurd.');
      return;
    }
    setError(undefined);
    try {
      await returnPlan({ variables: { planId, reason: reason.trim() } });
      await onReturned();
    } catch {
      // Shown from serverError.
    }
  }

  return (
    <form className="wp-training__form" onSubmit={(event) => void handleSubmit(event)} noValidate aria-labelledby="training-return-title">
      <h3 id="training-return-title">Terugsturen voor aanpassing</h3>
      {error && <FormErrorSummary errors={[{ fieldId: 'training-return-reason', message: error }]} focusKey={attempts} />}
      {serverError && <Alert title="Het plan kon niet worden teruggestuurd.">{apiErrorMessage(serverError)}</Alert>}
      <TextAreaField
        id="training-return-reason"
        label="Reden"
        hint="Het centrum ziet deze reden in de geschiedenis van het plan."
        required
        value={reason}
        error={error}
        onChange={(event) => setReason(event.target.value)}
      />
      <div className="wp-training__actions">
        <SubmitButton pending={loading}>Terugsturen</SubmitButton>
        <Button variant="secondary" onClick={onCancel} disabled={loading}>
          Annuleren
        </Button>
      </div>
    </form>
  );
}
