import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';

type MockedResponse = MockLink.MockedResponse;
import { App } from '../src/App.js';
import type { Session } from '../src/auth/session.js';
import type { Role } from '../src/auth/roles.js';
import { SEARCH_AUDITS_QUERY, SEARCH_COMPANIES_QUERY, SEARCH_TRAINING_QUERY, SEARCH_WORKPLACES_QUERY } from '../src/search/search.operations.js';

afterEach(cleanup);
beforeEach(() => window.history.replaceState(null, '', '/toegankelijkheid'));

const session = (role: Role, extra: Partial<Session['user']> = {}): Session => ({ token: 't', user: { id: 'u', name: 'Test Persoon', role, ...extra } });

function renderApp(current: Session | undefined, mocks: MockedResponse[] = [], overrides: { onSignOut?: () => Promise<void> } = {}) {
  const loadArea = vi.fn(async () => ({ default: () => <p>Remote geladen</p> }));
  render(
    <MockedProvider mocks={mocks}>
      <App
        session={current}
        onSignIn={vi.fn(async () => undefined)}
        onSignOut={overrides.onSignOut ?? vi.fn(async () => undefined)}
        loadSignInOptions={vi.fn(async () => ({ trainingCentres: [], partnerships: [], companies: [], auditors: [] }))}
        loadArea={loadArea}
      />
    </MockedProvider>,
  );
  return { loadArea };
}

const navigationLinks = () =>
  within(screen.getByRole('navigation', { name: 'Hoofdnavigatie' }))
    .getAllByRole('link')
    .map((link) => link.textContent);

describe('role-aware navigation', () => {
  it.each<[Role, string[]]>([
    ['AGENCY_STAFF', ['Duaal leren', 'Ondernemersvorming', 'Toezicht en inspectie']],
    ['CENTRE_USER', ['Ondernemersvorming']],
    ['INSPECTOR', ['Toezicht en inspectie', 'Duaal leren (raadplegen)', 'Ondernemersvorming (raadplegen)']],
    ['PARTNERSHIP_STAFF', ['Duaal leren']],
    ['COMPANY_USER', ['Duaal leren']],
    ['SCHOOL_USER', ['Duaal leren']],
  ])('%s sees %j', (role, areas) => {
    renderApp(session(role));
    expect(navigationLinks()).toEqual(['Start', ...areas, 'Toegankelijkheid']);
  });

  it('signed out: no areas, a sign-in link and no search', () => {
    renderApp(undefined);
    expect(navigationLinks()).toEqual(['Start', 'Toegankelijkheid']);
    expect(within(screen.getByRole('banner')).getByRole('link', { name: 'Aanmelden' })).toBeTruthy();
    expect(screen.queryByRole('search')).toBeNull();
  });

  it('shows the current user with role and organisation, and signs out', async () => {
    const onSignOut = vi.fn(async () => undefined);
    renderApp(session('CENTRE_USER', { centreId: 'tc', organisationName: 'Syntra West' }), [], { onSignOut });
    const banner = screen.getByRole('banner');
    expect(banner.textContent).toContain('Aangemeld als Test Persoon');
    expect(banner.textContent).toContain('Centrummedewerker');
    expect(banner.textContent).toContain('Syntra West');
    fireEvent.click(within(banner).getByRole('button', { name: 'Afmelden' }));
    await vi.waitFor(() => expect(onSignOut).toHaveBeenCalled());
    await vi.waitFor(() => expect(window.location.pathname).toBe('/'));
  });

  it('refuses an area the role does not use, in Dutch, without loading the remote', () => {
    window.history.replaceState(null, '', '/duaal-leren');
    const { loadArea } = renderApp(session('CENTRE_USER', { centreId: 'tc' }));
    expect(screen.getByRole('alert').textContent).toContain('U hebt met uw rol geen toegang tot Duaal leren.');
    expect(loadArea).not.toHaveBeenCalled();
  });

  it('opens an area below its path (the remote routes inside) and moves focus to main after navigating', async () => {
    window.history.replaceState(null, '', '/toezicht-en-inspectie/doorlichtingen/aud-3');
    renderApp(session('INSPECTOR'));
    expect(await screen.findByText('Remote geladen')).toBeTruthy();
    expect(within(screen.getByRole('navigation', { name: 'Hoofdnavigatie' })).getByRole('link', { name: 'Toezicht en inspectie' }).getAttribute('aria-current')).toBe(
      'page',
    );
    fireEvent.click(screen.getByRole('link', { name: 'Toegankelijkheidsverklaring' }));
    expect(document.activeElement).toBe(screen.getByRole('main'));
  });
});

