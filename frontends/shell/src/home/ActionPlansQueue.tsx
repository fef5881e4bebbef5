import { useQuery } from '@apollo/client/react';
import type { ActionPlanQueueRowFragment } from '../gql/graphql.js';
import { areaLinks } from '../routing/routes.js';
import type { LinkProps } from '../routing/links.js';
import { formatDate } from './dates.js';
import { actionPlanStatusLabels, roundSeasonLabels } from './labels.js';
import { ACTION_PLANS_TO_REVIEW_QUERY, OWN_ACTION_PLANS_QUERY } from './workQueue.operations.js';
import { WorkQueue } from './WorkQueue.js';

function roundName(plan: ActionPlanQueueRowFragment): string {
  return `ronde ${roundSeasonLabels[plan.round.season] ?? plan.round.season} ${plan.round.year}`;
}

/** Agency staff: submitted action plans and those under review, oldest submission first. */
export function ActionPlansToReviewQueue({ linkProps }: { linkProps: LinkProps }) {
  const { data, loading, error } = useQuery(ACTION_PLANS_TO_REVIEW_QUERY, { fetchPolicy: 'cache-and-network' });
  const plans = data ? [...data.submitted.nodes, ...data.underReview.nodes] : [];
  plans.sort((a, b) => (a.submittedAt ?? '').localeCompare(b.submittedAt ?? ''));
  return (
    <WorkQueue
      title="Jaaractieplannen te beoordelen"
      description="Ingediende jaaractieplannen en plannen in beoordeling."
      loading={loading && !data}
      error={error}
      items={plans.slice(0, 10).map((plan) => ({
        key: plan.id,
        href: areaLinks.actionPlan(plan.id),
        label: `${plan.centre.name}, ${roundName(plan)}`,
        details: `${actionPlanStatusLabels[plan.status] ?? plan.status}${plan.submittedAt ? `, ingediend op ${formatDate(plan.submittedAt)}` : ''}`,
      }))}
      totalCount={data ? data.submitted.totalCount + data.underReview.totalCount : undefined}
      empty="Er wachten geen jaaractieplannen op beoordeling."
      more={{ href: areaLinks.actionPlans, label: 'Alle jaaractieplannen' }}
      linkProps={linkProps}
    />
  );
}

/** A centre user: their own action plans with the round's deadline. */
export function OwnActionPlanQueue({ linkProps }: { linkProps: LinkProps }) {
  const { data, loading, error } = useQuery(OWN_ACTION_PLANS_QUERY, { fetchPolicy: 'cache-and-network' });
  const plans = data?.actionPlans.nodes ?? [];
  return (
    <WorkQueue
      title="Uw jaaractieplan"
      description="Uw jaaractieplannen per ronde, met de indiendatum van de ronde."
      loading={loading && !data}
      error={error}
      items={plans.map((plan) => {
        const open = plan.status === 'DRAFT' || plan.status === 'RETURNED';
        return {
          key: plan.id,
          href: areaLinks.actionPlan(plan.id),
          label: `Jaaractieplan ${roundName(plan)}`,
          details: `${actionPlanStatusLabels[plan.status] ?? plan.status}${
            open ? ` – in te dienen uiterlijk op ${formatDate(plan.round.deadline)}` : plan.submittedAt ? `, ingediend op ${formatDate(plan.submittedAt)}` : ''
          }`,
        };
      })}
      totalCount={data?.actionPlans.totalCount}
      empty="U hebt nog geen jaaractieplan. Maak er een aan in Ondernemersvorming."
      more={{ href: areaLinks.actionPlans, label: 'Naar uw jaaractieplannen' }}
      linkProps={linkProps}
    />
  );
}
