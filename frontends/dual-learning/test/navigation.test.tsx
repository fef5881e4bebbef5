import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { MockedProvider } from '@apollo/client/testing/react';
import App from '../src/App.js';
import { APPLICATION_QUERY, APPLICATIONS_QUERY, PARTNERSHIPS_QUERY } from '../src/applications/applications.operations.js';

afterEach(cleanup);

const partnership = { __typename: 'Partnership', version: 1, id: 'p-horeca', name: 'SP Horeca' };
const workplace = { __typename: 'Workplace', id: 'wp-1', name: 'Hotel Aan de Leie', municipality: 'Gent', province: 'OOST_VLAANDEREN' };

describe('navigation inside the area', () => {
  it('opens an application from the inbox without a page load and moves focus to its heading', async () => {
    window.history.replaceState(null, '', '/duaal-leren/aanvragen');
    const node = { __typename: 'RecognitionApplication', version: 1, id: 'a1', reference: 'ERK-2026-00001', status: 'SUBMITTED', submittedAt: '2026-05-01T08:00:00.000Z', dueOn: '2026-05-15', overdue: false, daysOpen: 1, priority: false, workplace, training: { __typename: 'TrainingProgramme', id: 't-1', name: 'Kok' }, partnership };
    const detail = {
      ...node,
      submitterType: 'COMPANY', submittedByName: 'Leiehotels BV', dual: true, learnerWaiting: false,
      companyInOrder: null, equipmentSufficient: null, financiallyCapable: null, noConvictions: null, missingItems: [], outcome: null, rejectionReason: null, excludedActivities: [], decidedAt: null, decidedByName: null,
      workplace: { ...workplace, companyName: 'Leiehotels BV' },
      training: { __typename: 'TrainingProgramme', id: 't-1', name: 'Kok', activities: ['Koken'] },
      partnership: { ...partnership, decisionMechanism: 'CONSULTANT_DECISION' },
      mentorChecks: [], actions: [], allowedSteps: ['takeUp', 'putOnHold', 'declareIncomplete', 'reject'], votes: [], history: [], recognition: null,
    };
    render(
      <MockedProvider
        mocks={[
          { request: { query: PARTNERSHIPS_QUERY }, result: { data: { partnerships: [partnership] } }, maxUsageCount: 5 },
          { request: { query: APPLICATIONS_QUERY, variables: { page: { first: 25, after: null }, sort: 'SUBMITTED_AT_DESC', filter: {} } }, result: { data: { recognitionApplications: { __typename: 'RecognitionApplicationConnection', totalCount: 1, pageInfo: { __typename: 'PageInfo', endCursor: 'c1', hasNextPage: false }, nodes: [node] } } } },
          { request: { query: APPLICATION_QUERY, variables: { id: 'a1' } }, result: { data: { recognitionApplication: detail } } },
        ]}
      >
        <App user={{ id: 'u-1', name: 'Lies Peeters', role: 'AGENCY_STAFF' }} basePath="/duaal-leren" />
      </MockedProvider>,
    );
    fireEvent.click(await screen.findByRole('link', { name: 'ERK-2026-00001' }));
    expect(window.location.pathname).toBe('/duaal-leren/aanvragen/a1');
    const heading = await screen.findByRole('heading', { level: 2, name: 'Erkenningsaanvraag ERK-2026-00001' });
    expect(screen.getByRole('button', { name: 'In behandeling nemen' })).toBeTruthy();
    expect(document.activeElement?.tagName).toBe('H2');
    expect(heading).toBeTruthy();
  });
});
