import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { DateField, FormErrorSummary, SelectField, SubmitButton, TextAreaField, TextField, type FormError } from '@werkplek/ui';
import { SubmissionResult, isLocalDate, today, useSubmission } from '@werkplek/frontend-kit';
import type { RiskFactor } from '../gql/graphql.js';
import { riskFactorLabels } from '../shared/labels.js';
import { SET_RISK_WEIGHT_MUTATION } from './riskWeights.operations.js';

const ids = { factor: 'gewicht-factor', weight: 'gewicht-waarde', validFrom: 'gewicht-vanaf', reason: 'gewicht-motivering' };

/** "2,5" or "2.5" → 2.5; undefined unless 0–100 with at most 2 decimals (the server's rule). */
export function parseWeight(text: string): number | undefined {
  const normalised = text.trim().replace(',', '.');
  if (!/^\d{1,3}(\.\d{1,2})?$/.test(normalised)) return undefined;
  const value = Number(normalised);
  return value >= 0 && value <= 100 ? value : undefined;
}

/**
 * Sets a factor's weight from a day on (today or later). The same factor and day again replaces that planned value,
 * so a repeat is harmless.
 */
export function RiskWeightForm() {
  const [factor, setFactor] = useState<RiskFactor | ''>('');
  const [weight, setWeight] = useState('');
  const [validFrom, setValidFrom] = useState(today());
  const [reason, setReason] = useState('');
  const [setRiskWeight] = useMutation(SET_RISK_WEIGHT_MUTATION, { refetchQueries: ['RiskWeights'] });
  const form = useSubmission();

  function validate(): FormError[] {
    const errors: FormError[] = [];
    if (!factor) errors.push({ fieldId: ids.factor, message: 'Kies een risicofactor.' });
    if (parseWeight(weight) === undefined) errors.push({ fieldId: ids.weight, message: 'Vul een gewicht van 0 tot 100 in, met hoogstens 2 decimalen (bv. 2,5).' });
    if (!isLocalDate(validFrom)) errors.push({ fieldId: ids.validFrom, message: 'Kies de dag vanaf wanneer het gewicht geldt.' });
    else if (validFrom < today()) errors.push({ fieldId: ids.validFrom, message: 'Een gewicht kan niet in het verleden ingaan.' });
    const text = reason.trim();
    if (text.length < 5 || text.length > 1000) errors.push({ fieldId: ids.reason, message: 'Motiveer de wijziging in 5 tot 1000 tekens.' });
    return errors;
  }

  async function save(): Promise<string> {
    const value = parseWeight(weight)!;
    await setRiskWeight({ variables: { input: { factor: factor as RiskFactor, weight: value, validFrom, reason: reason.trim() } } });
    setReason('');
    setWeight('');
    return `Het gewicht van „${riskFactorLabels[factor as RiskFactor]}” is ingesteld.`;
  }

  return (
    <form
      className="wp-form wp-inspection__form"
      aria-labelledby="gewicht-form-titel"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void form.run(save, { validate });
      }}
    >
      <h3 id="gewicht-form-titel">Gewicht instellen</h3>
      <FormErrorSummary errors={form.errors} focusKey={form.attempts} />
      <SubmissionResult error={form.error} confirmation={form.confirmation} errorTitle="Het gewicht werd niet ingesteld." />
      <SelectField
        id={ids.factor}
        label="Risicofactor"
        required
        placeholder="Kies een risicofactor"
        options={Object.entries(riskFactorLabels).map(([value, label]) => ({ value, label }))}
        value={factor}
        onChange={(event) => setFactor(event.target.value as RiskFactor | '')}
        error={form.errorFor(ids.factor)}
      />
      <TextField
        id={ids.weight}
        label="Gewicht"
        hint="0 tot 100, hoogstens 2 decimalen"
        required
        inputMode="decimal"
        value={weight}
        onChange={(event) => setWeight(event.target.value)}
        error={form.errorFor(ids.weight)}
      />
      <DateField id={ids.validFrom} label="Geldig vanaf" required min={today()} value={validFrom} onChange={(event) => setValidFrom(event.target.value)} error={form.errorFor(ids.validFrom)} />
      <TextAreaField id={ids.reason} label="Motivering" required rows={3} maxLength={1000} value={reason} onChange={(event) => setReason(event.target.value)} error={form.errorFor(ids.reason)} />
      <SubmitButton pending={form.pending} pendingLabel="Bezig met opslaan…">
        Gewicht instellen
      </SubmitButton>
    </form>
  );
}
