import { useId, useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { CheckboxField, FormErrorSummary, RadioGroup, SelectField, SubmitButton, TextAreaField, type FormError } from '@werkplek/ui';
import { SubmissionResult, useSubmission } from '@werkplek/frontend-kit';
import type { DecisionOutcome, RejectionReason } from '../gql/graphql.js';
import { decisionOutcomeLabels, options, rejectionReasonLabels } from '../shared/labels.js';
import { APPLICATION_QUERY, DECIDE_APPLICATION, PROPOSE_DECISION } from './applications.operations.js';

export interface DecisionFormProps {
  applicationId: string;
  /** Approval allowed here (the server's allowedSteps: status, role and the partnership's decision mechanism). */
  canApprove: boolean;
  /** Rejection allowed here; default true. */
  canReject?: boolean;
  /**
   * `decide` takes the decision; `propose` proposes it to the social partners (partnerships deciding without
   * objection, BR-10): it becomes the decision at the next cycle unless someone votes against.
   */
  mode?: 'decide' | 'propose';
  activities: readonly string[];
  /** Told after a successful decision: the form itself disappears with the steps, the page keeps the message. */
  onDecided?: (message: string) => void;
}

/** The decision: approve (fully or partly, BR-09) or reject with a coded reason (BR-08). */
export function DecisionForm({ applicationId, canApprove, canReject = true, mode = 'decide', activities, onDecided }: DecisionFormProps) {
  const id = useId();
  const [outcome, setOutcome] = useState<DecisionOutcome | undefined>(canApprove || !canReject ? undefined : 'REJECTION');
  const [reason, setReason] = useState('');
  const [excluded, setExcluded] = useState<readonly string[]>([]);
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<FormError[]>([]);
  const [attempts, setAttempts] = useState(0);
  const action = useSubmission();
  const refetch = { refetchQueries: [{ query: APPLICATION_QUERY, variables: { id: applicationId } }], awaitRefetchQueries: true };
  const [decideNow] = useMutation(DECIDE_APPLICATION, refetch);
  const [propose] = useMutation(PROPOSE_DECISION, refetch);
  const decide = mode === 'propose' ? propose : decideNow;

  const outcomes = options(decisionOutcomeLabels).filter((option) => (option.value === 'REJECTION' ? canReject : canApprove));

  function validate(): FormError[] {
    const found: FormError[] = [];
    if (!outcome) found.push({ fieldId: `${id}-outcome`, message: 'Kies een beslissing.' });
    if (outcome === 'REJECTION' && !reason) found.push({ fieldId: `${id}-reason`, message: 'Kies de reden van afkeuring.' });
    if (outcome === 'PARTIAL_APPROVAL' && excluded.length === 0) {
      found.push({ fieldId: `${id}-activity-0`, message: 'Duid minstens één activiteit aan die niet op deze werkplek kan.' });
    }
    if (outcome === 'PARTIAL_APPROVAL' && excluded.length >= activities.length && activities.length > 0) {
      found.push({ fieldId: `${id}-activity-0`, message: 'Er moet minstens één activiteit overblijven.' });
    }
    return found;
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = validate();
    setErrors(found);
    setAttempts((value) => value + 1);
    if (found.length > 0 || !outcome) return;
    const message =
      mode === 'propose'
        ? 'De beslissing is voorgesteld aan de sociale partners; zonder tegenstem wordt ze bij de volgende beslissingsronde genomen.'
        : outcome === 'REJECTION'
          ? 'De aanvraag is afgekeurd.'
          : 'De aanvraag is goedgekeurd; de erkenning is aangemaakt.';
    const ok = await action.run(
      () =>
        decide({
          variables: {
            input: {
              applicationId,
              outcome,
              ...(outcome === 'REJECTION' ? { rejectionReason: reason as RejectionReason } : {}),
              ...(outcome === 'PARTIAL_APPROVAL' ? { excludedActivities: [...excluded] } : {}),
              ...(note.trim() ? { note: note.trim() } : {}),
            },
          },
        }),
      { success: message },
    );
    // A proposal leaves the form in place (its own confirmation shows); a decision removes it, so the page tells.
    if (ok && mode === 'decide') onDecided?.(message);
  }

  const errorFor = (fieldId: string) => errors.find((error) => error.fieldId === fieldId)?.message;

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`}>{mode === 'propose' ? 'Beslissing voorstellen (zonder tegenbericht)' : 'Beslissen'}</h4>
      <FormErrorSummary errors={errors} focusKey={attempts} />
      <RadioGroup
        id={`${id}-outcome`}
        legend="Beslissing"
        name={`${id}-outcome`}
        options={outcomes}
        value={outcome}
        onChange={(value) => setOutcome(value as DecisionOutcome)}
        error={errorFor(`${id}-outcome`)}
        required
      />
      {outcome === 'REJECTION' && (
        <SelectField
          id={`${id}-reason`}
          label="Reden van afkeuring"
          placeholder="Kies een reden"
          options={options(rejectionReasonLabels)}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          error={errorFor(`${id}-reason`)}
          required
        />
      )}
      {outcome === 'PARTIAL_APPROVAL' && (
        <fieldset className="wp-fieldset">
          <legend>Activiteiten die niet op deze werkplek geleerd kunnen worden</legend>
          {errorFor(`${id}-activity-0`) && <p className="wp-field__error">{errorFor(`${id}-activity-0`)}</p>}
          {activities.map((activity, index) => (
            <CheckboxField
              key={activity}
              id={`${id}-activity-${index}`}
              label={activity}
              checked={excluded.includes(activity)}
              onChange={(event) => setExcluded(event.target.checked ? [...excluded, activity] : excluded.filter((item) => item !== activity))}
            />
          ))}
        </fieldset>
      )}
      <TextAreaField label="Toelichting (optioneel)" rows={3} value={note} onChange={(event) => setNote(event.target.value)} />
      <SubmitButton pending={action.pending} pendingLabel="Beslissing wordt bewaard…">
        {mode === 'propose' ? 'Voorstel bewaren' : 'Beslissing bewaren'}
      </SubmitButton>
      <SubmissionResult error={action.error} confirmation={action.confirmation} errorTitle="De beslissing is niet bewaard." />
    </form>
  );
}
