import { useState } from 'react';
import { DateField, FormErrorSummary, RadioGroup, SubmitButton, TextAreaField, type FormError } from '@werkplek/ui';
import { isLocalDate, SubmissionResult, today as todayInBrussels, useSubmission } from '@werkplek/frontend-kit';
import type { EvaluationOutcome } from '../gql/graphql.js';
import type { RecommendationRow } from '../audit/audit.operations.js';
import type { FieldWork } from '../offline/useFieldWork.js';
import { newId } from '../shared/ids.js';

/** The follow-up of one recommendation: implemented (on a date) or not implemented (from the agreed date on). */
export function EvaluateRecommendationForm({ recommendation, work }: { recommendation: RecommendationRow; work: FieldWork }) {
  const [outcome, setOutcome] = useState<EvaluationOutcome | undefined>();
  const [implementedOn, setImplementedOn] = useState('');
  const [note, setNote] = useState('');
  // One id per evaluation being filled in: a repeat of the same submission answers the same way.
  const [clientMutationId] = useState(newId);
  const form = useSubmission();
  const base = `opvolging-${recommendation.id}`;
  const ids = { outcome: `${base}-uitkomst`, date: `${base}-datum`, note: `${base}-toelichting` };
  const today = todayInBrussels();

  function validate(): FormError[] {
    const errors: FormError[] = [];
    if (!outcome) errors.push({ fieldId: ids.outcome, message: 'Kies of de aanbeveling gerealiseerd is.' });
    if (outcome === 'IMPLEMENTED') {
      if (!isLocalDate(implementedOn)) errors.push({ fieldId: ids.date, message: 'Kies de datum van realisatie.' });
      else if (implementedOn > today) errors.push({ fieldId: ids.date, message: 'De datum van realisatie mag niet in de toekomst liggen.' });
    }
    if (outcome === 'NOT_IMPLEMENTED' && recommendation.agreedDueOn > today)
      errors.push({ fieldId: ids.outcome, message: 'Niet gerealiseerd kan pas vanaf de afgesproken realisatiedatum.' });
    const trimmed = note.trim();
    if (trimmed.length < 3 || trimmed.length > 4000) errors.push({ fieldId: ids.note, message: 'Geef een toelichting van 3 tot 4000 tekens.' });
    return errors;
  }

  return (
    <form
      className="wp-form wp-inspection__form"
      noValidate
      aria-label={`Opvolging van: ${recommendation.description}`}
      onSubmit={(event) => {
        event.preventDefault();
        void form.run(async () => {
          const result = await work.submit({
            operation: 'EvaluateRecommendation',
            variables: {
              input: {
                recommendationId: recommendation.id,
                outcome: outcome as EvaluationOutcome,
                implementedOn: outcome === 'IMPLEMENTED' ? implementedOn : undefined,
                note: note.trim(),
                clientMutationId,
              },
            },
            label: `Opvolging van „${recommendation.description.slice(0, 60)}”`,
          });
          return result === 'sent' ? 'Opvolging opgeslagen.' : 'Opvolging bewaard op dit toestel; ze wordt verzonden zodra er verbinding is.';
        }, { validate });
      }}
    >
      <FormErrorSummary errors={form.errors} focusKey={form.attempts} />
      <SubmissionResult error={form.error} confirmation={form.confirmation} errorTitle="De opvolging werd niet opgeslagen." />
      <RadioGroup
        id={ids.outcome}
        legend="Resultaat van de opvolging"
        name={ids.outcome}
        required
        options={[
          { value: 'IMPLEMENTED', label: 'Gerealiseerd' },
          { value: 'NOT_IMPLEMENTED', label: 'Niet gerealiseerd' },
        ]}
        value={outcome}
        onChange={(value) => setOutcome(value as EvaluationOutcome)}
        error={form.errorFor(ids.outcome)}
      />
      {outcome === 'IMPLEMENTED' && (
        <DateField id={ids.date} label="Gerealiseerd op" required max={today} value={implementedOn} onChange={(event) => setImplementedOn(event.target.value)} error={form.errorFor(ids.date)} />
      )}
      <TextAreaField id={ids.note} label="Toelichting" required rows={2} value={note} onChange={(event) => setNote(event.target.value)} error={form.errorFor(ids.note)} />
      <SubmitButton pending={form.pending}>Opvolging opslaan</SubmitButton>
    </form>
  );
}
