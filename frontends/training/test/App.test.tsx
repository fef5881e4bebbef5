import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { MockedProvider } from '@apollo/client/testing/react';
import { GraphQLError } from 'graphql';
import App from '../src/App.js';
import { TRAINING_CENTRES_QUERY } from '../src/centres/trainingCentres.query.js';

afterEach(cleanup);
beforeEach(() => window.history.pushState(null, '', '/ondernemersvorming/opleidingscentra'));

const centre = {
  __typename: 'TrainingCentre',
  version: 1,
  id: 'tc-1',
  code: 'SW',
  name: 'Syntra West',
  umbrella: 'SYNTRA Vlaanderen',
  campuses: ['Brugge', 'Kortrijk'],
  email: 'info@syntrawest.be',
  phone: '050 40 30 20',
};

describe('TrainingApp', () => {
  it('lists the training centres with their contact details', async () => {
    render(
      <MockedProvider mocks={[{ request: { query: TRAINING_CENTRES_QUERY }, result: { data: { trainingCentres: [centre] } } }]}>
        <App user={{ id: 'u-1', name: 'Els', role: 'AGENCY_STAFF' }} />
      </MockedProvider>,
    );
    expect(await screen.findByRole('rowheader', { name: 'Syntra West' })).toBeTruthy();
    expect(screen.getByRole('cell', { name: 'Brugge, Kortrijk' })).toBeTruthy();
    expect(screen.getByRole('link', { name: '050 40 30 20' }).getAttribute('href')).toBe('tel:050403020');
    expect(screen.getByRole('button', { name: 'Exporteren als CSV' })).toBeTruthy();
  });

  it('shows the navigation by role, the current page marked', async () => {
    render(
      <MockedProvider mocks={[{ request: { query: TRAINING_CENTRES_QUERY }, result: { data: { trainingCentres: [centre] } } }]}>
        <App user={{ id: 'u-1', name: 'Els', role: 'AGENCY_STAFF' }} />
      </MockedProvider>,
    );
    const nav = screen.getByRole('navigation', { name: 'Ondernemersvorming' });
    expect(nav.querySelector('a[aria-current="page"]')?.textContent).toBe('Opleidingscentra');
    expect(screen.getByRole('link', { name: 'Indicatoren' }).getAttribute('href')).toBe('/ondernemersvorming/indicatoren');
  });

  it('explains an UNAUTHENTICATED error in Dutch', async () => {
    const unauthenticated = new GraphQLError('Niet aangemeld / Not signed in', { extensions: { code: 'UNAUTHENTICATED' } });
    render(
      <MockedProvider mocks={[{ request: { query: TRAINING_CENTRES_QUERY }, result: { errors: [unauthenticated] } }]}>
        <App />
      </MockedProvider>,
    );
    expect((await screen.findByRole('alert')).textContent).toMatch(/niet \(meer\) aangemeld/);
  });
});
