import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { MockedProvider } from '@apollo/client/testing/react';
import { GraphQLError } from 'graphql';
import App from '../src/App.js';
import { WORKPLACES_QUERY } from '../src/workplaces.query.js';

afterEach(cleanup);
beforeEach(() => window.history.replaceState(null, '', '/duaal-leren/werkplekken'));

const workplace = {
  __typename: 'Workplace',
  id: 'wp-1',
  establishmentNumber: '2.123.456.789',
  name: 'Bakkerij Vandenbroucke',
  companyName: 'Vandenbroucke BV',
  municipality: 'Brugge',
  province: 'WEST_VLAANDEREN',
  sectoralPartnership: 'Voeding',
  company: { __typename: 'Company', id: 'co-1' },
};

describe('DualLearningApp', () => {
  it('routes below /duaal-leren and lists the workplaces in a table after loading', async () => {
    render(
      <MockedProvider mocks={[{ request: { query: WORKPLACES_QUERY }, result: { data: { workplaces: [workplace] } }, maxUsageCount: 2 }]}>
        <App />
      </MockedProvider>,
    );
    expect(screen.getByRole('navigation', { name: 'Duaal leren' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Werkplekken en begeleiding' }).getAttribute('aria-current')).toBe('page');
    expect(await screen.findByRole('rowheader', { name: 'Bakkerij Vandenbroucke' })).toBeTruthy();
    expect(screen.getByRole('cell', { name: 'West-Vlaanderen' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'Erkende werkplekken' })).toBeTruthy();
  });

  it('explains a FORBIDDEN error in Dutch', async () => {
    const forbidden = new GraphQLError('Geen toegang tot de werkplekken / No access to the workplaces', { extensions: { code: 'FORBIDDEN' } });
    render(
      <MockedProvider mocks={[{ request: { query: WORKPLACES_QUERY }, result: { errors: [forbidden] }, maxUsageCount: 2 }]}>
        <App />
      </MockedProvider>,
    );
    const alerts = await screen.findAllByRole('alert');
    expect(alerts.some((alert) => /Geen toegang tot de werkplekken/.test(alert.textContent ?? ''))).toBe(true);
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('shows a Dutch not-found page for an unknown sub-path', () => {
    window.history.replaceState(null, '', '/duaal-leren/bestaat-niet');
    render(
      <MockedProvider mocks={[]}>
        <App />
      </MockedProvider>,
    );
    expect(screen.getByRole('heading', { level: 2, name: 'Pagina niet gevonden' })).toBeTruthy();
  });
});
