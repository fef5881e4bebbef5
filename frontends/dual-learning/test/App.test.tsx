import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { MockedProvider } from '@apollo/client/testing/react';
import { GraphQLError } from 'graphql';
import App from '../src/App.js';
import { WORKPLACES_QUERY } from '../src/workplaces.query.js';

afterEach(cleanup);

const workplace = {
  __typename: 'Workplace',
  id: 'wp-1',
  establishmentNumber: '2.123.456.789',
  name: 'Bakkerij Vandenbroucke',
  companyName: 'Vandenbroucke BV',
  municipality: 'Brugge',
  province: 'WEST_VLAANDEREN',
  sectoralPartnership: 'Voeding',
};

describe('DualLearningApp', () => {
  it('lists the workplaces in a table after loading', async () => {
    render(
      <MockedProvider mocks={[{ request: { query: WORKPLACES_QUERY }, result: { data: { workplaces: [workplace] } } }]}>
        <App />
      </MockedProvider>,
    );
    expect(screen.getByRole('status').textContent).toMatch(/worden geladen/);
    expect(await screen.findByRole('rowheader', { name: 'Bakkerij Vandenbroucke' })).toBeTruthy();
    expect(screen.getByRole('cell', { name: 'West-Vlaanderen' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'Erkende werkplekken' })).toBeTruthy();
  });

  it('explains a FORBIDDEN error in Dutch', async () => {
    const forbidden = new GraphQLError('Geen toegang / Forbidden', { extensions: { code: 'FORBIDDEN' } });
    render(
      <MockedProvider mocks={[{ request: { query: WORKPLACES_QUERY }, result: { errors: [forbidden] } }]}>
        <App />
      </MockedProvider>,
    );
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/geen toegang tot deze gegevens/);
    expect(screen.queryByRole('table')).toBeNull();
  });
});
