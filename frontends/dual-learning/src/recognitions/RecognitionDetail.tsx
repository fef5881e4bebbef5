import { useQuery } from '@apollo/client/react';
import { Alert, DescriptionList, LoadingIndicator, StatusBadge, apiErrorMessage } from '@werkplek/ui';
import { AreaLink, formatDate, useHeadingFocus, type User } from '@werkplek/frontend-kit';
import type { RecognitionStatus } from '../gql/graphql.js';
import { provinceLabel } from '../provinces.js';
import { isAgency } from '../session/permissions.js';
import { label, recognitionStatusLabels, recognitionStatusTones } from '../shared/labels.js';
import { StatusHistory } from '../shared/StatusHistory.js';
import { RECOGNITION_QUERY } from './recognitions.operations.js';

// History holds steps of the recognition and of its revocation proposals: show known statuses in Dutch.
const statusLabel = (status: string) => label(recognitionStatusLabels, status as RecognitionStatus);

/** One recognition with its mentors and history; agency staff register an agreement under an active one. */
export function RecognitionDetail({ id, user }: { id: string; user: User | undefined }) {
  const headingRef = useHeadingFocus();
  const { data, loading, error } = useQuery(RECOGNITION_QUERY, { variables: { id } });
  const recognition = data?.recognition;
  return (
    <>
      <p>
        <AreaLink to="erkenningen">Terug naar de erkenningen</AreaLink>
      </p>
      <h2 ref={headingRef} tabIndex={-1}>
        {recognition ? `Erkenning ${recognition.workplace.name} – ${recognition.training.name}` : 'Erkenning'}
      </h2>
      {loading && !recognition && <LoadingIndicator label="De erkenning wordt geladen…" />}
      {error && <Alert title="De erkenning kon niet worden geladen.">{apiErrorMessage(error)}</Alert>}
      {recognition && (
        <>
          <p>
            <StatusBadge tone={recognitionStatusTones[recognition.status]}>{statusLabel(recognition.status)}</StatusBadge>
          </p>
          {recognition.status === 'ACTIVE' && isAgency(user) && (
            <p>
              <AreaLink to={`overeenkomsten/nieuw?erkenning=${encodeURIComponent(recognition.id)}`} className="wp-button wp-button--primary">
                Overeenkomst registreren
              </AreaLink>
            </p>
          )}
          <DescriptionList
            items={[
              { term: 'Werkplek', description: `${recognition.workplace.name}, ${recognition.workplace.municipality} (${provinceLabel(recognition.workplace.province)})` },
              {
                term: 'Onderneming',
                description: recognition.workplace.company ? (
                  <AreaLink to={`ondernemingen/${encodeURIComponent(recognition.workplace.company.id)}`}>{recognition.workplace.companyName}</AreaLink>
                ) : (
                  recognition.workplace.companyName
                ),
              },
              { term: 'Opleiding', description: recognition.training.name },
              { term: 'Partnerschap', description: recognition.partnership.name },
              { term: 'Omvang', description: recognition.scope === 'PARTIAL' ? 'Gedeeltelijk' : 'Volledig' },
              ...(recognition.excludedActivities.length > 0 ? [{ term: 'Uitgesloten activiteiten', description: recognition.excludedActivities.join(', ') }] : []),
              { term: 'Geldig', description: `${formatDate(recognition.validFrom)} tot ${formatDate(recognition.validUntil)}` },
              ...(recognition.endedOn ? [{ term: 'Beëindigd op', description: `${formatDate(recognition.endedOn)}: ${recognition.endReason ?? ''}` }] : []),
              { term: 'Mentoren', description: recognition.mentors.map((mentor) => mentor.name).join(', ') || 'Geen' },
            ]}
          />
          {recognition.applicationId && (
            <p>
              <AreaLink to={`aanvragen/${recognition.applicationId}`}>Naar de erkenningsaanvraag</AreaLink>
            </p>
          )}
          <h3>Geschiedenis</h3>
          <StatusHistory entries={recognition.history} statusLabel={statusLabel} caption="Geschiedenis van de erkenning" />
        </>
      )}
    </>
  );
}
