import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { MockedProvider } from '@apollo/client/testing/react';
import { GraphQLError } from 'graphql';
import App from '../src/App.js';
import { TRAINING_CENTRES_QUERY } from '../src/trainingCentres.query.js';

afterEach(cleanup);

const centre = {
  __typename: 'TrainingCentre',
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
        <App />
      </MockedProvider>,
    );
    expect(await screen.findByRole('rowheader', { name: 'Syntra West' })).toBeTruthy();
    expect(screen.getByRole('cell', { name: 'Brugge, Kortrijk' })).toBeTruthy();
    expect(screen.getByRole('link', { name: '050 40 30 20' }).getAttribute('href')).toBe('tel:050403020');
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
