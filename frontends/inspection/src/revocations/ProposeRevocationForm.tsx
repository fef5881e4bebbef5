import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, DateField, FormErrorSummary, LoadingIndicator, Notice, RadioGroup, SelectField, SubmitButton, TextAreaField, apiErrorMessage, type FormError } from '@werkplek/ui';
import { SubmissionResult, formatDate, isLocalDate, today, useSubmission } from '@werkplek/frontend-kit';
import type { RevocationKind } from '../gql/graphql.js';
import type { AuditDetail } from '../audit/audit.operations.js';
import { newId } from '../shared/ids.js';
import { PROPOSE_REVOCATION_MUTATION, WORKPLACE_RECOGNITIONS_QUERY } from './revocations.operations.js';
import { revocationKindLabels } from './revocationLabels.js';

const ids = { recognition: 'voorstel-erkenning', kind: 'voorstel-soort', reason: 'voorstel-motivering', until: 'voorstel-tot' };

/**
 * Proposes to dual learning to withdraw the workplace's recognition or exclude the company, after a reported
 * workplace audit with a (serious) shortcoming. The id is chosen here: a repeat gives the same proposal.
 */
export function ProposeRevocationForm({ audit }: { audit: AuditDetail }) {
  const workplaceId = audit.workplace?.id ?? '';
  const recognitions = useQuery(WORKPLACE_RECOGNITIONS_QUERY, { variables: { workplaceId }, skip: !workplaceId });
  const [clientId, setClientId] = useState(newId);
  const [recognitionId, setRecognitionId] = useState('');
  const [kind, setKind] = useState<RevocationKind | undefined>();
  const [reason, setReason] = useState('');
  const [until, setUntil] = useState('');
  const [propose] = useMutation(PROPOSE_REVOCATION_MUTATION, { refetchQueries: ['AuditDetail'], awaitRefetchQueries: true });
  const form = useSubmission();

  const grounds = audit.findings.filter((finding) => finding.severity === 'SHORTCOMING' || finding.severity === 'SERIOUS_SHORTCOMING');
  if (grounds.length === 0) {
    return <Notice>Een voorstel tot opheffing of uitsluiting heeft gronden nodig: deze doorlichting stelde geen (ernstige) tekortkoming vast.</Notice>;
  }
  if (recognitions.loading && !recognitions.data) return <LoadingIndicator label="De erkenningen van de werkplek worden geladen…" />;
  if (recognitions.error && !recognitions.data) return <Alert title="De erkenningen konden niet worden geladen.">{apiErrorMessage(recognitions.error)}</Alert>;
  const options = (recognitions.data?.recognitions.nodes ?? []).map((recognition) => ({
    value: recognition.id,
    label: `${recognition.training.name} (erkend ${formatDate(recognition.validFrom)} – ${formatDate(recognition.validUntil)})`,
  }));
  if (options.length === 0) return <Notice>Deze werkplek heeft geen actieve erkenning meer: er is niets om op te heffen.</Notice>;

  function validate(): FormError[] {
    const errors: FormError[] = [];
    if (!recognitionId) errors.push({ fieldId: ids.recognition, message: 'Kies de erkenning waarover het voorstel gaat.' });
    if (!kind) errors.push({ fieldId: ids.kind, message: 'Kies opheffing of uitsluiting.' });
    const text = reason.trim();
    if (text.length < 5 || text.length > 1000) errors.push({ fieldId: ids.reason, message: 'Motiveer het voorstel in 5 tot 1000 tekens.' });
    if (kind === 'EXCLUSION' && until) {
      if (!isLocalDate(until)) errors.push({ fieldId: ids.until, message: 'Kies een geldige datum.' });
      else if (until <= today()) errors.push({ fieldId: ids.until, message: 'De uitsluiting moet na vandaag eindigen.' });
    }
    return errors;
  }

  async function save(): Promise<string> {
    await propose({
      variables: {
        input: {
          id: clientId,
          auditId: audit.id,
          recognitionId,
          kind: kind!,
          reason: reason.trim(),
          exclusionUntil: kind === 'EXCLUSION' && until ? until : undefined,
        },
      },
    });
    setClientId(newId());
    setRecognitionId('');
    setKind(undefined);
    setReason('');
    setUntil('');
    return 'Het voorstel is bewaard en wordt aan duaal leren bezorgd.';
  }

  return (
    <form
      className="wp-form wp-inspection__form"
      aria-labelledby="voorstel-form-titel"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void form.run(save, { validate });
      }}
    >
      <h4 id="voorstel-form-titel">Opheffing of uitsluiting voorstellen</h4>
      <p>Duaal leren (het Vlaams Partnerschap) beslist over het voorstel.</p>
      <FormErrorSummary errors={form.errors} focusKey={form.attempts} />
      <SubmissionResult error={form.error} confirmation={form.confirmation} errorTitle="Het voorstel werd niet bewaard." />
      <SelectField
        id={ids.recognition}
        label="Erkenning"
        required
        placeholder="Kies een erkenning"
        options={options}
        value={recognitionId}
        onChange={(event) => setRecognitionId(event.target.value)}
        error={form.errorFor(ids.recognition)}
      />
      <RadioGroup
        id={ids.kind}
        legend="Voorstel"
        name={ids.kind}
        required
        options={Object.entries(revocationKindLabels).map(([value, label]) => ({ value, label }))}
        value={kind}
        onChange={(value) => setKind(value as RevocationKind)}
        error={form.errorFor(ids.kind)}
      />
      {kind === 'EXCLUSION' && (
        <DateField
          id={ids.until}
          label="Uitgesloten tot en met (leeg: tot opheffing)"
          min={today()}
          value={until}
          onChange={(event) => setUntil(event.target.value)}
          error={form.errorFor(ids.until)}
        />
      )}
      <TextAreaField
        id={ids.reason}
        label="Motivering, met verwijzing naar de vaststellingen"
        required
        rows={4}
        maxLength={1000}
        value={reason}
        onChange={(event) => setReason(event.target.value)}
        error={form.errorFor(ids.reason)}
      />
      <SubmitButton pending={form.pending} pendingLabel="Bezig met bewaren…">
        Voorstel indienen
      </SubmitButton>
    </form>
  );
}
