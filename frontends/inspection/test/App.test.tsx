import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { formatDate } from '@werkplek/frontend-kit';
import { AUDITS_QUERY, type AuditRow } from '../src/audits/audits.operations.js';
import { RECOMMENDATIONS_QUERY } from '../src/recommendations/recommendations.operations.js';
import { subjectLabel } from '../src/shared/labels.js';
import { ALWAYS, renderApp } from './renderApp.js';

afterEach(cleanup);
beforeEach(() => window.history.pushState(null, '', '/toezicht-en-inspectie'));

const audit = (overrides: Record<string, unknown>) => ({
  __typename: 'Audit',
  version: 1,
  reference: 'AUD-2027-0003',
  kind: 'APPRENTICESHIP_FOLLOW_UP',
  status: 'PLANNED',
  statusLabel: 'Gepland',
  scheduledOn: '2027-04-20',
  performedOn: null,
  reportedOn: null,
  openRecommendationCount: 0,
  overdueRecommendationCount: 0,
  leadAuditor: { __typename: 'Auditor', version: 1, id: 'a-1', name: 'Pieter De Smet' },
  subjectType: 'TRAINING_CENTRE',
  trainingCentre: { __typename: 'TrainingCentre', version: 1, id: 'tc-3', name: 'Syntra West' },
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
  partnership: { __typename: 'Partnership', version: 1, id: 'sp-bouw', name: 'SP Bouw' },
});

const connection = (nodes: object[], totalCount = nodes.length, hasNextPage = false) => ({
  data: { audits: { __typename: 'AuditConnection', totalCount, pageInfo: { __typename: 'PageInfo', endCursor: 'c1', hasNextPage }, nodes } },
});

type Variables = { filter?: Record<string, unknown>; sort?: string; page?: { first: number; after?: string | null } };

function renderWith(respond: (variables: Variables) => object, seen: Variables[] = []) {
  renderApp([
    {
      request: { query: AUDITS_QUERY, variables: (variables: Variables) => (seen.push(variables), true) },
      result: (variables: Variables) => respond(variables),
      maxUsageCount: ALWAYS,
    },
  ]);
  return seen;
}

