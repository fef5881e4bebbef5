import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { Alert, apiErrorMessage, Button, Notice } from '@werkplek/ui';
import { AreaLink, formatDateTime, useArea } from '@werkplek/frontend-kit';
import type { ActionPlanRoundsQuery, ActionPlansQuery } from '../gql/graphql.js';
import { roundLabel } from '../shared/labels.js';
import { ACTION_PLANS_QUERY, DRAFT_ACTION_PLAN_MUTATION } from './actionPlans.operations.js';

type Round = ActionPlanRoundsQuery['actionPlanRounds'][number];
type Plan = ActionPlansQuery['actionPlans']['nodes'][number];

export interface OpenRoundsForCentreProps {
  rounds: readonly Round[];
  plans: readonly Plan[];
  loading: boolean;
  /** For tests: the moment to compare deadlines with. */
  now?: Date;
}

/** The open rounds with their deadline: the centre drafts its plan here, or continues the one it has. */
export function OpenRoundsForCentre({ rounds, plans, loading, now = new Date() }: OpenRoundsForCentreProps) {
  const { navigate } = useArea();
  const [draft, { loading: drafting, error }] = useMutation(DRAFT_ACTION_PLAN_MUTATION, { refetchQueries: [ACTION_PLANS_QUERY] });
  const [roundInProgress, setRoundInProgress] = useState<string | undefined>();
  const open = rounds.filter((round) => round.status === 'OPEN');

  if (loading) return null;
  if (open.length === 0) {
    return <Notice title="Geen open ronde">Er is momenteel geen ronde open om een jaaractieplan in te dienen.</Notice>;
  }

  async function startDraft(roundId: string) {
    if (drafting) return;
    setRoundInProgress(roundId);
    try {
      const result = await draft({ variables: { roundId } });
      const id = result.data?.draftActionPlan.id;
      if (id) navigate(`/jaaractieplannen/${encodeURIComponent(id)}`);
    } catch {
      // Shown below from the mutation's error state.
    } finally {
      setRoundInProgress(undefined);
    }
  }

  return (
    <section className="wp-training__rounds" aria-labelledby="training-open-rounds">
      <h3 id="training-open-rounds">Open rondes</h3>
      {error && <Alert title="Het jaaractieplan kon niet worden opgesteld.">{apiErrorMessage(error)}</Alert>}
      <ul className="wp-training__cards">
        {open.map((round) => {
          const plan = plans.find((candidate) => candidate.round.id === round.id);
          const passed = new Date(round.deadline) < now;
          return (
            <li key={round.id} className="wp-training__card">
              <p className="wp-training__card-title">{roundLabel(round)}</p>
              <p>
                Uiterste indiening: <strong>{formatDateTime(round.deadline)}</strong>
                {passed && <span> (verstreken)</span>}
              </p>
              {plan ? (
                <AreaLink to={`/jaaractieplannen/${encodeURIComponent(plan.id)}`}>Jaaractieplan {roundLabel(round).toLowerCase()} openen</AreaLink>
              ) : (
                <Button onClick={() => void startDraft(round.id)} disabled={drafting} aria-busy={roundInProgress === round.id || undefined}>
                  {roundInProgress === round.id ? 'Bezig met opstellen…' : `Jaaractieplan opstellen voor ${roundLabel(round).toLowerCase()}`}
                </Button>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
