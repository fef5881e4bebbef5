import { useQuery } from '@apollo/client/react';
import { Alert, DescriptionList, LoadingIndicator, StatusBadge, apiErrorMessage } from '@werkplek/ui';
import type { AgreementStatus } from '../gql/graphql.js';
import { AreaLink } from '../routing/router.js';
import { formatDate } from '../shared/dates.js';
import { agreementStatusLabels, agreementStatusTones, agreementTypeLabels, label, terminationReasonLabels } from '../shared/labels.js';
import { StatusHistory } from '../shared/StatusHistory.js';
import { useFocusHeading } from '../shared/useFocusHeading.js';
import { AGREEMENT_QUERY } from './agreements.operations.js';
import { EndAgreement } from './EndAgreement.js';

const statusLabel = (status: string) => label(agreementStatusLabels, status as AgreementStatus);

/** One agreement, its history, and (while it runs) ending it or ending it early with a coded reason. */
export function AgreementDetail({ id, created }: { id: string; created: boolean }) {
  const headingRef = useFocusHeading(`agreement-${id}`);
  const { data, loading, error } = useQuery(AGREEMENT_QUERY, { variables: { id } });
  const agreement = data?.agreement;
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
          {agreement.status === 'RUNNING' && <EndAgreement agreement={agreement} />}
          <h3>Geschiedenis</h3>
          <StatusHistory entries={data.history} statusLabel={statusLabel} caption="Geschiedenis van de overeenkomst" />
        </>
      )}
    </>
  );
}
