import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';

type MockedResponse = MockLink.MockedResponse;
import { GraphQLError } from 'graphql';
import type { SessionUser } from '../src/auth/session.js';
import {
  ACTION_PLANS_TO_REVIEW_QUERY,
  AUDITS_THIS_WEEK_QUERY,
  OPEN_APPLICATIONS_QUERY,
  OPEN_REVOCATION_PROPOSALS_QUERY,
  OVERDUE_RECOMMENDATIONS_QUERY,
  OWN_ACTION_PLANS_QUERY,
} from '../src/home/workQueue.operations.js';
import { HomePage } from '../src/pages/HomePage.js';

afterEach(cleanup);

// Wednesday 25 November 2026: "this week" is Monday 23 to Sunday 29 November.
const today = new Date(2026, 10, 25, 10, 0);
const week = { from: '2026-11-23', to: '2026-11-29' };
const linkProps = (href: string) => ({ href, onClick: vi.fn() });

const application = (id: string, reference: string, dueOn: string, overdue: boolean, status = 'IN_PROGRESS') => ({
  __typename: 'RecognitionApplication',
  version: 1,
  id,
  reference,
  status,
  dueOn,
  overdue,
  workplace: { __typename: 'Workplace', id: `wp-${id}`, name: `Werkplek ${id}` },
  partnership: { __typename: 'Partnership', version: 1, id: 'p-bouw', name: 'SP Bouw' },
});
const connection = (typename: string, nodes: object[], totalCount = nodes.length) => ({ __typename: typename, totalCount, nodes });
const apps = (nodes: object[]) => connection('RecognitionApplicationConnection', nodes);

const applicationsMock: MockedResponse = {
  request: { query: OPEN_APPLICATIONS_QUERY },
  result: {
    data: {
      submitted: apps([application('a1', 'EA-2026-0001', '2026-11-27', false, 'SUBMITTED'), application('a4', 'EA-2026-0004', '2026-12-20', false, 'SUBMITTED')]),
      incomplete: apps([]),
      inProgress: apps([application('a2', 'EA-2026-0002', '2026-11-20', true)]),
      onHold: apps([]),
    },
  },
};

const plan = (id: string, centre: string, status: string, submittedAt: string | null) => ({
  __typename: 'AnnualActionPlan',
  version: 1,
  id,
  status,
  submittedAt,
  centre: { __typename: 'TrainingCentre', version: 1, id: `tc-${id}`, name: centre },
  round: { __typename: 'ActionPlanRound', version: 1, id: 'r-2027', year: 2027, season: 'NOVEMBER', deadline: '2026-11-30T22:59:59.000Z', status: 'OPEN' },
});

const plansToReviewMock: MockedResponse = {
  request: { query: ACTION_PLANS_TO_REVIEW_QUERY },
  result: {
    data: {
      submitted: connection('AnnualActionPlanConnection', [plan('p1', 'Syntra West', 'SUBMITTED', '2026-11-10T09:00:00.000Z')]),
      underReview: connection('AnnualActionPlanConnection', []),
    },
  },
};

const audit = (id: string, title: string) => ({
  __typename: 'Audit',
  version: 1,
  id,
  reference: `AUD-2026-00${id}`,
  title,
  scheduledOn: '2026-11-26',
  statusLabel: 'Gepland',
});

const proposalsMock = (proposals: object[]): MockedResponse => ({
  request: { query: OPEN_REVOCATION_PROPOSALS_QUERY },
  result: { data: { revocationProposals: proposals } },
});

const auditsMock = (assignedToMe: boolean | null, nodes: object[]): MockedResponse => ({
  request: { query: AUDITS_THIS_WEEK_QUERY, variables: { ...week, assignedToMe } },
  result: { data: { audits: connection('AuditConnection', nodes) } },
});

function renderHome(user: SessionUser, mocks: MockedResponse[]) {
  render(
    <MockedProvider mocks={mocks}>
      <HomePage user={user} linkProps={linkProps} today={today} />
    </MockedProvider>,
  );
}

