import { useApolloClient, useQuery } from '@apollo/client/react';
import { type CsvColumn, CsvExportButton, DataTable, type DataTableColumn, FilterBar, SelectField, type SortState, StatusBadge } from '@werkplek/ui';
import { AreaLink, CursorPagination, fetchAllPages, formatDate, isoDate, useListQuery, type ListQuery, SORT_PARAM, YES_NO, type YesNo, useDraftFromQuery, useListPages, yesNoFilter } from '@werkplek/frontend-kit';
import type { ApplicationFilter, ApplicationSort, ApplicationStatus, DualLearningApplicationsQuery, Province } from '../gql/graphql.js';
import { applicationStatusLabels, applicationStatusTones, label, options } from '../shared/labels.js';
import { APPLICATIONS_QUERY, PARTNERSHIPS_QUERY } from './applications.operations.js';
import { provinceLabel, provinceOptions } from '../provinces.js';

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

interface Filters {
  statuses: ApplicationStatus[];
  partnershipId: string;
  province: Province | '';
  overdue: YesNo | '';
}
const emptyFilters: Filters = { statuses: [], partnershipId: '', province: '', overdue: '' };
const applicationStatuses = Object.keys(applicationStatusLabels) as ApplicationStatus[];
const applicationSorts: readonly ApplicationSort[] = ['SUBMITTED_AT_DESC', 'SUBMITTED_AT_ASC', 'DUE_ON_ASC'];
const provinces = provinceOptions.map((option) => option.value);
export const DEFAULT_APPLICATION_SORT: ApplicationSort = 'SUBMITTED_AT_DESC';

/**
 * `?status=SUBMITTED&status=IN_PROGRESS&partnerschap=<id>&provincie=LIMBURG&te-laat=ja&sortering=DUE_ON_ASC`: the
 * shell's work queue links here with the undecided statuses; the list shows applications in any of them (`statuses`).
 */
function filtersOf(query: ListQuery): Filters {
  return {
    statuses: query.getAllOf('status', applicationStatuses),
    partnershipId: query.get('partnerschap') ?? '',
    province: query.getOneOf('provincie', provinces) ?? '',
    overdue: query.getOneOf('te-laat', YES_NO) ?? '',
  };
}
const toQuery = (filters: Filters) => ({ status: filters.statuses, partnerschap: filters.partnershipId, provincie: filters.province, 'te-laat': filters.overdue });

function toFilter(filters: Filters): ApplicationFilter {
  const overdue = yesNoFilter(filters.overdue);
  return {
    ...(filters.statuses.length > 0 ? { statuses: filters.statuses } : {}),
    ...(filters.partnershipId ? { partnershipId: filters.partnershipId } : {}),
    ...(filters.province ? { province: filters.province } : {}),
    ...(overdue !== undefined ? { overdue } : {}),
  };
}

/** The undecided statuses (the API's `open: true`): the shell's work queue links with these four. */
const undecidedStatuses: readonly ApplicationStatus[] = ['SUBMITTED', 'INCOMPLETE', 'IN_PROGRESS', 'ON_HOLD'];
/** The status select's values besides the statuses themselves (lower case, so never an API enum value). */
const UNDECIDED = 'nog-niet-beslist';
const COMBINATION = 'combinatie';

/**
 * The status select's value for a set of statuses: one status, "Nog niet beslist" for the four undecided ones, or
 * the combination the URL holds (e.g. a bookmark with two statuses), shown as its own option ("Ingediend of In wacht").
 */
function statusChoiceOf(statuses: readonly ApplicationStatus[]): string {
  if (statuses.length === 0) return '';
  if (statuses.length === 1) return statuses[0] ?? '';
  const same = (a: readonly ApplicationStatus[], b: readonly ApplicationStatus[]) => a.length === b.length && a.every((status) => b.includes(status));
  return same(statuses, undecidedStatuses) ? UNDECIDED : COMBINATION;
}

/** The inbox of recognition applications: the 14-day term, overdue flags, filters, sorting, pages, CSV. */
export function ApplicationInbox() {
  const client = useApolloClient();
  const query = useListQuery();
  const filters = filtersOf(query);
  const [draft, setDraft] = useDraftFromQuery(query, () => filtersOf(query));
  const sort = query.getOneOf(SORT_PARAM, applicationSorts) ?? DEFAULT_APPLICATION_SORT;
  const pager = useListPages(query);
  const filter = toFilter(filters);
  const partnerships = useQuery(PARTNERSHIPS_QUERY);
  const { data, previousData, loading, error, refetch } = useQuery(APPLICATIONS_QUERY, {
    variables: { page: pager.variables, sort, filter },
    notifyOnNetworkStatusChange: true,
  });
  const connection = (data ?? previousData)?.recognitionApplications;
  const filtered = Object.keys(filter).length > 0;

  const statusChoice = statusChoiceOf(draft.statuses);
  // The URL's own combination (a bookmark, another link) stays choosable, so the form never claims a different filter.
  const urlStatuses = filters.statuses;
  const statusOptions = [
    { value: UNDECIDED, label: `Nog niet beslist (${undecidedStatuses.map((status) => applicationStatusLabels[status].toLowerCase()).join(', ')})` },
    ...(statusChoiceOf(urlStatuses) === COMBINATION ? [{ value: COMBINATION, label: urlStatuses.map((status) => applicationStatusLabels[status]).join(' of ') }] : []),
    ...options(applicationStatusLabels),
  ];
  const chooseStatus = (value: string) =>
    setDraft({
      ...draft,
      statuses:
        value === UNDECIDED ? [...undecidedStatuses] : value === COMBINATION ? urlStatuses : applicationStatuses.filter((status) => status === value),
    });

  return (
    <>
      <FilterBar label="Aanvragen filteren" onSearch={() => query.update(toQuery(draft))} onClear={() => { setDraft(emptyFilters); query.update(toQuery(emptyFilters)); }}>
        <SelectField label="Status" placeholder="Alle statussen" options={statusOptions} value={statusChoice} onChange={(event) => chooseStatus(event.target.value)} />
        <SelectField
          label="Partnerschap"
          placeholder="Alle partnerschappen"
          options={(partnerships.data?.partnerships ?? []).map((p) => ({ value: p.id, label: p.name }))}
          value={draft.partnershipId}
          onChange={(event) => setDraft({ ...draft, partnershipId: event.target.value })}
        />
        <SelectField
          label="Provincie"
          placeholder="Alle provincies"
          options={provinceOptions}
          value={draft.province}
          onChange={(event) => setDraft({ ...draft, province: event.target.value as Province | '' })}
        />
        <SelectField
          label="Termijn"
          placeholder="Alle aanvragen"
          options={[
            { value: 'ja', label: 'Termijn overschreden' },
            { value: 'nee', label: 'Binnen de termijn of beslist' },
          ]}
          value={draft.overdue}
          onChange={(event) => setDraft({ ...draft, overdue: event.target.value as YesNo | '' })}
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
        emptyText={filtered ? 'Er zijn geen aanvragen die aan de filters voldoen.' : 'Er zijn nog geen aanvragen.'}
        sort={toTableSort(sort)}
        onSortChange={(next) => query.update({ [SORT_PARAM]: toServerSort(next) })}
        loading={loading}
        error={error}
        onRetry={() => void refetch()}
      />
      <CursorPagination connection={connection} pages={pager} label="Paginering aanvragen" />
    </>
  );
}
