import { DescriptionList, Notice } from '@werkplek/ui';
import { formatDate } from '@werkplek/frontend-kit';
import type { AuditDetail } from './audit.operations.js';
import { ChecklistScoreSummary } from '../checklist/ChecklistForm.js';
import { FindingsList } from '../findings/FindingsList.js';
import { DueDate } from '../recommendations/AuditRecommendations.js';
import { labelOf, recommendationKindLabels, recommendationStatusLabels, resultLabels } from '../shared/labels.js';

/** The report as the audited organisation reads it: summary, advice, result, findings and recommendations. */
export function ReportView({ audit }: { audit: AuditDetail }) {
  if (!audit.reportedOn) return <Notice>Er is nog geen verslag: het volgt na het terreinbezoek.</Notice>;
  return (
    <article className="wp-inspection__report" aria-labelledby="verslag-titel">
      <h4 id="verslag-titel">Verslag {audit.reference}</h4>
      <DescriptionList
        items={[
          { term: 'Verslag', description: audit.reportSummary },
          { term: 'Advies of besluit', description: audit.advice },
          { term: 'Resultaat', description: audit.result ? labelOf(resultLabels, audit.result) : undefined },
          { term: 'Gerapporteerd op', description: formatDate(audit.reportedOn) },
          { term: 'Bezorgd aan het Vlaams Partnerschap', description: formatDate(audit.reportedToFlemishPartnershipOn) },
          { term: 'Bezorgd aan de commissie audit', description: formatDate(audit.reportedToAuditCommitteeOn) },
          { term: 'Verbeterplan goedgekeurd', description: formatDate(audit.improvementPlanApprovedOn) },
        ].filter((item, index) => index < 4 || item.description)}
      />
      <h5>Checklist</h5>
      <ChecklistScoreSummary audit={audit} />
      <h5>Vaststellingen</h5>
      <FindingsList audit={audit} />
      <h5>Aanbevelingen en maatregelen</h5>
      {audit.recommendations.length === 0 ? (
        <p>Geen aanbevelingen.</p>
      ) : (
        <ul>
          {audit.recommendations.map((recommendation) => (
            <li key={recommendation.id}>
              {labelOf(recommendationKindLabels, recommendation.kind)}: {recommendation.description} — {recommendation.owner}, tegen{' '}
              <DueDate recommendation={recommendation} /> ({labelOf(recommendationStatusLabels, recommendation.status)})
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}
