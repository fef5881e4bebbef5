import { useState } from 'react';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { CsvExportButton, DataTable, FilterBar, NumberField, SelectField, StatusBadge, sortRows, type CsvColumn, type DataTableColumn, type SortState } from '@werkplek/ui';
import { CursorPagination, SectionHeader, fetchAllPages, formatDate, useCursorPages } from '@werkplek/frontend-kit';
import type { CourseStatus, CoursesQuery } from '../gql/graphql.js';
import { courseStatusLabels, optionsOf } from '../shared/labels.js';
import { COURSES_QUERY } from './offer.operations.js';

type Course = CoursesQuery['courses']['nodes'][number];
interface Filters {
  courseYear: string;
  status: '' | CourseStatus;
}
const empty: Filters = { courseYear: '', status: '' };

const columns: readonly DataTableColumn<Course>[] = [
  { key: 'module', header: 'Module', rowHeader: true, sortKey: 'module', sortValue: (row) => row.module.name, render: (row) => `${row.module.name} (${row.module.code})` },
  { key: 'centre', header: 'Centrum', sortKey: 'centre', sortValue: (row) => row.centre.name, render: (row) => row.centre.name },
  { key: 'location', header: 'Lesplaats', render: (row) => (row.teachingLocation ? `${row.teachingLocation.name}, ${row.teachingLocation.municipality}` : '–') },
  { key: 'year', header: 'Cursusjaar', sortKey: 'year', sortValue: (row) => row.courseYear, render: (row) => `${row.courseYear}-${row.courseYear + 1}` },
  { key: 'status', header: 'Status', sortKey: 'status', sortValue: (row) => row.status, render: (row) => <StatusBadge tone={row.status === 'STARTED' ? 'success' : row.status === 'CANCELLED' ? 'warning' : 'info'}>{courseStatusLabels[row.status]}</StatusBadge> },
  { key: 'started', header: 'Gestart op', sortKey: 'started', sortValue: (row) => row.startedOn, render: (row) => formatDate(row.startedOn) },
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

/** Courses (centre users: their own centre, the API filters), latest requested first. */
export function CoursesPage() {
  const client = useApolloClient();
  const [draft, setDraft] = useState<Filters>(empty);
  const [filters, setFilters] = useState<Filters>(empty);
  const [sort, setSort] = useState<SortState | undefined>();
  const pages = useCursorPages();
  const filter = {
    ...(filters.courseYear ? { courseYear: Number(filters.courseYear) } : {}),
    ...(filters.status ? { status: filters.status } : {}),
  };
  const { data, previousData, loading, error, refetch } = useQuery(COURSES_QUERY, { variables: { filter, page: pages.variables } });
  const connection = (data ?? previousData)?.courses;
  const apply = (next: Filters) => {
    setFilters(next);
    pages.reset();
  };
  return (
    <section>
      <SectionHeader title="Cursussen" description="Sorteren gebeurt binnen de getoonde pagina; de lijst staat op laatst aangevraagd." />
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
              const result = await client.query({ query: COURSES_QUERY, variables: { filter, page: { first: 100, ...(after ? { after } : {}) } } });
              if (!result.data) throw new Error('Geen gegevens');
              return result.data.courses;
            })
          }
        />
      </div>
      <DataTable caption="Cursussen" columns={columns} rows={sortRows(connection?.nodes ?? [], columns, sort)} rowKey={(row) => row.id} sort={sort} onSortChange={setSort} loading={loading} error={error} onRetry={() => void refetch()} emptyText="Geen cursussen voor deze filters." />
      <CursorPagination connection={connection} pages={pages} label="Paginering cursussen" />
    </section>
  );
}
