import { useQuery } from '@apollo/client/react';
import { Alert, DescriptionList, LoadingIndicator, StatusBadge, apiErrorMessage } from '@werkplek/ui';
import { AreaLink, formatDate, useHeadingFocus, type User } from '@werkplek/frontend-kit';
import type { AgreementStatus } from '../gql/graphql.js';
import { agreementStatusLabels, agreementStatusTones, agreementTypeLabels, label, terminationReasonLabels } from '../shared/labels.js';
import { StatusHistory } from '../shared/StatusHistory.js';
import { useStepMessage } from '../shared/useStepMessage.js';
import { AGREEMENT_QUERY } from './agreements.operations.js';
import { EndAgreement } from './EndAgreement.js';
import { EndSuspensionForm } from './EndSuspensionForm.js';
import { knownSteps } from '../shared/knownSteps.js';
import { SuspendAgreementForm } from './SuspendAgreementForm.js';

const statusLabel = (status: string) => label(agreementStatusLabels, status as AgreementStatus);

/** The step names of Agreement.allowedSteps this screen has a form for (services/dual-learning/docs/agreement.md). */
const agreementStepNames = ['end', 'terminateEarly', 'suspend', 'endSuspension'] as const;

/**
 * One agreement, its history, and the steps the API allows the signed-in user now: suspending or ending a suspension,
 * closing it or ending it early with a coded reason. `user` stays in the props (App passes it); allowedSteps decide.
 */
export function AgreementDetail({ id, created }: { id: string; created: boolean; user?: User | undefined }) {
  const headingRef = useHeadingFocus();
  const { data, loading, error } = useQuery(AGREEMENT_QUERY, { variables: { id } });
  const agreement = data?.agreement;
  const steps = agreement ? knownSteps(agreementStepNames, agreement.allowedSteps) : [];
  const stepMessage = useStepMessage();
  return (
    <>
      <p>
        <AreaLink to="overeenkomsten">Terug naar de overeenkomsten</AreaLink>
      </p>
      <h2 ref={headingRef} tabIndex={-1}>
        {agreement ? `Overeenkomst ${agreement.number}` : 'Overeenkomst'}
      </h2>
      {created && <Alert tone="success">De overeenkomst is geregistreerd.</Alert>}
      {loading && !agreement && <LoadingIndicator label="De overeenkomst wordt geladen…" />}
      {error && <Alert title="De overeenkomst kon niet worden geladen.">{apiErrorMessage(error)}</Alert>}
      {agreement && (
        <>
          <p>
            <StatusBadge tone={agreementStatusTones[agreement.status]}>{statusLabel(agreement.status)}</StatusBadge>
          </p>
          <DescriptionList
            items={[
              { term: 'Leerling', description: `${agreement.learner.name} (${agreement.learner.trainingProvider})` },
              { term: 'Werkplek', description: agreement.workplace.name },
              { term: 'Opleiding', description: agreement.training.name },
              { term: 'Mentor', description: agreement.mentor?.name ?? '' },
              { term: 'Soort', description: label(agreementTypeLabels, agreement.type) },
              { term: 'Duaal', description: agreement.dual ? 'Ja' : 'Nee' },
              { term: 'Schooljaar', description: agreement.schoolYear },
              { term: 'Start', description: formatDate(agreement.startDate) },
              { term: 'Voorziene einddatum', description: formatDate(agreement.plannedEndDate) },
              ...(agreement.actualEndDate ? [{ term: 'Werkelijke einddatum', description: formatDate(agreement.actualEndDate) }] : []),
              ...(agreement.terminationReason ? [{ term: 'Reden', description: label(terminationReasonLabels, agreement.terminationReason) }] : []),
              ...(agreement.suspendedFrom ? [{ term: 'Geschorst sinds', description: formatDate(agreement.suspendedFrom) }] : []),
            ]}
          />
          {agreement.recognitionId && (
            <p>
              <AreaLink to={`erkenningen/${agreement.recognitionId}`}>Naar de erkenning</AreaLink>
            </p>
          )}
          {stepMessage.message}
          {(steps.includes('suspend') || steps.includes('endSuspension')) && (
            <section aria-labelledby="dl-suspension-title" className="wp-dl-handling">
              <h3 id="dl-suspension-title">Schorsing</h3>
              {steps.includes('endSuspension') && agreement.suspendedFrom && (
                <>
                  <p>
                    Geschorst sinds {formatDate(agreement.suspendedFrom)}.{' '}
                    {agreement.suspendedOver60Days
                      ? 'De overeenkomst is langer dan 60 dagen geschorst: beëindig ze vroegtijdig met de reden "langer dan 60 dagen geschorst" (BR-32), of beëindig de schorsing als de leerling hervat.'
                      : 'Beëindig de schorsing wanneer de leerling het werk hervat.'}
                  </p>
                  {agreement.suspendedOver60Days && <StatusBadge tone="warning">Langer dan 60 dagen geschorst</StatusBadge>}
                  <EndSuspensionForm agreement={{ ...agreement, suspendedFrom: agreement.suspendedFrom }} onDone={stepMessage.show} />
                </>
              )}
              {steps.includes('suspend') && <SuspendAgreementForm agreement={agreement} onDone={stepMessage.show} />}
            </section>
          )}
          {(steps.includes('end') || steps.includes('terminateEarly')) && (
            <EndAgreement agreement={agreement} mayEnd={steps.includes('end')} mayTerminate={steps.includes('terminateEarly')} />
          )}
          <h3>Geschiedenis</h3>
          <StatusHistory entries={data.history} statusLabel={statusLabel} caption="Geschiedenis van de overeenkomst" />
        </>
      )}
    </>
  );
}
