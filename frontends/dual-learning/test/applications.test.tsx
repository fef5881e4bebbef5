import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { MockedProvider } from '@apollo/client/testing/react';
import { GraphQLError } from 'graphql';
import { AreaRouter } from '@werkplek/frontend-kit';
import { ApplicationInbox } from '../src/applications/ApplicationInbox.js';
import { ApplicationDetail } from '../src/applications/ApplicationDetail.js';
import { APPLICATION_QUERY, APPLICATIONS_QUERY, CAST_VOTE, COMPLETE_APPLICATION, DECIDE_APPLICATION, PARTNERSHIPS_QUERY } from '../src/applications/applications.operations.js';

afterEach(cleanup);
beforeEach(() => window.history.replaceState(null, '', '/duaal-leren/aanvragen'));

const partnership = { __typename: 'Partnership', version: 1, id: 'p-horeca', name: 'SP Horeca' };
const partnershipsMock = { request: { query: PARTNERSHIPS_QUERY }, result: { data: { partnerships: [partnership] } }, maxUsageCount: 5 };

const row = (id: string, reference: string, overdue: boolean) => ({
  __typename: 'RecognitionApplication',
  version: 1,
  id,
  reference,
  status: 'IN_PROGRESS',
  submittedAt: '2026-05-01T08:00:00.000Z',
  dueOn: '2026-05-15',
  overdue,
  daysOpen: 20,
  priority: false,
  workplace: { __typename: 'Workplace', id: 'wp-1', name: 'Hotel Aan de Leie', municipality: 'Gent', province: 'OOST_VLAANDEREN' },
  training: { __typename: 'TrainingProgramme', id: 't-1', name: 'Kok' },
  partnership,
});

