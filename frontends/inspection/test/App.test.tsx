import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { MockedProvider } from '@apollo/client/testing/react';
import { GraphQLError } from 'graphql';
import App from '../src/App.js';
import { INSPECTIONS_QUERY } from '../src/inspections.query.js';
import { formatLocalDate } from '../src/labels.js';

afterEach(cleanup);

const inspection = {
  __typename: 'Inspection',
  id: 'insp-1',
  reference: 'DL-2026-001',
  title: 'Opvolgingsdoorlichting leertijd 2026',
  kind: 'FOLLOW_UP_AUDIT',
  status: 'PLANNED',
  plannedOn: '2026-03-15',
  leadInspector: 'An Peeters',
  subjectType: 'TRAINING_CENTRE',
  workplace: null,
  trainingCentre: { __typename: 'TrainingCentre', id: 'tc-3', name: 'Syntra Midden-Vlaanderen' },
};

describe('InspectionApp', () => {
  it('lists inspections with the subject resolved across subgraphs', async () => {
    render(
      <MockedProvider mocks={[{ request: { query: INSPECTIONS_QUERY }, result: { data: { inspections: [inspection] } } }]}>
        <App />
      </MockedProvider>,
    );
    expect(await screen.findByRole('rowheader', { name: 'Opvolgingsdoorlichting leertijd 2026' })).toBeTruthy();
    expect(screen.getByRole('cell', { name: 'Syntra Midden-Vlaanderen (opleidingscentrum)' })).toBeTruthy();
    expect(screen.getByRole('cell', { name: '15 maart 2026' })).toBeTruthy();
  });

  it('explains a FORBIDDEN error in Dutch (e.g. for a centre user)', async () => {
    const forbidden = new GraphQLError('Geen toegang / Forbidden', { extensions: { code: 'FORBIDDEN' } });
    render(
      <MockedProvider mocks={[{ request: { query: INSPECTIONS_QUERY }, result: { errors: [forbidden] } }]}>
        <App />
      </MockedProvider>,
    );
    expect((await screen.findByRole('alert')).textContent).toMatch(/geen toegang tot deze gegevens/);
  });
});

describe('formatLocalDate', () => {
  it('keeps the calendar day regardless of time zone and passes unknown formats through', () => {
    expect(formatLocalDate('2026-01-01')).toBe('1 januari 2026');
    expect(formatLocalDate('binnenkort')).toBe('binnenkort');
  });
});
