import { DateField, FormErrorSummary, SelectField, SubmitButton, TextAreaField, TextField, type FormError } from '@werkplek/ui';
import { isLocalDate, SubmissionResult, today as todayInBrussels, useSubmission } from '@werkplek/frontend-kit';
import type { AuditKind, RecommendationKind } from '../gql/graphql.js';
import type { AuditDetail } from '../audit/audit.operations.js';
import type { FieldWork } from '../offline/useFieldWork.js';
import { useFormDraft } from '../offline/useFormDraft.js';
import { newId } from '../shared/ids.js';
import { recommendationKindLabels } from '../shared/labels.js';

/** The word each kind of audit uses (seed 003): aanbeveling, maatregel, actie uit het verbeterplan. */
export function defaultRecommendationKind(kind: AuditKind): RecommendationKind {
  if (kind === 'TRACK_INSPECTION' || kind === 'DUAL_QUALITY_AUDIT') return 'RECOMMENDATION';
  if (kind === 'APPRENTICESHIP_FOLLOW_UP') return 'IMPROVEMENT_ACTION';
  return 'MEASURE';
}

interface RecommendationValues extends Record<string, string> {
  clientId: string;
  kind: string;
  findingId: string;
  description: string;
  owner: string;
  agreedDueOn: string;
}

/** A recommendation, measure or improvement action with an owner and an agreed due date; the id is the client's. */
export function RecommendationForm({ audit, work }: { audit: AuditDetail; work: FieldWork }) {
  const [values, setField, reset] = useFormDraft<RecommendationValues>(work, 'recommendation', () => ({
    clientId: newId(),
    kind: defaultRecommendationKind(audit.kind),
    findingId: '',
    description: '',
    owner: '',
    agreedDueOn: '',
  }));
  const form = useSubmission();
  const ids = { description: 'aanbeveling-omschrijving', owner: 'aanbeveling-verantwoordelijke', due: 'aanbeveling-datum' };
  const today = todayInBrussels();

  function validate(): FormError[] {
    const errors: FormError[] = [];
    const description = values.description.trim();
    if (description.length < 3 || description.length > 4000) errors.push({ fieldId: ids.description, message: 'Beschrijf de aanbeveling in 3 tot 4000 tekens.' });
    const owner = values.owner.trim();
    if (owner.length < 2 || owner.length > 200) errors.push({ fieldId: ids.owner, message: 'Geef de verantwoordelijke (2 tot 200 tekens).' });
    if (!isLocalDate(values.agreedDueOn)) errors.push({ fieldId: ids.due, message: 'Kies de afgesproken realisatiedatum.' });
    else if (values.agreedDueOn <= today) errors.push({ fieldId: ids.due, message: 'De realisatiedatum moet na vandaag liggen.' });
    else if (audit.performedOn && values.agreedDueOn <= audit.performedOn)
      errors.push({ fieldId: ids.due, message: 'De realisatiedatum moet na het terreinbezoek liggen.' });
    return errors;
  }

  async function save(): Promise<string> {
    const result = await work.submit({
      operation: 'IssueRecommendation',
      variables: {
        input: {
          id: values.clientId,
          auditId: audit.id,
          kind: values.kind as RecommendationKind,
          findingId: values.findingId || undefined,
          description: values.description.trim(),
          owner: values.owner.trim(),
          agreedDueOn: values.agreedDueOn,
        },
      },
      label: `Aanbeveling voor ${values.owner.trim()}`,
    });
    reset();
    return result === 'sent' ? 'Aanbeveling opgeslagen.' : 'Aanbeveling bewaard op dit toestel. Ze wordt verzonden zodra er verbinding is.';
  }

  const findings = audit.findings.filter((finding) => finding.severity !== 'POSITIVE');
  return (
    <form
      className="wp-form wp-inspection__form"
      aria-labelledby="aanbeveling-form-titel"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void form.run(save, { validate });
      }}
    >
      <h4 id="aanbeveling-form-titel">Aanbeveling of maatregel formuleren</h4>
      <FormErrorSummary errors={form.errors} focusKey={form.attempts} />
      <SubmissionResult error={form.error} confirmation={form.confirmation} errorTitle="De aanbeveling werd niet opgeslagen." />
      <SelectField
        id="aanbeveling-soort"
        label="Soort"
        required
        options={Object.entries(recommendationKindLabels).map(([value, label]) => ({ value, label }))}
        value={values.kind}
        onChange={(event) => setField('kind', event.target.value)}
      />
      <SelectField
        id="aanbeveling-vaststelling"
        label="Bij vaststelling (niet verplicht)"
        placeholder="Geen vaststelling"
        options={findings.map((finding) => ({ value: finding.id, label: finding.title }))}
        value={values.findingId}
        onChange={(event) => setField('findingId', event.target.value)}
      />
      <TextAreaField
        id={ids.description}
        label="Omschrijving"
        required
        rows={3}
        value={values.description}
        onChange={(event) => setField('description', event.target.value)}
        error={form.errorFor(ids.description)}
      />
      <TextField
        id={ids.owner}
        label="Verantwoordelijke bij de doorgelichte organisatie"
        required
        value={values.owner}
        onChange={(event) => setField('owner', event.target.value)}
        error={form.errorFor(ids.owner)}
      />
      <DateField
        id={ids.due}
        label="Afgesproken realisatiedatum"
        required
        min={today}
        value={values.agreedDueOn}
        onChange={(event) => setField('agreedDueOn', event.target.value)}
        error={form.errorFor(ids.due)}
      />
      <SubmitButton pending={form.pending} pendingLabel="Bezig met opslaan…">
        Aanbeveling opslaan
      </SubmitButton>
    </form>
  );
}
