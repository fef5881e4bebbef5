import { EmptyState, StatusBadge } from '@werkplek/ui';
import type { AuditDetail, RecommendationRow } from '../audit/audit.operations.js';
import type { FieldWork } from '../offline/useFieldWork.js';
import { formatLocalDate } from '../shared/dates.js';
import { labelOf, recommendationKindLabels, recommendationStatusLabels } from '../shared/labels.js';
import { EvaluateRecommendationForm } from './EvaluateRecommendationForm.js';
import { RecommendationForm } from './RecommendationForm.js';

/** The due date with "te laat" in words when it passed (never colour alone). */
export function DueDate({ recommendation }: { recommendation: Pick<RecommendationRow, 'agreedDueOn' | 'isOverdue' | 'daysOverdue'> }) {
  return (
    <>
      <time dateTime={recommendation.agreedDueOn}>{formatLocalDate(recommendation.agreedDueOn)}</time>
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
  const canIssue = audit.status === 'IN_PROGRESS' || audit.status === 'REPORTED' || audit.status === 'FOLLOW_UP';
  const canEvaluate = audit.status === 'REPORTED' || audit.status === 'FOLLOW_UP';
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
                {recommendation.implementedOn ? ` op ${formatLocalDate(recommendation.implementedOn)}` : ''}
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
