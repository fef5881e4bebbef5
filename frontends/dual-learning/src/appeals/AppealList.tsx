import { useApolloClient, useQuery } from '@apollo/client/react';
import { type CsvColumn, CsvExportButton, DataTable, type DataTableColumn, FilterBar, SelectField, type SortState, StatusBadge } from '@werkplek/ui';
import { AreaLink, CursorPagination, fetchAllPages, formatDate, useListQuery, type ListQuery, SORT_PARAM, useDraftFromQuery, useListPages } from '@werkplek/frontend-kit';
import type { AppealDecisionType, AppealFilter, AppealSort, AppealStatus, DualLearningAppealsQuery } from '../gql/graphql.js';
import { appealDecisionTypeLabels, appealStatusLabels, label, options } from '../shared/labels.js';
import { APPEALS_QUERY } from './appeals.operations.js';

type AppealRow = DualLearningAppealsQuery['appeals']['nodes'][number];

const columns: readonly DataTableColumn<AppealRow>[] = [
  { key: 'number', header: 'Beroep', rowHeader: true, render: (row) => <AreaLink to={`beroepen/${row.id}`}>{`Beroep ${row.number}`}</AreaLink> },
  { key: 'type', header: 'Tegen', render: (row) => label(appealDecisionTypeLabels, row.decisionType) },
  { key: 'workplace', header: 'Werkplek', render: (row) => row.workplace?.name ?? '' },
  { key: 'status', header: 'Status', render: (row) => label(appealStatusLabels, row.status) },
  { key: 'handler', header: 'Dossierbehandelaar', render: (row) => row.caseHandlerName ?? '' },
  { key: 'session', header: 'Zitting', render: (row) => formatDate(row.sessionOn) },
  { key: 'lodged', header: 'Ingediend', sortKey: 'lodged', render: (row) => formatDate(row.lodgedOn) },
  {
    key: 'due',
    header: 'Eindbeslissing uiterlijk (60 dagen)',
    sortKey: 'due',
    render: (row) => (
      <>
        {formatDate(row.decisionDueOn)}
        {row.decisionOverdue && (
          <>
            {' '}
            <StatusBadge tone="error">Termijn overschreden</StatusBadge>
          </>
        )}
      </>
    ),
  },
];

const csvColumns: readonly CsvColumn<AppealRow>[] = [
  { header: 'Beroep', value: (row) => row.number },
  { header: 'Tegen', value: (row) => label(appealDecisionTypeLabels, row.decisionType) },
  { header: 'Werkplek', value: (row) => row.workplace?.name ?? '' },
  { header: 'Status', value: (row) => label(appealStatusLabels, row.status) },
  { header: 'Ingediend', value: (row) => row.lodgedOn },
  { header: 'Eindbeslissing uiterlijk', value: (row) => row.decisionDueOn },
  { header: 'Beslist op', value: (row) => row.decidedOn ?? '' },
  { header: 'Termijn overschreden', value: (row) => (row.decisionOverdue ? 'ja' : 'nee') },
];

interface Filters {
  status: AppealStatus | '';
  decisionType: AppealDecisionType | '';
  overdue: 'ja' | '';
}
const emptyFilters: Filters = { status: '', decisionType: '', overdue: '' };
const appealStatuses = Object.keys(appealStatusLabels) as AppealStatus[];
const decisionTypes = Object.keys(appealDecisionTypeLabels) as AppealDecisionType[];
const appealSorts: readonly AppealSort[] = ['DECISION_DUE_ON_ASC', 'LODGED_ON_DESC'];
const DEFAULT_APPEAL_SORT: AppealSort = 'DECISION_DUE_ON_ASC';

/** `?status=LODGED&tegen=RECOGNITION_DECISION&te-laat=ja&sortering=LODGED_ON_DESC`. */
function filtersOf(query: ListQuery): Filters {
  return {
    status: query.getOneOf('status', appealStatuses) ?? '',
    decisionType: query.getOneOf('tegen', decisionTypes) ?? '',
    overdue: query.getOneOf('te-laat', ['ja'] as const) ?? '',
  };
}
const toQuery = (filters: Filters) => ({ status: filters.status, tegen: filters.decisionType, 'te-laat': filters.overdue });

/** Appeals to the appeals commission with the 60-day term for the final decision (BR-44). */
export function AppealList() {
  const client = useApolloClient();
  const query = useListQuery();
  const applied = filtersOf(query);
  const [draft, setDraft] = useDraftFromQuery(query, () => filtersOf(query));
  const sort = query.getOneOf(SORT_PARAM, appealSorts) ?? DEFAULT_APPEAL_SORT;
  const pager = useListPages(query);
  const filter: AppealFilter = {
    ...(applied.status ? { status: applied.status } : {}),
    ...(applied.decisionType ? { decisionType: applied.decisionType } : {}),
    ...(applied.overdue ? { overdue: true } : {}),
  };
  const { data, previousData, loading, error, refetch } = useQuery(APPEALS_QUERY, { variables: { page: pager.variables, sort, filter }, notifyOnNetworkStatusChange: true });
  const connection = (data ?? previousData)?.appeals;
  const tableSort: SortState = sort === 'DECISION_DUE_ON_ASC' ? { key: 'due', direction: 'ascending' } : { key: 'lodged', direction: 'descending' };
  const filtered = Object.keys(filter).length > 0;

  return (
    <>
      <FilterBar label="Beroepen filteren" onSearch={() => query.update(toQuery(draft))} onClear={() => { setDraft(emptyFilters); query.update(toQuery(emptyFilters)); }}>
        <SelectField label="Status" placeholder="Alle statussen" options={options(appealStatusLabels)} value={draft.status} onChange={(event) => setDraft({ ...draft, status: event.target.value as AppealStatus | '' })} />
        <SelectField label="Beroep tegen" placeholder="Alle beslissingen" options={options(appealDecisionTypeLabels)} value={draft.decisionType} onChange={(event) => setDraft({ ...draft, decisionType: event.target.value as AppealDecisionType | '' })} />
        <SelectField label="Termijn" placeholder="Alle beroepen" options={[{ value: 'ja', label: 'Geen eindbeslissing binnen 60 dagen' }]} value={draft.overdue} onChange={(event) => setDraft({ ...draft, overdue: event.target.value === 'ja' ? 'ja' : '' })} />
      </FilterBar>
      <div className="wp-dl-toolbar">
        <CsvExportButton
          fileName="beroepen.csv"
          columns={csvColumns}
          rows={() =>
            fetchAllPages(async (after) => {
              const result = await client.query({ query: APPEALS_QUERY, variables: { page: { first: 200, after }, sort, filter } });
              if (!result.data) throw result.error ?? new Error('Geen gegevens');
              return result.data.appeals;
            })
          }
        />
      </div>
      {/* The API sorts by lodging date (newest first) or by due date (soonest first): one direction each. */}
      <DataTable caption="Beroepen" columns={columns} rows={connection?.nodes ?? []} rowKey={(row) => row.id} emptyText={filtered ? 'Er zijn geen beroepen die aan de filters voldoen.' : 'Er zijn nog geen beroepen.'} sort={tableSort} onSortChange={(next) => query.update({ [SORT_PARAM]: next.key === 'due' ? 'DECISION_DUE_ON_ASC' : 'LODGED_ON_DESC' })} loading={loading} error={error} onRetry={() => void refetch()} />
      <CursorPagination connection={connection} pages={pager} label="Paginering beroepen" />
    </>
  );
}
