import { useState } from 'react';
import { FormErrorSummary, RadioGroup, SubmitButton, TextAreaField, TextField, type FormError } from '@werkplek/ui';
import { SubmissionResult, useSubmission } from '@werkplek/frontend-kit';
import type { FindingSeverity } from '../gql/graphql.js';
import type { FindingRow } from '../audit/audit.operations.js';
import type { FieldWork } from '../offline/useFieldWork.js';
import { newId } from '../shared/ids.js';
import { severityLabels } from '../shared/labels.js';

const severities = Object.entries(severityLabels).map(([value, label]) => ({ value, label }));

/**
 * Corrects a finding while the visit runs; only what changed is sent. In the field it goes through the audit's queue
 * like a new finding (kept on the device while offline, sent in order after the finding itself); each save carries
 * its own clientMutationId, so a repeat of the queued edit never writes its old values over a later one.
 */
export function EditFindingForm({ finding, work }: { finding: Pick<FindingRow, 'id' | 'severity' | 'title' | 'description'>; work: FieldWork }) {
  const [severity, setSeverity] = useState<FindingSeverity>(finding.severity);
  const [title, setTitle] = useState(finding.title);
  const [description, setDescription] = useState(finding.description);
  const form = useSubmission();
  const ids = { severity: `wijzig-ernst-${finding.id}`, title: `wijzig-titel-${finding.id}`, description: `wijzig-omschrijving-${finding.id}` };

  function validate(): FormError[] {
    const errors: FormError[] = [];
    const trimmedTitle = title.trim();
    if (trimmedTitle.length < 3 || trimmedTitle.length > 200) errors.push({ fieldId: ids.title, message: 'Geef een titel van 3 tot 200 tekens.' });
    const trimmedDescription = description.trim();
    if (trimmedDescription.length < 3 || trimmedDescription.length > 4000)
      errors.push({ fieldId: ids.description, message: 'Beschrijf de vaststelling in 3 tot 4000 tekens.' });
    if (errors.length === 0 && severity === finding.severity && trimmedTitle === finding.title && trimmedDescription === finding.description)
      errors.push({ fieldId: ids.title, message: 'Er is niets gewijzigd.' });
    return errors;
  }

  async function save(): Promise<string> {
    const changes = {
      severity: severity !== finding.severity ? severity : undefined,
      title: title.trim() !== finding.title ? title.trim() : undefined,
      description: description.trim() !== finding.description ? description.trim() : undefined,
    };
    const result = await work.submit({
      operation: 'UpdateFinding',
      // A new id per save: the queue resends this entry as it is, a later save is a different edit.
      variables: { input: { findingId: finding.id, ...changes, clientMutationId: newId() } },
      label: `Wijziging van vaststelling „${finding.title.slice(0, 60)}”`,
    });
    return result === 'sent' ? 'De vaststelling is gewijzigd.' : 'Wijziging bewaard op dit toestel; ze wordt verzonden zodra er verbinding is.';
  }

  return (
    <form
      className="wp-form wp-inspection__form"
      aria-label={`Vaststelling „${finding.title}” wijzigen`}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void form.run(save, { validate });
      }}
    >
      <FormErrorSummary errors={form.errors} focusKey={form.attempts} />
      <SubmissionResult error={form.error} confirmation={form.confirmation} errorTitle="De vaststelling werd niet gewijzigd." />
      <RadioGroup
        id={ids.severity}
        legend="Ernst"
        name={ids.severity}
        required
        options={severities}
        value={severity}
        onChange={(value) => setSeverity(value as FindingSeverity)}
        error={form.errorFor(ids.severity)}
      />
      <TextField id={ids.title} label="Titel" required maxLength={200} value={title} onChange={(event) => setTitle(event.target.value)} error={form.errorFor(ids.title)} />
      <TextAreaField
        id={ids.description}
        label="Omschrijving"
        required
        rows={4}
        maxLength={4000}
        value={description}
        onChange={(event) => setDescription(event.target.value)}
        error={form.errorFor(ids.description)}
      />
      <SubmitButton pending={form.pending} pendingLabel="Bezig met opslaan…">
        Wijziging opslaan
      </SubmitButton>
    </form>
  );
}
