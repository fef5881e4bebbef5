import { useQuery } from '@apollo/client/react';
import type { CsvColumn, DataTableColumn } from '@werkplek/ui';
import type { HomeOpenRevocationProposalsQuery } from '../gql/graphql.js';
import { areaLinks, listHref } from '../routing/routes.js';
import type { LinkProps } from '../routing/links.js';
import { formatDate } from './dates.js';
import { revocationKindLabels } from './labels.js';
import { OPEN_REVOCATION_PROPOSALS_QUERY } from './workQueue.operations.js';
import { WorkQueue } from './WorkQueue.js';

type Row = HomeOpenRevocationProposalsQuery['revocationProposals'][number];
const workplaceName = (row: Row) => row.recognition?.workplace.name ?? 'Onbekende werkplek';
const kindLabel = (row: Row) => revocationKindLabels[row.kind] ?? row.kind;

const csvColumns: CsvColumn<Row>[] = [
  { header: 'Werkplek', value: workplaceName },
  { header: 'Doorlichting', value: (row) => row.auditReference },
  { header: 'Soort voorstel', value: kindLabel },
  { header: 'Ontvangen op', value: (row) => row.receivedAt },
];

/** Partnership staff: the inspection's proposals about their recognitions that still wait for a decision. */
export function RevocationProposalsQueue({ linkProps }: { linkProps: LinkProps }) {
  const { data, loading, error, refetch } = useQuery(OPEN_REVOCATION_PROPOSALS_QUERY, { fetchPolicy: 'cache-and-network' });
  // The API returns the whole list (no paging): the queue shows the oldest ten, the area all of them.
  const proposals = [...(data?.revocationProposals ?? [])].sort((a, b) => a.receivedAt.localeCompare(b.receivedAt));
  const columns: DataTableColumn<Row>[] = [
    {
      key: 'workplace',
      header: 'Werkplek',
      rowHeader: true,
      sortKey: 'workplace',
      sortValue: workplaceName,
      render: (row) => (
        <a {...linkProps(row.recognition ? areaLinks.workplace(row.recognition.workplace.id) : areaLinks.revocationProposals)}>{workplaceName(row)}</a>
      ),
    },
    { key: 'audit', header: 'Doorlichting', sortKey: 'audit', sortValue: (row) => row.auditReference, render: (row) => row.auditReference },
    { key: 'kind', header: 'Soort voorstel', sortKey: 'kind', sortValue: kindLabel, render: kindLabel },
    { key: 'receivedAt', header: 'Ontvangen op', sortKey: 'receivedAt', sortValue: (row) => row.receivedAt, render: (row) => formatDate(row.receivedAt) },
  ];
  return (
    <WorkQueue
      title="Openstaande voorstellen tot opheffing"
      description="Voorstellen van de inspectie over uw erkenningen die op een beslissing wachten, oudste eerst."
      loading={loading}
      error={error}
      onRetry={() => void refetch()}
      rows={proposals.slice(0, 10)}
      columns={columns}
      rowKey={(row) => row.id}
      csv={{ columns: csvColumns, fileName: 'voorstellen-tot-opheffing' }}
      totalCount={proposals.length}
      empty="Geen openstaande voorstellen."
      more={{ href: listHref(areaLinks.revocationProposals, { status: 'PROPOSED' }), label: 'Toon alle openstaande voorstellen tot opheffing' }}
      linkProps={linkProps}
    />
  );
}
