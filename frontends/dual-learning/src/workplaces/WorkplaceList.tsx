import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { CsvExportButton, DataTable, sortRows, type CsvColumn, type DataTableColumn, type SortState } from '@werkplek/ui';
import { AreaLink } from '@werkplek/frontend-kit';
import { WORKPLACES_QUERY, type WorkplaceRow } from '../workplaces.query.js';
import { provinceLabel } from '../provinces.js';

const columns: readonly DataTableColumn<WorkplaceRow>[] = [
  { key: 'name', header: 'Werkplek', sortKey: 'name', sortValue: (row) => row.name, rowHeader: true, render: (row) => row.name },
  { key: 'company', header: 'Onderneming', render: (row) => row.companyName },
  { key: 'establishment', header: 'Vestigingsnummer', render: (row) => row.establishmentNumber },
  { key: 'municipality', header: 'Gemeente', sortKey: 'municipality', sortValue: (row) => row.municipality, render: (row) => row.municipality },
  { key: 'province', header: 'Provincie', render: (row) => provinceLabel(row.province) },
  { key: 'partnership', header: 'Sectoraal partnerschap', render: (row) => row.sectoralPartnership },
  { key: 'guidance', header: 'Begeleiding', render: (row) => <AreaLink to={`werkplekken/${row.id}`}>{`Begeleidingsacties ${row.name}`}</AreaLink> },
];

const csvColumns: readonly CsvColumn<WorkplaceRow>[] = [
  { header: 'Werkplek', value: (row) => row.name },
  { header: 'Onderneming', value: (row) => row.companyName },
  { header: 'Vestigingsnummer', value: (row) => row.establishmentNumber },
  { header: 'Gemeente', value: (row) => row.municipality },
  { header: 'Provincie', value: (row) => provinceLabel(row.province) },
  { header: 'Sectoraal partnerschap', value: (row) => row.sectoralPartnership },
];

/** The recognised workplaces (the API returns them all: sorting in the browser). */
export function WorkplaceList() {
  const [sort, setSort] = useState<SortState | undefined>({ key: 'name', direction: 'ascending' });
  const { data, loading, error, refetch } = useQuery(WORKPLACES_QUERY);
  const rows = sortRows(data?.workplaces ?? [], columns, sort);
  return (
    <>
      <div className="wp-dl-toolbar">
        <CsvExportButton fileName="werkplekken.csv" columns={csvColumns} rows={rows} />
      </div>
      <DataTable caption="Overzicht van de erkende werkplekken" columns={columns} rows={rows} rowKey={(row) => row.id} emptyText="Er zijn nog geen erkende werkplekken." sort={sort} onSortChange={setSort} loading={loading} error={error} onRetry={() => void refetch()} />
    </>
  );
}
