import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { MockedProvider } from '@apollo/client/testing/react';
import { GraphQLError } from 'graphql';
import { formatDate } from '@werkplek/frontend-kit';
import App from '../src/App.js';
import { AUDITS_QUERY, type AuditRow } from '../src/audits/audits.operations.js';
import { subjectLabel } from '../src/shared/labels.js';

afterEach(cleanup);
beforeEach(() => window.history.pushState(null, '', '/toezicht-en-inspectie'));

const audit = (overrides: Record<string, unknown>) => ({
  __typename: 'Audit',
  reference: 'AUD-2027-0003',
  kind: 'APPRENTICESHIP_FOLLOW_UP',
  status: 'PLANNED',
  statusLabel: 'Gepland',
  scheduledOn: '2027-04-20',
  performedOn: null,
  reportedOn: null,
  openRecommendationCount: 0,
  overdueRecommendationCount: 0,
  leadAuditor: { __typename: 'Auditor', id: 'a-1', name: 'Pieter De Smet' },
  subjectType: 'TRAINING_CENTRE',
  trainingCentre: { __typename: 'TrainingCentre', id: 'tc-3', name: 'Syntra West' },
  workplace: null,
  partnership: null,
  ...overrides,
});

const west = audit({ id: 'aud-3', title: 'Opvolgingsdoorlichting leertijd Syntra West' });
const janssens = audit({
  id: 'aud-17',
  title: 'Doorlichting werkplek Bouwonderneming Janssens',
  reference: 'AUD-2026-0017',
  kind: 'WORKPLACE_AUDIT',
  status: 'IN_PROGRESS',
  statusLabel: 'In uitvoering',
  scheduledOn: '2026-11-20',
  openRecommendationCount: 2,
  overdueRecommendationCount: 1,
  leadAuditor: null,
  subjectType: 'WORKPLACE',
  trainingCentre: null,
  workplace: { __typename: 'Workplace', id: 'wp-2', name: 'Bouwonderneming Janssens' },
  partnership: { __typename: 'Partnership', id: 'sp-bouw', name: 'SP Bouw' },
});

const connection = (nodes: object[], totalCount = nodes.length, hasNextPage = false) => ({
  data: { audits: { __typename: 'AuditConnection', totalCount, pageInfo: { __typename: 'PageInfo', endCursor: 'c1', hasNextPage }, nodes } },
});

type Variables = { filter?: Record<string, unknown>; page?: { first: number; after?: string } };

function renderWith(respond: (variables: Variables) => object, seen: Variables[] = []) {
  render(
    <MockedProvider
      mocks={[
        {
          request: { query: AUDITS_QUERY, variables: (variables: Variables) => (seen.push(variables), true) },
          result: (variables: Variables) => respond(variables),
          maxUsageCount: Number.POSITIVE_INFINITY,
        },
      ]}
    >
      <App />
    </MockedProvider>,
  );
  return seen;
}

describe('audits list', () => {
  it('lists the audits with subject, kind, status and overdue follow-ups in words', async () => {
    renderWith(() => connection([west, janssens]));
    const row = (await screen.findByRole('rowheader', { name: 'Opvolgingsdoorlichting leertijd Syntra West' })).closest('tr')!;
    expect(within(row).getAllByRole('cell').map((cell) => cell.textContent)).toEqual([
      'AUD-2027-0003',
      'Syntra West (opleidingscentrum)',
      'Opvolgingsdoorlichting leertijd',
      'Gepland',
      '20 april 2027',
      'Pieter De Smet',
      'geen',
    ]);
    const other = screen.getByRole('rowheader', { name: 'Doorlichting werkplek Bouwonderneming Janssens' }).closest('tr')!;
    expect(within(other).getByRole('cell', { name: '2 open 1 te laat' })).toBeTruthy();
    expect(within(other).getByRole('link', { name: 'Doorlichting werkplek Bouwonderneming Janssens' }).getAttribute('href')).toBe(
      '/toezicht-en-inspectie/doorlichtingen/aud-17',
    );
    expect(screen.getByRole('button', { name: 'Exporteren als CSV' })).toBeTruthy();
  });

  it('sends the filters to the API and starts again at page 1', async () => {
    const seen = renderWith(() => connection([west], 40, true));
    await screen.findByRole('rowheader', { name: 'Opvolgingsdoorlichting leertijd Syntra West' });
    fireEvent.click(screen.getByRole('button', { name: /Volgende/ }));
    await vi.waitFor(() => expect(seen.at(-1)?.page).toEqual({ first: 25, after: 'c1' }));
    fireEvent.change(screen.getByLabelText('Soort'), { target: { value: 'WORKPLACE_AUDIT' } });
    fireEvent.change(screen.getByLabelText('Aanbevelingen te laat'), { target: { value: 'ja' } });
    fireEvent.click(screen.getByRole('button', { name: 'Zoeken' }));
    await vi.waitFor(() =>
      expect(seen.at(-1)).toEqual({ filter: { kinds: ['WORKPLACE_AUDIT'], overdue: true }, page: { first: 25, after: null } }),
    );
  });

  it('"Mijn doorlichtingen" asks only for the audits assigned to me, and focuses its heading', async () => {
    const seen = renderWith(() => connection([janssens]));
    await screen.findByRole('heading', { name: 'Alle doorlichtingen' });
    fireEvent.click(screen.getByRole('link', { name: 'Mijn doorlichtingen' }));
    const heading = await screen.findByRole('heading', { name: 'Mijn doorlichtingen' });
    expect(document.activeElement).toBe(heading);
    expect(window.location.pathname).toBe('/toezicht-en-inspectie/mijn-doorlichtingen');
    await vi.waitFor(() => expect(seen.at(-1)?.filter).toEqual({ assignedToMe: true }));
  });

  it('sorts the page by a column', async () => {
    renderWith(() => connection([west, janssens]));
    await screen.findByRole('rowheader', { name: 'Opvolgingsdoorlichting leertijd Syntra West' });
    fireEvent.click(screen.getByRole('button', { name: /Gepland op/ }));
    const headers = screen.getAllByRole('rowheader').map((cell) => cell.textContent);
    expect(headers).toEqual(['Doorlichting werkplek Bouwonderneming Janssens', 'Opvolgingsdoorlichting leertijd Syntra West']);
  });

  it('shows an empty state', async () => {
    renderWith(() => connection([]));
    expect(await screen.findByText('Er zijn nog geen doorlichtingen.')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('explains a FORBIDDEN error in Dutch', async () => {
    renderWith(() => ({ errors: [new GraphQLError('Geen toegang tot de doorlichtingen / No access to the audits', { extensions: { code: 'FORBIDDEN' } })] }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/Geen toegang tot de doorlichtingen/);
  });
});

describe('labels', () => {
  it('keeps the calendar day regardless of time zone and passes unknown formats through', () => {
    expect(formatDate('2026-01-01')).toBe('1 januari 2026');
    expect(formatDate('binnenkort')).toBe('binnenkort');
  });

  it('names the subject by its kind, also when the other subgraph could not resolve it', () => {
    const base = west as unknown as AuditRow;
    expect(subjectLabel({ ...base, trainingCentre: null })).toBe('Onbekend opleidingscentrum');
    expect(subjectLabel({ ...base, subjectType: 'PARTNERSHIP', trainingCentre: null })).toBe('Onbekend partnerschap');
    expect(subjectLabel({ ...base, subjectType: 'TRACK' })).toBe('Traject bij Syntra West');
  });
});
