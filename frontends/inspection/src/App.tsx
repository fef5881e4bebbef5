import { useId } from 'react';
import { useQuery } from '@apollo/client/react';
import { Alert, DataTable, LoadingIndicator, apiErrorMessage, type DataTableColumn } from '@werkplek/ui';
import { AUDITS_QUERY, type AuditRow } from './audits.query.js';
import { formatLocalDate, kindLabel, statusLabel, subjectLabel } from './labels.js';

const columns: readonly DataTableColumn<AuditRow>[] = [
  { key: 'title', header: 'Doorlichting', render: (row) => row.title, rowHeader: true },
  { key: 'reference', header: 'Referentie', render: (row) => row.reference },
  { key: 'subject', header: 'Onderwerp', render: subjectLabel },
  { key: 'kind', header: 'Soort', render: (row) => kindLabel(row.kind) },
  // The status is text (never colour alone, WCAG 1.4.1).
  { key: 'status', header: 'Status', render: statusLabel },
  {
    key: 'scheduledOn',
    header: 'Gepland op',
    render: (row) => <time dateTime={row.scheduledOn}>{formatLocalDate(row.scheduledOn)}</time>,
  },
  { key: 'leadAuditor', header: 'Leidend auditor', render: (row) => row.leadAuditor?.name ?? 'Nog niet toegewezen' },
];

/**
 * The supervision-and-inspection area (Toezicht en inspectie), rendered by the shell: an overview of the audits. It
 * takes no props: the ApolloClient comes from the shell's ApolloProvider through the shared @apollo/client singleton.
 */
export default function InspectionApp() {
  const headingId = useId();
  const { data, loading, error } = useQuery(AUDITS_QUERY);
  const audits = data?.audits;

  return (
    <section className="wp-inspection" aria-labelledby={headingId}>
      <h2 id={headingId}>Doorlichtingen</h2>
      {loading && <LoadingIndicator label="De doorlichtingen worden geladen…" />}
      {error && <Alert title="De doorlichtingen konden niet worden geladen.">{apiErrorMessage(error)}</Alert>}
      {audits && (
        <>
          {audits.totalCount > audits.nodes.length && (
            <p>
              De eerste {audits.nodes.length} van {audits.totalCount} doorlichtingen, op geplande datum.
            </p>
          )}
          <DataTable
            caption="Overzicht van de doorlichtingen, inspecties en toezichten"
            columns={columns}
            rows={audits.nodes}
            rowKey={(row) => row.id}
            emptyText="Er zijn nog geen doorlichtingen."
          />
        </>
      )}
    </section>
  );
}
