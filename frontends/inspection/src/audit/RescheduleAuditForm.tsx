import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { DateField, FormErrorSummary, SubmitButton, TextAreaField, type FormError } from '@werkplek/ui';
import { formatDate, isLocalDate, SubmissionResult, today as todayInBrussels, useSubmission } from '@werkplek/frontend-kit';
import { newId } from '../shared/ids.js';
import { RESCHEDULE_AUDIT_MUTATION } from './auditActions.operations.js';
import type { AuditDetail } from './audit.operations.js';

const ids = { date: 'verplaatsen-datum', reason: 'verplaatsen-reden' };

/** Moves a planned or prepared audit to another day (not in the past), with an optional reason kept in its history. */
export function RescheduleAuditForm({ audit }: { audit: Pick<AuditDetail, 'id' | 'scheduledOn'> }) {
  const [scheduledOn, setScheduledOn] = useState('');
  const [reason, setReason] = useState('');
  // One id per form: a double submit or a repeat after a dropped answer moves the audit once.
  const [clientMutationId] = useState(newId);
  const [reschedule] = useMutation(RESCHEDULE_AUDIT_MUTATION, { refetchQueries: ['AuditDetail', 'AuditsList'] });
  const form = useSubmission();
  const today = todayInBrussels();

  function validate(): FormError[] {
    const errors: FormError[] = [];
    if (!isLocalDate(scheduledOn)) errors.push({ fieldId: ids.date, message: 'Kies de nieuwe datum.' });
    else if (scheduledOn < today) errors.push({ fieldId: ids.date, message: 'De nieuwe datum mag niet in het verleden liggen.' });
    else if (scheduledOn === audit.scheduledOn) errors.push({ fieldId: ids.date, message: 'Kies een andere datum dan de huidige.' });
    const text = reason.trim();
    if (text.length > 0 && (text.length < 3 || text.length > 2000)) errors.push({ fieldId: ids.reason, message: 'Geef een reden van 3 tot 2000 tekens, of laat het veld leeg.' });
    return errors;
  }

  return (
    <form
      className="wp-form wp-inspection__form"
      aria-labelledby="verplaatsen-titel"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void form.run(
          async () => {
            const text = reason.trim();
            await reschedule({ variables: { input: { auditId: audit.id, clientMutationId, scheduledOn, reason: text || undefined } } });
            return `De doorlichting is verplaatst naar ${formatDate(scheduledOn)}.`;
          },
          { validate },
        );
      }}
    >
      <h4 id="verplaatsen-titel">Doorlichting verplaatsen</h4>
      <p>Nu gepland op {formatDate(audit.scheduledOn)}.</p>
      <FormErrorSummary errors={form.errors} focusKey={form.attempts} />
      <SubmissionResult error={form.error} confirmation={form.confirmation} errorTitle="De doorlichting werd niet verplaatst." />
      <DateField id={ids.date} label="Nieuwe datum" required min={today} value={scheduledOn} onChange={(event) => setScheduledOn(event.target.value)} error={form.errorFor(ids.date)} />
      <TextAreaField id={ids.reason} label="Reden (optioneel)" rows={2} maxLength={2000} value={reason} onChange={(event) => setReason(event.target.value)} error={form.errorFor(ids.reason)} />
      <SubmitButton pending={form.pending} pendingLabel="Bezig met verplaatsen…">
        Doorlichting verplaatsen
      </SubmitButton>
    </form>
  );
}
