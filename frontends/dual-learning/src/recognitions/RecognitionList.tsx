import { useApolloClient, useQuery } from '@apollo/client/react';
import { CsvExportButton, DataTable, FilterBar, SelectField, StatusBadge, type CsvColumn, type DataTableColumn, type SortState } from '@werkplek/ui';
import { AreaLink, CursorPagination, fetchAllPages, formatDate, today, useListQuery, type ListQuery, SORT_PARAM, type YesNo, useDraftFromQuery, useListPages } from '@werkplek/frontend-kit';
import type { DualLearningRecognitionsQuery, Province, RecognitionFilter, RecognitionSort, RecognitionStatus } from '../gql/graphql.js';
import { PARTNERSHIPS_QUERY } from '../applications/applications.operations.js';
import { provinceLabel, provinceOptions } from '../provinces.js';
import { label, options, recognitionStatusLabels, recognitionStatusTones } from '../shared/labels.js';
import { RECOGNITIONS_QUERY } from './recognitions.operations.js';

type RecognitionRow = DualLearningRecognitionsQuery['recognitions']['nodes'][number];

const columns: readonly DataTableColumn<RecognitionRow>[] = [
  { key: 'workplace', header: 'Werkplek', sortKey: 'WORKPLACE_NAME', rowHeader: true, render: (row) => <AreaLink to={`erkenningen/${row.id}`}>{row.workplace.name}</AreaLink> },
  { key: 'municipality', header: 'Gemeente', render: (row) => row.workplace.municipality },
  { key: 'province', header: 'Provincie', render: (row) => provinceLabel(row.workplace.province) },
  { key: 'training', header: 'Opleiding', render: (row) => row.training.name },
  { key: 'partnership', header: 'Partnerschap', render: (row) => row.partnership.name },
  { key: 'status', header: 'Status', render: (row) => <StatusBadge tone={recognitionStatusTones[row.status]}>{label(recognitionStatusLabels, row.status)}</StatusBadge> },
  { key: 'from', header: 'Geldig vanaf', sortKey: 'VALID_FROM', render: (row) => formatDate(row.validFrom) },
  { key: 'until', header: 'Geldig tot', sortKey: 'VALID_UNTIL', render: (row) => formatDate(row.validUntil) },
];

const csvColumns: readonly CsvColumn<RecognitionRow>[] = [
  { header: 'Werkplek', value: (row) => row.workplace.name },
  { header: 'Gemeente', value: (row) => row.workplace.municipality },
  { header: 'Provincie', value: (row) => provinceLabel(row.workplace.province) },
  { header: 'Opleiding', value: (row) => row.training.name },
  { header: 'Partnerschap', value: (row) => row.partnership.name },
  { header: 'Status', value: (row) => label(recognitionStatusLabels, row.status) },
  { header: 'Geldig vanaf', value: (row) => row.validFrom },
  { header: 'Geldig tot', value: (row) => row.validUntil },
  { header: 'Beëindigd op', value: (row) => row.endedOn ?? '' },
];

interface Filters {
  partnershipId: string;
  status: RecognitionStatus | '';
  province: Province | '';
  validToday: YesNo | '';
}
const emptyFilters: Filters = { partnershipId: '', status: '', province: '', validToday: '' };
const recognitionStatuses = Object.keys(recognitionStatusLabels) as RecognitionStatus[];
const provinces = provinceOptions.map((option) => option.value);
// The API's sort has no direction: each is the API's (ascending) order, in the URL as the enum value.
const recognitionSorts: readonly RecognitionSort[] = ['VALID_FROM', 'VALID_UNTIL', 'WORKPLACE_NAME'];

