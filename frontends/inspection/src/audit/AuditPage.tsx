import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Alert, DescriptionList, LoadingIndicator, StatusBadge, Tabs, apiErrorMessage } from '@werkplek/ui';
import { AUDIT_QUERY, type AuditDetail } from './audit.operations.js';
import { AuditHistory } from './AuditHistory.js';
import { ReportView } from './ReportView.js';
import { NextStep } from './steps/NextStep.js';
import { ChecklistForm } from '../checklist/ChecklistForm.js';
import { FindingForm } from '../findings/FindingForm.js';
import { FindingsList } from '../findings/FindingsList.js';
import { FieldWorkStatus } from '../offline/FieldWorkStatus.js';
import { useFieldWork, type FieldWork } from '../offline/useFieldWork.js';
import { AuditRecommendations } from '../recommendations/AuditRecommendations.js';
import { AppLink, routePaths, usePageHeadingFocus } from '../routing/router.js';
import { formatLocalDate } from '../shared/dates.js';
import { kindLabel, labelOf, roleLabels, statusLabel, subjectLabel } from '../shared/labels.js';

/** The audit page: status and next step, the checklist, findings, recommendations, the report and the history. */
export function AuditPage({ id }: { id: string }) {
  // cache-and-network: after a reconnect the page shows the server's state again, not only the cache.
  const { data, loading, error, refetch } = useQuery(AUDIT_QUERY, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const work = useFieldWork(id);
  const headingRef = usePageHeadingFocus();
  const audit = data?.audit;

  return (
    <section className="wp-inspection__page" aria-labelledby="doorlichting-titel">
      <p>
        <AppLink to={routePaths.audits}>
          <span aria-hidden="true">‹ </span>Terug naar de doorlichtingen
        </AppLink>
      </p>
      <h2 id="doorlichting-titel" ref={headingRef} tabIndex={-1}>
        {audit?.title ?? 'Doorlichting'}
      </h2>
      <FieldWorkStatus work={work} />
      {!audit && loading && <LoadingIndicator label="De doorlichting wordt geladen…" />}
      {!audit && error && (
        <Alert title="De doorlichting kon niet worden geladen.">
          <p>{apiErrorMessage(error)}</p>
          <button type="button" className="wp-button wp-button--secondary" onClick={() => void refetch()}>
            Opnieuw proberen
          </button>
        </Alert>
      )}
      {audit && <AuditContent audit={audit} work={work} />}
    </section>
  );
}

function AuditContent({ audit, work }: { audit: AuditDetail; work: FieldWork }) {
  const [tab, setTab] = useState(audit.status === 'IN_PROGRESS' ? 'checklist' : audit.reportedOn ? 'verslag' : 'checklist');
  const logging = audit.status === 'IN_PROGRESS';
  return (
    <>
      <p className="wp-inspection__status-line">
        {audit.reference} · {kindLabel(audit.kind)} · Stand: <StatusBadge tone={audit.status === 'CANCELLED' ? 'error' : 'info'}>{statusLabel(audit)}</StatusBadge>
        {audit.overdueRecommendationCount > 0 && (
          <>
            {' '}
            <StatusBadge tone="error">{audit.overdueRecommendationCount} aanbeveling(en) te laat</StatusBadge>
          </>
        )}
      </p>
      <DescriptionList
        items={[
          { term: 'Onderwerp', description: subjectLabel(audit) },
          { term: 'Gepland op', description: formatLocalDate(audit.scheduledOn) },
          { term: 'Terreinbezoek', description: formatLocalDate(audit.performedOn) },
          { term: 'Toezichtfocus of thema', description: audit.focus },
          { term: 'Lesplaats', description: audit.teachingLocation },
          {
            term: 'Team',
            description: audit.assignments.map((assignment) => `${assignment.auditor.name} (${labelOf(roleLabels, assignment.role)})`).join(', '),
          },
          ...(audit.cancelledReason ? [{ term: 'Reden van annulering', description: audit.cancelledReason }] : []),
        ]}
        emptyText="niet ingevuld"
      />
      <section className="wp-inspection__next-step" aria-labelledby="volgende-stap">
        <h3 id="volgende-stap">Volgende stap</h3>
        <NextStep audit={audit} work={work} />
      </section>
      <Tabs
        label="Onderdelen van de doorlichting"
        selectedId={tab}
        onChange={setTab}
        tabs={[
          { id: 'checklist', label: 'Checklist', content: <ChecklistForm audit={audit} work={work} /> },
          {
            id: 'vaststellingen',
            label: `Vaststellingen (${audit.findings.length})`,
            content: (
              <>
                <FindingsList audit={audit} field={work.state} />
                {logging && <FindingForm audit={audit} work={work} />}
              </>
            ),
          },
          {
            id: 'aanbevelingen',
            label: `Aanbevelingen (${audit.recommendations.length})`,
            content: <AuditRecommendations audit={audit} work={work} />,
          },
          { id: 'verslag', label: 'Verslag', content: <ReportView audit={audit} /> },
          { id: 'geschiedenis', label: 'Geschiedenis', content: <AuditHistory audit={audit} /> },
        ]}
      />
    </>
  );
}
