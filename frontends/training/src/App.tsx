import { useId } from 'react';
import { useQuery } from '@apollo/client/react';
import { Alert, DataTable, LoadingIndicator, apiErrorMessage, type DataTableColumn } from '@werkplek/ui';
import { TRAINING_CENTRES_QUERY, type TrainingCentreRow } from './trainingCentres.query.js';
import { ContactDetails } from './ContactDetails.js';
import './training.css';

const columns: readonly DataTableColumn<TrainingCentreRow>[] = [
  { key: 'name', header: 'Opleidingscentrum', render: (row) => row.name, rowHeader: true },
  { key: 'code', header: 'Code', render: (row) => row.code },
  { key: 'umbrella', header: 'Koepel', render: (row) => row.umbrella },
  { key: 'campuses', header: 'Campussen', render: (row) => (row.campuses.length > 0 ? row.campuses.join(', ') : 'Geen') },
  { key: 'contact', header: 'Contact', render: (row) => <ContactDetails centre={row} /> },
];

/**
 * The entrepreneur-training area, rendered by the shell. It takes no props: the ApolloClient comes from the shell's
 * ApolloProvider through the shared @apollo/client singleton.
 */
export default function TrainingApp() {
  const headingId = useId();
  const { data, loading, error } = useQuery(TRAINING_CENTRES_QUERY);

  return (
    <section className="wp-training" aria-labelledby={headingId}>
      <h2 id={headingId}>Opleidingscentra</h2>
      {loading && <LoadingIndicator label="De opleidingscentra worden geladen…" />}
      {error && <Alert title="De opleidingscentra konden niet worden geladen.">{apiErrorMessage(error)}</Alert>}
      {data && (
        <DataTable
          caption="Overzicht van de opleidingscentra"
          columns={columns}
          rows={data.trainingCentres}
          rowKey={(row) => row.id}
          emptyText="Er zijn nog geen opleidingscentra."
        />
      )}
    </section>
  );
}
