import { useApolloClient } from '@apollo/client/react';
import { Alert, Button, DataTable, StatusBadge, apiErrorMessage, type DataTableColumn } from '@werkplek/ui';
import { formatDateTime, useSubmission } from '@werkplek/frontend-kit';
import type { AuditDetail, EvidenceRow } from '../audit/audit.operations.js';
import { EVIDENCE_CONTENT_QUERY } from './evidence.operations.js';
import { formatSize, saveBase64 } from './evidenceFile.js';
import type { FieldWork } from '../offline/useFieldWork.js';
import { RemoveEvidenceButton, removalKey } from './RemoveEvidenceButton.js';

/** The API answered without content: the caller may see the metadata only. */
class NotVisible extends Error {
  constructor() {
    super('Je mag de inhoud van dit bewijsstuk niet zien.');
  }
}

/** Fetches the content only when asked (it can be 600 KiB) and saves it under its own name. */
function DownloadButton({ file }: { file: EvidenceRow }) {
  const client = useApolloClient();
  const download = useSubmission();
  return (
    <>
      <Button
        variant="secondary"
        aria-busy={download.pending || undefined}
        onClick={() =>
          void download.run(async () => {
            const { data } = await client.query({ query: EVIDENCE_CONTENT_QUERY, variables: { id: file.id }, fetchPolicy: 'network-only' });
            const content = data?.evidenceFile.contentBase64;
            if (!content) throw new NotVisible();
            saveBase64(data.evidenceFile.fileName, data.evidenceFile.mediaType, content);
          })
        }
      >
        Downloaden <span className="wp-visually-hidden">{file.fileName}</span>
      </Button>
      {download.error !== undefined && (
        <Alert title="Downloaden niet gelukt.">{download.error instanceof NotVisible ? download.error.message : apiErrorMessage(download.error)}</Alert>
      )}
    </>
  );
}

/**
 * The audit's bewijsstukken (oldest first, as the API gives them) with a download for each; with `work` (the caller
 * works on the audit and the report is not out yet) a remove button too, or, while a removal waits on the device,
 * that it does.
 */
export function EvidenceList({ audit, work }: { audit: AuditDetail; work?: FieldWork }) {
  const findings = new Map(audit.findings.map((finding) => [finding.id, finding.title]));
  const removalWaiting = new Set((work?.state.queue ?? []).filter((entry) => entry.operation === 'RemoveEvidence' && !entry.error).map((entry) => entry.key));
  const removeCell = (file: EvidenceRow, fieldWork: FieldWork) =>
    removalWaiting.has(removalKey(file.id)) ? <StatusBadge tone="warning">Verwijdering wacht op verzending</StatusBadge> : <RemoveEvidenceButton file={file} work={fieldWork} />;
  const columns: DataTableColumn<EvidenceRow>[] = [
    { key: 'name', header: 'Bestand', rowHeader: true, render: (file) => file.fileName },
    { key: 'size', header: 'Grootte', render: (file) => formatSize(file.sizeBytes) },
    { key: 'description', header: 'Omschrijving', render: (file) => file.description ?? '—' },
    { key: 'finding', header: 'Vaststelling', render: (file) => (file.findingId ? (findings.get(file.findingId) ?? '—') : '—') },
    { key: 'uploaded', header: 'Opgeladen', render: (file) => `${formatDateTime(file.uploadedAt)} door ${file.uploadedBy}` },
    // The API gives the content to agency staff and inspectors only; others hear so when they try.
    { key: 'download', header: 'Inhoud', render: (file) => <DownloadButton file={file} /> },
    ...(work ? [{ key: 'remove', header: 'Verwijderen', render: (file: EvidenceRow) => removeCell(file, work) }] : []),
  ];
  return <DataTable caption="Bewijsstukken" columns={columns} rows={audit.evidence} rowKey={(file) => file.id} emptyText="Nog geen bewijsstukken." />;
}
