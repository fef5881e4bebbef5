import { useState } from 'react';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { CsvExportButton, DataTable, FilterBar, Notice, Pagination, SelectField, StatusBadge, type CsvColumn, type DataTableColumn, type SortState } from '@werkplek/ui';
import { AreaLink, PAGE_SIZES, fetchAllPages, formatDate, today, useCursorPages } from '@werkplek/frontend-kit';
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

interface Draft {
  partnershipId: string;
  status: string;
  province: string;
  validity: string;
}
const emptyDraft: Draft = { partnershipId: '', status: '', province: '', validity: '' };

/** Recognitions (erkenningen), filtered by partnership, province and status. */
export function RecognitionList() {
  const client = useApolloClient();
  const pager = useCursorPages();
  const [draft, setDraft] = useState<Draft>(emptyDraft);
  const [applied, setApplied] = useState<Draft>(emptyDraft);
  // Server sort has no direction: the table shows each as ascending (the API's order).
  const [sort, setSort] = useState<RecognitionSort | undefined>(undefined);
  const partnerships = useQuery(PARTNERSHIPS_QUERY);
  const filter: RecognitionFilter = {
    ...(applied.partnershipId ? { partnershipId: applied.partnershipId } : {}),
    ...(applied.status ? { status: applied.status as RecognitionStatus } : {}),
    ...(applied.validity === 'today' ? { validOn: today() } : {}),
  };
  // The API has no province filter (reported): with a province chosen we ask the largest page and filter it here.
  const page = applied.province ? { first: 200, after: pager.after } : pager.variables;
  const { data, previousData, loading, error, refetch } = useQuery(RECOGNITIONS_QUERY, { variables: { page, sort: sort ?? null, filter }, notifyOnNetworkStatusChange: true });
  const connection = (data ?? previousData)?.recognitions;
  const inProvince = (row: RecognitionRow) => !applied.province || row.workplace.province === (applied.province as Province);
  const rows = (connection?.nodes ?? []).filter(inProvince);
  const tableSort: SortState | undefined = sort ? { key: sort, direction: 'ascending' } : undefined;

  return (
    <>
      <FilterBar
        label="Erkenningen filteren"
        onSearch={() => {
          setApplied(draft);
          pager.reset();
        }}
        onClear={() => {
          setDraft(emptyDraft);
          setApplied(emptyDraft);
          pager.reset();
        }}
      >
        <SelectField label="Partnerschap" placeholder="Alle partnerschappen" options={(partnerships.data?.partnerships ?? []).map((p) => ({ value: p.id, label: p.name }))} value={draft.partnershipId} onChange={(event) => setDraft({ ...draft, partnershipId: event.target.value })} />
        <SelectField label="Provincie" placeholder="Alle provincies" options={provinceOptions} value={draft.province} onChange={(event) => setDraft({ ...draft, province: event.target.value })} />
        <SelectField label="Status" placeholder="Alle statussen" options={options(recognitionStatusLabels)} value={draft.status} onChange={(event) => setDraft({ ...draft, status: event.target.value })} />
        <SelectField label="Geldigheid" placeholder="Ook verlopen" options={[{ value: 'today', label: 'Vandaag geldig' }]} value={draft.validity} onChange={(event) => setDraft({ ...draft, validity: event.target.value })} />
      </FilterBar>
      {applied.province && <Notice>De filter op provincie wordt toegepast op telkens 200 erkenningen tegelijk.</Notice>}
      <div className="wp-dl-toolbar">
        <CsvExportButton
          fileName="erkenningen.csv"
          columns={csvColumns}
          rows={async () =>
            (
              await fetchAllPages(async (after) => {
                const result = await client.query({ query: RECOGNITIONS_QUERY, variables: { page: { first: 200, after }, sort: sort ?? null, filter } });
                if (!result.data) throw result.error ?? new Error('Geen gegevens');
                return result.data.recognitions;
              })
            ).filter(inProvince)
          }
        />
      </div>
      <DataTable
        caption="Erkenningen"
        columns={columns}
        rows={rows}
        rowKey={(row) => row.id}
        emptyText="Er zijn geen erkenningen die aan de filters voldoen."
        sort={tableSort}
        onSortChange={(next) => {
          setSort(next.key as RecognitionSort);
          pager.reset();
        }}
        loading={loading}
        error={error}
        onRetry={() => void refetch()}
      />
      {connection && (
        <Pagination
          page={pager.page}
          pageSize={applied.province ? 200 : pager.pageSize}
          itemCount={rows.length}
          totalCount={applied.province ? undefined : connection.totalCount}
          hasNextPage={connection.pageInfo.hasNextPage}
          onNext={() => pager.next(connection.pageInfo.endCursor)}
          onPrevious={pager.previous}
          pageSizeOptions={applied.province ? undefined : PAGE_SIZES}
          onPageSizeChange={pager.setPageSize}
        />
      )}
    </>
  );
}
