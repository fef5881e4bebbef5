import { useQuery } from '@apollo/client/react';
import type { ApplicationQueueRowFragment } from '../gql/graphql.js';
import { areaLinks } from '../routing/routes.js';
import type { LinkProps } from '../routing/links.js';
import { addDaysToLocalDate, formatDate, toLocalDate } from './dates.js';
import { applicationStatusLabels } from './labels.js';
import { OPEN_APPLICATIONS_QUERY } from './workQueue.operations.js';
import { WorkQueue } from './WorkQueue.js';

/** Days before the 14-day term ends from which an application counts as "nearing" it. */
export const NEARING_DAYS = 3;

export interface ApplicationsQueueProps {
  /** "nearing": only those past or within NEARING_DAYS of their term (agency staff); "open": all undecided ones. */
  mode: 'nearing' | 'open';
  linkProps: LinkProps;
  today?: Date;
}

function dueText(application: ApplicationQueueRowFragment): string {
  const status = applicationStatusLabels[application.status] ?? application.status;
  const due = formatDate(application.dueOn);
  return application.overdue ? `termijn verstreken op ${due} (${status})` : `uiterlijk te beslissen op ${due} (${status})`;
}

/** Recognition applications by their 14-day term (BR-01), soonest first. */
export function ApplicationsQueue({ mode, linkProps, today = new Date() }: ApplicationsQueueProps) {
  const { data, loading, error } = useQuery(OPEN_APPLICATIONS_QUERY, { fetchPolicy: 'cache-and-network' });
  const lists = data ? [data.submitted, data.incomplete, data.inProgress, data.onHold] : [];
  const limit = addDaysToLocalDate(toLocalDate(today), NEARING_DAYS);
  const merged = lists
    .flatMap((list) => list.nodes)
    .filter((application) => mode === 'open' || application.overdue || application.dueOn <= limit)
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.reference.localeCompare(b.reference));
  const items = merged.slice(0, 10).map((application) => ({
    key: application.id,
    href: areaLinks.application(application.id),
    label: `${application.reference} – ${application.workplace.name}`,
    details: dueText(application),
  }));
  const totalCount = mode === 'open' ? lists.reduce((sum, list) => sum + list.totalCount, 0) : merged.length;
  return (
    <WorkQueue
      title={mode === 'nearing' ? 'Erkenningsaanvragen bij of over de termijn van 14 dagen' : 'Openstaande erkenningsaanvragen'}
      description={
        mode === 'nearing'
          ? `Aanvragen zonder beslissing waarvan de termijn al verstreken is of binnen ${NEARING_DAYS} dagen verstrijkt.`
          : 'Aanvragen zonder beslissing, vroegste termijn eerst.'
      }
      loading={loading && !data}
      error={error}
      items={items}
      totalCount={totalCount}
      empty={mode === 'nearing' ? 'Geen aanvragen bij of over de termijn.' : 'Geen openstaande aanvragen.'}
      more={{ href: areaLinks.applications, label: 'Alle erkenningsaanvragen' }}
      linkProps={linkProps}
    />
  );
}