describe('ApplicationInbox', () => {
  it('lists the newest applications first, with an overdue flag in words, and pages', async () => {
    const mock = {
      request: { query: APPLICATIONS_QUERY, variables: { page: { first: 25, after: null }, sort: 'SUBMITTED_AT_DESC', filter: {} } },
      result: {
        data: {
          recognitionApplications: {
            __typename: 'RecognitionApplicationConnection',
            totalCount: 2,
            pageInfo: { __typename: 'PageInfo', endCursor: 'c2', hasNextPage: false },
            nodes: [row('a1', 'ERK-2026-00001', true), row('a2', 'ERK-2026-00002', false)],
          },
        },
      },
    };
    render(
      <MockedProvider mocks={[partnershipsMock, mock]}>
        <AreaRouter basePath="/duaal-leren">
          <ApplicationInbox />
        </AreaRouter>
      </MockedProvider>,
    );
    const first = await screen.findByRole('link', { name: 'ERK-2026-00001' });
    expect(first.getAttribute('href')).toBe('/duaal-leren/aanvragen/a1');
    const rows = screen.getAllByRole('row');
    expect(within(rows[1]!).getByText('Termijn overschreden')).toBeTruthy();
    expect(within(rows[2]!).queryByText('Termijn overschreden')).toBeNull();
    expect(screen.getByRole('columnheader', { name: /Ingediend op/ }).getAttribute('aria-sort')).toBe('descending');
    expect(screen.getByRole('search', { name: 'Aanvragen filteren' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Exporteren als CSV' })).toBeTruthy();
    expect(screen.getByRole('navigation', { name: 'Paginering aanvragen' }).textContent).toMatch(/1–2 van 2/);
  });
});

const application = (status: string, steps?: readonly string[], extra: Record<string, unknown> = {}) => ({
  __typename: 'RecognitionApplication',
  version: 1,
  id: 'a1',
  reference: 'ERK-2026-00001',
  status,
  submitterType: 'COMPANY',
  submittedByName: 'Leiehotels BV',
  submittedAt: '2026-05-01T08:00:00.000Z',
  dueOn: '2026-05-15',
  overdue: false,
  daysOpen: 3,
  dual: true,
  learnerWaiting: false,
  priority: false,
  companyInOrder: true,
  equipmentSufficient: true,
  financiallyCapable: true,
  noConvictions: true,
  missingItems: [],
  outcome: status === 'REJECTED' ? 'REJECTION' : null,
  rejectionReason: status === 'REJECTED' ? 'INSUFFICIENT_EQUIPMENT' : null,
  excludedActivities: [],
  decidedAt: status === 'REJECTED' ? '2026-05-04T08:00:00.000Z' : null,
  decidedByName: status === 'REJECTED' ? 'An Agent' : null,
  workplace: { __typename: 'Workplace', id: 'wp-1', name: 'Hotel Aan de Leie', companyName: 'Leiehotels BV', municipality: 'Gent', province: 'OOST_VLAANDEREN' },
  training: { __typename: 'TrainingProgramme', id: 't-1', name: 'Kok', activities: ['Koude keuken', 'Warme keuken'] },
  partnership: { __typename: 'Partnership', version: 1, id: 'p-horeca', name: 'SP Horeca', decisionMechanism: 'CONSULTANT_DECISION' },
  mentorChecks: [],
  actions: [],
  allowedSteps: steps ?? (status === 'IN_PROGRESS' ? ['recordHandlingAction', 'recordCompanyConditions', 'putOnHold', 'approve', 'reject'] : []),
  votes: [],
  history: [],
  recognition: null,
  ...extra,
});

const detailMock = (status: string, steps?: readonly string[], extra?: Record<string, unknown>) => ({
  request: { query: APPLICATION_QUERY, variables: { id: 'a1' } },
  result: { data: { recognitionApplication: application(status, steps, extra) } },
});
const rejectVariables = { input: { applicationId: 'a1', outcome: 'REJECTION', rejectionReason: 'INSUFFICIENT_EQUIPMENT' } };

function renderDetail(mocks: readonly unknown[]) {
  return render(
    // Mocks are loose objects here: MockedProvider checks them at run time.
    <MockedProvider mocks={mocks as never}>
      <AreaRouter basePath="/duaal-leren">
        <ApplicationDetail id="a1" />
      </AreaRouter>
    </MockedProvider>,
  );
}

describe('ApplicationDetail', () => {
  it('offers the steps of an application in progress and validates the decision in Dutch', async () => {
    renderDetail([detailMock('IN_PROGRESS')]);
    expect(await screen.findByRole('heading', { level: 2, name: 'Erkenningsaanvraag ERK-2026-00001' })).toBeTruthy();
    expect(screen.getByRole('radio', { name: 'Goedkeuring' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'In wacht zetten' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'In behandeling nemen' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Beslissing bewaren' }));
    expect((await screen.findAllByText('Kies een beslissing.')).length).toBeGreaterThan(0);
  });

  it('rejects with a coded reason and shows the result', async () => {
    renderDetail([
      detailMock('IN_PROGRESS'),
      {
        request: { query: DECIDE_APPLICATION, variables: rejectVariables },
        result: { data: { decideApplication: application('REJECTED') } },
      },
      detailMock('REJECTED'),
    ]);
    fireEvent.click(await screen.findByRole('radio', { name: 'Afkeuring' }));
    fireEvent.change(screen.getByLabelText(/Reden van afkeuring/), { target: { value: 'INSUFFICIENT_EQUIPMENT' } });
    fireEvent.click(screen.getByRole('button', { name: 'Beslissing bewaren' }));
    expect(await screen.findByText(/Er zijn geen behandelstappen meer mogelijk/)).toBeTruthy();
    expect(await screen.findByText('Onvoldoende uitrusting')).toBeTruthy();
  });

  it('shows the API refusal next to the decision', async () => {
    const conflict = new GraphQLError('Aanvraag is al beslist / already decided', { extensions: { code: 'INVALID_STATE_TRANSITION' } });
    renderDetail([detailMock('IN_PROGRESS'), { request: { query: DECIDE_APPLICATION, variables: rejectVariables }, result: { errors: [conflict] } }]);
    fireEvent.click(await screen.findByRole('radio', { name: 'Afkeuring' }));
    fireEvent.change(screen.getByLabelText(/Reden van afkeuring/), { target: { value: 'INSUFFICIENT_EQUIPMENT' } });
    fireEvent.click(screen.getByRole('button', { name: 'Beslissing bewaren' }));
    const alert = await screen.findByText('Aanvraag is al beslist');
    expect(alert).toBeTruthy();
  });

  it('offers no steps when the API lists none for the user (e.g. staff of another partnership)', async () => {
    renderDetail([detailMock('IN_PROGRESS', [])]);
    expect(await screen.findByText(/Er zijn geen behandelstappen meer mogelijk/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Beslissing bewaren' })).toBeNull();
  });

  it('shows only approval when the API lists approve but not reject', async () => {
    renderDetail([detailMock('IN_PROGRESS', ['approve'])]);
    expect(await screen.findByRole('radio', { name: 'Goedkeuring' })).toBeTruthy();
    expect(screen.queryByRole('radio', { name: 'Afkeuring' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'In wacht zetten' })).toBeNull();
  });

  it('completes an incomplete application (opnieuw indienen)', async () => {
    renderDetail([
      detailMock('INCOMPLETE', ['complete'], { missingItems: ['Attest van de mentor'] }),
      { request: { query: COMPLETE_APPLICATION, variables: { id: 'a1' } }, result: { data: { completeApplication: application('SUBMITTED', ['takeUp']) } } },
      detailMock('SUBMITTED', ['takeUp']),
    ]);
    fireEvent.click(await screen.findByRole('button', { name: 'Dossier vervolledigd: opnieuw indienen' }));
    expect(await screen.findByText('Het dossier is vervolledigd en opnieuw ingediend.')).toBeTruthy();
  });

  it('casts a vote against with a coded reason, after Dutch validation, and lists the votes', async () => {
    const vote = { __typename: 'ApplicationVote', id: 'v1', voterName: 'Jan Claes', approve: false, reason: 'INSUFFICIENT_EQUIPMENT: geen afzuiging', castAt: '2026-11-20T10:00:00.000Z' };
    renderDetail([
      detailMock('IN_PROGRESS', ['castVote']),
      {
        request: { query: CAST_VOTE, variables: { input: { applicationId: 'a1', approve: false, rejectionReason: 'INSUFFICIENT_EQUIPMENT', note: 'geen afzuiging' } } },
        result: { data: { castVote: application('IN_PROGRESS', ['castVote'], { votes: [vote] }) } },
      },
      detailMock('IN_PROGRESS', ['castVote'], { votes: [vote] }),
    ]);
    fireEvent.click(await screen.findByRole('button', { name: 'Stem uitbrengen' }));
    expect((await screen.findAllByText('Kies voor of tegen.')).length).toBeGreaterThan(0);
    fireEvent.click(screen.getByRole('radio', { name: 'Tegen (bezwaar)' }));
    fireEvent.click(screen.getByRole('button', { name: 'Stem uitbrengen' }));
    expect((await screen.findAllByText('Kies de reden van uw bezwaar.')).length).toBeGreaterThan(0);
    fireEvent.change(screen.getByLabelText(/Reden van het bezwaar/), { target: { value: 'INSUFFICIENT_EQUIPMENT' } });
    fireEvent.change(screen.getByLabelText(/Toelichting/), { target: { value: 'geen afzuiging' } });
    fireEvent.click(screen.getByRole('button', { name: 'Stem uitbrengen' }));
    expect(await screen.findByText('Uw stem tegen is vastgelegd.')).toBeTruthy();
    expect(await screen.findByRole('cell', { name: 'Onvoldoende uitrusting: geen afzuiging' })).toBeTruthy();
  });

  it('offers a proposal instead of a decision where the partnership decides without objection', async () => {
    renderDetail([detailMock('IN_PROGRESS', ['proposeDecision'])]);
    expect(await screen.findByRole('heading', { name: 'Beslissing voorstellen (zonder tegenbericht)' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Voorstel bewaren' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Beslissing bewaren' })).toBeNull();
  });
});
