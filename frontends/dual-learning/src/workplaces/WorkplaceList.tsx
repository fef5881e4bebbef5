import { useQuery } from '@apollo/client/react';
import { CsvExportButton, DataTable, FilterBar, SelectField, sortRows, type CsvColumn, type DataTableColumn } from '@werkplek/ui';
import { AreaLink, useListQuery, type ListQuery, useDraftFromQuery, useUrlSort } from '@werkplek/frontend-kit';
import { WORKPLACES_QUERY, type Province, type WorkplaceRow } from '../workplaces.query.js';
import { provinceLabel, provinceOptions } from '../provinces.js';

const columns: readonly DataTableColumn<WorkplaceRow>[] = [
  { key: 'name', header: 'Werkplek', sortKey: 'NAME', sortValue: (row) => row.name, rowHeader: true, render: (row) => row.name },
  {
    key: 'company',
    header: 'Onderneming',
    // The company page (its establishments, recognitions and exclusions); a workplace without a known company as text.
    render: (row) => (row.company ? <AreaLink to={`ondernemingen/${encodeURIComponent(row.company.id)}`}>{row.companyName}</AreaLink> : row.companyName),
  },
  { key: 'establishment', header: 'Vestigingsnummer', render: (row) => row.establishmentNumber },
  { key: 'municipality', header: 'Gemeente', sortKey: 'MUNICIPALITY', sortValue: (row) => row.municipality, render: (row) => row.municipality },
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

const provinces = provinceOptions.map((option) => option.value);

/** `?provincie=LIMBURG&sortering=MUNICIPALITY_ASC`. */
const provinceOf = (query: ListQuery): Province | '' => query.getOneOf('provincie', provinces) ?? '';

/** The recognised workplaces (the API returns them all: filtering and sorting in the browser). */
export function WorkplaceList() {
  const query = useListQuery();
  const province = provinceOf(query);
  const [draft, setDraft] = useDraftFromQuery(query, () => provinceOf(query));
  const [sort, setSort] = useUrlSort(query, ['NAME', 'MUNICIPALITY'], { key: 'NAME', direction: 'ascending' });
  const { data, loading, error, refetch } = useQuery(WORKPLACES_QUERY);
  const rows = sortRows((data?.workplaces ?? []).filter((row) => !province || row.province === province), columns, sort);
  return (
    <>
      <FilterBar label="Werkplekken filteren" onSearch={() => query.update({ provincie: draft })} onClear={() => { setDraft(''); query.update({ provincie: '' }); }}>
        <SelectField label="Provincie" placeholder="Alle provincies" options={provinceOptions} value={draft} onChange={(event) => setDraft(event.target.value as Province | '')} />
      </FilterBar>
      <div className="wp-dl-toolbar">
        <CsvExportButton fileName="werkplekken.csv" columns={csvColumns} rows={rows} />
      </div>
      <DataTable caption="Overzicht van de erkende werkplekken" columns={columns} rows={rows} rowKey={(row) => row.id} emptyText={province ? 'Er zijn geen erkende werkplekken in deze provincie.' : 'Er zijn nog geen erkende werkplekken.'} sort={sort} onSortChange={setSort} loading={loading} error={error} onRetry={() => void refetch()} />
    </>
  );
}
