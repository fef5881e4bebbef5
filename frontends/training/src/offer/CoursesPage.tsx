import { useApolloClient, useQuery } from '@apollo/client/react';
import { CsvExportButton, DataTable, FilterBar, NumberField, SelectField, StatusBadge, type CsvColumn, type DataTableColumn } from '@werkplek/ui';
import { CursorPagination, SectionHeader, fetchAllPages, formatDate, useListQuery, type ListQuery, SORT_PARAM, sortStateOf, sortValueOf, sortValuesOf, useDraftFromQuery, useListPages, yearFromQuery } from '@werkplek/frontend-kit';
import type { CourseSort, CourseStatus, CoursesQuery } from '../gql/graphql.js';
import { courseStatusLabels, optionsOf } from '../shared/labels.js';
import { COURSES_QUERY } from './offer.operations.js';

type Course = CoursesQuery['courses']['nodes'][number];
interface Filters {
  courseYear: string;
  status: '' | CourseStatus;
}
const empty: Filters = { courseYear: '', status: '' };
const courseStatuses = Object.keys(courseStatusLabels) as CourseStatus[];
const courseSorts: CourseSort[] = sortValuesOf(['REQUESTED_ON', 'MODULE', 'CENTRE', 'COURSE_YEAR', 'STATUS', 'STARTED_ON'] as const);
export const DEFAULT_COURSE_SORT: CourseSort = 'REQUESTED_ON_DESC';

/** `?jaar=2018&status=STARTED&sortering=MODULE_ASC`. */
const filtersOf = (query: ListQuery): Filters => ({ courseYear: yearFromQuery(query, 'jaar'), status: query.getOneOf('status', courseStatuses) ?? '' });
const toQuery = (filters: Filters) => ({ jaar: filters.courseYear, status: filters.status });

const columns: readonly DataTableColumn<Course>[] = [
  { key: 'module', header: 'Module', rowHeader: true, sortKey: 'MODULE', render: (row) => `${row.module.name} (${row.module.code})` },
  { key: 'centre', header: 'Centrum', sortKey: 'CENTRE', render: (row) => row.centre.name },
  { key: 'location', header: 'Lesplaats', render: (row) => (row.teachingLocation ? `${row.teachingLocation.name}, ${row.teachingLocation.municipality}` : '–') },
  { key: 'year', header: 'Cursusjaar', sortKey: 'COURSE_YEAR', render: (row) => `${row.courseYear}-${row.courseYear + 1}` },
  { key: 'requested', header: 'Aangevraagd op', sortKey: 'REQUESTED_ON', render: (row) => formatDate(row.requestedOn) },
  { key: 'status', header: 'Status', sortKey: 'STATUS', render: (row) => <StatusBadge tone={row.status === 'STARTED' ? 'success' : row.status === 'CANCELLED' ? 'warning' : 'info'}>{courseStatusLabels[row.status]}</StatusBadge> },
  { key: 'started', header: 'Gestart op', sortKey: 'STARTED_ON', render: (row) => formatDate(row.startedOn) },
  { key: 'realised', header: 'Gerealiseerd (15 november)', render: (row) => (row.realised ? 'Ja' : 'Nee') },
];

const csvColumns: readonly CsvColumn<Course>[] = [
  { header: 'Module', value: (row) => row.module.name },
  { header: 'Modulecode', value: (row) => row.module.code },
  { header: 'Centrum', value: (row) => row.centre.name },
  { header: 'Cursusjaar', value: (row) => row.courseYear },
  { header: 'Status', value: (row) => courseStatusLabels[row.status] },
  { header: 'Aangevraagd op', value: (row) => row.requestedOn },
  { header: 'Gestart op', value: (row) => row.startedOn ?? '' },
  { header: 'Capaciteit', value: (row) => row.capacity },
  { header: 'Gerealiseerd', value: (row) => (row.realised ? 'ja' : 'nee') },
];

/**
 * Courses (centre users: their own centre, the API filters), latest requested first; the API sorts the whole list.
 * Filter and sort live in the URL (useListQuery), so a filtered list can be bookmarked and Back undoes a change.
 */
export function CoursesPage() {
  const client = useApolloClient();
  const query = useListQuery();
  const filters = filtersOf(query);
  const [draft, setDraft] = useDraftFromQuery(query, () => filtersOf(query));
  const sort = query.getOneOf(SORT_PARAM, courseSorts) ?? DEFAULT_COURSE_SORT;
  const pages = useListPages(query);
  const filter = {
    ...(filters.courseYear ? { courseYear: Number(filters.courseYear) } : {}),
    ...(filters.status ? { status: filters.status } : {}),
  };
  const { data, previousData, loading, error, refetch } = useQuery(COURSES_QUERY, { variables: { filter, sort, page: pages.variables } });
  const connection = (data ?? previousData)?.courses;
  const apply = (next: Filters) => query.update(toQuery(next));
  return (
    <section>
      <SectionHeader title="Cursussen" description="De aangevraagde cursussen per module, centrum en cursusjaar; eerst de laatst aangevraagde." />
      <FilterBar label="Cursussen filteren" onSearch={() => apply(draft)} onClear={() => { setDraft(empty); apply(empty); }}>
        <NumberField label="Cursusjaar" hint="Het eerste kalenderjaar, bv. 2018 voor 2018-2019." value={draft.courseYear} onChange={(event) => setDraft({ ...draft, courseYear: event.target.value })} />
        <SelectField label="Status" placeholder="Alle statussen" options={optionsOf(courseStatusLabels)} value={draft.status} onChange={(event) => setDraft({ ...draft, status: event.target.value as Filters['status'] })} />
      </FilterBar>
      <div className="wp-training__list-actions">
        <CsvExportButton
          fileName="cursussen.csv"
          columns={csvColumns}
          rows={() =>
            fetchAllPages(async (after) => {
              const result = await client.query({ query: COURSES_QUERY, variables: { filter, sort, page: { first: 100, ...(after ? { after } : {}) } } });
              if (!result.data) throw new Error('Geen gegevens');
              return result.data.courses;
            })
          }
        />
      </div>
      <DataTable caption="Cursussen" columns={columns} rows={connection?.nodes ?? []} rowKey={(row) => row.id} sort={sortStateOf(sort)} onSortChange={(next) => query.update({ [SORT_PARAM]: sortValueOf(next) })} loading={loading} error={error} onRetry={() => void refetch()} emptyText="Geen cursussen voor deze filters." />
      <CursorPagination connection={connection} pages={pages} label="Paginering cursussen" />
    </section>
  );
}
