import { useQuery } from '@apollo/client/react';
import { areaLinks } from '../routing/routes.js';
import type { LinkProps } from '../routing/links.js';
import { formatDate, weekOf } from './dates.js';
import { AUDITS_THIS_WEEK_QUERY, OVERDUE_RECOMMENDATIONS_QUERY } from './workQueue.operations.js';
import { WorkQueue } from './WorkQueue.js';

export interface AuditsThisWeekQueueProps {
  /** Only the audits the user is assigned to (an inspector), or all (agency staff). */
  assignedToMe: boolean;
  linkProps: LinkProps;
  today?: Date;
}

/** Audits scheduled this week (Monday to Sunday) that are not yet reported or cancelled. */
export function AuditsThisWeekQueue({ assignedToMe, linkProps, today = new Date() }: AuditsThisWeekQueueProps) {
  const week = weekOf(today);
  const { data, loading, error } = useQuery(AUDITS_THIS_WEEK_QUERY, {
    variables: { ...week, assignedToMe: assignedToMe || null },
    fetchPolicy: 'cache-and-network',
  });
  const audits = data?.audits.nodes ?? [];
  return (
    <WorkQueue
      title={assignedToMe ? 'Uw doorlichtingen deze week' : 'Doorlichtingen deze week'}
      description={`Gepland van ${formatDate(week.from)} tot ${formatDate(week.to)}, nog niet gerapporteerd.`}
      loading={loading && !data}
      error={error}
      items={audits.map((audit) => ({
        key: audit.id,
        href: areaLinks.audit(audit.id),
        label: `${audit.reference} – ${audit.title}`,
        details: `${formatDate(audit.scheduledOn)} (${audit.statusLabel.toLowerCase()})`,
      }))}
      totalCount={data?.audits.totalCount}
      empty="Deze week staan er geen doorlichtingen gepland."
      more={{ href: areaLinks.audits, label: assignedToMe ? 'Al uw doorlichtingen' : 'Alle doorlichtingen' }}
      linkProps={linkProps}
    />
  );
}

/** Open recommendations of the inspector's audits whose agreed date has passed: to follow up. */
export function OverdueRecommendationsQueue({ linkProps }: { linkProps: LinkProps }) {
  const { data, loading, error } = useQuery(OVERDUE_RECOMMENDATIONS_QUERY, { fetchPolicy: 'cache-and-network' });
  const recommendations = data?.overdueRecommendations.nodes ?? [];
  return (
    <WorkQueue
      title="Achterstallige aanbevelingen"
      description="Open aanbevelingen van uw doorlichtingen waarvan de afgesproken realisatiedatum voorbij is."
      loading={loading && !data}
      error={error}
      items={recommendations.map((recommendation) => ({
        key: recommendation.id,
        href: areaLinks.audit(recommendation.audit.id),
        label: `${recommendation.audit.reference}: ${recommendation.description}`,
        details: `afgesproken tegen ${formatDate(recommendation.agreedDueOn)}, ${recommendation.daysOverdue} ${
          recommendation.daysOverdue === 1 ? 'dag' : 'dagen'
        } te laat`,
      }))}
      totalCount={data?.overdueRecommendations.totalCount}
      empty="Geen achterstallige aanbevelingen."
      more={{ href: areaLinks.recommendations, label: 'Alle aanbevelingen' }}
      linkProps={linkProps}
    />
  );
}
