import { useApolloClient, useQuery } from '@apollo/client/react';
import { type CsvColumn, CsvExportButton, DataTable, type DataTableColumn, FilterBar, SelectField, type SortState, StatusBadge } from '@werkplek/ui';
import { AreaLink, CursorPagination, fetchAllPages, formatDate, useListQuery, type ListQuery, SORT_PARAM, useDraftFromQuery, useListPages } from '@werkplek/frontend-kit';
import type { ComplaintFilter, ComplaintSort, ComplaintStatus, DualLearningComplaintsQuery } from '../gql/graphql.js';
import { PARTNERSHIPS_QUERY } from '../applications/applications.operations.js';
import { complaintStatusLabels, label, options } from '../shared/labels.js';
import { COMPLAINTS_QUERY } from './complaints.operations.js';

type ComplaintRow = DualLearningComplaintsQuery['complaints']['nodes'][number];

function Deadline({ date, overdue, text }: { date: string; overdue: boolean; text: string }) {
  return (
    <>
      {formatDate(date)}
      {overdue && (
        <>
          {' '}
          <StatusBadge tone="error">{text}</StatusBadge>
        </>
      )}
    </>
  );
}

const columns: readonly DataTableColumn<ComplaintRow>[] = [
  { key: 'number', header: 'Nummer', rowHeader: true, render: (row) => <AreaLink to={`klachten/${row.id}`}>{`${row.kind === 'REPORT' ? 'Melding' : 'Klacht'} ${row.number}`}</AreaLink> },
  { key: 'subject', header: 'Onderwerp', render: (row) => row.subject },
  { key: 'submitter', header: 'Indiener', render: (row) => row.submitterName },
  { key: 'partnership', header: 'Partnerschap', render: (row) => row.partnership?.name ?? 'Agentschap' },
  { key: 'status', header: 'Status', render: (row) => label(complaintStatusLabels, row.status) },
  { key: 'received', header: 'Ontvangen', sortKey: 'received', render: (row) => formatDate(row.receivedOn) },
  { key: 'ack', header: 'Ontvangst bevestigen (10 dagen)', render: (row) => <Deadline date={row.acknowledgeDueOn} overdue={row.acknowledgeOverdue} text="Te laat" /> },
  { key: 'close', header: 'Afsluiten (45 dagen)', sortKey: 'close', render: (row) => <Deadline date={row.closeDueOn} overdue={row.closeOverdue} text="Termijn overschreden" /> },
];

const csvColumns: readonly CsvColumn<ComplaintRow>[] = [
  { header: 'Nummer', value: (row) => row.number },
  { header: 'Soort', value: (row) => (row.kind === 'REPORT' ? 'Melding' : 'Klacht') },
  { header: 'Onderwerp', value: (row) => row.subject },
  { header: 'Indiener', value: (row) => row.submitterName },
  { header: 'Partnerschap', value: (row) => row.partnership?.name ?? '' },
  { header: 'Status', value: (row) => label(complaintStatusLabels, row.status) },
  { header: 'Ontvangen', value: (row) => row.receivedOn },
  { header: 'Ontvangst bevestigen uiterlijk', value: (row) => row.acknowledgeDueOn },
  { header: 'Afsluiten uiterlijk', value: (row) => row.closeDueOn },
  { header: 'Afsluiting over tijd', value: (row) => (row.closeOverdue ? 'ja' : 'nee') },
];

function toServerSort(sort: SortState): ComplaintSort {
  if (sort.key === 'close') return 'CLOSE_DUE_ON_ASC';
  return sort.direction === 'ascending' ? 'RECEIVED_ON_ASC' : 'RECEIVED_ON_DESC';
}
function toTableSort(sort: ComplaintSort): SortState {
  if (sort === 'CLOSE_DUE_ON_ASC') return { key: 'close', direction: 'ascending' };
  return { key: 'received', direction: sort === 'RECEIVED_ON_ASC' ? 'ascending' : 'descending' };
}

