import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { Alert, apiErrorMessage, type FormError, FormErrorSummary, RadioGroup, SubmitButton, TextAreaField } from '@werkplek/ui';
import type { DossierAdvice } from '../gql/graphql.js';
import { adviceLabels, advicesForKind } from '../shared/labels.js';
import { ADVISE_DOSSIER_MUTATION } from './actionPlans.operations.js';
import type { ActionPlan } from './ActionPlanDetail.js';

type Dossier = ActionPlan['dossiers'][number];

const ids = { advice: 'training-advice', motivation: 'training-advice-motivation' } as const;

/**
 * The advice on a dossier. The service checks that a granted mark is justified by the round's criteria (required
 * criteria met, at least the minimum of the others) and says so in its refusal, which is shown as it comes.
 */
export function AdviceForm({ dossier, onAdvised }: { dossier: Dossier; onAdvised: () => void | Promise<void> }) {
  const [advice, setAdvice] = useState<string | undefined>(dossier.advice ?? undefined);
  const [motivation, setMotivation] = useState(dossier.adviceMotivation ?? '');
  const [errors, setErrors] = useState<FormError[]>([]);
  const [attempts, setAttempts] = useState(0);
  const [advise, { loading, error }] = useMutation(ADVISE_DOSSIER_MUTATION);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    setAttempts((value) => value + 1);
    const found: FormError[] = [];
    if (!advice) found.push({ fieldId: ids.advice, message: 'Kies een advies.' });
    if (motivation.trim().length === 0) found.push({ fieldId: ids.motivation, message: 'Motiveer het advies.' });
    setErrors(found);
    if (found.length > 0 || !advice) return;
    try {
      await advise({ variables: { dossierId: dossier.id, advice: advice as DossierAdvice, motivation: motivation.trim() } });
      await onAdvised();
    } catch {
      // Shown from error.
    }
  }

  const errorFor = (fieldId: string) => errors.find((candidate) => candidate.fieldId === fieldId)?.message;
  return (
    <form className="wp-training__form" onSubmit={(event) => void handleSubmit(event)} noValidate aria-labelledby="training-advice-title">
      <h3 id="training-advice-title">Advies</h3>
      {errors.length > 0 && <FormErrorSummary errors={errors} focusKey={attempts} />}
      {error && <Alert title="Het advies werd geweigerd.">{apiErrorMessage(error)}</Alert>}
      <RadioGroup
        id={ids.advice}
        name="advice"
        legend="Advies over het dossier"
        required
        options={advicesForKind[dossier.kind].map((value) => ({ value, label: adviceLabels[value] }))}
        value={advice}
        onChange={setAdvice}
        error={errorFor(ids.advice)}
      />
      <TextAreaField
        id={ids.motivation}
        label="Motivering van het advies"
        required
        value={motivation}
        onChange={(event) => setMotivation(event.target.value)}
        error={errorFor(ids.motivation)}
      />
      <SubmitButton pending={loading} pendingLabel="Bezig met bewaren…">
        Advies bewaren
      </SubmitButton>
    </form>
  );
}
