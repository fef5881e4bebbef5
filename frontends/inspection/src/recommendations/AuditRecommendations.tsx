import { EmptyState, StatusBadge } from '@werkplek/ui';
import { formatDate } from '@werkplek/frontend-kit';
import { mayTake, type AuditDetail, type RecommendationRow } from '../audit/audit.operations.js';
import type { FieldWork } from '../offline/useFieldWork.js';
import { labelOf, recommendationKindLabels, recommendationStatusLabels } from '../shared/labels.js';
import { EvaluateRecommendationForm } from './EvaluateRecommendationForm.js';
import { RecommendationForm } from './RecommendationForm.js';

/** The due date with "te laat" in words when it passed (never colour alone). */
export function DueDate({ recommendation }: { recommendation: Pick<RecommendationRow, 'agreedDueOn' | 'isOverdue' | 'daysOverdue'> }) {
  return (
    <>
      <time dateTime={recommendation.agreedDueOn}>{formatDate(recommendation.agreedDueOn)}</time>
      {recommendation.isOverdue && (
        <>
          {' '}
          <StatusBadge tone="error">
            {recommendation.daysOverdue} {recommendation.daysOverdue === 1 ? 'dag' : 'dagen'} te laat
          </StatusBadge>
        </>
      )}
    </>
  );
}

/** Recommendations and their follow-up on the audit page: issue new ones, evaluate open ones after the report. */
export function AuditRecommendations({ audit, work }: { audit: AuditDetail; work: FieldWork }) {
  // The server's allowedSteps: recommendations are logged during the visit ('log') and added after the report
  // ('completeReport'); evaluating is its own step.
  const canIssue = mayTake(audit, 'log') || mayTake(audit, 'completeReport');
  const canEvaluate = mayTake(audit, 'evaluateRecommendation');
  return (
    <div>
      {audit.recommendations.length === 0 ? (
        <EmptyState title="Nog geen aanbevelingen of maatregelen." />
      ) : (
        <ul className="wp-inspection__recommendations" aria-label="Aanbevelingen en maatregelen">
          {audit.recommendations.map((recommendation) => (
            <li key={recommendation.id} className="wp-inspection__recommendation">
              <p>
                <strong>{labelOf(recommendationKindLabels, recommendation.kind)}</strong>: {recommendation.description}
              </p>
              <p>
                Verantwoordelijke: {recommendation.owner} · Realisatiedatum: <DueDate recommendation={recommendation} /> · Stand:{' '}
                {labelOf(recommendationStatusLabels, recommendation.status)}
                {recommendation.implementedOn ? ` op ${formatDate(recommendation.implementedOn)}` : ''}
              </p>
              {recommendation.finding && <p>Bij vaststelling: {recommendation.finding.title}</p>}
              {recommendation.evaluationNote && <p>Opvolging: {recommendation.evaluationNote}</p>}
              {canEvaluate && recommendation.status === 'OPEN' && (
                <details className="wp-inspection__details">
                  <summary>Opvolgen</summary>
                  <EvaluateRecommendationForm recommendation={recommendation} work={work} />
                </details>
              )}
            </li>
          ))}
        </ul>
      )}
      {canIssue && <RecommendationForm audit={audit} work={work} />}
    </div>
  );
}