const queue = async (title: string) => {
  const heading = await screen.findByRole('heading', { level: 3, name: title });
  return heading.closest('section')!;
};

/** The table's body rows as "cell | cell | …", once the queue has loaded. */
async function rowsOf(section: HTMLElement): Promise<string[]> {
  const table = await within(section).findByRole('table');
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent).join(' | '));
}

describe('HomePage work queues', () => {
  it('agency staff: applications nearing or past the term, action plans to review, audits this week', async () => {
    renderHome({ id: 'u', name: 'An', role: 'AGENCY_STAFF' }, [
      applicationsMock,
      plansToReviewMock,
      auditsMock(null, [audit('17', 'Doorlichting werkplek Bouwonderneming Janssens')]),
    ]);
    const applications = await queue('Erkenningsaanvragen bij of over de termijn van 14 dagen');
    // Past the term first, then within three days; the one due in December is not "nearing".
    expect(await rowsOf(applications)).toEqual([
      'EA-2026-0002 | Werkplek a2 | SP Bouw | in behandeling | 20 november 2026 – termijn verstreken',
      'EA-2026-0001 | Werkplek a1 | SP Bouw | ingediend | 27 november 2026',
    ]);
    expect(within(applications).getByRole('link', { name: 'EA-2026-0002' }).getAttribute('href')).toBe('/duaal-leren/aanvragen/a2');
    // "Toon alle": the area's list with the undecided statuses, soonest term first.
    expect(within(applications).getByRole('link', { name: 'Toon alle openstaande erkenningsaanvragen' }).getAttribute('href')).toBe(
      '/duaal-leren/aanvragen?status=SUBMITTED&status=INCOMPLETE&status=IN_PROGRESS&status=ON_HOLD&sortering=DUE_ON_ASC',
    );

    const plans = await queue('Jaaractieplannen te beoordelen');
    expect(await rowsOf(plans)).toEqual(['Syntra West | ronde november 2027 | ingediend | 10 november 2026']);
    expect(within(plans).getByRole('link', { name: 'Syntra West' }).getAttribute('href')).toBe('/ondernemersvorming/jaaractieplannen/p1');
    expect(within(plans).getByRole('link', { name: 'Toon alle jaaractieplannen te beoordelen' }).getAttribute('href')).toBe(
      '/ondernemersvorming/jaaractieplannen?status=SUBMITTED&status=UNDER_REVIEW',
    );

    const audits = await queue('Doorlichtingen deze week');
    expect(within(audits).getByText(/Gepland van 23 november 2026 tot 29 november 2026/)).toBeTruthy();
    expect(await rowsOf(audits)).toEqual(['AUD-2026-0017 | Doorlichting werkplek Bouwonderneming Janssens | 26 november 2026 | Gepland']);
    expect(within(audits).getByRole('link', { name: 'Toon alle doorlichtingen van deze week' }).getAttribute('href')).toBe(
      '/toezicht-en-inspectie/doorlichtingen?status=PLANNED&status=PREPARED&status=IN_PROGRESS&gepland-vanaf=2026-11-23&gepland-tot=2026-11-29',
    );
  });

  it('sorts a queue by a column header, both ways, and says so through aria-sort', async () => {
    renderHome({ id: 'u', name: 'Pia', role: 'PARTNERSHIP_STAFF', partnershipId: 'p-bouw' }, [applicationsMock, proposalsMock([])]);
    const applications = await queue('Openstaande erkenningsaanvragen');
    const references = async () => (await rowsOf(applications)).map((row) => row.split(' | ')[0]);
    // The queue's own order: soonest term first.
    expect(await references()).toEqual(['EA-2026-0002', 'EA-2026-0001', 'EA-2026-0004']);
    fireEvent.click(within(applications).getByRole('button', { name: /Aanvraag/ }));
    expect(await references()).toEqual(['EA-2026-0001', 'EA-2026-0002', 'EA-2026-0004']);
    expect(within(applications).getByRole('columnheader', { name: /Aanvraag/ }).getAttribute('aria-sort')).toBe('ascending');
    fireEvent.click(within(applications).getByRole('button', { name: /Aanvraag/ }));
    expect(await references()).toEqual(['EA-2026-0004', 'EA-2026-0002', 'EA-2026-0001']);
    expect(within(applications).getByRole('columnheader', { name: /Aanvraag/ }).getAttribute('aria-sort')).toBe('descending');
  });

  it('exports the queue as CSV (the rows shown, in the order shown)', async () => {
    const blobs: Blob[] = [];
    const createObjectURL = vi.fn((blob: Blob) => (blobs.push(blob), 'blob:queue'));
    // jsdom has no object URLs; the download goes through them.
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    renderHome({ id: 'u', name: 'Pia', role: 'PARTNERSHIP_STAFF', partnershipId: 'p-bouw' }, [applicationsMock, proposalsMock([])]);
    const applications = await queue('Openstaande erkenningsaanvragen');
    await rowsOf(applications);
    fireEvent.click(within(applications).getByRole('button', { name: 'Exporteren als CSV' }));
    await vi.waitFor(() => expect(blobs).toHaveLength(1));
    // jsdom's Blob has no text(); FileReader reads it.
    const csv = await new Promise<string>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.readAsText(blobs[0]!);
    });
    expect(csv.replace(/^\uFEFF/, '').split('\r\n')).toEqual([
      'Referentie;Werkplek;Partnerschap;Status;Uiterlijk beslist;Termijn verstreken',
      'EA-2026-0002;Werkplek a2;SP Bouw;in behandeling;2026-11-20;ja',
      'EA-2026-0001;Werkplek a1;SP Bouw;ingediend;2026-11-27;nee',
      'EA-2026-0004;Werkplek a4;SP Bouw;ingediend;2026-12-20;nee',
      '',
    ]);
    expect((click.mock.contexts[0] as HTMLAnchorElement).download).toMatch(/^werkvoorraad-open-aanvragen-\d{4}-\d{2}-\d{2}\.csv$/);
    click.mockRestore();
  });

  it('centre user: their action plan with the round deadline', async () => {
    renderHome({ id: 'u', name: 'Cas', role: 'CENTRE_USER', centreId: 'tc-west', organisationName: 'Syntra West' }, [
      {
        request: { query: OWN_ACTION_PLANS_QUERY },
        result: { data: { actionPlans: connection('AnnualActionPlanConnection', [plan('p9', 'Syntra West', 'DRAFT', null)]) } },
      },
    ]);
    expect(screen.getByText(/Centrummedewerker, Syntra West/)).toBeTruthy();
    const own = await queue('Uw jaaractieplan');
    expect(await rowsOf(own)).toEqual(['Jaaractieplan ronde november 2027 | ontwerp | 30 november 2026 | nog niet ingediend']);
    expect(within(own).getByRole('columnheader', { name: /Indienen uiterlijk op/ })).toBeTruthy();
    // Only the training area for a centre user.
    expect(screen.getAllByRole('link').map((link) => link.textContent)).not.toContain('Duaal leren');
  });

  it('inspector: own audits this week (empty) and overdue recommendations', async () => {
    renderHome({ id: 'demo-inspector-pieter', name: 'Pieter De Smet', role: 'INSPECTOR' }, [
      auditsMock(true, []),
      {
        request: { query: OVERDUE_RECOMMENDATIONS_QUERY },
        result: {
          data: {
            overdueRecommendations: connection('RecommendationConnection', [
              {
                __typename: 'Recommendation',
                version: 1,
                id: 'rec-1',
                description: 'Mentor aanstellen',
                agreedDueOn: '2026-10-01',
                daysOverdue: 55,
                audit: { __typename: 'Audit', version: 1, id: 'aud-3', reference: 'AUD-2026-0003', title: 'Opvolging' },
              },
            ]),
          },
        },
      },
    ]);
    const audits = await queue('Uw doorlichtingen deze week');
    expect(await within(audits).findByText('Deze week staan er geen doorlichtingen gepland.')).toBeTruthy();
    // Nothing to export or sort in an empty queue, but the way to the full list stays.
    expect(within(audits).queryByRole('button', { name: 'Exporteren als CSV' })).toBeNull();
    expect(within(audits).getByRole('link', { name: 'Toon al uw doorlichtingen van deze week' }).getAttribute('href')).toMatch(
      /^\/toezicht-en-inspectie\/mijn-doorlichtingen\?status=PLANNED/,
    );
    const recommendations = await queue('Achterstallige aanbevelingen');
    expect(await rowsOf(recommendations)).toEqual(['AUD-2026-0003 | Mentor aanstellen | 1 oktober 2026 | 55 dagen']);
    expect(within(recommendations).getByRole('link', { name: 'AUD-2026-0003' }).getAttribute('href')).toBe('/toezicht-en-inspectie/doorlichtingen/aud-3');
  });

  it('shows the loading state, then more-than-shown counts', async () => {
    renderHome({ id: 'u', name: 'An', role: 'AGENCY_STAFF' }, [
      { ...plansToReviewMock, delay: 50, result: { data: { submitted: connection('AnnualActionPlanConnection', [plan('p1', 'Syntra West', 'SUBMITTED', '2026-11-10T09:00:00.000Z')], 14), underReview: connection('AnnualActionPlanConnection', [], 3) } } },
      applicationsMock,
      auditsMock(null, []),
    ]);
    const plans = await queue('Jaaractieplannen te beoordelen');
    expect(within(plans).getByRole('status').textContent).toContain('Bezig met laden');
    expect(plans.getAttribute('aria-busy')).toBe('true');
    expect(await within(plans).findByText('1 van 17 getoond.')).toBeTruthy();
    expect(plans.getAttribute('aria-busy')).toBe('false');
  });

  it('partnership staff: a failing queue shows its error alone, and "Opnieuw proberen" loads it again', async () => {
    const proposal = {
      __typename: 'RevocationProposal',
      id: 'rp-1',
      kind: 'WITHDRAWAL',
      auditReference: 'AUD-2026-0009',
      receivedAt: '2026-11-02T10:00:00.000Z',
      recognition: { __typename: 'Recognition', version: 1, id: 'rec-9', workplace: { __typename: 'Workplace', id: 'wp-9', name: 'Garage Peeters' } },
    };
    renderHome({ id: 'u', name: 'Pia', role: 'PARTNERSHIP_STAFF', partnershipId: 'p-bouw', organisationName: 'SP Bouw' }, [
      applicationsMock,
      { request: { query: OPEN_REVOCATION_PROPOSALS_QUERY }, result: { errors: [new GraphQLError('nope', { extensions: { code: 'FORBIDDEN' } })] } },
      proposalsMock([proposal]),
    ]);
    const applications = await queue('Openstaande erkenningsaanvragen');
    expect(await rowsOf(applications)).toHaveLength(3);
    const proposals = await queue('Openstaande voorstellen tot opheffing');
    expect((await within(proposals).findByRole('alert')).textContent).toContain('Openstaande voorstellen tot opheffing: niet geladen');
    fireEvent.click(within(proposals).getByRole('button', { name: 'Opnieuw proberen' }));
    expect(await rowsOf(proposals)).toEqual(['Garage Peeters | AUD-2026-0009 | voorstel tot opheffing van de erkenning | 2 november 2026']);
    expect(within(proposals).queryByRole('alert')).toBeNull();
    expect(within(proposals).getByRole('link', { name: 'Garage Peeters' }).getAttribute('href')).toBe('/duaal-leren/werkplekken/wp-9');
    expect(within(proposals).getByRole('link', { name: 'Toon alle openstaande voorstellen tot opheffing' }).getAttribute('href')).toBe(
      '/duaal-leren/opheffingsvoorstellen?status=PROPOSED',
    );
  });
});