const search = () => new URLSearchParams(window.location.search);

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
      expect(seen.at(-1)).toEqual({ filter: { kinds: ['WORKPLACE_AUDIT'], overdue: true }, sort: 'SCHEDULED_ON_ASC', page: { first: 25, after: null } }),
    );
    // The applied filter is in the URL, so it can be bookmarked and Back undoes it.
    expect(window.location.search).toBe('?soort=WORKPLACE_AUDIT&te-laat=ja');
    expect(await screen.findByRole('table', { name: 'Alle doorlichtingen (gefilterd)' })).toBeTruthy();
  });

  it('starts from the filter of the shell\'s "Toon alle" link and shows it in the form', async () => {
    window.history.pushState(
      null,
      '',
      '/toezicht-en-inspectie/mijn-doorlichtingen?status=PLANNED&status=PREPARED&status=IN_PROGRESS&gepland-vanaf=2026-11-23&gepland-tot=2026-11-29',
    );
    const seen = renderWith(() => connection([janssens]));
    await screen.findByRole('rowheader', { name: 'Doorlichting werkplek Bouwonderneming Janssens' });
    expect(seen[0]).toEqual({
      filter: { statuses: ['PLANNED', 'PREPARED', 'IN_PROGRESS'], scheduledFrom: '2026-11-23', scheduledTo: '2026-11-29', assignedToMe: true },
      sort: 'SCHEDULED_ON_ASC',
      page: { first: 25, after: null },
    });
    const statuses = screen.getByRole('group', { name: /Status/ });
    expect(within(statuses).getAllByRole('checkbox', { checked: true }).map((box) => (box as HTMLInputElement).labels?.[0]?.textContent)).toEqual([
      'Gepland',
      'Voorbereid',
      'In uitvoering',
    ]);
    expect((screen.getByLabelText('Gepland vanaf') as HTMLInputElement).value).toBe('2026-11-23');
    expect((screen.getByLabelText('Gepland tot en met') as HTMLInputElement).value).toBe('2026-11-29');
  });

  it('leaves out what a hand-edited link gets wrong: unknown statuses, kinds and sorts, days that do not exist', async () => {
    window.history.pushState(null, '', '/toezicht-en-inspectie/doorlichtingen?status=BEZIG&status=REPORTED&soort=ALLES&gepland-vanaf=2026-02-30&gepland-tot=morgen&te-laat=misschien&sortering=NAME_ASC');
    const seen = renderWith(() => connection([west]));
    await screen.findByRole('rowheader', { name: 'Opvolgingsdoorlichting leertijd Syntra West' });
    expect(seen[0]).toEqual({ filter: { statuses: ['REPORTED'] }, sort: 'SCHEDULED_ON_ASC', page: { first: 25, after: null } });
    expect((screen.getByLabelText('Soort') as HTMLSelectElement).value).toBe('');
    expect((screen.getByLabelText('Gepland vanaf') as HTMLInputElement).value).toBe('');
  });

  it('Back returns to the previous filter, in the list and in the form, from page 1', async () => {
    const seen = renderWith(() => connection([west], 40, true));
    await screen.findByRole('rowheader', { name: 'Opvolgingsdoorlichting leertijd Syntra West' });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Gerapporteerd' }));
    fireEvent.click(screen.getByRole('button', { name: 'Zoeken' }));
    await vi.waitFor(() => expect(seen.at(-1)?.filter).toEqual({ statuses: ['REPORTED'] }));
    fireEvent.click(await screen.findByRole('button', { name: /Volgende/ }));
    await vi.waitFor(() => expect(seen.at(-1)).toEqual({ filter: { statuses: ['REPORTED'] }, sort: 'SCHEDULED_ON_ASC', page: { first: 25, after: 'c1' } }));
    act(() => window.history.back());
    await vi.waitFor(() => expect(window.location.search).toBe(''));
    await vi.waitFor(() => expect(seen.at(-1)).toEqual({ filter: {}, sort: 'SCHEDULED_ON_ASC', page: { first: 25, after: null } }));
    expect((screen.getByRole('checkbox', { name: 'Gerapporteerd' }) as HTMLInputElement).checked).toBe(false);
  });

  it('refuses a period that ends before it starts, next to the field, without asking the API', async () => {
    const seen = renderWith(() => connection([west]));
    await screen.findByRole('rowheader', { name: 'Opvolgingsdoorlichting leertijd Syntra West' });
    const asked = seen.length;
    fireEvent.change(screen.getByLabelText('Gepland vanaf'), { target: { value: '2026-12-01' } });
    fireEvent.change(screen.getByLabelText(/Gepland tot en met/), { target: { value: '2026-11-01' } });
    fireEvent.click(screen.getByRole('button', { name: 'Zoeken' }));
    expect(await screen.findByText('Kies een datum op of na "Gepland vanaf".')).toBeTruthy();
    expect(screen.getByLabelText(/Gepland tot en met/).getAttribute('aria-invalid')).toBe('true');
    expect(window.location.search).toBe('');
    expect(seen).toHaveLength(asked);
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

  it('sorts through the API (every page, not the page shown) and keeps the sort in the URL', async () => {
    const seen = renderWith(() => connection([west, janssens]));
    await screen.findByRole('rowheader', { name: 'Opvolgingsdoorlichting leertijd Syntra West' });
    expect(screen.getByRole('columnheader', { name: /Gepland op/ }).getAttribute('aria-sort')).toBe('ascending');
    fireEvent.click(screen.getByRole('button', { name: /Gepland op/ }));
    await vi.waitFor(() => expect(seen.at(-1)?.sort).toBe('SCHEDULED_ON_DESC'));
    expect(search().get('sortering')).toBe('SCHEDULED_ON_DESC');
    fireEvent.click(screen.getByRole('button', { name: /Referentie/ }));
    await vi.waitFor(() => expect(seen.at(-1)?.sort).toBe('REFERENCE_ASC'));
    expect(screen.getByRole('columnheader', { name: /Referentie/ }).getAttribute('aria-sort')).toBe('ascending');
    // Columns the API cannot sort on have no sort button.
    expect(screen.queryByRole('button', { name: /Leidend auditor/ })).toBeNull();
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

describe('recommendations list (opvolging)', () => {
  const recommendation = {
    __typename: 'Recommendation',
    version: 1,
    id: 'r-1',
    kind: 'MEASURE',
    description: 'Opleidingsplan opstellen voor elke leerling',
    owner: 'Bouwonderneming Janssens',
    agreedDueOn: '2026-10-01',
    status: 'OPEN',
    isOverdue: true,
    daysOverdue: 53,
    implementedOn: null,
    audit: { __typename: 'Audit', version: 1, id: 'aud-17', reference: 'AUD-2026-0017', title: 'Doorlichting werkplek Bouwonderneming Janssens' },
  };

  it('opens with the shell\'s "te laat, mijn" filter from the URL and writes sort and filter back', async () => {
    window.history.pushState(null, '', '/toezicht-en-inspectie/aanbevelingen?te-laat=ja&mijn=ja');
    const seen: Variables[] = [];
    renderApp([
      {
        request: { query: RECOMMENDATIONS_QUERY, variables: (variables: Variables) => (seen.push(variables), true) },
        result: { data: { recommendations: { __typename: 'RecommendationConnection', totalCount: 1, pageInfo: { __typename: 'PageInfo', endCursor: 'r1', hasNextPage: false }, nodes: [recommendation] } } },
        maxUsageCount: ALWAYS,
      },
    ]);
    await screen.findByRole('rowheader', { name: 'Opleidingsplan opstellen voor elke leerling' });
    expect(seen[0]).toEqual({ filter: { overdue: true, assignedToMe: true }, sort: 'AGREED_DUE_ON_ASC', page: { first: 25, after: null } });
    expect((screen.getByRole('checkbox', { name: 'Alleen te laat' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('checkbox', { name: 'Alleen van mijn doorlichtingen' }) as HTMLInputElement).checked).toBe(true);

    fireEvent.click(screen.getByRole('button', { name: /Realisatiedatum/ }));
    await vi.waitFor(() => expect(seen.at(-1)?.sort).toBe('AGREED_DUE_ON_DESC'));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Alleen van mijn doorlichtingen' }));
    fireEvent.change(screen.getByLabelText('Stand'), { target: { value: 'OPEN' } });
    fireEvent.click(screen.getByRole('button', { name: 'Zoeken' }));
    await vi.waitFor(() => expect(seen.at(-1)).toEqual({ filter: { status: 'OPEN', overdue: true }, sort: 'AGREED_DUE_ON_DESC', page: { first: 25, after: null } }));
    expect(Object.fromEntries(search())).toEqual({ 'te-laat': 'ja', sortering: 'AGREED_DUE_ON_DESC', stand: 'OPEN' });
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
