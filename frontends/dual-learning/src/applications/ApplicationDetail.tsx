import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { AreaLink, SubmissionResult, formatDate, formatDateTime, useHeadingFocus } from '@werkplek/frontend-kit';
import { Alert, DataTable, DescriptionList, LoadingIndicator, StatusBadge, apiErrorMessage } from '@werkplek/ui';
import { provinceLabel } from '../provinces.js';
import { applicationStatusLabels, applicationStatusTones, decisionOutcomeLabels, handlingActionLabels, label, rejectionReasonLabels, yesNo } from '../shared/labels.js';
import { StatusHistory } from '../shared/StatusHistory.js';
import { offeredSteps } from './applicationSteps.js';
import { APPLICATION_QUERY } from './applications.operations.js';
import { CompanyConditionsForm } from './CompanyConditionsForm.js';
import { DecisionForm } from './DecisionForm.js';
import { HandlingActionForm } from './HandlingActionForm.js';
import { IncompleteForm } from './IncompleteForm.js';
import { StatusSteps } from './StatusSteps.js';
import { VoteForm } from './VoteForm.js';
import { VoteList } from './VoteList.js';
import type { ApplicationStatus } from '../gql/graphql.js';

const statusLabel = (status: string) => label(applicationStatusLabels, status as ApplicationStatus);

/**
 * One recognition application: its data, the 14-day term, mentors, actions, votes, history, and exactly the steps the
 * API's allowedSteps lists for the signed-in user (workflow, role, partnership, decision mechanism).
 */
