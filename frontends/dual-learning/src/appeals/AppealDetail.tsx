import { useQuery } from '@apollo/client/react';
import { Alert, DescriptionList, LoadingIndicator, StatusBadge, apiErrorMessage } from '@werkplek/ui';
import { AreaLink, formatDate, useHeadingFocus, type User } from '@werkplek/frontend-kit';
import type { AppealStatus } from '../gql/graphql.js';
import { appealDecisionTypeLabels, appealStatusLabels, label } from '../shared/labels.js';
import { StatusHistory } from '../shared/StatusHistory.js';
import { useStepMessage } from '../shared/useStepMessage.js';
import { AppealSteps, offeredAppealSteps } from './AppealSteps.js';
import { APPEAL_QUERY } from './appeals.operations.js';

const statusLabel = (status: string) => label(appealStatusLabels, status as AppealStatus);

/** One appeal to the appeals commission: the contested decision, the 60-day term, the steps allowed now, history. */
// `user` stays in the props (App passes it) although the API's allowedSteps now decide what is offered.
export function AppealDetail({ id }: { id: string; user?: User | undefined }) {
  const headingRef = useHeadingFocus();
  const { data, loading, error } = useQuery(APPEAL_QUERY, { variables: { id } });
  const stepMessage = useStepMessage();
  const appeal = data?.appeal;
  // The API lists the steps the signed-in user may take now (role, the appellant company, BR-43, state).
  const steps = appeal ? offeredAppealSteps(appeal.allowedSteps) : [];

  return (
    <>
      <p>
        <AreaLink to="beroepen">Terug naar de beroepen</AreaLink>
      </p>
      <h2 ref={headingRef} tabIndex={-1}>
        {appeal ? `Beroep ${appeal.number}` : 'Beroep'}
      </h2>
      {loading && !appeal && <LoadingIndicator label="Het beroep wordt geladen…" />}
      {error && <Alert title="Het beroep kon niet worden geladen.">{apiErrorMessage(error)}</Alert>}
      {appeal && (
        <>
          <p>
            <StatusBadge>{statusLabel(appeal.status)}</StatusBadge> {appeal.decisionOverdue && <StatusBadge tone="error">Termijn van 60 dagen overschreden</StatusBadge>}
          </p>
          <DescriptionList
            items={[
              { term: 'Beroep tegen', description: `${label(appealDecisionTypeLabels, appeal.decisionType)}${appeal.decidedByAgency ? ' (beslissing van SYNTRA Vlaanderen)' : ''}` },
              {
                term: 'Werkplek',
                description: appeal.workplace ? `${appeal.workplace.name}, ${appeal.workplace.municipality} (${appeal.workplace.companyName})` : '',
              },
              ...(appeal.applicationId ? [{ term: 'Afgekeurde aanvraag', description: <AreaLink to={`aanvragen/${appeal.applicationId}`}>Naar de aanvraag</AreaLink> }] : []),
              ...(appeal.recognitionId ? [{ term: 'Erkenning', description: <AreaLink to={`erkenningen/${appeal.recognitionId}`}>Naar de erkenning</AreaLink> }] : []),
              { term: 'Kennisgeving van de beslissing', description: formatDate(appeal.notifiedOn) },
              { term: 'Aangetekende brief', description: formatDate(appeal.lodgedOn) },
              { term: 'Gemotiveerd verzoek', description: appeal.motivation },
              { term: 'Eindbeslissing uiterlijk (60 dagen)', description: appeal.decidedOn ? `Beslist op ${formatDate(appeal.decidedOn)}` : formatDate(appeal.decisionDueOn) },
              ...(appeal.caseHandlerName ? [{ term: 'Dossierbehandelaar', description: appeal.caseHandlerName }] : []),
              ...(appeal.sessionOn ? [{ term: 'Zitting', description: formatDate(appeal.sessionOn) }] : []),
              ...(appeal.fileSentOn ? [{ term: 'Dossier bezorgd op', description: formatDate(appeal.fileSentOn) }] : []),
              ...(appeal.decisionNote ? [{ term: appeal.status === 'INADMISSIBLE' ? 'Reden van onontvankelijkheid' : 'Motivering', description: appeal.decisionNote }] : []),
            ]}
          />
          <section aria-labelledby="dl-appeal-steps" className="wp-dl-handling">
            <h3 id="dl-appeal-steps">Behandelen</h3>
            {stepMessage.message}
            {steps.length === 0 ? (
              <p>
                Er zijn geen behandelstappen mogelijk voor dit beroep met uw rol.
                {appeal.status === 'SCHEDULED' && !appeal.fileSentOn ? ' Bezorg eerst het dossier aan de commissie.' : ''}
              </p>
            ) : (
              <AppealSteps appeal={appeal} steps={steps} onDone={stepMessage.show} />
            )}
          </section>
          <h3>Geschiedenis</h3>
          <StatusHistory entries={appeal.history} statusLabel={statusLabel} caption="Geschiedenis van het beroep" />
        </>
      )}
    </>
  );
}
