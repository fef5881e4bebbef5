import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { AreaRouter } from '@werkplek/frontend-kit';
import { ActionPlansPage } from '../src/action-plans/ActionPlansPage.js';
import { ACTION_PLANS_QUERY, ACTION_PLAN_ROUNDS_QUERY } from '../src/action-plans/actionPlans.operations.js';
import { CertificatesPage } from '../src/offer/CertificatesPage.js';
import { CERTIFICATES_QUERY } from '../src/offer/offer.operations.js';

// Lists start from the URL's query string and write their applied filter and sort back to it (useListQuery), so the
// shell's links open them filtered, a list can be bookmarked and Back undoes a change; the sort goes to the API.

afterEach(cleanup);

const firstPage = { first: 25, after: null };
const staff = { id: 'u-1', name: 'Els', role: 'AGENCY_STAFF' as const };

const plan = (id: string, centre: string, status: string) => ({
  __typename: 'AnnualActionPlan',
  version: 1,
  id,
  status,
  submittedAt: '2027-04-20T10:00:00Z',
  centre: { __typename: 'TrainingCentre', version: 1, id: `tc-${id}`, name: centre },
  round: { __typename: 'ActionPlanRound', version: 1, id: 'round-1', year: 2027, season: 'APRIL', deadline: '2027-04-30T21:59:59Z' },
  dossiers: [],
});
const plans = (nodes: ReturnType<typeof plan>[]) => ({
  data: { actionPlans: { __typename: 'AnnualActionPlanConnection', totalCount: nodes.length, pageInfo: { __typename: 'PageInfo', endCursor: null, hasNextPage: false }, nodes } },
});
const roundsMock: MockLink.MockedResponse = {
  request: { query: ACTION_PLAN_ROUNDS_QUERY },
  result: {
    data: {
      actionPlanRounds: [
        { __typename: 'ActionPlanRound', version: 1, id: 'round-1', year: 2027, season: 'APRIL', deadline: '2027-04-30T21:59:59Z', status: 'OPEN', criteriaVersionId: 'cv-1', boardDecisionOn: null },
      ],
    },
  },
};

function renderAt(url: string, ui: React.ReactNode, mocks: MockLink.MockedResponse[]) {
  window.history.pushState(null, '', url);
  return render(
    <MockedProvider mocks={mocks}>
      <AreaRouter basePath="/ondernemersvorming">{ui}</AreaRouter>
    </MockedProvider>,
  );
}