export function ApplicationDetail({ id }: { id: string }) {
  const headingRef = useHeadingFocus();
  const { data, loading, error } = useQuery(APPLICATION_QUERY, { variables: { id } });
  const application = data?.recognitionApplication;
  const [decidedMessage, setDecidedMessage] = useState<string>();

  if (!application) {
    return (
      <>
        <p>
          <AreaLink to="aanvragen">Terug naar de aanvragen</AreaLink>
        </p>
        <h2 ref={headingRef} tabIndex={-1}>
          Erkenningsaanvraag
        </h2>
        {loading && <LoadingIndicator label="De aanvraag wordt geladen…" />}
        {error && <Alert title="De aanvraag kon niet worden geladen.">{apiErrorMessage(error)}</Alert>}
      </>
    );
  }

  const steps = offeredSteps(application.allowedSteps);
  const decided = application.decidedAt !== null;

  return (
    <>
      <p>
        <AreaLink to="aanvragen">Terug naar de aanvragen</AreaLink>
      </p>
      <h2 ref={headingRef} tabIndex={-1}>
        Erkenningsaanvraag {application.reference}
      </h2>
      <p>
        <StatusBadge tone={applicationStatusTones[application.status]}>{statusLabel(application.status)}</StatusBadge>{' '}
        {application.overdue && <StatusBadge tone="error">Termijn van 14 dagen overschreden</StatusBadge>}
      </p>
      <DescriptionList
        items={[
          { term: 'Werkplek', description: `${application.workplace.name}, ${application.workplace.municipality} (${provinceLabel(application.workplace.province)})` },
          { term: 'Onderneming', description: application.workplace.companyName },
          { term: 'Opleiding', description: application.training.name },
          { term: 'Partnerschap', description: application.partnership.name },
          { term: 'Ingediend door', description: application.submittedByName },
          { term: 'Ingediend op', description: formatDateTime(application.submittedAt) },
          { term: 'Uiterlijk beslist', description: `${formatDate(application.dueOn)} (${application.daysOpen} dagen open)` },
          { term: 'Leerling wacht', description: application.learnerWaiting ? 'Ja (voorrang)' : 'Nee' },
          { term: 'Onderneming administratief in orde', description: yesNo(application.companyInOrder) },
          { term: 'Voldoende uitrusting', description: yesNo(application.equipmentSufficient) },
          { term: 'Voldoende financiële draagkracht', description: yesNo(application.financiallyCapable) },
          { term: 'Geen veroordelingen', description: yesNo(application.noConvictions) },
          ...(application.missingItems.length > 0 ? [{ term: 'Ontbrekende stukken', description: application.missingItems.join(', ') }] : []),
          ...(decided
            ? [
                { term: 'Beslissing', description: label(decisionOutcomeLabels, application.outcome) },
                ...(application.rejectionReason ? [{ term: 'Reden van afkeuring', description: label(rejectionReasonLabels, application.rejectionReason) }] : []),
                { term: 'Beslist door', description: `${application.decidedByName ?? ''}, ${formatDateTime(application.decidedAt)}` },
              ]
            : []),
        ]}
      />
      {application.recognition && (
        <p>
          <AreaLink to={`erkenningen/${application.recognition.id}`}>Naar de erkenning</AreaLink>
        </p>
      )}

      <h3>Mentoren</h3>
      <DataTable
        caption="Mentoren van de werkplek"
        columns={[
          { key: 'name', header: 'Mentor', rowHeader: true, render: (row) => row.name },
          { key: 'age', header: 'Leeftijd', render: (row) => row.age },
          { key: 'experience', header: 'Jaren ervaring', render: (row) => row.yearsOfExperience },
          { key: 'ok', header: 'Voldoet (BR-04)', render: (row) => (row.meetsConditions ? 'Ja' : 'Nee') },
        ]}
        rows={application.mentorChecks}
        rowKey={(row) => row.mentorId}
        emptyText="Geen mentoren opgegeven."
      />

      <h3>Behandelacties</h3>
      <DataTable
        caption="Behandelacties"
        columns={[
          { key: 'on', header: 'Datum', rowHeader: true, render: (row) => formatDate(row.performedOn) },
          { key: 'action', header: 'Actie', render: (row) => label(handlingActionLabels, row.action) },
          { key: 'by', header: 'Door', render: (row) => row.performedByName },
          { key: 'note', header: 'Notitie', render: (row) => row.note ?? '' },
        ]}
        rows={application.actions}
        rowKey={(row) => row.id}
        emptyText="Nog geen behandelacties."
      />

      {(application.votes.length > 0 || steps.includes('castVote')) && (
        <>
          <h3>Stemmen en bezwaren</h3>
          <VoteList votes={application.votes} />
        </>
      )}

      <section aria-labelledby="dl-handling-title" className="wp-dl-handling">
        <h3 id="dl-handling-title">Behandelen</h3>
        <SubmissionResult confirmation={decidedMessage} />
        {steps.length === 0 ? (
          <p>Er zijn geen behandelstappen meer mogelijk voor deze aanvraag met uw rol.</p>
        ) : (
          <>
            <StatusSteps applicationId={application.id} steps={steps} />
            {steps.includes('declareIncomplete') && <IncompleteForm applicationId={application.id} />}
            {steps.includes('recordHandlingAction') && <HandlingActionForm applicationId={application.id} />}
            {steps.includes('recordCompanyConditions') && (
              <CompanyConditionsForm
                applicationId={application.id}
                current={{
                  companyInOrder: application.companyInOrder,
                  equipmentSufficient: application.equipmentSufficient,
                  financiallyCapable: application.financiallyCapable,
                  noConvictions: application.noConvictions,
                }}
              />
            )}
            {(steps.includes('approve') || steps.includes('reject')) && (
              <DecisionForm
                applicationId={application.id}
                canApprove={steps.includes('approve')}
                canReject={steps.includes('reject')}
                activities={application.training.activities}
                onDecided={setDecidedMessage}
              />
            )}
            {steps.includes('proposeDecision') && <DecisionForm mode="propose" applicationId={application.id} canApprove canReject activities={application.training.activities} />}
            {steps.includes('castVote') && <VoteForm applicationId={application.id} />}
          </>
        )}
      </section>

      <h3>Geschiedenis</h3>
      <StatusHistory entries={application.history} statusLabel={statusLabel} caption="Geschiedenis van de aanvraag" />
    </>
  );
}
