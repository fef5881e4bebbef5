import { useQuery } from '@apollo/client/react';
import { Alert, DescriptionList, LoadingIndicator, StatusBadge, apiErrorMessage } from '@werkplek/ui';
import { AreaLink, Role, formatDate, hasRole, useHeadingFocus, type User } from '@werkplek/frontend-kit';
import type { AgreementStatus } from '../gql/graphql.js';
import { agreementStatusLabels, agreementStatusTones, agreementTypeLabels, label, terminationReasonLabels } from '../shared/labels.js';
import { StatusHistory } from '../shared/StatusHistory.js';
import { AGREEMENT_QUERY } from './agreements.operations.js';
import { EndAgreement } from './EndAgreement.js';
import { SuspendAgreementForm } from './SuspendAgreementForm.js';

const statusLabel = (status: string) => label(agreementStatusLabels, status as AgreementStatus);

/** One agreement, its history, and (while it runs) ending it or ending it early with a coded reason. */
export function AgreementDetail({ id, created, user }: { id: string; created: boolean; user?: User | undefined }) {
  // The agreement workflow lets agency staff and the company suspend (agreement.workflow.ts); Agreement has no
  // allowedSteps field yet. Without a user (component tests) the API decides.
  const maySuspend = !user || hasRole(user, Role.AgencyStaff, Role.CompanyUser);
  const headingRef = useHeadingFocus();
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
          {agreement.status === 'RUNNING' && maySuspend && (
            <section aria-labelledby="dl-suspension-title" className="wp-dl-handling">
              <h3 id="dl-suspension-title">Schorsing</h3>
              {agreement.suspendedFrom ? (
                <p>
                  Geschorst sinds {formatDate(agreement.suspendedFrom)}. Een schorsing beëindigen kan nog niet in het platform: de API kent die stap
                  niet. Wordt de overeenkomst niet hervat, beëindig ze dan vroegtijdig (na meer dan 60 dagen met reden &quot;langer dan 60 dagen
                  geschorst&quot;).
                </p>
              ) : (
                <SuspendAgreementForm agreement={agreement} />
              )}
            </section>
          )}
          {agreement.status === 'RUNNING' && <EndAgreement agreement={agreement} />}
          <h3>Geschiedenis</h3>
          <StatusHistory entries={data.history} statusLabel={statusLabel} caption="Geschiedenis van de overeenkomst" />
        </>
      )}
    </>
  );
}
