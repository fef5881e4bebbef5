import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { MockedProvider } from '@apollo/client/testing/react';
import { GraphQLError } from 'graphql';
import { AreaRouter, type User } from '@werkplek/frontend-kit';
import { AppealDetail } from '../src/appeals/AppealDetail.js';
import { APPEAL_QUERY, DECIDE_APPEAL, SCHEDULE_APPEAL_SESSION, SEND_APPEAL_FILE } from '../src/appeals/appeals.operations.js';

afterEach(cleanup);

/** What the API's allowedSteps answer agency staff per state (services/dual-learning/src/appeal/allowed-steps.ts). */
const agencySteps = (status: string, fileSentOn: unknown): string[] =>
  ({
    LODGED: ['assignCaseHandler', 'withdraw'],
    UNDER_INVESTIGATION: ['scheduleSession', 'withdraw'],
    SCHEDULED: fileSentOn ? ['sendFile', 'interimDecision', 'confirm', 'annul', 'withdraw'] : ['sendFile', 'withdraw'],
    INTERIM_DECISION: ['scheduleSession', 'withdraw'],
  })[status] ?? [];
const appeal = (status: string, extra: Record<string, unknown> = {}) => ({
  __typename: 'Appeal',
  version: 1,
  allowedSteps: agencySteps(status, extra.fileSentOn),
  id: 'b1',
  number: 3,
  decisionType: 'NON_RECOGNITION',
  applicationId: 'a1',
  recognitionId: null,
  decidedByAgency: true,
  notifiedOn: '2026-10-01',
  lodgedOn: '2026-10-05',
  motivation: 'De uitrusting werd intussen vernieuwd.',
  status,
  admissible: true,
  caseHandlerName: 'Tom Wouters',
  sessionOn: null,
  fileSentOn: null,
  decisionDueOn: '2026-12-04',
  decidedOn: null,
  consensus: null,
  decisionNote: null,
  decisionOverdue: false,
  decidedByChair: null,
  workplace: { __typename: 'Workplace', id: 'wp-1', name: 'Hotel Aan de Leie', companyName: 'Leiehotels BV', municipality: 'Gent' },
  history: [],
  ...extra,
});
const detail = (status: string, extra?: Record<string, unknown>) => ({ request: { query: APPEAL_QUERY, variables: { id: 'b1' } }, result: { data: { appeal: appeal(status, extra) } } });
const agency: User = { id: 'u-1', name: 'Lies Peeters', role: 'AGENCY_STAFF' };

function renderAppeal(mocks: readonly unknown[], user: User = agency) {
  return render(
    // Mocks are loose objects here: MockedProvider checks them at run time.
    <MockedProvider mocks={mocks as never}>
      <AreaRouter basePath="/duaal-leren">
        <AppealDetail id="b1" user={user} />
      </AreaRouter>
    </MockedProvider>,
  );
}

describe('AppealDetail', () => {
  it('schedules the session of the commission after validating the date', async () => {
    renderAppeal([
      detail('UNDER_INVESTIGATION'),
      { request: { query: SCHEDULE_APPEAL_SESSION, variables: { id: 'b1', input: { sessionOn: '2099-01-15' } } }, result: { data: { scheduleAppealSession: appeal('SCHEDULED', { sessionOn: '2099-01-15' }) } } },
      detail('SCHEDULED', { sessionOn: '2099-01-15' }),
    ]);
    expect(await screen.findByRole('heading', { level: 2, name: 'Beroep 3' })).toBeTruthy();
    fireEvent.change(screen.getByLabelText(/Datum van de zitting/), { target: { value: '2020-01-01' } });
    fireEvent.click(screen.getByRole('button', { name: 'Zitting plannen' }));
    expect((await screen.findAllByText('De zitting moet na vandaag liggen.')).length).toBeGreaterThan(0);
    fireEvent.change(screen.getByLabelText(/Datum van de zitting/), { target: { value: '2099-01-15' } });
    fireEvent.click(screen.getByRole('button', { name: 'Zitting plannen' }));
    expect(await screen.findByText(/De zitting is gepland op/)).toBeTruthy();
    // Scheduled, file not sent yet: the commission cannot decide (BR-43).
    expect(await screen.findByRole('heading', { name: 'Dossier aan de commissie bezorgen' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Eindbeslissing van de beroepscommissie' })).toBeNull();
  });

  it('shows the server refusal when the file is sent too late (BR-43)', async () => {
    const late = new GraphQLError('Te laat: het dossier moet uiterlijk 12 januari 2099 bij de commissie zijn (BR-43) / Too late', { extensions: { code: 'BAD_USER_INPUT' } });
    renderAppeal([detail('SCHEDULED', { sessionOn: '2099-01-15' }), { request: { query: SEND_APPEAL_FILE, variables: { id: 'b1', input: { fileSentOn: '2026-11-20' } } }, result: { errors: [late] } }]);
    fireEvent.change(await screen.findByLabelText(/Verzonden op/), { target: { value: '2026-11-20' } });
    fireEvent.click(screen.getByRole('button', { name: 'Verzending vastleggen' }));
    expect(await screen.findByText('Te laat: het dossier moet uiterlijk 12 januari 2099 bij de commissie zijn (BR-43)')).toBeTruthy();
  });

  it('records a final decision by the chair without consensus (BR-45)', async () => {
    const input = { outcome: 'ANNULLED', consensus: false, motivation: 'De uitrusting volstaat nu wel.', chairName: 'Karel Maes' };
    renderAppeal([
      detail('SCHEDULED', { sessionOn: '2026-11-30', fileSentOn: '2026-11-20' }),
      { request: { query: DECIDE_APPEAL, variables: { id: 'b1', input } }, result: { data: { decideAppeal: appeal('ANNULLED', { sessionOn: '2026-11-30', fileSentOn: '2026-11-20', decidedOn: '2026-11-30' }) } } },
      detail('ANNULLED', { sessionOn: '2026-11-30', fileSentOn: '2026-11-20', decidedOn: '2026-11-30' }),
    ]);
    fireEvent.click(await screen.findByRole('button', { name: 'Eindbeslissing vastleggen' }));
    expect((await screen.findAllByText('Kies de beslissing van de beroepscommissie.')).length).toBeGreaterThan(0);
    fireEvent.click(screen.getByRole('radio', { name: 'De beslissing vernietigen' }));
    fireEvent.click(screen.getByRole('radio', { name: 'Nee, de voorzitter besliste' }));
    fireEvent.change(screen.getByLabelText(/^Motivering/), { target: { value: 'De uitrusting volstaat nu wel.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Eindbeslissing vastleggen' }));
    expect((await screen.findAllByText('Vul de naam van de voorzitter in.')).length).toBeGreaterThan(0);
    fireEvent.change(screen.getByLabelText(/Naam van de voorzitter/), { target: { value: 'Karel Maes' } });
    fireEvent.click(screen.getByRole('button', { name: 'Eindbeslissing vastleggen' }));
    expect(await screen.findByText('De betwiste beslissing is vernietigd.')).toBeTruthy();
    expect(await screen.findByText(/Er zijn geen behandelstappen mogelijk/)).toBeTruthy();
  });

  it('lets a company user only withdraw', async () => {
    renderAppeal([detail('LODGED', { allowedSteps: ['withdraw'] })], { id: 'u-3', name: 'Els Peeters', role: 'COMPANY_USER', companyId: 'co-1' });
    expect(await screen.findByRole('button', { name: 'Beroep intrekken' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Toewijzen' })).toBeNull();
  });
});
