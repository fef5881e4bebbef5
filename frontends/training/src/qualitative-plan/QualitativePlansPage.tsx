import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { CsvExportButton, DataTable, FilterBar, NumberField, SelectField, sortRows, type CsvColumn, type DataTableColumn, type SortState } from '@werkplek/ui';
import { AreaLink, CursorPagination, SectionHeader, formatDate, isCentreUser, isoDate, useCursorPages, type User } from '@werkplek/frontend-kit';
import type { QualitativePlanStatus, QualitativePlansQuery } from '../gql/graphql.js';
import { optionsOf, qualitativePlanStatusLabels } from '../shared/labels.js';
import { DraftQualitativePlanForm } from './DraftQualitativePlanForm.js';
import { QUALITATIVE_PLANS_QUERY } from './qualitativePlans.operations.js';

type Plan = QualitativePlansQuery['qualitativePlans']['nodes'][number];
interface Filters {
  year: string;
  status: '' | QualitativePlanStatus;
}
const empty: Filters = { year: '', status: '' };

const columns: readonly DataTableColumn<Plan>[] = [
  {
    key: 'plan',
    header: 'Kwalitatief jaarplan',
    rowHeader: true,
    sortKey: 'plan',
    sortValue: (row) => row.centre.name,
    render: (row) => <AreaLink to={`/kwalitatieve-jaarplannen/${encodeURIComponent(row.id)}`}>{`${row.centre.name} ${row.year}`}</AreaLink>,
  },
  { key: 'year', header: 'Jaar', sortKey: 'year', sortValue: (row) => row.year, render: (row) => String(row.year) },
  { key: 'status', header: 'Status', sortKey: 'status', sortValue: (row) => row.status, render: (row) => qualitativePlanStatusLabels[row.status] },
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
  const [draft, setDraft] = useState<Filters>(empty);
  const [filters, setFilters] = useState<Filters>(empty);
  const [sort, setSort] = useState<SortState | undefined>();
  const pages = useCursorPages();
  const filter = { ...(filters.year ? { year: Number(filters.year) } : {}), ...(filters.status ? { status: filters.status } : {}) };
  const { data, previousData, loading, error, refetch } = useQuery(QUALITATIVE_PLANS_QUERY, { variables: { filter, page: pages.variables } });
  const connection = (data ?? previousData)?.qualitativePlans;
  const rows = sortRows(connection?.nodes ?? [], columns, sort);
  const apply = (next: Filters) => {
    setFilters(next);
    pages.reset();
  };
  return (
    <section>
      <SectionHeader title="Kwalitatieve jaarplannen" description="Het kwalitatief jaarplan per rubriek, met de beoordeling en de realisatie." />
      <FilterBar label="Kwalitatieve jaarplannen filteren" onSearch={() => apply(draft)} onClear={() => { setDraft(empty); apply(empty); }}>
        <NumberField label="Jaar" value={draft.year} onChange={(event) => setDraft({ ...draft, year: event.target.value })} />
        <SelectField label="Status" placeholder="Alle statussen" options={optionsOf(qualitativePlanStatusLabels)} value={draft.status} onChange={(event) => setDraft({ ...draft, status: event.target.value as Filters['status'] })} />
      </FilterBar>
      <div className="wp-training__list-actions">
        {/* The export holds the page shown: these lists are a handful of plans per year. */}
        <CsvExportButton fileName="kwalitatieve-jaarplannen.csv" columns={csvColumns} rows={rows} />
      </div>
      <DataTable caption="Kwalitatieve jaarplannen" columns={columns} rows={rows} rowKey={(row) => row.id} sort={sort} onSortChange={setSort} loading={loading} error={error} onRetry={() => void refetch()} emptyText="Geen kwalitatieve jaarplannen voor deze filters." />
      <CursorPagination connection={connection} pages={pages} label="Paginering kwalitatieve jaarplannen" />
      {/* Only a centre drafts its own plan (qualitative-plan.md); the plan is usually made for the coming year. */}
      {isCentreUser(user) && <DraftQualitativePlanForm defaultYear={new Date().getFullYear() + 1} />}
    </section>
  );
}
