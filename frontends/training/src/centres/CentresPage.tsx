import { useQuery } from '@apollo/client/react';
import { CsvExportButton, DataTable, sortRows, type CsvColumn, type DataTableColumn } from '@werkplek/ui';
import { SectionHeader, useListQuery, useUrlSort } from '@werkplek/frontend-kit';
import { ContactDetails } from './ContactDetails.js';
import { TRAINING_CENTRES_QUERY, type TrainingCentreRow } from './trainingCentres.query.js';

const columns: readonly DataTableColumn<TrainingCentreRow>[] = [
  { key: 'name', header: 'Opleidingscentrum', rowHeader: true, sortKey: 'NAME', sortValue: (row) => row.name, render: (row) => row.name },
  { key: 'code', header: 'Code', sortKey: 'CODE', sortValue: (row) => row.code, render: (row) => row.code },
  { key: 'umbrella', header: 'Koepel', render: (row) => row.umbrella },
  { key: 'campuses', header: 'Campussen', render: (row) => (row.campuses.length > 0 ? row.campuses.join(', ') : 'Geen') },
  { key: 'contact', header: 'Contact', render: (row) => <ContactDetails centre={row} /> },
];

const csvColumns: readonly CsvColumn<TrainingCentreRow>[] = [
  { header: 'Opleidingscentrum', value: (row) => row.name },
  { header: 'Code', value: (row) => row.code },
  { header: 'Koepel', value: (row) => row.umbrella },
  { header: 'Campussen', value: (row) => row.campuses.join(', ') },
  { header: 'E-mail', value: (row) => row.email },
  { header: 'Telefoon', value: (row) => row.phone },
];

/** The five Syntra (public directory): one short list, so no filters or pages. */
export function CentresPage() {
  const { data, loading, error, refetch } = useQuery(TRAINING_CENTRES_QUERY);
  const [sort, setSort] = useUrlSort(useListQuery(), ['NAME', 'CODE']);
  const rows = sortRows(data?.trainingCentres ?? [], columns, sort);
  return (
    <section>
      <SectionHeader title="Opleidingscentra" description="De Syntra met hun campussen en contactgegevens." />
      <div className="wp-training__list-actions">
        <CsvExportButton fileName="opleidingscentra.csv" columns={csvColumns} rows={rows} />
      </div>
      <DataTable
        caption="Overzicht van de opleidingscentra"
        columns={columns}
        rows={rows}
        rowKey={(row) => row.id}
        sort={sort}
        onSortChange={setSort}
        loading={loading}
        error={error}
        onRetry={() => void refetch()}
        emptyText="Er zijn nog geen opleidingscentra."
      />
    </section>
  );
}
