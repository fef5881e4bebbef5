import { useQuery } from '@apollo/client/react';
import type { Role } from '../auth/roles.js';
import { formatDate } from '../home/dates.js';
import { areaLinks } from '../routing/routes.js';
import type { LinkProps } from '../routing/links.js';
import { SEARCH_AUDITS_QUERY, SEARCH_COMPANIES_QUERY, SEARCH_TRAINING_QUERY, SEARCH_WORKPLACES_QUERY } from './search.operations.js';
import { SearchResultGroup } from './SearchResultGroup.js';
import { matchesText, searchScopeOf } from './searchScope.js';

export interface SearchResultsProps {
  text: string;
  role: Role;
  linkProps: LinkProps;
}

const MAX_HITS = 10;

/** The hits per domain the role may read; each group loads and fails on its own. */
export function SearchResults({ text, role, linkProps }: SearchResultsProps) {
  const scope = searchScopeOf(role);
  const workplaces = useQuery(SEARCH_WORKPLACES_QUERY, { variables: { text }, skip: !scope.workplaces });
  const companies = useQuery(SEARCH_COMPANIES_QUERY, { variables: { text }, skip: !scope.companies });
  const training = useQuery(SEARCH_TRAINING_QUERY, { skip: !scope.training });
  const audits = useQuery(SEARCH_AUDITS_QUERY, { skip: !scope.audits });

  const centreHits = (training.data?.trainingCentres ?? []).filter((centre) => matchesText(centre.name, text));
  const trackHits = (training.data?.tracks.nodes ?? []).filter((track) => matchesText(`${track.code} ${track.name}`, text));
  const auditHits = (audits.data?.audits.nodes ?? []).filter((audit) => matchesText(`${audit.reference} ${audit.title}`, text));

  const noScope = !scope.workplaces && !scope.companies && !scope.training && !scope.audits;
  if (noScope) return <p>Met uw rol kunt u niet zoeken in Werkplek. Gebruik de navigatie om uw dossiers te openen.</p>;

  return (
    <>
      {scope.workplaces && (
        <SearchResultGroup
          title="Werkplekken"
          loading={workplaces.loading}
          error={workplaces.error}
          totalCount={workplaces.data?.workplacePage.totalCount}
          hits={(workplaces.data?.workplacePage.nodes ?? []).map((workplace) => ({
            key: workplace.id,
            href: areaLinks.workplace(workplace.id),
            label: workplace.name,
            details: `${workplace.companyName}, ${workplace.municipality}`,
          }))}
          linkProps={linkProps}
        />
      )}
      {scope.companies && (
        <SearchResultGroup
          title="Ondernemingen"
          loading={companies.loading}
          error={companies.error}
          totalCount={companies.data?.companies.totalCount}
          hits={(companies.data?.companies.nodes ?? []).map((company) => ({
            key: company.id,
            href: areaLinks.company(company.id),
            label: company.name,
            details: `ondernemingsnummer ${company.enterpriseNumber}`,
          }))}
          linkProps={linkProps}
        />
      )}
      {scope.training && (
        <>
          <SearchResultGroup
            title="Opleidingscentra"
            loading={training.loading}
            error={training.error}
            hits={centreHits.map((centre) => ({ key: centre.id, href: areaLinks.trainingCentre(centre.id), label: centre.name }))}
            linkProps={linkProps}
          />
          <SearchResultGroup
            title="Trajecten"
            loading={training.loading}
            error={training.error}
            note={
              training.data && training.data.tracks.totalCount > training.data.tracks.nodes.length
                ? `Gezocht in de eerste ${training.data.tracks.nodes.length} trajecten op naam.`
                : undefined
            }
            totalCount={trackHits.length}
            hits={trackHits.slice(0, MAX_HITS).map((track) => ({
              key: track.id,
              href: areaLinks.track(track.id),
              label: `${track.name} (${track.code})`,
              ...(track.centre ? { details: track.centre.name } : {}),
            }))}
            linkProps={linkProps}
          />
        </>
      )}
      {scope.audits && (
        <SearchResultGroup
          title="Doorlichtingen"
          loading={audits.loading}
          error={audits.error}
          note={
            audits.data && audits.data.audits.totalCount > audits.data.audits.nodes.length
              ? `Gezocht op referentie of titel in de eerste ${audits.data.audits.nodes.length} doorlichtingen.`
              : undefined
          }
          totalCount={auditHits.length}
          hits={auditHits.slice(0, MAX_HITS).map((audit) => ({
            key: audit.id,
            href: areaLinks.audit(audit.id),
            label: `${audit.reference} – ${audit.title}`,
            details: `gepland op ${formatDate(audit.scheduledOn)}`,
          }))}
          linkProps={linkProps}
        />
      )}
    </>
  );
}
