import { useQuery } from '@apollo/client/react';
import { Alert, DescriptionList, LoadingIndicator, StatusBadge, apiErrorMessage } from '@werkplek/ui';
import { AreaLink, formatDate, useHeadingFocus, type User } from '@werkplek/frontend-kit';
import type { ComplaintStatus } from '../gql/graphql.js';
import { complaintHandlerBodyLabels, complaintStatusLabels, complaintVerdictLabels, label } from '../shared/labels.js';
import { StatusHistory } from '../shared/StatusHistory.js';
import { useStepMessage } from '../shared/useStepMessage.js';
import { ComplaintSteps, offeredComplaintSteps } from './ComplaintSteps.js';
import { COMPLAINT_QUERY } from './complaints.operations.js';

const statusLabel = (status: string) => label(complaintStatusLabels, status as ComplaintStatus);

function Term({ date, overdue, text }: { date: string; overdue: boolean; text: string }) {
  return (
    <>
      {formatDate(date)} {overdue && <StatusBadge tone="error">{text}</StatusBadge>}
    </>
  );
}

/** One complaint or report: its file, the 10- and 45-day terms, the handling steps the procedure allows, history. */
// `user` stays in the props (App passes it) although the API's allowedSteps now decide what is offered.
export function ComplaintDetail({ id }: { id: string; user?: User | undefined }) {
  const headingRef = useHeadingFocus();
  const { data, loading, error } = useQuery(COMPLAINT_QUERY, { variables: { id } });
  const stepMessage = useStepMessage();
  const complaint = data?.complaint;
  const kind = complaint?.kind === 'REPORT' ? 'Melding' : 'Klacht';
  // The API lists the steps the signed-in user may take now (role, partnership, BR-50, state).
  const steps = complaint ? offeredComplaintSteps(complaint.allowedSteps) : [];

  return (
    <>
      <p>
        <AreaLink to="klachten">Terug naar de klachten</AreaLink>
      </p>
      <h2 ref={headingRef} tabIndex={-1}>
        {complaint ? `${kind} ${complaint.number}: ${complaint.subject}` : 'Klacht'}
      </h2>
      {loading && !complaint && <LoadingIndicator label="De klacht wordt geladen…" />}
      {error && <Alert title="De klacht kon niet worden geladen.">{apiErrorMessage(error)}</Alert>}
      {complaint && (
        <>
          <p>
            <StatusBadge>{statusLabel(complaint.status)}</StatusBadge>
          </p>
          <DescriptionList
            items={[
              { term: 'Indiener', description: complaint.submitterEmail ? `${complaint.submitterName} (${complaint.submitterEmail})` : complaint.submitterName },
              { term: 'Beschrijving', description: complaint.description },
              { term: 'Partnerschap', description: complaint.partnership?.name ?? 'Agentschap' },
              { term: 'Ontvangen op', description: formatDate(complaint.receivedOn) },
              {
                term: 'Ontvangst bevestigen uiterlijk (10 dagen)',
                description: complaint.acknowledgedOn ? `Bevestigd op ${formatDate(complaint.acknowledgedOn)}` : <Term date={complaint.acknowledgeDueOn} overdue={complaint.acknowledgeOverdue} text="Te laat" />,
              },
              {
                term: 'Afsluiten uiterlijk (45 dagen)',
                description: complaint.closedOn ? `Afgesloten op ${formatDate(complaint.closedOn)}` : <Term date={complaint.closeDueOn} overdue={complaint.closeOverdue} text="Termijn overschreden" />,
              },
              ...(complaint.admissibilityNote ? [{ term: 'Ontvankelijkheid', description: complaint.admissibilityNote }] : []),
              ...(complaint.handlerBody ? [{ term: 'Behandeld door', description: `${label(complaintHandlerBodyLabels, complaint.handlerBody)}: ${complaint.handlerName ?? ''}` }] : []),
              ...(complaint.verdict ? [{ term: 'Oordeel van de klachtenraad', description: label(complaintVerdictLabels, complaint.verdict) }] : []),
              ...(complaint.resolution ? [{ term: 'Beslissing en oplossing', description: complaint.resolution }] : []),
            ]}
          />
          <section aria-labelledby="dl-complaint-steps" className="wp-dl-handling">
            <h3 id="dl-complaint-steps">Behandelen</h3>
            {stepMessage.message}
            {steps.length === 0 ? <p>Er zijn geen behandelstappen mogelijk voor deze {kind.toLowerCase()} met uw rol.</p> : <ComplaintSteps complaint={complaint} steps={steps} onDone={stepMessage.show} />}
          </section>
          {complaint.closingMessage && (
            <>
              <h3>Afsluitende e-mail</h3>
              <pre className="wp-dl-message">{complaint.closingMessage}</pre>
            </>
          )}
          <h3>Geschiedenis</h3>
          <StatusHistory entries={complaint.history} statusLabel={statusLabel} caption="Geschiedenis van de klacht" />
        </>
      )}
    </>
  );
}
