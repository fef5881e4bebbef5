import { DataTable, type DataTableColumn } from '@werkplek/ui';
import { formatDateTime } from '@werkplek/frontend-kit';

export interface HistoryEntry {
  id: string;
  step: string;
  fromStatus: string | null;
  toStatus: string;
  actorName: string;
  note: string | null;
  at: string;
}

/** The workflow history of a record, oldest first; statuses in Dutch through `statusLabel`. */
export function StatusHistory({ entries, statusLabel, caption = 'Geschiedenis' }: { entries: readonly HistoryEntry[]; statusLabel: (status: string) => string; caption?: string }) {
  const columns: readonly DataTableColumn<HistoryEntry>[] = [
    { key: 'at', header: 'Wanneer', render: (row) => formatDateTime(row.at), rowHeader: true },
    { key: 'from', header: 'Van', render: (row) => (row.fromStatus ? statusLabel(row.fromStatus) : '–') },
    { key: 'to', header: 'Naar', render: (row) => statusLabel(row.toStatus) },
    { key: 'actor', header: 'Door', render: (row) => row.actorName },
    { key: 'note', header: 'Toelichting', render: (row) => row.note ?? '' },
  ];
  return <DataTable caption={caption} columns={columns} rows={entries} rowKey={(row) => row.id} emptyText="Nog geen stappen." />;
}
