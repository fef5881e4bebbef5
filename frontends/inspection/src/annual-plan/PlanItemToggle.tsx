import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { Alert, apiErrorMessage, Button, ConfirmDialog, SelectField, TextAreaField } from '@werkplek/ui';
import { SET_ITEM_PLANNED_MUTATION, type AnnualPlanItemRow } from './annualPlan.operations.js';

/** Plan or drop a candidate by hand (staff, draft plan); a choice against the ranking needs a reason. */
export function PlanItemToggle({ item, subject }: { item: AnnualPlanItemRow; subject: string }) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [quarter, setQuarter] = useState(item.quarter ? String(item.quarter) : '');
  const [error, setError] = useState<string | undefined>();
  const [setPlanned, { loading }] = useMutation(SET_ITEM_PLANNED_MUTATION, { refetchQueries: ['AnnualPlan'] });
  const planning = !item.planned;
  const action = planning ? 'Plannen' : 'Schrappen';
  const trimmed = reason.trim();

  async function confirm() {
    if (trimmed && (trimmed.length < 10 || trimmed.length > 1000)) {
      setError('Een motivering heeft 10 tot 1000 tekens.');
      return;
    }
    try {
      await setPlanned({
        variables: { input: { itemId: item.id, planned: planning, quarter: planning && quarter ? Number(quarter) : undefined, reason: trimmed || undefined } },
      });
      setOpen(false);
    } catch (caught) {
      setError(apiErrorMessage(caught));
    }
  }

  return (
    <>
      <Button variant="secondary" onClick={() => setOpen(true)}>
        {action}
        <span className="wp-visually-hidden">: {subject}</span>
      </Button>
      <ConfirmDialog open={open} title={`${subject}: ${action.toLowerCase()}`} confirmLabel={action} onConfirm={() => void confirm()} onCancel={() => setOpen(false)} pending={loading}>
        {error && <Alert>{error}</Alert>}
        {planning && (
          <SelectField
            label="Kwartaal"
            placeholder="Volgens de rangschikking"
            options={[1, 2, 3, 4].map((value) => ({ value: String(value), label: `Kwartaal ${value}` }))}
            value={quarter}
            onChange={(event) => setQuarter(event.target.value)}
          />
        )}
        <TextAreaField
          label="Motivering"
          hint="Verplicht als de keuze tegen de rangschikking ingaat (10 tot 1000 tekens)."
          rows={3}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
        />
      </ConfirmDialog>
    </>
  );
}
