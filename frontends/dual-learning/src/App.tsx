import { useId } from 'react';
import { useQuery } from '@apollo/client/react';
import { Alert, DataTable, LoadingIndicator, apiErrorMessage, type DataTableColumn } from '@werkplek/ui';
import { WORKPLACES_QUERY, type WorkplaceRow } from './workplaces.query.js';
import { provinceLabel } from './provinces.js';

const columns: readonly DataTableColumn<WorkplaceRow>[] = [
  { key: 'name', header: 'Werkplek', render: (row) => row.name, rowHeader: true },
  { key: 'company', header: 'Onderneming', render: (row) => row.companyName },
  { key: 'establishment', header: 'Vestigingsnummer', render: (row) => row.establishmentNumber },
  { key: 'municipality', header: 'Gemeente', render: (row) => row.municipality },
  { key: 'province', header: 'Provincie', render: (row) => provinceLabel(row.province) },
  { key: 'partnership', header: 'Sectoraal partnerschap', render: (row) => row.sectoralPartnership },
];

/**
 * The dual-learning area, rendered by the shell. It takes no props: the ApolloClient comes from the shell's
 * ApolloProvider through the shared @apollo/client singleton.
 */
export default function DualLearningApp() {
  const headingId = useId();
  const { data, loading, error } = useQuery(WORKPLACES_QUERY);

  return (
    <section className="wp-dual-learning" aria-labelledby={headingId}>
      <h2 id={headingId}>Erkende werkplekken</h2>
      {loading && <LoadingIndicator label="De erkende werkplekken worden geladen…" />}
      {error && <Alert title="De erkende werkplekken konden niet worden geladen.">{apiErrorMessage(error)}</Alert>}
      {data && (
        <DataTable
          caption="Overzicht van de erkende werkplekken"
          columns={columns}
          rows={data.workplaces}
          rowKey={(row) => row.id}
          emptyText="Er zijn nog geen erkende werkplekken."
        />
      )}
    </section>
  );
}
