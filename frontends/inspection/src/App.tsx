import { useId } from 'react';
import { useQuery } from '@apollo/client/react';
import { Alert, DataTable, LoadingIndicator, apiErrorMessage, type DataTableColumn } from '@werkplek/ui';
import { INSPECTIONS_QUERY, type InspectionRow } from './inspections.query.js';
import { formatLocalDate, kindLabel, statusLabel, subjectLabel } from './labels.js';

const columns: readonly DataTableColumn<InspectionRow>[] = [
  { key: 'title', header: 'Doorlichting', render: (row) => row.title, rowHeader: true },
  { key: 'reference', header: 'Referentie', render: (row) => row.reference },
  { key: 'subject', header: 'Onderwerp', render: subjectLabel },
  { key: 'kind', header: 'Soort', render: (row) => kindLabel(row.kind) },
  { key: 'status', header: 'Status', render: (row) => statusLabel(row.status) },
  {
    key: 'plannedOn',
    header: 'Gepland op',
    render: (row) => <time dateTime={row.plannedOn}>{formatLocalDate(row.plannedOn)}</time>,
  },
  { key: 'leadInspector', header: 'Hoofdinspecteur', render: (row) => row.leadInspector },
];

/**
 * The supervision-and-inspection area, rendered by the shell. It takes no props: the ApolloClient comes from the
 * shell's ApolloProvider through the shared @apollo/client singleton.
 */
export default function InspectionApp() {
  const headingId = useId();
  const { data, loading, error } = useQuery(INSPECTIONS_QUERY);

  return (
    <section className="wp-inspection" aria-labelledby={headingId}>
      <h2 id={headingId}>Doorlichtingen</h2>
      {loading && <LoadingIndicator label="De doorlichtingen worden geladen…" />}
      {error && <Alert title="De doorlichtingen konden niet worden geladen.">{apiErrorMessage(error)}</Alert>}
      {data && (
        <DataTable
          caption="Overzicht van de doorlichtingen"
          columns={columns}
          rows={data.inspections}
          rowKey={(row) => row.id}
          emptyText="Er zijn nog geen doorlichtingen."
        />
      )}
    </section>
  );
}
