import { useState } from 'react';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { type CsvColumn, CsvExportButton, DataTable, type DataTableColumn, FilterBar, SelectField, type SortState, StatusBadge } from '@werkplek/ui';
import { AreaLink, CursorPagination, fetchAllPages, formatDate, isoDate, useCursorPages } from '@werkplek/frontend-kit';
import type { ApplicationFilter, ApplicationSort, ApplicationStatus, DualLearningApplicationsQuery } from '../gql/graphql.js';
import { applicationStatusLabels, applicationStatusTones, label, options } from '../shared/labels.js';
import { APPLICATIONS_QUERY, PARTNERSHIPS_QUERY } from './applications.operations.js';
import { provinceLabel } from '../provinces.js';

export type ApplicationRow = DualLearningApplicationsQuery['recognitionApplications']['nodes'][number];

/** The server sorts; the table shows the sort as DataTable's state. Due date sorts only ascending (API). */
function toServerSort(sort: SortState): ApplicationSort {
  if (sort.key === 'dueOn') return 'DUE_ON_ASC';
  return sort.direction === 'ascending' ? 'SUBMITTED_AT_ASC' : 'SUBMITTED_AT_DESC';
}
function toTableSort(sort: ApplicationSort): SortState {
  if (sort === 'DUE_ON_ASC') return { key: 'dueOn', direction: 'ascending' };
  return { key: 'submittedAt', direction: sort === 'SUBMITTED_AT_ASC' ? 'ascending' : 'descending' };
}

function DueCell({ row }: { row: ApplicationRow }) {
  return (
    <>
      {formatDate(row.dueOn)}
      {row.overdue && (
        <>
          {' '}
          <StatusBadge tone="error">Termijn overschreden</StatusBadge>
        </>
      )}
    </>
  );
}

const columns: readonly DataTableColumn<ApplicationRow>[] = [
  { key: 'reference', header: 'Aanvraag', rowHeader: true, render: (row) => <AreaLink to={`aanvragen/${row.id}`}>{row.reference}</AreaLink> },
  { key: 'workplace', header: 'Werkplek', render: (row) => `${row.workplace.name} (${row.workplace.municipality})` },
  { key: 'training', header: 'Opleiding', render: (row) => row.training.name },
  { key: 'partnership', header: 'Partnerschap', render: (row) => row.partnership.name },
  { key: 'status', header: 'Status', render: (row) => <StatusBadge tone={applicationStatusTones[row.status]}>{label(applicationStatusLabels, row.status)}</StatusBadge> },
  { key: 'submittedAt', header: 'Ingediend op', sortKey: 'submittedAt', render: (row) => formatDate(row.submittedAt) },
  { key: 'dueOn', header: 'Uiterlijk beslist (14 dagen)', sortKey: 'dueOn', render: (row) => <DueCell row={row} /> },
];

const csvColumns: readonly CsvColumn<ApplicationRow>[] = [
  { header: 'Aanvraag', value: (row) => row.reference },
  { header: 'Werkplek', value: (row) => row.workplace.name },
  { header: 'Gemeente', value: (row) => row.workplace.municipality },
  { header: 'Provincie', value: (row) => provinceLabel(row.workplace.province) },
  { header: 'Opleiding', value: (row) => row.training.name },
  { header: 'Partnerschap', value: (row) => row.partnership.name },
  { header: 'Status', value: (row) => label(applicationStatusLabels, row.status) },
  { header: 'Ingediend op', value: (row) => isoDate(row.submittedAt) },
  { header: 'Uiterlijk beslist', value: (row) => row.dueOn },
  { header: 'Termijn overschreden', value: (row) => (row.overdue ? 'ja' : 'nee') },
  { header: 'Dagen open', value: (row) => row.daysOpen },
];

interface FilterDraft {
  status: string;
  partnershipId: string;
  overdue: string;
}
const emptyDraft: FilterDraft = { status: '', partnershipId: '', overdue: '' };

function toFilter(draft: FilterDraft): ApplicationFilter {
  return {
    ...(draft.status ? { status: draft.status as ApplicationStatus } : {}),
    ...(draft.partnershipId ? { partnershipId: draft.partnershipId } : {}),
    ...(draft.overdue ? { overdue: draft.overdue === 'yes' } : {}),
  };
}

/** The inbox of recognition applications: the 14-day term, overdue flags, filters, sorting, pages, CSV. */
export function ApplicationInbox() {
  const client = useApolloClient();
  const pager = useCursorPages();
  const [draft, setDraft] = useState<FilterDraft>(emptyDraft);
  const [filter, setFilter] = useState<ApplicationFilter>({});
  const [sort, setSort] = useState<ApplicationSort>('SUBMITTED_AT_DESC');
  const partnerships = useQuery(PARTNERSHIPS_QUERY);
  const { data, previousData, loading, error, refetch } = useQuery(APPLICATIONS_QUERY, {
    variables: { page: pager.variables, sort, filter },
    notifyOnNetworkStatusChange: true,
  });
  const connection = (data ?? previousData)?.recognitionApplications;

  function search() {
    setFilter(toFilter(draft));
    pager.reset();
  }
  function clear() {
    setDraft(emptyDraft);
    setFilter({});
    pager.reset();
  }

  return (
    <>
      <FilterBar label="Aanvragen filteren" onSearch={search} onClear={clear}>
        <SelectField
          label="Status"
          placeholder="Alle statussen"
          options={options(applicationStatusLabels)}
          value={draft.status}
          onChange={(event) => setDraft({ ...draft, status: event.target.value })}
        />
        <SelectField
          label="Partnerschap"
          placeholder="Alle partnerschappen"
          options={(partnerships.data?.partnerships ?? []).map((p) => ({ value: p.id, label: p.name }))}
          value={draft.partnershipId}
          onChange={(event) => setDraft({ ...draft, partnershipId: event.target.value })}
        />
        <SelectField
          label="Termijn"
          placeholder="Alle aanvragen"
          options={[
            { value: 'yes', label: 'Termijn overschreden' },
            { value: 'no', label: 'Binnen de termijn of beslist' },
          ]}
          value={draft.overdue}
          onChange={(event) => setDraft({ ...draft, overdue: event.target.value })}
        />
      </FilterBar>
      <div className="wp-dl-toolbar">
        <CsvExportButton
          fileName="erkenningsaanvragen.csv"
          columns={csvColumns}
          rows={() =>
            fetchAllPages(async (after) => {
              const result = await client.query({ query: APPLICATIONS_QUERY, variables: { page: { first: 200, after }, sort, filter } });
              if (!result.data) throw result.error ?? new Error('Geen gegevens');
              return result.data.recognitionApplications;
            })
          }
        />
      </div>
      <DataTable
        caption="Erkenningsaanvragen"
        columns={columns}
        rows={connection?.nodes ?? []}
        rowKey={(row) => row.id}
        emptyText="Er zijn geen aanvragen die aan de filters voldoen."
        sort={toTableSort(sort)}
        onSortChange={(next) => {
          setSort(toServerSort(next));
          pager.reset();
        }}
        loading={loading}
        error={error}
        onRetry={() => void refetch()}
      />
      <CursorPagination connection={connection} pages={pager} />
    </>
  );
}
