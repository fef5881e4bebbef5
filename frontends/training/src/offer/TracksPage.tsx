import { useApolloClient, useQuery } from '@apollo/client/react';
import { CsvExportButton, DataTable, FilterBar, SelectField, type CsvColumn, type DataTableColumn } from '@werkplek/ui';
import { CursorPagination, SectionHeader, fetchAllPages, formatDate, isCentreUser, useListQuery, type ListQuery, type User, SORT_PARAM, sortStateOf, useDraftFromQuery, useListPages } from '@werkplek/frontend-kit';
import type { TrackMark, TrackSort, TrackType, TracksQuery } from '../gql/graphql.js';
import { markLabels, optionsOf, trackTypeLabels } from '../shared/labels.js';
import { TRACKS_QUERY } from './offer.operations.js';

type Track = TracksQuery['tracks']['nodes'][number];
interface Filters {
  type: '' | TrackType;
  mark: '' | TrackMark;
}

const empty: Filters = { type: '', mark: '' };
const trackTypes = Object.keys(trackTypeLabels) as TrackType[];
const trackMarks = Object.keys(markLabels) as TrackMark[];
/** The API sorts each column in one direction only. */
const trackSorts: TrackSort[] = ['NAME_ASC', 'CODE_ASC', 'STARTABLE_FROM_DESC'];

/** `?soort=DUAL&kenmerk=FLEXIBLE&sortering=CODE_ASC`. */
const filtersOf = (query: ListQuery): Filters => ({ type: query.getOneOf('soort', trackTypes) ?? '', mark: query.getOneOf('kenmerk', trackMarks) ?? '' });
const toQuery = (filters: Filters) => ({ soort: filters.type, kenmerk: filters.mark });

const marksOf = (row: Track) => [...new Set(row.marks.map((grant) => markLabels[grant.mark]))].join(', ') || 'geen';

const columns: readonly DataTableColumn<Track>[] = [
  { key: 'name', header: 'Traject', rowHeader: true, sortKey: 'NAME', render: (row) => row.name },
  { key: 'code', header: 'Code', sortKey: 'CODE', render: (row) => row.code },
  { key: 'type', header: 'Soort', render: (row) => trackTypeLabels[row.type] },
  { key: 'centre', header: 'Centrum', render: (row) => row.centre?.name ?? 'Toegewezen' },
  { key: 'sector', header: 'Sector', render: (row) => row.sector.name },
  { key: 'marks', header: 'Kenmerken', render: marksOf },
  { key: 'startable', header: 'Opstartbaar vanaf', sortKey: 'STARTABLE_FROM', render: (row) => formatDate(row.startableFrom) },
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
  const query = useListQuery();
  const filters = filtersOf(query);
  const [draft, setDraft] = useDraftFromQuery(query, () => filtersOf(query));
  const sortKey = query.getOneOf(SORT_PARAM, trackSorts) ?? 'NAME_ASC';
  const pages = useListPages(query);
  const filter = {
    ...(isCentreUser(user) && user?.centreId ? { centreId: user.centreId } : {}),
    ...(filters.type ? { type: filters.type } : {}),
    ...(filters.mark ? { mark: filters.mark } : {}),
  };
  const { data, previousData, loading, error, refetch } = useQuery(TRACKS_QUERY, { variables: { filter, sort: sortKey, page: pages.variables } });
  const connection = (data ?? previousData)?.tracks;
  const apply = (next: Filters) => query.update(toQuery(next));
  return (
    <section>
      <SectionHeader title={isCentreUser(user) ? 'Trajecten van uw centrum' : 'Trajecten'} description="Het aanbod met de toegekende kenmerken en de opstartbaarheid." />
      <FilterBar label="Trajecten filteren" onSearch={() => apply(draft)} onClear={() => { setDraft(empty); apply(empty); }}>
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
        sort={sortStateOf(sortKey)}
        // The API sorts in one direction per key; a second click keeps that order rather than pretending to reverse it.
        onSortChange={(next) => query.update({ [SORT_PARAM]: trackSorts.find((value) => value.startsWith(`${next.key}_`)) })}
        loading={loading}
        error={error}
        onRetry={() => void refetch()}
        emptyText="Geen trajecten voor deze filters."
      />
      <CursorPagination connection={connection} pages={pages} label="Paginering trajecten" />
    </section>
  );
}
