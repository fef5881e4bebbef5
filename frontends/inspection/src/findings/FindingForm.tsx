import { FormErrorSummary, RadioGroup, SelectField, SubmitButton, TextAreaField, TextField, type FormError } from '@werkplek/ui';
import { SubmissionResult, useSubmission } from '@werkplek/frontend-kit';
import type { FindingSeverity } from '../gql/graphql.js';
import type { AuditDetail } from '../audit/audit.operations.js';
import type { FieldWork } from '../offline/useFieldWork.js';
import { useFormDraft } from '../offline/useFormDraft.js';
import { newId } from '../shared/ids.js';
import { severityLabels } from '../shared/labels.js';

const severities = Object.entries(severityLabels).map(([value, label]) => ({ value, label }));

interface FindingValues extends Record<string, string> {
  clientId: string;
  severity: string;
  title: string;
  description: string;
  questionId: string;
}

/**
 * A finding (vaststelling) noted during the visit. Its id is chosen here when the inspector starts typing and kept
 * with the draft, so sending it twice (a retry, a lost response) still makes one finding.
 */
export function FindingForm({ audit, work }: { audit: AuditDetail; work: FieldWork }) {
  const [values, setField, reset] = useFormDraft<FindingValues>(work, 'finding', () => ({
    clientId: newId(),
    severity: '',
    title: '',
    description: '',
    questionId: '',
  }));
  const form = useSubmission();
  const ids = { severity: 'vaststelling-ernst', title: 'vaststelling-titel', description: 'vaststelling-omschrijving' };

  function validate(): FormError[] {
    const errors: FormError[] = [];
    if (!values.severity) errors.push({ fieldId: ids.severity, message: 'Kies de ernst van de vaststelling.' });
    const title = values.title.trim();
    if (title.length < 3 || title.length > 200) errors.push({ fieldId: ids.title, message: 'Geef een titel van 3 tot 200 tekens.' });
    const description = values.description.trim();
    if (description.length < 3 || description.length > 4000)
      errors.push({ fieldId: ids.description, message: 'Beschrijf de vaststelling in 3 tot 4000 tekens.' });
    return errors;
  }

  async function save(): Promise<string> {
    const title = values.title.trim();
    const result = await work.submit({
      operation: 'RecordFinding',
      variables: {
        input: {
          id: values.clientId,
          auditId: audit.id,
          severity: values.severity as FindingSeverity,
          title,
          description: values.description.trim(),
          questionId: values.questionId || undefined,
        },
      },
      label: `Vaststelling „${title}”`,
    });
    reset();
    return result === 'sent'
      ? `Vaststelling „${title}” opgeslagen.`
      : `Vaststelling „${title}” bewaard op dit toestel. Ze wordt verzonden zodra er verbinding is.`;
  }

  return (
    <form
      className="wp-form wp-inspection__form"
      aria-labelledby="vaststelling-form-titel"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void form.run(save, { validate });
      }}
    >
      <h4 id="vaststelling-form-titel">Vaststelling noteren</h4>
      <FormErrorSummary errors={form.errors} focusKey={form.attempts} />
      <SubmissionResult error={form.error} confirmation={form.confirmation} errorTitle="De vaststelling werd niet opgeslagen." />
      <RadioGroup
        id={ids.severity}
        legend="Ernst"
        name="vaststelling-ernst"
        required
        options={severities}
        value={values.severity || undefined}
        onChange={(value) => setField('severity', value)}
        error={form.errorFor(ids.severity)}
      />
      <TextField
        id={ids.title}
        label="Titel"
        required
        maxLength={200}
        value={values.title}
        onChange={(event) => setField('title', event.target.value)}
        error={form.errorFor(ids.title)}
      />
      <TextAreaField
        id={ids.description}
        label="Omschrijving"
        required
        rows={4}
        maxLength={4000}
        value={values.description}
        onChange={(event) => setField('description', event.target.value)}
        error={form.errorFor(ids.description)}
      />
      <SelectField
        id="vaststelling-vraag"
        label="Bij vraag van het kader (niet verplicht)"
        placeholder="Geen vraag"
        options={audit.checklist.map((entry) => ({ value: entry.question.id, label: `${entry.question.code} ${entry.question.text}` }))}
        value={values.questionId}
        onChange={(event) => setField('questionId', event.target.value)}
      />
      <SubmitButton pending={form.pending} pendingLabel="Bezig met opslaan…">
        Vaststelling opslaan
      </SubmitButton>
    </form>
  );
}
