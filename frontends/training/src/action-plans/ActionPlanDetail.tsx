import { useEffect, useRef, useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, apiErrorMessage, Button, ConfirmDialog, DescriptionList, LoadingIndicator, Notice, StatusBadge, StatusMessage } from '@werkplek/ui';
import { AreaLink, SectionHeader, formatDateTime, type User } from '@werkplek/frontend-kit';
import type { ActionPlanDetailQuery } from '../gql/graphql.js';
import { actionPlanStatusLabels, actionPlanStatusTones, roundLabel } from '../shared/labels.js';
import { ACTION_PLAN_QUERY, SECTORS_QUERY, START_REVIEW_MUTATION, SUBMIT_ACTION_PLAN_MUTATION } from './actionPlans.operations.js';
import { DossierCard } from './DossierCard.js';
import { PlanHistory } from './PlanHistory.js';
import { ReturnPlanForm } from './ReturnPlanForm.js';

export type ActionPlan = ActionPlanDetailQuery['actionPlan'];

/**
 * The workflow steps the server lists for the caller now (AnnualActionPlan.allowedSteps: role, state, own centre,
 * round, deadline). Screens show exactly these steps; the service still checks each one.
 */
export type ActionPlanStep =
  | 'addTrainingDossier'
  | 'updateTrainingDossier'
  | 'submit'
  | 'startReview'
  | 'assessCriterion'
  | 'adviseDossier'
  | 'returnForChanges'
  | 'decide';

export const mayTake = (plan: Pick<ActionPlan, 'allowedSteps'>, step: ActionPlanStep) => plan.allowedSteps.includes(step);

function DeadlineNotice({ plan, now }: { plan: ActionPlan; now: Date }) {
  const deadline = formatDateTime(plan.round.deadline);
  if (plan.status === 'DRAFT') {
    return new Date(plan.round.deadline) < now ? (
      <Notice tone="warning" title="De indieningstermijn is verstreken">
        De uiterste indiening was {deadline}. Een ontwerp kan niet meer worden ingediend.
      </Notice>
    ) : (
      <Notice title="Uiterste indiening">
        Dien het jaaractieplan in vóór <strong>{deadline}</strong>. Na het indienen kan het niet meer worden gewijzigd.
      </Notice>
    );
  }
  if (plan.status === 'RETURNED') {
    return (
      <Notice tone="warning" title="Teruggestuurd voor aanpassing">
        Pas de dossiers aan en dien het plan opnieuw in; dat kan ook na de uiterste indiening ({deadline}).
      </Notice>
    );
  }
  return null;
}

