import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import { MockedProvider } from '@apollo/client/testing/react';
import { GraphQLError } from 'graphql';
import App from '../src/App.js';
import { AUDITS_QUERY, type AuditRow } from '../src/audits.query.js';
import { formatLocalDate, subjectLabel } from '../src/labels.js';

afterEach(cleanup);

const centre = (id: string, name: string) => ({ __typename: 'TrainingCentre', id, name });

// Loose on purpose: the mocked responses carry __typename, which the row type does not declare.
const audit = (overrides: Pick<AuditRow, 'id' | 'title'> & Record<string, unknown>) => ({
  __typename: 'Audit',
  reference: 'AUD-2027-0003',
  kind: 'APPRENTICESHIP_FOLLOW_UP',
  status: 'PLANNED',
  statusLabel: 'Gepland',
  scheduledOn: '2027-04-20',
  leadAuditor: { __typename: 'Auditor', name: 'Pieter De Smet' },
  subjectType: 'TRAINING_CENTRE',
  trainingCentre: centre('tc-3', 'Syntra West'),
  workplace: null,
  partnership: null,
  ...overrides,
});

const followUpWest = audit({ id: 'aud-3', title: 'Opvolgingsdoorlichting leertijd Syntra West' });
const supervision = audit({
  id: 'aud-14',
  title: 'Toezicht proces erkenning – SP Bouw',
  reference: 'AUD-2026-0014',
  kind: 'PARTNERSHIP_SUPERVISION',
  status: 'REPORTED',
  statusLabel: 'Gerapporteerd',
  scheduledOn: '2026-10-14',
  leadAuditor: { __typename: 'Auditor', name: 'Els Claes' },
  subjectType: 'PARTNERSHIP',
  trainingCentre: null,
  partnership: { __typename: 'Partnership', id: 'sp-bouw', name: 'SP Bouw' },
});
const workplaceAudit = audit({
  id: 'aud-17',
  title: 'Doorlichting werkplek Bouwonderneming Janssens',
  reference: 'AUD-2026-0017',
  kind: 'WORKPLACE_AUDIT',
  status: 'IN_PROGRESS',
  statusLabel: 'In uitvoering',
  scheduledOn: '2026-11-20',
  leadAuditor: null,
  subjectType: 'WORKPLACE',
  trainingCentre: null,
  workplace: { __typename: 'Workplace', id: 'wp-2', name: 'Bouwonderneming Janssens' },
  partnership: { __typename: 'Partnership', id: 'sp-bouw', name: 'SP Bouw' },
});

function renderWith(result: object) {
  render(
    <MockedProvider mocks={[{ request: { query: AUDITS_QUERY }, result }]}>
      <App />
    </MockedProvider>,
  );
}

const connection = (nodes: object[], totalCount = nodes.length) => ({
  data: { audits: { __typename: 'AuditConnection', totalCount, nodes } },
});

describe('InspectionApp (audits overview)', () => {
  it('announces loading, then lists the audits with subject, kind, status as text, date and lead auditor', async () => {
    renderWith(connection([followUpWest, supervision, workplaceAudit]));
    expect(screen.getByText('De doorlichtingen worden geladen…')).toBeTruthy();

    const row = (await screen.findByRole('rowheader', { name: 'Opvolgingsdoorlichting leertijd Syntra West' })).closest('tr')!;
    const cells = within(row).getAllByRole('cell').map((cell) => cell.textContent);
    expect(cells).toEqual([
      'AUD-2027-0003',
      'Syntra West (opleidingscentrum)',
      'Opvolgingsdoorlichting leertijd',
      'Gepland',
      '20 april 2027',
      'Pieter De Smet',
    ]);
    expect(within(row).getByText('20 april 2027').getAttribute('datetime')).toBe('2027-04-20');

    const bouw = screen.getByRole('rowheader', { name: 'Toezicht proces erkenning – SP Bouw' }).closest('tr')!;
    expect(within(bouw).getByRole('cell', { name: 'SP Bouw (sectoraal partnerschap)' })).toBeTruthy();
    expect(within(bouw).getByRole('cell', { name: 'Toezicht op een sectoraal partnerschap' })).toBeTruthy();
    expect(within(bouw).getByRole('cell', { name: 'Gerapporteerd' })).toBeTruthy();

    const janssens = screen.getByRole('rowheader', { name: 'Doorlichting werkplek Bouwonderneming Janssens' }).closest('tr')!;
    expect(within(janssens).getByRole('cell', { name: 'Bouwonderneming Janssens (werkplek)' })).toBeTruthy();
    expect(within(janssens).getByRole('cell', { name: 'In uitvoering' })).toBeTruthy();
    expect(within(janssens).getByRole('cell', { name: 'Nog niet toegewezen' })).toBeTruthy();
  });

  it('is an accessible table: a caption, column headers with scope, the title as row header', async () => {
    renderWith(connection([followUpWest]));
    const table = await screen.findByRole('table', { name: 'Overzicht van de doorlichtingen, inspecties en toezichten' });
    const headers = within(table).getAllByRole('columnheader');
    expect(headers.map((header) => header.textContent)).toEqual([
      'Doorlichting', 'Referentie', 'Onderwerp', 'Soort', 'Status', 'Gepland op', 'Leidend auditor',
    ]);
    expect(headers.every((header) => header.getAttribute('scope') === 'col')).toBe(true);
    expect(within(table).getByRole('rowheader').getAttribute('scope')).toBe('row');
  });

  it('says when only the first page is shown', async () => {
    renderWith(connection([followUpWest], 73));
    expect(await screen.findByText('De eerste 1 van 73 doorlichtingen, op geplande datum.')).toBeTruthy();
  });

  it('shows an empty state without a table', async () => {
    renderWith(connection([]));
    expect(await screen.findByText('Er zijn nog geen doorlichtingen.')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('explains a FORBIDDEN error in Dutch (e.g. for a centre user)', async () => {
    const forbidden = new GraphQLError('Geen toegang / Forbidden', { extensions: { code: 'FORBIDDEN' } });
    renderWith({ errors: [forbidden] });
    expect((await screen.findByRole('alert')).textContent).toMatch(/geen toegang tot deze gegevens/);
  });
});

describe('labels', () => {
  it('keeps the calendar day regardless of time zone and passes unknown formats through', () => {
    expect(formatLocalDate('2026-01-01')).toBe('1 januari 2026');
    expect(formatLocalDate('binnenkort')).toBe('binnenkort');
  });

  it('names the subject by its kind, also when the other subgraph could not resolve it', () => {
    const base = followUpWest as unknown as AuditRow;
    expect(subjectLabel({ ...base, trainingCentre: null })).toBe('Onbekend opleidingscentrum');
    expect(subjectLabel({ ...base, subjectType: 'PARTNERSHIP', trainingCentre: null })).toBe('Onbekend partnerschap');
    expect(subjectLabel({ ...base, subjectType: 'TRACK' })).toBe('Traject bij Syntra West');
  });
});
