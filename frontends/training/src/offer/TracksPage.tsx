import { useState } from 'react';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { CsvExportButton, DataTable, FilterBar, SelectField, type CsvColumn, type DataTableColumn, type SortState } from '@werkplek/ui';
import { CursorPagination, SectionHeader, fetchAllPages, formatDate, isCentreUser, useCursorPages, type User } from '@werkplek/frontend-kit';
import type { TrackMark, TrackSort, TrackType, TracksQuery } from '../gql/graphql.js';
import { markLabels, optionsOf, trackTypeLabels } from '../shared/labels.js';
import { TRACKS_QUERY } from './offer.operations.js';

type Track = TracksQuery['tracks']['nodes'][number];
interface Filters {
  type: '' | TrackType;
  mark: '' | TrackMark;
}

const marksOf = (row: Track) => [...new Set(row.marks.map((grant) => markLabels[grant.mark]))].join(', ') || 'geen';

const columns: readonly DataTableColumn<Track>[] = [
  { key: 'name', header: 'Traject', rowHeader: true, sortKey: 'NAME_ASC', render: (row) => row.name },
  { key: 'code', header: 'Code', sortKey: 'CODE_ASC', render: (row) => row.code },
  { key: 'type', header: 'Soort', render: (row) => trackTypeLabels[row.type] },
  { key: 'centre', header: 'Centrum', render: (row) => row.centre?.name ?? 'Toegewezen' },
  { key: 'sector', header: 'Sector', render: (row) => row.sector.name },
  { key: 'marks', header: 'Kenmerken', render: marksOf },
  { key: 'startable', header: 'Opstartbaar vanaf', sortKey: 'STARTABLE_FROM_DESC', render: (row) => formatDate(row.startableFrom) },
];

const csvColumns: readonly CsvColumn<Track>[] = [
  { header: 'Traject', value: (row) => row.name },
  { header: 'Code', value: (row) => row.code },
  { header: 'Soort', value: (row) => trackTypeLabels[row.type] },
  { header: 'Centrum', value: (row) => row.centre?.name ?? '' },
  { header: 'Sector', value: (row) => row.sector.name },
  { header: 'Kenmerken', value: marksOf },
  { header: 'Doorlooptijd (maanden)', value: (row) => row.durationMonths },
  { header: 'Opstartbaar vanaf', value: (row) => row.startableFrom ?? '' },
];

/** The offer's tracks; a centre user sees their own centre's by default. Sorting is done by the API (whole list). */
export function TracksPage({ user }: { user: User | undefined }) {
  const client = useApolloClient();
  const [draft, setDraft] = useState<Filters>({ type: '', mark: '' });
  const [filters, setFilters] = useState<Filters>({ type: '', mark: '' });
  const [sort, setSort] = useState<SortState>({ key: 'NAME_ASC', direction: 'ascending' });
  const pages = useCursorPages();
  const filter = {
    ...(isCentreUser(user) && user?.centreId ? { centreId: user.centreId } : {}),
    ...(filters.type ? { type: filters.type } : {}),
    ...(filters.mark ? { mark: filters.mark } : {}),
  };
  const sortKey = sort.key as TrackSort;
  const { data, previousData, loading, error, refetch } = useQuery(TRACKS_QUERY, { variables: { filter, sort: sortKey, page: pages.variables } });
  const connection = (data ?? previousData)?.tracks;
  const apply = (next: Filters) => {
    setFilters(next);
    pages.reset();
  };
  return (
    <section>
      <SectionHeader title={isCentreUser(user) ? 'Trajecten van uw centrum' : 'Trajecten'} description="Het aanbod met de toegekende kenmerken en de opstartbaarheid." />
      <FilterBar label="Trajecten filteren" onSearch={() => apply(draft)} onClear={() => { setDraft({ type: '', mark: '' }); apply({ type: '', mark: '' }); }}>
        <SelectField label="Soort" placeholder="Alle soorten" options={optionsOf(trackTypeLabels)} value={draft.type} onChange={(event) => setDraft({ ...draft, type: event.target.value as Filters['type'] })} />
        <SelectField label="Kenmerk" placeholder="Alle kenmerken" options={optionsOf(markLabels)} value={draft.mark} onChange={(event) => setDraft({ ...draft, mark: event.target.value as Filters['mark'] })} />
      </FilterBar>
      <div className="wp-training__list-actions">
        <CsvExportButton
          fileName="trajecten.csv"
          columns={csvColumns}
          rows={() =>
            fetchAllPages(async (after) => {
              const result = await client.query({ query: TRACKS_QUERY, variables: { filter, sort: sortKey, page: { first: 100, ...(after ? { after } : {}) } } });
              if (!result.data) throw new Error('Geen gegevens');
              return result.data.tracks;
            })
          }
        />
      </div>
      <DataTable
        caption="Trajecten"
        columns={columns}
        rows={connection?.nodes ?? []}
        rowKey={(row) => row.id}
        sort={sort}
        // The API sorts in one direction per key; a second click keeps that order rather than pretending to reverse it.
        onSortChange={(next) => {
          setSort({ key: next.key, direction: next.key === 'STARTABLE_FROM_DESC' ? 'descending' : 'ascending' });
          pages.reset();
        }}
        loading={loading}
        error={error}
        onRetry={() => void refetch()}
        emptyText="Geen trajecten voor deze filters."
      />
      <CursorPagination connection={connection} pages={pages} label="Paginering trajecten" />
    </section>
  );
}
