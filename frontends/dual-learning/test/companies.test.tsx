import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { MockedProvider } from '@apollo/client/testing/react';
import { GraphQLError } from 'graphql';
import { AreaRouter } from '@werkplek/frontend-kit';
import { CompanyDetail } from '../src/companies/CompanyDetail.js';
import { COMPANY_QUERY } from '../src/companies/companies.operations.js';
import { sizeClassLabel } from '../src/companies/companyLabels.js';

afterEach(cleanup);

const workplace = (id: string, name: string, municipality: string, recognitions: unknown[]) => ({
  __typename: 'Workplace', id, name, establishmentNumber: `2${id.padStart(9, '0')}`, street: 'Leieoever 2', postalCode: '9000', municipality,
  sectoralPartnership: 'SP Horeca', recognitions,
});
const company = {
  __typename: 'Company',
  id: 'co-1',
  name: 'Leiehotels BV',
  enterpriseNumber: '0489456054',
  sizeClass: 'SIZE_20_49',
  jointCommittees: ['302'],
  publicAuthority: false,
  workplaces: [
    workplace('2', 'Hotel De Gans', 'Gent', [
      { __typename: 'Recognition', version: 1, id: 'r-1', status: 'ACTIVE', validFrom: '2025-09-01', validUntil: '2030-08-31', training: { __typename: 'TrainingProgramme', id: 't-1', name: 'Hulpkok' } },
    ]),
    workplace('1', 'Hotel Aan de Leie', 'Brugge', []),
  ],
  exclusions: [{ __typename: 'CompanyExclusion', version: 1, id: 'x-1', active: false, startsOn: '2024-01-01', endsOn: '2024-12-31', liftedOn: null, reason: 'Uitgesloten na doorlichting AUD-2023-0007' }],
};

function renderCompany(result: unknown) {
  return render(
    // Mocks are loose objects here: MockedProvider checks them at run time.
    <MockedProvider mocks={[{ request: { query: COMPANY_QUERY, variables: { id: 'co-1' } }, result } as never]}>
      <AreaRouter basePath="/duaal-leren">
        <CompanyDetail id="co-1" />
      </AreaRouter>
    </MockedProvider>,
  );
}

describe('CompanyDetail (/duaal-leren/ondernemingen/:id)', () => {
  it('shows the company, its establishments sorted by name with their recognitions, and its exclusions', async () => {
    renderCompany({ data: { company } });
    expect(await screen.findByRole('heading', { level: 2, name: 'Leiehotels BV' })).toBeTruthy();
    expect(screen.getByText('20 tot 49 werknemers')).toBeTruthy();
    const workplaces = screen.getByRole('table', { name: /Vestigingen en hun erkenningen/ });
    const names = within(workplaces).getAllByRole('rowheader').map((cell) => cell.textContent);
    expect(names).toEqual(['Hotel Aan de Leie', 'Hotel De Gans']);
    expect(within(workplaces).getByText('Geen erkenningen')).toBeTruthy();
    expect(within(workplaces).getByRole('link', { name: 'Hulpkok' }).getAttribute('href')).toBe('/duaal-leren/erkenningen/r-1');
    fireEvent.click(within(workplaces).getByRole('button', { name: /Vestiging/ }));
    expect(within(workplaces).getAllByRole('rowheader').map((cell) => cell.textContent)).toEqual(['Hotel De Gans', 'Hotel Aan de Leie']);
    expect(screen.getByRole('button', { name: 'Exporteren als CSV' })).toBeTruthy();
    const exclusions = screen.getByRole('table', { name: /Uitsluitingen van de onderneming/ });
    expect(within(exclusions).getByText('Uitgesloten na doorlichting AUD-2023-0007')).toBeTruthy();
    expect(within(exclusions).getByText('Niet van kracht')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Uitsluitingen exporteren als CSV' })).toBeTruthy();
  });

  it('says so when there are no establishments or exclusions', async () => {
    renderCompany({ data: { company: { ...company, workplaces: [], exclusions: [] } } });
    expect(await screen.findByText('Deze onderneming heeft geen geregistreerde vestigingen.')).toBeTruthy();
    expect(screen.getByText('Deze onderneming is nooit uitgesloten.')).toBeTruthy();
  });

  it('shows the refusal of the API (another company)', async () => {
    renderCompany({ errors: [new GraphQLError('Dit is niet jouw onderneming / This is not your company', { extensions: { code: 'FORBIDDEN' } })] });
    expect(await screen.findByText('Dit is niet jouw onderneming')).toBeTruthy();
  });

  it('names the size classes in words', () => {
    expect(sizeClassLabel('SIZE_1_4')).toBe('1 tot 4 werknemers');
    expect(sizeClassLabel('SIZE_1000_PLUS')).toBe('1000 of meer werknemers');
    expect(sizeClassLabel('UNKNOWN')).toBe('Onbekend');
  });
});
