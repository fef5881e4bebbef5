import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Alert, DescriptionList, LoadingIndicator, StatusBadge, Tabs, apiErrorMessage } from '@werkplek/ui';
import { AreaLink, formatDate, useHeadingFocus } from '@werkplek/frontend-kit';
import { AUDIT_QUERY, mayTake, type AuditDetail } from './audit.operations.js';
import { CancelAuditForm } from './CancelAuditForm.js';
import { RescheduleAuditForm } from './RescheduleAuditForm.js';
import { AuditHistory } from './AuditHistory.js';
import { ReportView } from './ReportView.js';
import { NextStep } from './steps/NextStep.js';
import { ChecklistForm } from '../checklist/ChecklistForm.js';
import { FindingForm } from '../findings/FindingForm.js';
import { FindingsList } from '../findings/FindingsList.js';
import { FieldWorkStatus } from '../offline/FieldWorkStatus.js';
import { useFieldWork, type FieldWork } from '../offline/useFieldWork.js';
import { AuditRecommendations } from '../recommendations/AuditRecommendations.js';
import { EvidenceList } from '../evidence/EvidenceList.js';
import { EvidenceUploadForm } from '../evidence/EvidenceUploadForm.js';
import { ProposeRevocationForm } from '../revocations/ProposeRevocationForm.js';
import { RevocationProposals } from '../revocations/RevocationProposals.js';
import { AssignTeamForm } from '../team/AssignTeamForm.js';
import { Disclosure } from '../shared/Disclosure.js';
import { routePaths } from '../routing/routes.js';
import { kindLabel, labelOf, roleLabels, statusLabel, subjectLabel } from '../shared/labels.js';

/** The audit page: status and next step, the checklist, findings, recommendations, the report and the history. */
export function AuditPage({ id }: { id: string }) {
  // cache-and-network: after a reconnect the page shows the server's state again, not only the cache.
  const { data, loading, error, refetch } = useQuery(AUDIT_QUERY, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const work = useFieldWork(id);
  const headingRef = useHeadingFocus();
  const audit = data?.audit;

  return (
    <section className="wp-inspection__page" aria-labelledby="doorlichting-titel">
      <p>
        <AreaLink to={routePaths.audits}>
          <span aria-hidden="true">‹ </span>Terug naar de doorlichtingen
        </AreaLink>
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
  // What the signed-in user may do comes from the server (allowedSteps: status, role and team).
  const logging = mayTake(audit, 'log');
  const mayUpload = mayTake(audit, 'uploadEvidence');
  // removeEvidence is per file (the uploader, or the lead): offered to whoever may upload while the report is not out
  // (the API's states for removing); the API refuses the rest and the list shows why.
  const mayRemoveEvidence = mayUpload && (audit.status === 'PREPARED' || audit.status === 'IN_PROGRESS');
  const mayPropose = audit.kind === 'WORKPLACE_AUDIT' && mayTake(audit, 'completeReport');
  const showRevocations = audit.kind === 'WORKPLACE_AUDIT' && (mayPropose || audit.revocationProposals.length > 0);
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
          { term: 'Gepland op', description: formatDate(audit.scheduledOn) },
          { term: 'Terreinbezoek', description: formatDate(audit.performedOn) },
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
        {mayTake(audit, 'reschedule') && (
          <Disclosure label="Doorlichting verplaatsen">
            <RescheduleAuditForm audit={audit} />
          </Disclosure>
        )}
        {mayTake(audit, 'assign') && (
          <Disclosure label="Team toewijzen" initiallyOpen={audit.assignments.length === 0}>
            <AssignTeamForm audit={audit} work={work} />
          </Disclosure>
        )}
        {mayTake(audit, 'cancel') && (
          <Disclosure label="Doorlichting annuleren">
            <CancelAuditForm audit={audit} />
          </Disclosure>
        )}
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
                <FindingsList audit={audit} field={work.state} work={logging ? work : undefined} />
                {logging && <FindingForm audit={audit} work={work} />}
              </>
            ),
          },
          {
            id: 'aanbevelingen',
            label: `Aanbevelingen (${audit.recommendations.length})`,
            content: <AuditRecommendations audit={audit} work={work} />,
          },
          {
            id: 'bewijsstukken',
            label: `Bewijsstukken (${audit.evidence.length})`,
            content: (
              <>
                <EvidenceList audit={audit} work={mayRemoveEvidence ? work : undefined} />
                {mayUpload && <EvidenceUploadForm audit={audit} />}
              </>
            ),
          },
          { id: 'verslag', label: 'Verslag', content: <ReportView audit={audit} /> },
          ...(showRevocations
            ? [
                {
                  id: 'opheffing',
                  label: `Opheffing of uitsluiting (${audit.revocationProposals.length})`,
                  content: (
                    <>
                      <RevocationProposals audit={audit} />
                      {mayPropose && <ProposeRevocationForm audit={audit} />}
                    </>
                  ),
                },
              ]
            : []),
          { id: 'geschiedenis', label: 'Geschiedenis', content: <AuditHistory audit={audit} /> },
        ]}
      />
    </>
  );
}
