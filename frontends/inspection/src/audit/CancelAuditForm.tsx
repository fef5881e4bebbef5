import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { FormErrorSummary, SubmitButton, TextAreaField, type FormError } from '@werkplek/ui';
import { SubmissionResult, useSubmission } from '@werkplek/frontend-kit';
import { newId } from '../shared/ids.js';
import { CANCEL_AUDIT_MUTATION } from './auditActions.operations.js';
import type { AuditDetail } from './audit.operations.js';

const fieldId = 'annuleren-reden';

/** Cancels the audit before its report, with a reason (shown on the audit afterwards). Safe to repeat. */
export function CancelAuditForm({ audit }: { audit: AuditDetail }) {
  const [reason, setReason] = useState('');
  const [clientMutationId] = useState(newId);
  const [cancel] = useMutation(CANCEL_AUDIT_MUTATION, { refetchQueries: ['AuditDetail', 'AuditsList'] });
  const form = useSubmission();

  function validate(): FormError[] {
    const text = reason.trim();
    return text.length < 10 || text.length > 2000 ? [{ fieldId, message: 'Geef een reden van 10 tot 2000 tekens.' }] : [];
  }

  return (
    <form
      className="wp-form wp-inspection__form"
      aria-labelledby="annuleren-titel"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void form.run(
          async () => {
            await cancel({ variables: { input: { auditId: audit.id, clientMutationId, reason: reason.trim() } } });
            return 'De doorlichting is geannuleerd.';
          },
          { validate },
        );
      }}
    >
      <h4 id="annuleren-titel">Doorlichting annuleren</h4>
      <p>Annuleren kan niet ongedaan worden gemaakt. De reden blijft zichtbaar bij de doorlichting.</p>
      <FormErrorSummary errors={form.errors} focusKey={form.attempts} />
      <SubmissionResult error={form.error} confirmation={form.confirmation} errorTitle="De doorlichting werd niet geannuleerd." />
      <TextAreaField id={fieldId} label="Reden van annulering" required rows={3} maxLength={2000} value={reason} onChange={(event) => setReason(event.target.value)} error={form.errorFor(fieldId)} />
      <SubmitButton pending={form.pending} pendingLabel="Bezig met annuleren…">
        Doorlichting annuleren
      </SubmitButton>
    </form>
  );
}
