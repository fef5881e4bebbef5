import { useRef, useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { Field, FormErrorSummary, SelectField, SubmitButton, TextAreaField, type FormError } from '@werkplek/ui';
import { SubmissionResult, useSubmission } from '@werkplek/frontend-kit';
import type { AuditDetail } from '../audit/audit.operations.js';
import { newId } from '../shared/ids.js';
import { UPLOAD_EVIDENCE_MUTATION } from './evidence.operations.js';
import { acceptAttribute, allowedTypesText, evidenceFileProblem, mediaTypeOf, readAsBase64 } from './evidenceFile.js';

const ids = { file: 'bewijsstuk-bestand', description: 'bewijsstuk-omschrijving', finding: 'bewijsstuk-vaststelling' };

/**
 * Uploads one bewijsstuk. Its id is chosen when the file is chosen, so a retry after a lost answer stores it once;
 * type and size are checked here with the server's allow-list before anything is sent.
 */
export function EvidenceUploadForm({ audit }: { audit: AuditDetail }) {
  const [file, setFile] = useState<File | undefined>();
  const [clientId, setClientId] = useState(newId);
  const [description, setDescription] = useState('');
  const [findingId, setFindingId] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const [upload] = useMutation(UPLOAD_EVIDENCE_MUTATION, { refetchQueries: ['AuditDetail'], awaitRefetchQueries: true });
  const form = useSubmission();

  function validate(): FormError[] {
    const errors: FormError[] = [];
    const problem = file ? evidenceFileProblem(file) : 'Kies een bestand.';
    if (problem) errors.push({ fieldId: ids.file, message: problem });
    if (description.trim().length > 1000) errors.push({ fieldId: ids.description, message: 'Een omschrijving heeft hoogstens 1000 tekens.' });
    return errors;
  }

  async function save(): Promise<string> {
    if (!file) return '';
    const contentBase64 = await readAsBase64(file);
    await upload({
      variables: {
        input: {
          id: clientId,
          auditId: audit.id,
          fileName: file.name,
          mediaType: mediaTypeOf(file.name),
          contentBase64,
          description: description.trim() || undefined,
          findingId: findingId || undefined,
        },
      },
    });
    // The next file is a new bewijsstuk with its own id.
    setFile(undefined);
    setClientId(newId());
    setDescription('');
    setFindingId('');
    if (input.current) input.current.value = '';
    return `Bewijsstuk „${file.name}” opgeladen.`;
  }

  return (
    <form
      className="wp-form wp-inspection__form"
      aria-labelledby="bewijsstuk-form-titel"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void form.run(save, { validate });
      }}
    >
      <h4 id="bewijsstuk-form-titel">Bewijsstuk opladen</h4>
      <FormErrorSummary errors={form.errors} focusKey={form.attempts} />
      <SubmissionResult error={form.error} confirmation={form.confirmation} errorTitle="Het bewijsstuk werd niet opgeladen." />
      <Field id={ids.file} label="Bestand" required hint={`${allowedTypesText}; hoogstens 600 kB.`} error={form.errorFor(ids.file)}>
        {(control) => (
          <input
            {...control}
            ref={input}
            type="file"
            className="wp-inspection__file-input"
            accept={acceptAttribute}
            onChange={(event) => {
              setFile(event.target.files?.[0]);
              setClientId(newId());
            }}
          />
        )}
      </Field>
      <TextAreaField
        id={ids.description}
        label="Omschrijving (niet verplicht)"
        rows={2}
        maxLength={1000}
        value={description}
        onChange={(event) => setDescription(event.target.value)}
        error={form.errorFor(ids.description)}
      />
      {audit.findings.length > 0 && (
        <SelectField
          id={ids.finding}
          label="Staaft vaststelling (niet verplicht)"
          placeholder="Geen vaststelling"
          options={audit.findings.map((finding) => ({ value: finding.id, label: finding.title }))}
          value={findingId}
          onChange={(event) => setFindingId(event.target.value)}
        />
      )}
      <SubmitButton pending={form.pending} pendingLabel="Bezig met opladen…">
        Bewijsstuk opladen
      </SubmitButton>
    </form>
  );
}
