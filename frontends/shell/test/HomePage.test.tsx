import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
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
  id,
  reference,
  status,
  dueOn,
  overdue,
  workplace: { __typename: 'Workplace', id: `wp-${id}`, name: `Werkplek ${id}` },
  partnership: { __typename: 'Partnership', id: 'p-bouw', name: 'SP Bouw' },
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
  id,
  status,
  submittedAt,
  centre: { __typename: 'TrainingCentre', id: `tc-${id}`, name: centre },
  round: { __typename: 'ActionPlanRound', id: 'r-2027', year: 2027, season: 'NOVEMBER', deadline: '2026-11-30T22:59:59.000Z', status: 'OPEN' },
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
  id,
  reference: `AUD-2026-00${id}`,
  title,
  scheduledOn: '2026-11-26',
  statusLabel: 'Gepland',
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

describe('HomePage work queues', () => {
  it('agency staff: applications nearing or past the term, action plans to review, audits this week', async () => {
    renderHome({ id: 'u', name: 'An', role: 'AGENCY_STAFF' }, [
      applicationsMock,
      plansToReviewMock,
      auditsMock(null, [audit('17', 'Doorlichting werkplek Bouwonderneming Janssens')]),
    ]);
    const applications = await queue('Erkenningsaanvragen bij of over de termijn van 14 dagen');
    const links = await within(applications).findAllByRole('listitem');
    // Past the term first, then within three days; the one due in December is not "nearing".
    expect(links.map((item) => item.textContent)).toEqual([
      'EA-2026-0002 – Werkplek a2 – termijn verstreken op 20 november 2026 (in behandeling)',
      'EA-2026-0001 – Werkplek a1 – uiterlijk te beslissen op 27 november 2026 (ingediend)',
    ]);
    expect(within(applications).getByRole('link', { name: 'EA-2026-0002 – Werkplek a2' }).getAttribute('href')).toBe('/duaal-leren/aanvragen/a2');

    const plans = await queue('Jaaractieplannen te beoordelen');
    expect((await within(plans).findByRole('link', { name: 'Syntra West, ronde november 2027' })).getAttribute('href')).toBe(
      '/ondernemersvorming/jaaractieplannen/p1',
    );

    const audits = await queue('Doorlichtingen deze week');
    expect(within(audits).getByText(/Gepland van 23 november 2026 tot 29 november 2026/)).toBeTruthy();
    expect(await within(audits).findByRole('link', { name: 'AUD-2026-0017 – Doorlichting werkplek Bouwonderneming Janssens' })).toBeTruthy();
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
    const item = await within(own).findByRole('listitem');
    expect(item.textContent).toBe('Jaaractieplan ronde november 2027 – ontwerp – in te dienen uiterlijk op 30 november 2026');
    // Only the training area for a centre user.
    expect(screen.getAllByRole('link').map((link) => link.textContent)).not.toContain('Duaal leren');
  });

  it('inspector: own audits this week and overdue recommendations', async () => {
    renderHome({ id: 'demo-inspector-pieter', name: 'Pieter De Smet', role: 'INSPECTOR' }, [
      auditsMock(true, []),
      {
        request: { query: OVERDUE_RECOMMENDATIONS_QUERY },
        result: {
          data: {
            overdueRecommendations: connection('RecommendationConnection', [
              {
                __typename: 'Recommendation',
                id: 'rec-1',
                description: 'Mentor aanstellen',
                agreedDueOn: '2026-10-01',
                daysOverdue: 55,
                audit: { __typename: 'Audit', id: 'aud-3', reference: 'AUD-2026-0003', title: 'Opvolging' },
              },
            ]),
          },
        },
      },
    ]);
    const audits = await queue('Uw doorlichtingen deze week');
    expect(await within(audits).findByText('Deze week staan er geen doorlichtingen gepland.')).toBeTruthy();
    const recommendations = await queue('Achterstallige aanbevelingen');
    const item = await within(recommendations).findByRole('listitem');
    expect(item.textContent).toBe('AUD-2026-0003: Mentor aanstellen – afgesproken tegen 1 oktober 2026, 55 dagen te laat');
  });

  it('partnership staff: open applications and open revocation proposals; a failing queue shows its error alone', async () => {
    renderHome({ id: 'u', name: 'Pia', role: 'PARTNERSHIP_STAFF', partnershipId: 'p-bouw', organisationName: 'SP Bouw' }, [
      applicationsMock,
      { request: { query: OPEN_REVOCATION_PROPOSALS_QUERY }, result: { errors: [new GraphQLError('nope', { extensions: { code: 'FORBIDDEN' } })] } },
    ]);
    const applications = await queue('Openstaande erkenningsaanvragen');
    expect(await within(applications).findAllByRole('listitem')).toHaveLength(3);
    const proposals = await queue('Openstaande voorstellen tot opheffing');
    expect((await within(proposals).findByRole('alert')).textContent).toContain('kon niet worden geladen');
  });
});
