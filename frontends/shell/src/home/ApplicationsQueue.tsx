import { useQuery } from '@apollo/client/react';
import type { CsvColumn, DataTableColumn } from '@werkplek/ui';
import type { ApplicationQueueRowFragment } from '../gql/graphql.js';
import { areaLinks, listHref } from '../routing/routes.js';
import type { LinkProps } from '../routing/links.js';
import { addDaysToLocalDate, formatDate, toLocalDate } from './dates.js';
import { applicationStatusLabels } from './labels.js';
import { OPEN_APPLICATIONS_QUERY, UNDECIDED_APPLICATION_STATUSES } from './workQueue.operations.js';
import { WorkQueue } from './WorkQueue.js';

/** Days before the 14-day term ends from which an application counts as "nearing" it. */
export const NEARING_DAYS = 3;

export interface ApplicationsQueueProps {
  /** "nearing": only those past or within NEARING_DAYS of their term (agency staff); "open": all undecided ones. */
  mode: 'nearing' | 'open';
  linkProps: LinkProps;
  today?: Date;
}

type Row = ApplicationQueueRowFragment;
const statusLabel = (row: Row) => applicationStatusLabels[row.status] ?? row.status;

function columns(linkProps: LinkProps): DataTableColumn<Row>[] {
  return [
    {
      key: 'reference',
      header: 'Aanvraag',
      rowHeader: true,
      sortKey: 'reference',
      sortValue: (row) => row.reference,
      render: (row) => <a {...linkProps(areaLinks.application(row.id))}>{row.reference}</a>,
    },
    { key: 'workplace', header: 'Werkplek', sortKey: 'workplace', sortValue: (row) => row.workplace.name, render: (row) => row.workplace.name },
    { key: 'partnership', header: 'Partnerschap', sortKey: 'partnership', sortValue: (row) => row.partnership.name, render: (row) => row.partnership.name },
    { key: 'status', header: 'Status', sortKey: 'status', sortValue: statusLabel, render: statusLabel },
    {
      key: 'dueOn',
      header: 'Uiterlijk beslist (14 dagen)',
      sortKey: 'dueOn',
      sortValue: (row) => row.dueOn,
      // In words, not only a colour: "termijn verstreken".
      render: (row) => (row.overdue ? `${formatDate(row.dueOn)} – termijn verstreken` : formatDate(row.dueOn)),
    },
  ];
}

const csvColumns: CsvColumn<Row>[] = [
  { header: 'Referentie', value: (row) => row.reference },
  { header: 'Werkplek', value: (row) => row.workplace.name },
  { header: 'Partnerschap', value: (row) => row.partnership.name },
  { header: 'Status', value: statusLabel },
  { header: 'Uiterlijk beslist', value: (row) => row.dueOn },
  { header: 'Termijn verstreken', value: (row) => row.overdue },
];

/** Recognition applications by their 14-day term (BR-01), soonest first. */
export function ApplicationsQueue({ mode, linkProps, today = new Date() }: ApplicationsQueueProps) {
  const { data, loading, error, refetch } = useQuery(OPEN_APPLICATIONS_QUERY, { fetchPolicy: 'cache-and-network' });
  const lists = data ? [data.submitted, data.incomplete, data.inProgress, data.onHold] : [];
  const limit = addDaysToLocalDate(toLocalDate(today), NEARING_DAYS);
  const merged = lists
    .flatMap((list) => list.nodes)
    .filter((application) => mode === 'open' || application.overdue || application.dueOn <= limit)
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.reference.localeCompare(b.reference));
  const totalCount = mode === 'open' ? lists.reduce((sum, list) => sum + list.totalCount, 0) : merged.length;
  return (
    <WorkQueue
      title={mode === 'nearing' ? 'Erkenningsaanvragen bij of over de termijn van 14 dagen' : 'Openstaande erkenningsaanvragen'}
      description={
        mode === 'nearing'
          ? `Aanvragen zonder beslissing waarvan de termijn al verstreken is of binnen ${NEARING_DAYS} dagen verstrijkt.`
          : 'Aanvragen zonder beslissing, vroegste termijn eerst.'
      }
      loading={loading}
      error={error}
      onRetry={() => void refetch()}
      rows={merged.slice(0, 10)}
      columns={columns(linkProps)}
      rowKey={(row) => row.id}
      csv={{ columns: csvColumns, fileName: mode === 'nearing' ? 'aanvragen-termijn' : 'open-aanvragen' }}
      totalCount={totalCount}
      empty={mode === 'nearing' ? 'Geen aanvragen bij of over de termijn.' : 'Geen openstaande aanvragen.'}
      // The area's list has no "nearing" filter: the undecided statuses sorted by term put the same ones on top.
      more={{
        href: listHref(areaLinks.applications, { status: UNDECIDED_APPLICATION_STATUSES, sortering: 'DUE_ON_ASC' }),
        label: 'Toon alle openstaande erkenningsaanvragen',
      }}
      linkProps={linkProps}
    />
  );
}