describe('action plans list in the URL', () => {
  it("opens filtered from the shell's review-queue link (several statuses) and sends the column sort to the API", async () => {
    const review = { filter: { statuses: ['SUBMITTED', 'UNDER_REVIEW'] }, page: firstPage };
    let sortedAsked = 0;
    renderAt('/ondernemersvorming/jaaractieplannen?status=SUBMITTED&status=UNDER_REVIEW', <ActionPlansPage user={staff} />, [
      roundsMock,
      { request: { query: ACTION_PLANS_QUERY, variables: { ...review, sort: 'CREATED_AT_DESC' } }, result: plans([plan('p-1', 'Syntra Limburg', 'SUBMITTED'), plan('p-2', 'Syntra AB', 'UNDER_REVIEW')]) },
      {
        request: { query: ACTION_PLANS_QUERY, variables: { ...review, sort: 'CENTRE_ASC' } },
        result: () => {
          sortedAsked += 1;
          return plans([plan('p-2', 'Syntra AB', 'UNDER_REVIEW'), plan('p-1', 'Syntra Limburg', 'SUBMITTED')]);
        },
      },
    ]);
    expect(await screen.findByRole('link', { name: /Syntra Limburg/ })).toBeTruthy();
    expect((screen.getByRole('checkbox', { name: 'Ingediend' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('checkbox', { name: 'In beoordeling' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('checkbox', { name: 'Ontwerp' }) as HTMLInputElement).checked).toBe(false);

    fireEvent.click(screen.getByRole('button', { name: /Opleidingscentrum/ }));
    await waitFor(() => expect(sortedAsked).toBe(1));
    expect(new URLSearchParams(window.location.search).getAll('status')).toEqual(['SUBMITTED', 'UNDER_REVIEW']);
    expect(new URLSearchParams(window.location.search).get('sortering')).toBe('CENTRE_ASC');
    await waitFor(() => expect(screen.getAllByRole('rowheader')[0]?.textContent).toMatch(/Syntra AB/));
    expect(screen.getByRole('columnheader', { name: /Opleidingscentrum/ }).getAttribute('aria-sort')).toBe('ascending');
  });

  it('writes the applied statuses to the URL on "Zoeken"; Back restores the previous filter in the form', async () => {
    renderAt('/ondernemersvorming/jaaractieplannen', <ActionPlansPage user={staff} />, [
      roundsMock,
      { request: { query: ACTION_PLANS_QUERY, variables: { filter: {}, sort: 'CREATED_AT_DESC', page: firstPage } }, result: plans([plan('p-1', 'Syntra Limburg', 'DRAFT')]), maxUsageCount: 2 },
      { request: { query: ACTION_PLANS_QUERY, variables: { filter: { statuses: ['ADVISED'] }, sort: 'CREATED_AT_DESC', page: firstPage } }, result: plans([]) },
    ]);
    expect(await screen.findByRole('link', { name: /Syntra Limburg/ })).toBeTruthy();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Geadviseerd' }));
    // Ticking alone changes nothing yet: only "Zoeken" applies the filter.
    expect(window.location.search).toBe('');
    fireEvent.click(screen.getByRole('button', { name: 'Zoeken' }));
    await waitFor(() => expect(window.location.search).toBe('?status=ADVISED'));
    expect(await screen.findByText('Geen jaaractieplannen voor deze filters.')).toBeTruthy();

    act(() => window.history.back());
    await waitFor(() => expect(window.location.search).toBe(''));
    await waitFor(() => expect((screen.getByRole('checkbox', { name: 'Geadviseerd' }) as HTMLInputElement).checked).toBe(false));
    expect(await screen.findByRole('link', { name: /Syntra Limburg/ })).toBeTruthy();
  });
});

const certificate = (id: string, number: string) => ({
  __typename: 'Certificate',
  version: 1,
  id,
  number,
  type: 'DUAL_DIPLOMA',
  examYear: 2019,
  issuedOn: '2019-06-20',
  issuer: 'CENTRE',
  valid: true,
  revokedOn: null,
  trackName: 'Medewerker keuken (duaal)',
  learner: { __typename: 'TrainingLearner', id: `l-${id}`, name: `Cursist ${id}` },
});
const certificates = (nodes: ReturnType<typeof certificate>[]) => ({
  data: { certificates: { __typename: 'CertificateConnection', totalCount: nodes.length, pageInfo: { __typename: 'PageInfo', endCursor: null, hasNextPage: false }, nodes } },
});

describe('certificates list in the URL', () => {
  it('starts from a bookmarked filter and sort, ignores an unknown sort value, and writes a new filter back', async () => {
    let unfiltered = 0;
    renderAt('/ondernemersvorming/attesten?examenjaar=2019&soort=DUAL_DIPLOMA&sortering=ISSUED_ON_DESC', <CertificatesPage />, [
      {
        request: { query: CERTIFICATES_QUERY, variables: { filter: { examYear: 2019, type: 'DUAL_DIPLOMA' }, sort: 'ISSUED_ON_DESC', page: firstPage } },
        result: certificates([certificate('c-1', 'SYN-2019-000001')]),
      },
      {
        request: { query: CERTIFICATES_QUERY, variables: { filter: { examYear: 2020 }, sort: 'ISSUED_ON_DESC', page: firstPage } },
        result: certificates([certificate('c-2', 'SYN-2020-000002')]),
      },
      {
        request: { query: CERTIFICATES_QUERY, variables: { filter: { examYear: 2020 }, sort: 'NUMBER_ASC', page: firstPage } },
        result: () => {
          unfiltered += 1;
          return certificates([certificate('c-2', 'SYN-2020-000002')]);
        },
      },
    ]);
    expect(await screen.findByRole('rowheader', { name: 'SYN-2019-000001' })).toBeTruthy();
    expect((screen.getByLabelText(/Examenjaar/) as HTMLInputElement).value).toBe('2019');
    expect((screen.getByLabelText(/Soort/) as HTMLSelectElement).value).toBe('DUAL_DIPLOMA');
    expect(screen.getByRole('columnheader', { name: /Uitgereikt op/ }).getAttribute('aria-sort')).toBe('descending');

    fireEvent.change(screen.getByLabelText(/Examenjaar/), { target: { value: '2020' } });
    fireEvent.change(screen.getByLabelText(/Soort/), { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Zoeken' }));
    const params = () => Object.fromEntries(new URLSearchParams(window.location.search));
    await waitFor(() => expect(params()).toEqual({ examenjaar: '2020', sortering: 'ISSUED_ON_DESC' }));
    expect(await screen.findByRole('rowheader', { name: 'SYN-2020-000002' })).toBeTruthy();
    expect(unfiltered).toBe(0);
    // A hand-edited sort value the API does not know falls back to the default order instead of failing the query.
    act(() => window.history.replaceState(null, '', '/ondernemersvorming/attesten?examenjaar=2020&sortering=NONSENSE_ASC'));
    act(() => window.dispatchEvent(new PopStateEvent('popstate')));
    await waitFor(() => expect(unfiltered).toBe(1));
    expect(screen.getByRole('rowheader', { name: 'SYN-2020-000002' })).toBeTruthy();
    expect(screen.getByRole('columnheader', { name: /Nummer/ }).getAttribute('aria-sort')).toBe('ascending');
  });
});

describe('paging restarts on a filter change', () => {
  it('asks for the first page of the new filter, not the next cursor of the old one', async () => {
    const page = (nodes: ReturnType<typeof certificate>[], endCursor: string | null, hasNextPage: boolean, totalCount: number) => ({
      data: { certificates: { __typename: 'CertificateConnection', totalCount, pageInfo: { __typename: 'PageInfo', endCursor, hasNextPage }, nodes } },
    });
    let filteredFirstPage = 0;
    renderAt('/ondernemersvorming/attesten', <CertificatesPage />, [
      { request: { query: CERTIFICATES_QUERY, variables: { filter: {}, sort: 'NUMBER_ASC', page: firstPage } }, result: page([certificate('c-1', 'SYN-2019-000001')], 'cursor-1', true, 26) },
      { request: { query: CERTIFICATES_QUERY, variables: { filter: {}, sort: 'NUMBER_ASC', page: { first: 25, after: 'cursor-1' } } }, result: page([certificate('c-26', 'SYN-2019-000026')], 'cursor-26', false, 26) },
      {
        request: { query: CERTIFICATES_QUERY, variables: { filter: { examYear: 2019 }, sort: 'NUMBER_ASC', page: firstPage } },
        result: () => {
          filteredFirstPage += 1;
          return page([certificate('c-1', 'SYN-2019-000001')], 'cursor-1', false, 1);
        },
      },
    ]);
    expect(await screen.findByRole('rowheader', { name: 'SYN-2019-000001' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /Volgende/ }));
    expect(await screen.findByRole('rowheader', { name: 'SYN-2019-000026' })).toBeTruthy();

    fireEvent.change(screen.getByLabelText(/Examenjaar/), { target: { value: '2019' } });
    fireEvent.click(screen.getByRole('button', { name: 'Zoeken' }));
    await waitFor(() => expect(filteredFirstPage).toBe(1));
    expect(await screen.findByRole('rowheader', { name: 'SYN-2019-000001' })).toBeTruthy();
    expect(screen.queryByRole('rowheader', { name: 'SYN-2019-000026' })).toBeNull();
  });
});
