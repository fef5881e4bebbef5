import { useQuery } from '@apollo/client/react';
import type { CsvColumn, DataTableColumn } from '@werkplek/ui';
import type { ActionPlanQueueRowFragment } from '../gql/graphql.js';
import { areaLinks, listHref } from '../routing/routes.js';
import type { LinkProps } from '../routing/links.js';
import { formatDate } from './dates.js';
import { actionPlanStatusLabels, roundSeasonLabels } from './labels.js';
import { ACTION_PLANS_TO_REVIEW_QUERY, OWN_ACTION_PLANS_QUERY } from './workQueue.operations.js';
import { WorkQueue } from './WorkQueue.js';

type Row = ActionPlanQueueRowFragment;

function roundName(plan: Row): string {
  return `ronde ${roundSeasonLabels[plan.round.season] ?? plan.round.season} ${plan.round.year}`;
}
const statusLabel = (plan: Row) => actionPlanStatusLabels[plan.status] ?? plan.status;
// Rounds sort by year, then April before November.
const roundSortValue = (plan: Row) => `${plan.round.year}-${plan.round.season === 'APRIL' ? 1 : 2}`;

const roundColumn: DataTableColumn<Row> = { key: 'round', header: 'Ronde', sortKey: 'round', sortValue: roundSortValue, render: roundName };
const statusColumn: DataTableColumn<Row> = { key: 'status', header: 'Status', sortKey: 'status', sortValue: statusLabel, render: statusLabel };
const submittedColumn: DataTableColumn<Row> = {
  key: 'submittedAt',
  header: 'Ingediend op',
  sortKey: 'submittedAt',
  sortValue: (plan) => plan.submittedAt,
  render: (plan) => (plan.submittedAt ? formatDate(plan.submittedAt) : 'nog niet ingediend'),
};

const csvColumns: CsvColumn<Row>[] = [
  { header: 'Opleidingscentrum', value: (plan) => plan.centre.name },
  { header: 'Ronde', value: roundName },
  { header: 'Status', value: statusLabel },
  { header: 'Indienen uiterlijk op', value: (plan) => plan.round.deadline },
  { header: 'Ingediend op', value: (plan) => plan.submittedAt },
];

/** Agency staff: submitted action plans and those under review, oldest submission first. */
export function ActionPlansToReviewQueue({ linkProps }: { linkProps: LinkProps }) {
  const { data, loading, error, refetch } = useQuery(ACTION_PLANS_TO_REVIEW_QUERY, { fetchPolicy: 'cache-and-network' });
  const plans = data ? [...data.submitted.nodes, ...data.underReview.nodes] : [];
  plans.sort((a, b) => (a.submittedAt ?? '').localeCompare(b.submittedAt ?? ''));
  const columns: DataTableColumn<Row>[] = [
    {
      key: 'centre',
      header: 'Opleidingscentrum',
      rowHeader: true,
      sortKey: 'centre',
      sortValue: (plan) => plan.centre.name,
      render: (plan) => <a {...linkProps(areaLinks.actionPlan(plan.id))}>{plan.centre.name}</a>,
    },
    roundColumn,
    statusColumn,
    submittedColumn,
  ];
  return (
    <WorkQueue
      title="Jaaractieplannen te beoordelen"
      description="Ingediende jaaractieplannen en plannen in beoordeling."
      loading={loading}
      error={error}
      onRetry={() => void refetch()}
      rows={plans.slice(0, 10)}
      columns={columns}
      rowKey={(plan) => plan.id}
      csv={{ columns: csvColumns, fileName: 'jaaractieplannen-te-beoordelen' }}
      totalCount={data ? data.submitted.totalCount + data.underReview.totalCount : undefined}
      empty="Er wachten geen jaaractieplannen op beoordeling."
      more={{
        href: listHref(areaLinks.actionPlans, { status: ['SUBMITTED', 'UNDER_REVIEW'] }),
        label: 'Toon alle jaaractieplannen te beoordelen',
      }}
      linkProps={linkProps}
    />
  );
}

/** A centre user: their own action plans with the round's deadline. */
export function OwnActionPlanQueue({ linkProps }: { linkProps: LinkProps }) {
  const { data, loading, error, refetch } = useQuery(OWN_ACTION_PLANS_QUERY, { fetchPolicy: 'cache-and-network' });
  const columns: DataTableColumn<Row>[] = [
    {
      ...roundColumn,
      rowHeader: true,
      render: (plan) => <a {...linkProps(areaLinks.actionPlan(plan.id))}>Jaaractieplan {roundName(plan)}</a>,
    },
    statusColumn,
    {
      key: 'deadline',
      header: 'Indienen uiterlijk op',
      sortKey: 'deadline',
      sortValue: (plan) => plan.round.deadline,
      render: (plan) => formatDate(plan.round.deadline),
    },
    submittedColumn,
  ];
  return (
    <WorkQueue
      title="Uw jaaractieplan"
      description="Uw jaaractieplannen per ronde, met de indiendatum van de ronde."
      loading={loading}
      error={error}
      onRetry={() => void refetch()}
      rows={data?.actionPlans.nodes ?? []}
      columns={columns}
      rowKey={(plan) => plan.id}
      csv={{ columns: csvColumns, fileName: 'jaaractieplannen' }}
      totalCount={data?.actionPlans.totalCount}
      empty="U hebt nog geen jaaractieplan. Maak er een aan in Ondernemersvorming."
      more={{ href: areaLinks.actionPlans, label: 'Toon al uw jaaractieplannen' }}
      linkProps={linkProps}
    />
  );
}
