import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { Button, DateField, FormErrorSummary, RadioGroup, SubmitButton, type FormError } from '@werkplek/ui';
import { SubmissionResult, formatDate, today, useSubmission } from '@werkplek/frontend-kit';
import { RECORD_ENROLMENT_RESULT_MUTATION, WITHDRAW_ENROLMENT_MUTATION } from './offer.operations.js';

type Outcome = 'PASSED' | 'FAILED' | 'WITHDRAWN';
const outcomeOptions: { value: Outcome; label: string; hint?: string }[] = [
  { value: 'PASSED', label: 'Geslaagd', hint: 'Afgerond met resultaat geslaagd; daarna kan het attest worden uitgereikt.' },
  { value: 'FAILED', label: 'Niet geslaagd' },
  { value: 'WITHDRAWN', label: 'Uitgeschreven', hint: 'De cursist verliet het traject op een datum.' },
];

export interface EnrolmentOutcomeFormProps {
  enrolment: { id: string; enrolledOn: string; learner: { name: string }; track: { name: string } };
  onDone: (confirmation: string) => void | Promise<void>;
  onCancel: () => void;
  /** Today in Brussels (yyyy-mm-dd); a parameter for tests. */
  todayIs?: string;
}

/** A running enrolment ends: a result (completed) or a withdrawal on a date (learner.md, "States and transitions"). */
export function EnrolmentOutcomeForm({ enrolment, onDone, onCancel, todayIs = today() }: EnrolmentOutcomeFormProps) {
  const ids = { outcome: `training-outcome-${enrolment.id}`, on: `training-outcome-on-${enrolment.id}` };
  const [outcome, setOutcome] = useState<string | undefined>();
  const [on, setOn] = useState(todayIs);
  const submission = useSubmission();
  const [recordResult] = useMutation(RECORD_ENROLMENT_RESULT_MUTATION);
  const [withdraw] = useMutation(WITHDRAW_ENROLMENT_MUTATION);
  const headingRef = useRef<HTMLHeadingElement>(null);
  // The form opens below the list: move focus to it so keyboard and screen reader users land in it.
  useEffect(() => headingRef.current?.focus(), []);

  function validate(): FormError[] {
    const found: FormError[] = [];
    if (!outcome) found.push({ fieldId: ids.outcome, message: 'Kies het resultaat of de uitschrijving.' });
    if (outcome === 'WITHDRAWN') {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(on)) found.push({ fieldId: ids.on, message: 'Geef de datum van uitschrijving.' });
      else if (on > todayIs) found.push({ fieldId: ids.on, message: 'De datum van uitschrijving ligt niet in de toekomst.' });
      else if (on < enrolment.enrolledOn) found.push({ fieldId: ids.on, message: `De datum van uitschrijving ligt niet vóór de inschrijving (${formatDate(enrolment.enrolledOn)}).` });
    }
    return found;
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const who = `${enrolment.learner.name} (${enrolment.track.name})`;
    await submission.run(
      async () => {
        if (outcome === 'WITHDRAWN') {
          await withdraw({ variables: { id: enrolment.id, on } });
          await onDone(`${who} is uitgeschreven op ${formatDate(on)}.`);
        } else {
          await recordResult({ variables: { id: enrolment.id, result: outcome as 'PASSED' | 'FAILED' } });
          await onDone(`Het resultaat van ${who} is geregistreerd.`);
        }
      },
      { validate },
    );
  }

  const titleId = `training-outcome-title-${enrolment.id}`;
  return (
    <form className="wp-training__form" onSubmit={(event) => void handleSubmit(event)} noValidate aria-labelledby={titleId}>
      <h3 id={titleId} ref={headingRef} tabIndex={-1}>Inschrijving afhandelen: {enrolment.learner.name}</h3>
      <p>Traject {enrolment.track.name}, ingeschreven op {formatDate(enrolment.enrolledOn)}.</p>
      <FormErrorSummary errors={submission.errors} focusKey={submission.attempts} />
      <SubmissionResult error={submission.error} errorTitle="De inschrijving kon niet worden afgehandeld." />
      <RadioGroup id={ids.outcome} name={ids.outcome} legend="Afhandeling" required options={outcomeOptions} value={outcome} onChange={setOutcome} error={submission.errorFor(ids.outcome)} />
      {outcome === 'WITHDRAWN' && (
        <DateField id={ids.on} label="Uitgeschreven op" required min={enrolment.enrolledOn} max={todayIs} value={on} error={submission.errorFor(ids.on)} onChange={(event) => setOn(event.target.value)} />
      )}
      <div className="wp-training__actions">
        <SubmitButton pending={submission.pending} pendingLabel="Bezig met bewaren…">
          Bewaren
        </SubmitButton>
        <Button variant="secondary" onClick={onCancel} disabled={submission.pending}>
          Annuleren
        </Button>
      </div>
    </form>
  );
}