/** One annual action plan: its deadline, dossiers with assessment and advice, the next steps and the history. */
// `user` stays in the props (App passes it) although the steps now come from the server's allowedSteps.
export function ActionPlanDetail({ id, now = new Date() }: { id: string; user: User | undefined; now?: Date }) {
  const { data, loading, error, refetch } = useQuery(ACTION_PLAN_QUERY, { variables: { id } });
  const sectors = useQuery(SECTORS_QUERY);
  const [confirmSubmit, setConfirmSubmit] = useState(false);
  const [returning, setReturning] = useState(false);
  const [message, setMessage] = useState<string | undefined>();
  const messageRef = useRef<HTMLDivElement>(null);
  const [submit, submitState] = useMutation(SUBMIT_ACTION_PLAN_MUTATION);
  const [startReview, startReviewState] = useMutation(START_REVIEW_MUTATION);

  useEffect(() => {
    // After a step succeeds, focus the confirmation so keyboard and screen reader users know where they are.
    if (message) messageRef.current?.focus();
  }, [message]);

  if (loading && !data) return <LoadingIndicator label="Het jaaractieplan wordt geladen…" />;
  if (error && !data) {
    return (
      <Alert title="Het jaaractieplan kon niet worden geladen.">
        {apiErrorMessage(error)} <AreaLink to="/jaaractieplannen">Terug naar de jaaractieplannen</AreaLink>
      </Alert>
    );
  }
  if (!data) return null;
  const plan = data.actionPlan;
  const sectorName = (sectorId: string) => sectors.data?.sectors.find((sector) => sector.id === sectorId)?.name ?? sectorId;
  const canAdd = mayTake(plan, 'addTrainingDossier');
  const canSubmit = mayTake(plan, 'submit');
  const stepError = submitState.error ?? startReviewState.error;

  async function doSubmit() {
    try {
      // The answer carries the whole plan (ActionPlanDetailFields): the cache shows the new state and steps.
      await submit({ variables: { planId: plan.id } });
      setConfirmSubmit(false);
      setMessage('Het jaaractieplan is ingediend. Het is nu vergrendeld voor wijzigingen.');
    } catch {
      // The refusal (e.g. after the deadline) is shown from submitState.error.
      setConfirmSubmit(false);
    }
  }

  async function doStartReview() {
    try {
      await startReview({ variables: { planId: plan.id } });
      setMessage('De beoordeling is gestart. U kunt nu de criteria beoordelen en de dossiers adviseren.');
    } catch {
      // Shown from startReviewState.error.
    }
  }

  return (
    <article className="wp-training__detail">
      <SectionHeader
        back={<AreaLink to="/jaaractieplannen">‹ Terug naar de jaaractieplannen</AreaLink>}
        title={`Jaaractieplan ${plan.centre.name} – ${roundLabel(plan.round).toLowerCase()}`}
        description={
          <p>
            Status: <StatusBadge tone={actionPlanStatusTones[plan.status]}>{actionPlanStatusLabels[plan.status]}</StatusBadge>
          </p>
        }
      />
      {message && (
        <div ref={messageRef} tabIndex={-1}>
          <StatusMessage tone="success">{message}</StatusMessage>
        </div>
      )}
      {stepError && <Alert title="Deze stap werd geweigerd.">{apiErrorMessage(stepError)}</Alert>}
      <DeadlineNotice plan={plan} now={now} />
      <DescriptionList
        items={[
          { term: 'Opleidingscentrum', description: plan.centre.name },
          { term: 'Ronde', description: roundLabel(plan.round) },
          { term: 'Uiterste indiening', description: formatDateTime(plan.round.deadline) },
          { term: 'Ingediend op', description: plan.submittedAt ? formatDateTime(plan.submittedAt) : 'nog niet ingediend' },
          { term: 'Beslissing Raad van bestuur', description: plan.round.boardDecisionOn ? formatDateTime(plan.round.boardDecisionOn) : 'nog niet beslist' },
        ]}
      />
      <div className="wp-training__actions" role="group" aria-label="Acties voor dit jaaractieplan">
        {canAdd && <AreaLink className="wp-button wp-button--secondary" to={`/jaaractieplannen/${encodeURIComponent(plan.id)}/dossiers/nieuw`}>Opleidingsdossier toevoegen</AreaLink>}
        {canSubmit && (
          <Button onClick={() => setConfirmSubmit(true)} disabled={submitState.loading}>
            Jaaractieplan indienen
          </Button>
        )}
        {mayTake(plan, 'startReview') && (
          <Button onClick={() => void doStartReview()} disabled={startReviewState.loading} aria-busy={startReviewState.loading || undefined}>
            {startReviewState.loading ? 'Bezig…' : 'Beoordeling starten'}
          </Button>
        )}
        {mayTake(plan, 'returnForChanges') && !returning && (
          <Button variant="secondary" onClick={() => setReturning(true)}>
            Terugsturen voor aanpassing
          </Button>
        )}
      </div>
      {canAdd && plan.dossiers.length === 0 && <p>Voeg minstens één opleidingsdossier toe voordat u het plan indient.</p>}
      {returning && (
        <ReturnPlanForm
          planId={plan.id}
          onCancel={() => setReturning(false)}
          onReturned={async () => {
            setReturning(false);
            setMessage('Het jaaractieplan is teruggestuurd naar het centrum voor aanpassing.');
          }}
        />
      )}
      <section aria-labelledby="training-dossiers-title">
        <h3 id="training-dossiers-title">Opleidingsdossiers ({plan.dossiers.length})</h3>
        {plan.dossiers.length === 0 ? (
          <p>Dit jaaractieplan heeft nog geen opleidingsdossiers.</p>
        ) : (
          plan.dossiers.map((dossier) => (
            <DossierCard
              key={dossier.id}
              planId={plan.id}
              dossier={dossier}
              sectorName={sectorName(dossier.sectorId)}
              canEdit={mayTake(plan, 'updateTrainingDossier')}
              canReview={mayTake(plan, 'assessCriterion') || mayTake(plan, 'adviseDossier')}
            />
          ))
        )}
      </section>
      <PlanHistory history={plan.history} />
      <ConfirmDialog
        open={confirmSubmit}
        title="Jaaractieplan indienen?"
        confirmLabel="Indienen"
        pending={submitState.loading}
        onCancel={() => setConfirmSubmit(false)}
        onConfirm={() => void doSubmit()}
      >
        <p>
          U dient {plan.dossiers.length} opleidingsdossier{plan.dossiers.length === 1 ? '' : 's'} in voor {roundLabel(plan.round).toLowerCase()}. Daarna
          kan het plan niet meer worden gewijzigd, tenzij het agentschap het terugstuurt.
        </p>
      </ConfirmDialog>
    </article>
  );
}
