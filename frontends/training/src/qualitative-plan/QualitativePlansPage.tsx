import { useApolloClient, useQuery } from '@apollo/client/react';
import { CsvExportButton, DataTable, FilterBar, NumberField, SelectField, type CsvColumn, type DataTableColumn } from '@werkplek/ui';
import { AreaLink, CursorPagination, SectionHeader, fetchAllPages, formatDate, isCentreUser, isoDate, useListQuery, type ListQuery, type User, SORT_PARAM, sortStateOf, sortValueOf, sortValuesOf, useDraftFromQuery, useListPages, yearFromQuery } from '@werkplek/frontend-kit';
import type { QualitativePlanSort, QualitativePlanStatus, QualitativePlansQuery } from '../gql/graphql.js';
import { optionsOf, qualitativePlanStatusLabels } from '../shared/labels.js';
import { DraftQualitativePlanForm } from './DraftQualitativePlanForm.js';
import { QUALITATIVE_PLANS_QUERY } from './qualitativePlans.operations.js';

type Plan = QualitativePlansQuery['qualitativePlans']['nodes'][number];
interface Filters {
  year: string;
  status: '' | QualitativePlanStatus;
}
const empty: Filters = { year: '', status: '' };
const planStatuses = Object.keys(qualitativePlanStatusLabels) as QualitativePlanStatus[];
const planSorts: QualitativePlanSort[] = sortValuesOf(['YEAR', 'CENTRE', 'STATUS'] as const);
export const DEFAULT_QUALITATIVE_PLAN_SORT: QualitativePlanSort = 'YEAR_DESC';

/** `?jaar=2019&status=SUBMITTED&sortering=CENTRE_ASC`. */
const filtersOf = (query: ListQuery): Filters => ({ year: yearFromQuery(query, 'jaar'), status: query.getOneOf('status', planStatuses) ?? '' });
const toQuery = (filters: Filters) => ({ jaar: filters.year, status: filters.status });

const columns: readonly DataTableColumn<Plan>[] = [
  {
    key: 'plan',
    header: 'Kwalitatief jaarplan',
    rowHeader: true,
    sortKey: 'CENTRE',
    render: (row) => <AreaLink to={`/kwalitatieve-jaarplannen/${encodeURIComponent(row.id)}`}>{`${row.centre.name} ${row.year}`}</AreaLink>,
  },
  { key: 'year', header: 'Jaar', sortKey: 'YEAR', render: (row) => String(row.year) },
  { key: 'status', header: 'Status', sortKey: 'STATUS', render: (row) => qualitativePlanStatusLabels[row.status] },
  { key: 'submitted', header: 'Ingediend op', render: (row) => formatDate(row.submittedAt) },
  { key: 'assessed', header: 'Beoordeeld op', render: (row) => formatDate(row.assessedAt) },
];

const csvColumns: readonly CsvColumn<Plan>[] = [
  { header: 'Opleidingscentrum', value: (row) => row.centre.name },
  { header: 'Jaar', value: (row) => row.year },
  { header: 'Status', value: (row) => qualitativePlanStatusLabels[row.status] },
  { header: 'Ingediend op', value: (row) => isoDate(row.submittedAt) },
  { header: 'Beoordeeld op', value: (row) => isoDate(row.assessedAt) },
];

/** The qualitative annual plans (a centre: its own, which it drafts here), per year. */
export function QualitativePlansPage({ user }: { user?: User | undefined } = {}) {
  const client = useApolloClient();
  const query = useListQuery();
  const filters = filtersOf(query);
  const [draft, setDraft] = useDraftFromQuery(query, () => filtersOf(query));
  const sort = query.getOneOf(SORT_PARAM, planSorts) ?? DEFAULT_QUALITATIVE_PLAN_SORT;
  const pages = useListPages(query);
  const filter = { ...(filters.year ? { year: Number(filters.year) } : {}), ...(filters.status ? { status: filters.status } : {}) };
  const { data, previousData, loading, error, refetch } = useQuery(QUALITATIVE_PLANS_QUERY, { variables: { filter, sort, page: pages.variables } });
  const connection = (data ?? previousData)?.qualitativePlans;
  const rows = connection?.nodes ?? [];
  const apply = (next: Filters) => query.update(toQuery(next));
  return (
    <section>
      <SectionHeader title="Kwalitatieve jaarplannen" description="Het kwalitatief jaarplan per rubriek, met de beoordeling en de realisatie." />
      <FilterBar label="Kwalitatieve jaarplannen filteren" onSearch={() => apply(draft)} onClear={() => { setDraft(empty); apply(empty); }}>
        <NumberField label="Jaar" value={draft.year} onChange={(event) => setDraft({ ...draft, year: event.target.value })} />
        <SelectField label="Status" placeholder="Alle statussen" options={optionsOf(qualitativePlanStatusLabels)} value={draft.status} onChange={(event) => setDraft({ ...draft, status: event.target.value as Filters['status'] })} />
      </FilterBar>
      <div className="wp-training__list-actions">
        <CsvExportButton
          fileName="kwalitatieve-jaarplannen.csv"
          columns={csvColumns}
          rows={() =>
            fetchAllPages(async (after) => {
              const result = await client.query({ query: QUALITATIVE_PLANS_QUERY, variables: { filter, sort, page: { first: 100, ...(after ? { after } : {}) } } });
              if (!result.data) throw new Error('Geen gegevens');
              return result.data.qualitativePlans;
            })
          }
        />
      </div>
      <DataTable caption="Kwalitatieve jaarplannen" columns={columns} rows={rows} rowKey={(row) => row.id} sort={sortStateOf(sort)} onSortChange={(next) => query.update({ [SORT_PARAM]: sortValueOf(next) })} loading={loading} error={error} onRetry={() => void refetch()} emptyText="Geen kwalitatieve jaarplannen voor deze filters." />
      <CursorPagination connection={connection} pages={pages} label="Paginering kwalitatieve jaarplannen" />
      {/* Only a centre drafts its own plan (qualitative-plan.md); the plan is usually made for the coming year. */}
      {isCentreUser(user) && <DraftQualitativePlanForm defaultYear={new Date().getFullYear() + 1} />}
    </section>
  );
}
