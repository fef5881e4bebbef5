import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { FormErrorSummary, NumberField, RadioGroup, SubmitButton, TextAreaField, type FormError } from '@werkplek/ui';
import { SubmissionResult, useSubmission } from '@werkplek/frontend-kit';
import type { RealisationStatus } from '../gql/graphql.js';
import { optionsOf, realisationLabels } from '../shared/labels.js';
import { RECORD_REALISATION_MUTATION } from './qualitativePlans.operations.js';
import { lengthError, limits } from './qualitativePlanValidation.js';

export interface RealisationFormProps {
  item: { id: string; text: string; realisation: RealisationStatus | null; realisationNote: string | null; budgetImpact: number | null };
  sectionName: string;
  onRecorded: () => void | Promise<void>;
}

/** "Ronde van Vlaanderen": agency staff record an item's realisation; not (fully) realised needs the reason. */
export function RealisationForm({ item, sectionName, onRecorded }: RealisationFormProps) {
  const ids = { status: `training-real-status-${item.id}`, note: `training-real-note-${item.id}`, budget: `training-real-budget-${item.id}` };
  const [status, setStatus] = useState<string | undefined>(item.realisation ?? undefined);
  const [note, setNote] = useState(item.realisationNote ?? '');
  const [budget, setBudget] = useState(item.budgetImpact === null ? '' : String(item.budgetImpact));
  const submission = useSubmission();
  const [record] = useMutation(RECORD_REALISATION_MUTATION);

  function validate(): FormError[] {
    const found: FormError[] = [];
    if (!status) found.push({ fieldId: ids.status, message: 'Kies de realisatie.' });
    if (status && status !== 'REALISED') {
      const error = lengthError(note, limits.realisationNote, 'de reden van niet-realisatie');
      if (error) found.push({ fieldId: ids.note, message: error });
    } else if (note.trim().length > limits.realisationNote.max) {
      found.push({ fieldId: ids.note, message: `De toelichting telt hoogstens ${limits.realisationNote.max} tekens.` });
    }
    if (budget.trim() && !/^-?\d+([.,]\d{1,2})?$/.test(budget.trim())) {
      found.push({ fieldId: ids.budget, message: 'Geef een bedrag in euro, met hoogstens twee decimalen.' });
    }
    return found;
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    await submission.run(
      async () => {
        await record({
          variables: {
            itemId: item.id,
            status: status as RealisationStatus,
            note: note.trim() || null,
            budgetImpact: budget.trim() ? Number(budget.trim().replace(',', '.')) : null,
          },
        });
        await onRecorded();
      },
      { validate, success: 'De realisatie is bewaard.' },
    );
  }

  const titleId = `training-real-title-${item.id}`;
  return (
    <form className="wp-training__form" onSubmit={(event) => void handleSubmit(event)} noValidate aria-labelledby={titleId}>
      <h4 id={titleId}>Realisatie: {sectionName}</h4>
      <p>{item.text}</p>
      <FormErrorSummary errors={submission.errors} focusKey={submission.attempts} />
      <SubmissionResult error={submission.error} confirmation={submission.confirmation} errorTitle="De realisatie werd geweigerd." />
      <RadioGroup
        id={ids.status}
        name={ids.status}
        legend="Realisatie"
        required
        options={optionsOf(realisationLabels)}
        value={status}
        onChange={setStatus}
        error={submission.errorFor(ids.status)}
      />
      <TextAreaField
        id={ids.note}
        label="Toelichting of reden van niet-realisatie"
        hint={`Verplicht (minstens ${limits.realisationNote.min} tekens) als het item niet volledig is gerealiseerd.`}
        value={note}
        error={submission.errorFor(ids.note)}
        onChange={(event) => setNote(event.target.value)}
      />
      <NumberField
        id={ids.budget}
        label="Budgettaire weerslag (euro)"
        decimals
        value={budget}
        error={submission.errorFor(ids.budget)}
        onChange={(event) => setBudget(event.target.value)}
      />
      <SubmitButton pending={submission.pending} pendingLabel="Bezig met bewaren…">
        Realisatie bewaren
      </SubmitButton>
    </form>
  );
}
