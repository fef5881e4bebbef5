import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { FormErrorSummary, SubmitButton, TextAreaField, type FormError } from '@werkplek/ui';
import { SubmissionResult, useSubmission } from '@werkplek/frontend-kit';
import { ASSESS_QUALITATIVE_PLAN_MUTATION } from './qualitativePlans.operations.js';
import { lengthError, limits } from './qualitativePlanValidation.js';

const overallId = 'training-qp-assessment';
const itemFieldId = (itemId: string) => `training-qp-assessment-${itemId}`;

export interface QualitativePlanAssessmentFormProps {
  planId: string;
  items: readonly { id: string; text: string; sectionName: string }[];
  onAssessed: () => void | Promise<void>;
}

/** Agency staff assess a submitted plan against the JOP goals: an overall assessment and, optionally, one per item. */
export function QualitativePlanAssessmentForm({ planId, items, onAssessed }: QualitativePlanAssessmentFormProps) {
  const [assessment, setAssessment] = useState('');
  const [perItem, setPerItem] = useState<Record<string, string>>({});
  const submission = useSubmission();
  const [assess] = useMutation(ASSESS_QUALITATIVE_PLAN_MUTATION);

  function validate(): FormError[] {
    const found: FormError[] = [];
    const overall = lengthError(assessment, limits.planAssessment, 'de beoordeling');
    if (overall) found.push({ fieldId: overallId, message: overall });
    for (const item of items) {
      const value = perItem[item.id] ?? '';
      // An item's assessment is optional; when given it has the service's bounds.
      const error = value.trim() ? lengthError(value, limits.itemAssessment, 'de beoordeling van het item') : undefined;
      if (error) found.push({ fieldId: itemFieldId(item.id), message: error });
    }
    return found;
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const itemAssessments = items
      .map((item) => ({ itemId: item.id, assessment: (perItem[item.id] ?? '').trim() }))
      .filter((entry) => entry.assessment.length > 0);
    await submission.run(
      async () => {
        await assess({ variables: { id: planId, assessment: { assessment: assessment.trim(), items: itemAssessments } } });
        await onAssessed();
      },
      { validate },
    );
  }

  return (
    <form className="wp-training__form" onSubmit={(event) => void handleSubmit(event)} noValidate aria-labelledby="training-qp-assess-title">
      <h3 id="training-qp-assess-title">Beoordelen tegenover de doelstellingen van het JOP</h3>
      <FormErrorSummary errors={submission.errors} focusKey={submission.attempts} />
      <SubmissionResult error={submission.error} errorTitle="De beoordeling werd geweigerd." />
      <TextAreaField
        id={overallId}
        label="Beoordeling van het jaarplan"
        hint={`Minstens ${limits.planAssessment.min} tekens.`}
        required
        value={assessment}
        error={submission.errorFor(overallId)}
        onChange={(event) => setAssessment(event.target.value)}
      />
      <fieldset className="wp-training__fieldset">
        <legend>Beoordeling per item (optioneel)</legend>
        {items.map((item) => (
          <TextAreaField
            key={item.id}
            id={itemFieldId(item.id)}
            label={`${item.sectionName}: ${item.text.length > 80 ? `${item.text.slice(0, 80)}…` : item.text}`}
            value={perItem[item.id] ?? ''}
            error={submission.errorFor(itemFieldId(item.id))}
            onChange={(event) => setPerItem((current) => ({ ...current, [item.id]: event.target.value }))}
          />
        ))}
      </fieldset>
      <SubmitButton pending={submission.pending} pendingLabel="Bezig met bewaren…">
        Beoordeling bewaren
      </SubmitButton>
    </form>
  );
}
