import { useQuery } from '@apollo/client/react';
import { Alert, LoadingIndicator, apiErrorMessage } from '@werkplek/ui';
import { AreaLink, SectionHeader, useArea } from '@werkplek/frontend-kit';
import { dossierKindLabels, markLabels, roundLabel } from '../shared/labels.js';
import { ACTION_PLAN_QUERY } from './actionPlans.operations.js';
import { mayTake } from './ActionPlanDetail.js';
import { AdviceForm } from './AdviceForm.js';
import { CaseAssessmentForm } from './CaseAssessmentForm.js';

/** Agency staff: assess each criterion of one dossier, then advise on it. */
export function DossierReviewPage({ planId, dossierId }: { planId: string; dossierId: string }) {
  const { navigate } = useArea();
  const { data, loading, error, refetch } = useQuery(ACTION_PLAN_QUERY, { variables: { id: planId } });
  if (loading && !data) return <LoadingIndicator label="Het dossier wordt geladen…" />;
  if (error && !data) return <Alert title="Het dossier kon niet worden geladen.">{apiErrorMessage(error)}</Alert>;
  if (!data) return null;
  const plan = data.actionPlan;
  const dossier = plan.dossiers.find((candidate) => candidate.id === dossierId);
  const planPath = `/jaaractieplannen/${encodeURIComponent(plan.id)}`;
  if (!dossier) return <Alert title="Dossier niet gevonden.">Dit opleidingsdossier hoort niet bij dit jaaractieplan.</Alert>;
  const reviewable = mayTake(plan, 'adviseDossier');
  // The service refuses assessments once a dossier is advised (action-plan.md: "dossier not yet advised").
  const assessable = mayTake(plan, 'assessCriterion') && dossier.advice === null;
  const cases = [...dossier.cases].sort((a, b) => a.criterion.mark.localeCompare(b.criterion.mark) || a.criterion.position - b.criterion.position);

  return (
    <article>
      <SectionHeader
        title={`Beoordelen: ${dossier.title}`}
        back={<AreaLink to={planPath}>‹ Terug naar het jaaractieplan</AreaLink>}
        description={
          <p>
            {plan.centre.name} – {roundLabel(plan.round).toLowerCase()} · {dossierKindLabels[dossier.kind]} · aangevraagd:{' '}
            {dossier.requestedMarks.map((mark) => markLabels[mark]).join(', ')}
          </p>
        }
      />
      {!reviewable && (
        <Alert tone="warning" title="Beoordelen is nu niet mogelijk.">
          Start eerst de beoordeling van het jaaractieplan; na de beslissing kan niets meer worden gewijzigd.
        </Alert>
      )}
      {reviewable && !assessable && <p>Dit dossier is geadviseerd; de beoordeling per criterium ligt vast. U kunt het advies nog aanpassen.</p>}
      <section aria-labelledby="training-cases-title">
        <h3 id="training-cases-title">Criteria</h3>
        {cases.length === 0 && <p>Het centrum argumenteerde geen criteria.</p>}
        {cases.map((criterionCase) => (
          <CaseAssessmentForm key={criterionCase.id} criterionCase={criterionCase} disabled={!assessable} />
        ))}
      </section>
      {reviewable && (
        <AdviceForm
          dossier={dossier}
          onAdvised={async () => {
            await refetch();
            navigate(planPath);
          }}
        />
      )}
    </article>
  );
}
