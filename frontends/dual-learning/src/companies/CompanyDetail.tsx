import { useQuery } from '@apollo/client/react';
import { Alert, DescriptionList, LoadingIndicator, apiErrorMessage } from '@werkplek/ui';
import { useHeadingFocus } from '@werkplek/frontend-kit';
import { COMPANY_QUERY } from './companies.operations.js';
import { sizeClassLabel } from './companyLabels.js';
import { CompanyExclusions } from './CompanyExclusions.js';
import { CompanyWorkplaces } from './CompanyWorkplaces.js';

/** One company (onderneming): its KBO data, its establishments with their recognitions, and its exclusions. */
export function CompanyDetail({ id }: { id: string }) {
  const headingRef = useHeadingFocus();
  const { data, loading, error } = useQuery(COMPANY_QUERY, { variables: { id } });
  const company = data?.company;
  return (
    <>
      <h2 ref={headingRef} tabIndex={-1}>
        {company ? company.name : 'Onderneming'}
      </h2>
      {loading && !company && <LoadingIndicator label="De onderneming wordt geladen…" />}
      {error && <Alert title="De onderneming kon niet worden geladen.">{apiErrorMessage(error)}</Alert>}
      {company && (
        <>
          <DescriptionList
            items={[
              { term: 'Ondernemingsnummer (KBO)', description: company.enterpriseNumber },
              { term: 'Grootteklasse', description: sizeClassLabel(company.sizeClass) },
              { term: 'Paritaire comités', description: company.jointCommittees.join(', ') || 'Geen' },
              { term: 'Lokaal of openbaar bestuur', description: company.publicAuthority ? 'Ja' : 'Nee' },
            ]}
          />
          <section aria-labelledby="dl-company-workplaces">
            <h3 id="dl-company-workplaces">Vestigingen</h3>
            <CompanyWorkplaces workplaces={company.workplaces ?? []} fileName={`vestigingen-${company.enterpriseNumber}.csv`} />
          </section>
          <section aria-labelledby="dl-company-exclusions">
            <h3 id="dl-company-exclusions">Uitsluitingen</h3>
            <CompanyExclusions exclusions={company.exclusions ?? []} fileName={`uitsluitingen-${company.enterpriseNumber}.csv`} />
          </section>
        </>
      )}
    </>
  );
}