describe('global search', () => {
  const workplacesMock: MockedResponse = {
    request: { query: SEARCH_WORKPLACES_QUERY, variables: { text: 'bouw' } },
    result: {
      data: {
        workplacePage: {
          __typename: 'WorkplaceConnection',
          totalCount: 1,
          nodes: [{ __typename: 'Workplace', id: 'wp-2', name: 'Bouwonderneming Janssens', companyName: 'Janssens NV', municipality: 'Hasselt' }],
        },
      },
    },
  };
  const companiesMock: MockedResponse = {
    request: { query: SEARCH_COMPANIES_QUERY, variables: { text: 'bouw' } },
    result: { data: { companies: { __typename: 'CompanyConnection', totalCount: 0, nodes: [] } } },
  };
  const trainingMock: MockedResponse = {
    request: { query: SEARCH_TRAINING_QUERY },
    result: {
      data: {
        trainingCentres: [
          { __typename: 'TrainingCentre', version: 1, id: 'tc-w', name: 'Syntra West' },
          { __typename: 'TrainingCentre', version: 1, id: 'tc-l', name: 'Syntra Limburg' },
        ],
        tracks: {
          __typename: 'TrackConnection',
          totalCount: 2,
          nodes: [
            { __typename: 'Track', version: 1, id: 't1', code: 'BOUW-01', name: 'Bouwplaatsleider', centre: { __typename: 'TrainingCentre', version: 1, id: 'tc-w', name: 'Syntra West' } },
            { __typename: 'Track', version: 1, id: 't2', code: 'BAK-01', name: 'Bakker', centre: null },
          ],
        },
      },
    },
  };
  const auditsMock: MockedResponse = {
    request: { query: SEARCH_AUDITS_QUERY },
    result: {
      data: {
        audits: {
          __typename: 'AuditConnection',
          totalCount: 2,
          nodes: [
            { __typename: 'Audit', version: 1, id: 'aud-14', reference: 'AUD-2026-0014', title: 'Toezicht proces erkenning – SP Bouw', scheduledOn: '2026-10-14' },
            { __typename: 'Audit', version: 1, id: 'aud-3', reference: 'AUD-2027-0003', title: 'Opvolgingsdoorlichting leertijd Syntra West', scheduledOn: '2027-04-20' },
          ],
        },
      },
    },
  };

  it('groups the hits per domain with links into the areas', async () => {
    renderApp(session('AGENCY_STAFF'), [workplacesMock, companiesMock, trainingMock, auditsMock]);
    const search = screen.getByRole('search', { name: 'Zoeken in Werkplek' });
    fireEvent.change(within(search).getByLabelText('Zoeken'), { target: { value: ' bouw ' } });
    fireEvent.click(within(search).getByRole('button', { name: 'Zoeken' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Zoekresultaten voor "bouw"' })).toBeTruthy();
    expect(window.location.search).toBe('?q=bouw');
    expect((await screen.findByRole('link', { name: 'Bouwonderneming Janssens' })).getAttribute('href')).toBe('/duaal-leren/werkplekken/wp-2');
    expect(await screen.findByRole('heading', { level: 2, name: 'Ondernemingen (0)' })).toBeTruthy();
    expect(await screen.findByRole('heading', { level: 2, name: 'Opleidingscentra (0)' })).toBeTruthy();
    expect((await screen.findByRole('link', { name: 'Bouwplaatsleider (BOUW-01)' })).getAttribute('href')).toBe('/ondernemersvorming/trajecten/t1');
    expect(screen.queryByRole('link', { name: /Bakker/ })).toBeNull();
    expect((await screen.findByRole('link', { name: 'AUD-2026-0014 – Toezicht proces erkenning – SP Bouw' })).getAttribute('href')).toBe(
      '/toezicht-en-inspectie/doorlichtingen/aud-14',
    );
  });

  it('asks only what the role may read: a centre user searches centres, tracks and audits', async () => {
    window.history.replaceState(null, '', '/zoeken?q=west');
    renderApp(session('CENTRE_USER', { centreId: 'tc-w' }), [trainingMock, auditsMock]);
    expect((await screen.findByRole('link', { name: 'Syntra West' })).getAttribute('href')).toBe('/ondernemersvorming/opleidingscentra/tc-w');
    expect(await screen.findByRole('link', { name: 'AUD-2027-0003 – Opvolgingsdoorlichting leertijd Syntra West' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: /Werkplekken/ })).toBeNull();
    expect(screen.queryByRole('heading', { name: /Ondernemingen/ })).toBeNull();
  });

  it('explains a too short search text next to the field', () => {
    renderApp(session('AGENCY_STAFF'));
    const search = screen.getByRole('search');
    const input = within(search).getByLabelText('Zoeken');
    fireEvent.change(input, { target: { value: 'b' } });
    fireEvent.click(within(search).getByRole('button', { name: 'Zoeken' }));
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(input.getAttribute('aria-describedby')!)?.textContent).toBe('Geef minstens 2 tekens in.');
    expect(window.location.pathname).toBe('/toegankelijkheid');
  });
});
