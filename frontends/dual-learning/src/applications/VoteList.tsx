import { DataTable } from '@werkplek/ui';
import { formatDateTime } from '@werkplek/frontend-kit';
import { rejectionReasonLabels } from '../shared/labels.js';

interface Vote {
  id: string;
  voterName: string;
  approve: boolean;
  reason: string | null;
  castAt: string;
}

/** The API stores a vote against as "<reason code>: <note>"; show the code's Dutch label. */
function reasonText(reason: string | null): string {
  if (!reason) return '';
  const [code = '', ...rest] = reason.split(': ');
  const text = (rejectionReasonLabels as Record<string, string>)[code];
  return text ? [text, ...rest].join(': ') : reason;
}

/** The votes and objections cast on an application (BR-10), in words. */
export function VoteList({ votes }: { votes: readonly Vote[] }) {
  return (
    <DataTable
      caption="Stemmen en bezwaren"
      columns={[
        { key: 'voter', header: 'Stemgerechtigd lid', rowHeader: true, render: (row) => row.voterName },
        { key: 'vote', header: 'Stem', render: (row) => (row.approve ? 'Voor' : 'Tegen') },
        { key: 'reason', header: 'Reden of toelichting', render: (row) => reasonText(row.reason) },
        { key: 'at', header: 'Uitgebracht op', render: (row) => formatDateTime(row.castAt) },
      ]}
      rows={votes}
      rowKey={(row) => row.id}
      emptyText="Nog geen stemmen."
    />
  );
}