/** `?partnerschap=<id>&status=ACTIVE&provincie=LIMBURG&vandaag-geldig=ja&sortering=VALID_UNTIL`. */
function filtersOf(query: ListQuery): Filters {
  return {
    partnershipId: query.get('partnerschap') ?? '',
    status: query.getOneOf('status', recognitionStatuses) ?? '',
    province: query.getOneOf('provincie', provinces) ?? '',
    validToday: query.getOneOf('vandaag-geldig', ['ja'] as const) ?? '',
  };
}
const toQuery = (filters: Filters) => ({ partnerschap: filters.partnershipId, status: filters.status, provincie: filters.province, 'vandaag-geldig': filters.validToday });

/** Recognitions (erkenningen), filtered by partnership, province, status and validity. */
export function RecognitionList() {
  const client = useApolloClient();
  const query = useListQuery();
  const applied = filtersOf(query);
  const [draft, setDraft] = useDraftFromQuery(query, () => filtersOf(query));
  const sort = query.getOneOf(SORT_PARAM, recognitionSorts);
  const pager = useListPages(query);
  const partnerships = useQuery(PARTNERSHIPS_QUERY);
  const filter: RecognitionFilter = {
    ...(applied.partnershipId ? { partnershipId: applied.partnershipId } : {}),
    ...(applied.status ? { status: applied.status } : {}),
    ...(applied.province ? { province: applied.province } : {}),
    ...(applied.validToday === 'ja' ? { validOn: today() } : {}),
  };
  const { data, previousData, loading, error, refetch } = useQuery(RECOGNITIONS_QUERY, { variables: { page: pager.variables, sort: sort ?? null, filter }, notifyOnNetworkStatusChange: true });
  const connection = (data ?? previousData)?.recognitions;
  const tableSort: SortState | undefined = sort ? { key: sort, direction: 'ascending' } : undefined;
  const filtered = Object.keys(filter).length > 0;

  return (
    <>
      <FilterBar label="Erkenningen filteren" onSearch={() => query.update(toQuery(draft))} onClear={() => { setDraft(emptyFilters); query.update(toQuery(emptyFilters)); }}>
        <SelectField label="Partnerschap" placeholder="Alle partnerschappen" options={(partnerships.data?.partnerships ?? []).map((p) => ({ value: p.id, label: p.name }))} value={draft.partnershipId} onChange={(event) => setDraft({ ...draft, partnershipId: event.target.value })} />
        <SelectField label="Provincie" placeholder="Alle provincies" options={provinceOptions} value={draft.province} onChange={(event) => setDraft({ ...draft, province: event.target.value as Province | '' })} />
        <SelectField label="Status" placeholder="Alle statussen" options={options(recognitionStatusLabels)} value={draft.status} onChange={(event) => setDraft({ ...draft, status: event.target.value as RecognitionStatus | '' })} />
        <SelectField label="Geldigheid" placeholder="Ook verlopen" options={[{ value: 'ja', label: 'Vandaag geldig' }]} value={draft.validToday} onChange={(event) => setDraft({ ...draft, validToday: event.target.value as YesNo | '' })} />
      </FilterBar>
      <div className="wp-dl-toolbar">
        <CsvExportButton
          fileName="erkenningen.csv"
          columns={csvColumns}
          rows={() =>
            fetchAllPages(async (after) => {
              const result = await client.query({ query: RECOGNITIONS_QUERY, variables: { page: { first: 200, after }, sort: sort ?? null, filter } });
              if (!result.data) throw result.error ?? new Error('Geen gegevens');
              return result.data.recognitions;
            })
          }
        />
      </div>
      <DataTable
        caption="Erkenningen"
        columns={columns}
        rows={connection?.nodes ?? []}
        rowKey={(row) => row.id}
        emptyText={filtered ? 'Er zijn geen erkenningen die aan de filters voldoen.' : 'Er zijn nog geen erkenningen.'}
        sort={tableSort}
        onSortChange={(next) => query.update({ [SORT_PARAM]: next.key })}
        loading={loading}
        error={error}
        onRetry={() => void refetch()}
      />
      <CursorPagination connection={connection} pages={pager} label="Paginering erkenningen" />
    </>
  );
}
