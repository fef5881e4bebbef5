import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { Alert, apiErrorMessage, type FormError, FormErrorSummary, RadioGroup, StatusMessage, SubmitButton, TextAreaField } from '@werkplek/ui';
import { markLabels } from '../shared/labels.js';
import { ASSESS_CRITERION_MUTATION } from './actionPlans.operations.js';
import type { ActionPlan } from './ActionPlanDetail.js';
import { metLabel } from './DossierCard.js';

type Case = ActionPlan['dossiers'][number]['cases'][number];

/** Agency staff judge one criterion: met or not, with a motivation (§2.3). */
export function CaseAssessmentForm({ criterionCase, disabled }: { criterionCase: Case; disabled: boolean }) {
  const baseId = `training-case-${criterionCase.id}`;
  const [met, setMet] = useState<string | undefined>(criterionCase.met === null ? undefined : String(criterionCase.met));
  const [motivation, setMotivation] = useState(criterionCase.motivation ?? '');
  const [errors, setErrors] = useState<FormError[]>([]);
  const [attempts, setAttempts] = useState(0);
  const [saved, setSaved] = useState(false);
  const [assess, { loading, error }] = useMutation(ASSESS_CRITERION_MUTATION);
  const criterion = criterionCase.criterion;

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    setAttempts((value) => value + 1);
    const found: FormError[] = [];
    if (met === undefined) found.push({ fieldId: `${baseId}-met`, message: 'Kies of het criterium voldaan is.' });
    if (motivation.trim().length === 0) found.push({ fieldId: `${baseId}-motivation`, message: 'Motiveer uw beoordeling.' });
    setErrors(found);
    setSaved(false);
    if (found.length > 0) return;
    try {
      await assess({ variables: { caseId: criterionCase.id, met: met === 'true', motivation: motivation.trim() } });
      setSaved(true);
    } catch {
      // Shown from error.
    }
  }

  const errorFor = (fieldId: string) => errors.find((candidate) => candidate.fieldId === fieldId)?.message;
  const heading = `${markLabels[criterion.mark]} – ${criterion.code}${criterion.required ? ' (verplicht)' : ''}`;

  return (
    <form className="wp-training__case" onSubmit={(event) => void handleSubmit(event)} noValidate aria-label={`Beoordeling ${heading}`}>
      <h4>{heading}</h4>
      <p>{criterion.text}</p>
      <p>
        <strong>Argumentatie van het centrum:</strong> {criterionCase.argument}
      </p>
      {errors.length > 0 && <FormErrorSummary errors={errors} focusKey={attempts} />}
      {error && <Alert title="De beoordeling kon niet worden bewaard.">{apiErrorMessage(error)}</Alert>}
      <RadioGroup
        id={`${baseId}-met`}
        name={`${baseId}-met`}
        legend={`Criterium ${criterion.code} voldaan?`}
        required
        disabled={disabled}
        options={[
          { value: 'true', label: 'Voldaan' },
          { value: 'false', label: 'Niet voldaan' },
        ]}
        value={met}
        onChange={setMet}
        error={errorFor(`${baseId}-met`)}
      />
      <TextAreaField
        id={`${baseId}-motivation`}
        label={`Motivering bij ${criterion.code}`}
        required
        rows={2}
        disabled={disabled}
        value={motivation}
        onChange={(event) => setMotivation(event.target.value)}
        error={errorFor(`${baseId}-motivation`)}
      />
      <SubmitButton pending={loading} disabled={disabled} pendingLabel="Bezig met bewaren…">
        Beoordeling {criterion.code} bewaren
      </SubmitButton>
      {saved && <StatusMessage tone="success">Bewaard: {metLabel(met === 'true')}.</StatusMessage>}
    </form>
  );
}
