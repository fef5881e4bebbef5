import { useQuery } from '@apollo/client/react';
import type { CsvColumn, DataTableColumn } from '@werkplek/ui';
import type { HomeAuditsThisWeekQuery, HomeOverdueRecommendationsQuery } from '../gql/graphql.js';
import { areaLinks, listHref } from '../routing/routes.js';
import type { LinkProps } from '../routing/links.js';
import { formatDate, weekOf } from './dates.js';
import { AUDITS_THIS_WEEK_QUERY, OVERDUE_RECOMMENDATIONS_QUERY, UPCOMING_AUDIT_STATUSES } from './workQueue.operations.js';
import { WorkQueue } from './WorkQueue.js';

type AuditRow = HomeAuditsThisWeekQuery['audits']['nodes'][number];
type RecommendationRow = HomeOverdueRecommendationsQuery['overdueRecommendations']['nodes'][number];

export interface AuditsThisWeekQueueProps {
  /** Only the audits the user is assigned to (an inspector), or all (agency staff). */
  assignedToMe: boolean;
  linkProps: LinkProps;
  today?: Date;
}

const auditCsvColumns: CsvColumn<AuditRow>[] = [
  { header: 'Referentie', value: (audit) => audit.reference },
  { header: 'Titel', value: (audit) => audit.title },
  { header: 'Gepland op', value: (audit) => audit.scheduledOn },
  { header: 'Status', value: (audit) => audit.statusLabel },
];

/** Audits scheduled this week (Monday to Sunday) that are not yet reported or cancelled. */
export function AuditsThisWeekQueue({ assignedToMe, linkProps, today = new Date() }: AuditsThisWeekQueueProps) {
  const week = weekOf(today);
  const { data, loading, error, refetch } = useQuery(AUDITS_THIS_WEEK_QUERY, {
    variables: { ...week, assignedToMe: assignedToMe || null },
    fetchPolicy: 'cache-and-network',
  });
  const columns: DataTableColumn<AuditRow>[] = [
    {
      key: 'reference',
      header: 'Doorlichting',
      rowHeader: true,
      sortKey: 'reference',
      sortValue: (audit) => audit.reference,
      render: (audit) => <a {...linkProps(areaLinks.audit(audit.id))}>{audit.reference}</a>,
    },
    { key: 'title', header: 'Titel', sortKey: 'title', sortValue: (audit) => audit.title, render: (audit) => audit.title },
    { key: 'scheduledOn', header: 'Gepland op', sortKey: 'scheduledOn', sortValue: (audit) => audit.scheduledOn, render: (audit) => formatDate(audit.scheduledOn) },
    { key: 'status', header: 'Status', sortKey: 'status', sortValue: (audit) => audit.statusLabel, render: (audit) => audit.statusLabel },
  ];
  return (
    <WorkQueue
      title={assignedToMe ? 'Uw doorlichtingen deze week' : 'Doorlichtingen deze week'}
      description={`Gepland van ${formatDate(week.from)} tot ${formatDate(week.to)}, nog niet gerapporteerd.`}
      loading={loading}
      error={error}
      onRetry={() => void refetch()}
      rows={data?.audits.nodes ?? []}
      columns={columns}
      rowKey={(audit) => audit.id}
      csv={{ columns: auditCsvColumns, fileName: assignedToMe ? 'mijn-doorlichtingen-deze-week' : 'doorlichtingen-deze-week' }}
      totalCount={data?.audits.totalCount}
      empty="Deze week staan er geen doorlichtingen gepland."
      more={{
        // "Mijn doorlichtingen" is a page of its own in the area; the week and the statuses go along as the filter.
        href: listHref(assignedToMe ? areaLinks.myAudits : areaLinks.audits, {
          status: UPCOMING_AUDIT_STATUSES,
          'gepland-vanaf': week.from,
          'gepland-tot': week.to,
        }),
        label: assignedToMe ? 'Toon al uw doorlichtingen van deze week' : 'Toon alle doorlichtingen van deze week',
      }}
      linkProps={linkProps}
    />
  );
}

const daysOverdueText = (days: number) => `${days} ${days === 1 ? 'dag' : 'dagen'}`;

const recommendationCsvColumns: CsvColumn<RecommendationRow>[] = [
  { header: 'Doorlichting', value: (row) => row.audit.reference },
  { header: 'Aanbeveling', value: (row) => row.description },
  { header: 'Afgesproken tegen', value: (row) => row.agreedDueOn },
  { header: 'Dagen te laat', value: (row) => row.daysOverdue },
];

/** Open recommendations of the inspector's audits whose agreed date has passed: to follow up. */
export function OverdueRecommendationsQueue({ linkProps }: { linkProps: LinkProps }) {
  const { data, loading, error, refetch } = useQuery(OVERDUE_RECOMMENDATIONS_QUERY, { fetchPolicy: 'cache-and-network' });
  const columns: DataTableColumn<RecommendationRow>[] = [
    {
      key: 'audit',
      header: 'Doorlichting',
      rowHeader: true,
      sortKey: 'audit',
      sortValue: (row) => row.audit.reference,
      render: (row) => <a {...linkProps(areaLinks.audit(row.audit.id))}>{row.audit.reference}</a>,
    },
    { key: 'description', header: 'Aanbeveling', sortKey: 'description', sortValue: (row) => row.description, render: (row) => row.description },
    { key: 'agreedDueOn', header: 'Afgesproken tegen', sortKey: 'agreedDueOn', sortValue: (row) => row.agreedDueOn, render: (row) => formatDate(row.agreedDueOn) },
    { key: 'daysOverdue', header: 'Te laat', sortKey: 'daysOverdue', sortValue: (row) => row.daysOverdue, render: (row) => daysOverdueText(row.daysOverdue) },
  ];
  return (
    <WorkQueue
      title="Achterstallige aanbevelingen"
      description="Open aanbevelingen van uw doorlichtingen waarvan de afgesproken realisatiedatum voorbij is."
      loading={loading}
      error={error}
      onRetry={() => void refetch()}
      rows={data?.overdueRecommendations.nodes ?? []}
      columns={columns}
      rowKey={(row) => row.id}
      csv={{ columns: recommendationCsvColumns, fileName: 'achterstallige-aanbevelingen' }}
      totalCount={data?.overdueRecommendations.totalCount}
      empty="Geen achterstallige aanbevelingen."
      more={{ href: listHref(areaLinks.recommendations, { 'te-laat': 'ja', mijn: 'ja' }), label: 'Toon alle achterstallige aanbevelingen' }}
      linkProps={linkProps}
    />
  );
}