interface Filters {
  status: ComplaintStatus | '';
  partnershipId: string;
  overdue: Overdue | '';
}
const emptyFilters: Filters = { status: '', partnershipId: '', overdue: '' };
const complaintStatuses = Object.keys(complaintStatusLabels) as ComplaintStatus[];
/** `te-laat=bevestiging`: acknowledgement not within 10 days (BR-46); `te-laat=afsluiting`: not closed in 45 (BR-47). */
const OVERDUE = ['bevestiging', 'afsluiting'] as const;
type Overdue = (typeof OVERDUE)[number];
const complaintSorts: readonly ComplaintSort[] = ['CLOSE_DUE_ON_ASC', 'RECEIVED_ON_DESC', 'RECEIVED_ON_ASC'];
const DEFAULT_COMPLAINT_SORT: ComplaintSort = 'CLOSE_DUE_ON_ASC';

/** `?status=RECEIVED&partnerschap=<id>&te-laat=bevestiging&sortering=RECEIVED_ON_DESC`. */
function filtersOf(query: ListQuery): Filters {
  return {
    status: query.getOneOf('status', complaintStatuses) ?? '',
    partnershipId: query.get('partnerschap') ?? '',
    overdue: query.getOneOf('te-laat', OVERDUE) ?? '',
  };
}
const toQuery = (filters: Filters) => ({ status: filters.status, partnerschap: filters.partnershipId, 'te-laat': filters.overdue });

/** Complaints and reports with their terms: acknowledgement in 10 days (BR-46), closure in 45 (BR-47). */
export function ComplaintList() {
  const client = useApolloClient();
  const query = useListQuery();
  const applied = filtersOf(query);
  const [draft, setDraft] = useDraftFromQuery(query, () => filtersOf(query));
  const sort = query.getOneOf(SORT_PARAM, complaintSorts) ?? DEFAULT_COMPLAINT_SORT;
  const pager = useListPages(query);
  const filter: ComplaintFilter = {
    ...(applied.status ? { status: applied.status } : {}),
    ...(applied.partnershipId ? { partnershipId: applied.partnershipId } : {}),
    ...(applied.overdue === 'bevestiging' ? { overdueAcknowledgement: true } : {}),
    ...(applied.overdue === 'afsluiting' ? { overdueClosure: true } : {}),
  };
  const partnerships = useQuery(PARTNERSHIPS_QUERY);
  const { data, previousData, loading, error, refetch } = useQuery(COMPLAINTS_QUERY, { variables: { page: pager.variables, sort, filter }, notifyOnNetworkStatusChange: true });
  const connection = (data ?? previousData)?.complaints;
  const filtered = Object.keys(filter).length > 0;

  return (
    <>
      <FilterBar label="Klachten filteren" onSearch={() => query.update(toQuery(draft))} onClear={() => { setDraft(emptyFilters); query.update(toQuery(emptyFilters)); }}>
        <SelectField label="Status" placeholder="Alle statussen" options={options(complaintStatusLabels)} value={draft.status} onChange={(event) => setDraft({ ...draft, status: event.target.value as ComplaintStatus | '' })} />
        <SelectField label="Partnerschap" placeholder="Alle partnerschappen" options={(partnerships.data?.partnerships ?? []).map((p) => ({ value: p.id, label: p.name }))} value={draft.partnershipId} onChange={(event) => setDraft({ ...draft, partnershipId: event.target.value })} />
        <SelectField label="Termijn" placeholder="Alle klachten" options={[{ value: 'bevestiging', label: 'Ontvangst niet tijdig bevestigd' }, { value: 'afsluiting', label: 'Niet afgesloten binnen 45 dagen' }]} value={draft.overdue} onChange={(event) => setDraft({ ...draft, overdue: event.target.value as Overdue | '' })} />
      </FilterBar>
      <div className="wp-dl-toolbar">
        <CsvExportButton
          fileName="klachten.csv"
          columns={csvColumns}
          rows={() =>
            fetchAllPages(async (after) => {
              const result = await client.query({ query: COMPLAINTS_QUERY, variables: { page: { first: 200, after }, sort, filter } });
              if (!result.data) throw result.error ?? new Error('Geen gegevens');
              return result.data.complaints;
            })
          }
        />
      </div>
      <DataTable caption="Klachten en meldingen" columns={columns} rows={connection?.nodes ?? []} rowKey={(row) => row.id} emptyText={filtered ? 'Er zijn geen klachten die aan de filters voldoen.' : 'Er zijn nog geen klachten of meldingen.'} sort={toTableSort(sort)} onSortChange={(next) => query.update({ [SORT_PARAM]: toServerSort(next) })} loading={loading} error={error} onRetry={() => void refetch()} />
      <CursorPagination connection={connection} pages={pager} label="Paginering klachten" />
    </>
  );
}
