import { useState } from 'react';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { type CsvColumn, CsvExportButton, DataTable, type DataTableColumn, FilterBar, SelectField, type SortState, StatusBadge } from '@werkplek/ui';
import { AreaLink, CursorPagination, fetchAllPages, formatDate, useCursorPages } from '@werkplek/frontend-kit';
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

interface Draft {
  status: string;
  partnershipId: string;
  overdue: string;
}
const emptyDraft: Draft = { status: '', partnershipId: '', overdue: '' };

/** Complaints and reports with their terms: acknowledgement in 10 days (BR-46), closure in 45 (BR-47). */
export function ComplaintList() {
  const client = useApolloClient();
  const pager = useCursorPages();
  const [draft, setDraft] = useState<Draft>(emptyDraft);
  const [filter, setFilter] = useState<ComplaintFilter>({});
  const [sort, setSort] = useState<ComplaintSort>('CLOSE_DUE_ON_ASC');
  const partnerships = useQuery(PARTNERSHIPS_QUERY);
  const { data, previousData, loading, error, refetch } = useQuery(COMPLAINTS_QUERY, { variables: { page: pager.variables, sort, filter }, notifyOnNetworkStatusChange: true });
  const connection = (data ?? previousData)?.complaints;

  return (
    <>
      <FilterBar
        label="Klachten filteren"
        onSearch={() => {
          setFilter({
            ...(draft.status ? { status: draft.status as ComplaintStatus } : {}),
            ...(draft.partnershipId ? { partnershipId: draft.partnershipId } : {}),
            ...(draft.overdue === 'ack' ? { overdueAcknowledgement: true } : {}),
            ...(draft.overdue === 'close' ? { overdueClosure: true } : {}),
          });
          pager.reset();
        }}
        onClear={() => {
          setDraft(emptyDraft);
          setFilter({});
          pager.reset();
        }}
      >
        <SelectField label="Status" placeholder="Alle statussen" options={options(complaintStatusLabels)} value={draft.status} onChange={(event) => setDraft({ ...draft, status: event.target.value })} />
        <SelectField label="Partnerschap" placeholder="Alle partnerschappen" options={(partnerships.data?.partnerships ?? []).map((p) => ({ value: p.id, label: p.name }))} value={draft.partnershipId} onChange={(event) => setDraft({ ...draft, partnershipId: event.target.value })} />
        <SelectField label="Termijn" placeholder="Alle klachten" options={[{ value: 'ack', label: 'Ontvangst niet tijdig bevestigd' }, { value: 'close', label: 'Niet afgesloten binnen 45 dagen' }]} value={draft.overdue} onChange={(event) => setDraft({ ...draft, overdue: event.target.value })} />
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
      <DataTable caption="Klachten en meldingen" columns={columns} rows={connection?.nodes ?? []} rowKey={(row) => row.id} emptyText="Er zijn geen klachten die aan de filters voldoen." sort={toTableSort(sort)} onSortChange={(next) => { setSort(toServerSort(next)); pager.reset(); }} loading={loading} error={error} onRetry={() => void refetch()} />
      <CursorPagination connection={connection} pages={pager} />
    </>
  );
}
