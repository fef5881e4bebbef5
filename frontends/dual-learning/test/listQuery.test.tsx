import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { AreaRouter } from '@werkplek/frontend-kit';
import { ApplicationInbox } from '../src/applications/ApplicationInbox.js';
import { APPLICATIONS_QUERY, PARTNERSHIPS_QUERY } from '../src/applications/applications.operations.js';
import { RecognitionList } from '../src/recognitions/RecognitionList.js';
import { RECOGNITIONS_QUERY } from '../src/recognitions/recognitions.operations.js';
import { AgreementList } from '../src/agreements/AgreementList.js';
import { AGREEMENTS_QUERY } from '../src/agreements/agreements.operations.js';
import { RevocationProposals } from '../src/revocations/RevocationProposals.js';
import { REVOCATION_PROPOSALS_QUERY } from '../src/revocations/revocations.operations.js';
import { WorkplaceList } from '../src/workplaces/WorkplaceList.js';
import { WORKPLACES_QUERY } from '../src/workplaces.query.js';
import { GuidancePage } from '../src/guidance/GuidancePage.js';
import { GUIDANCE_ACTIONS_QUERY, GUIDANCE_WORKPLACES_QUERY } from '../src/guidance/guidance.operations.js';

// Every list starts from the URL's query string and writes its applied filter and sort back (the kit's useListQuery):
// the shell's work-queue links open a list filtered, a filtered list can be bookmarked, and Back undoes a change.

afterEach(cleanup);

const firstPage = { first: 25, after: null };
const undecided = ['SUBMITTED', 'INCOMPLETE', 'IN_PROGRESS', 'ON_HOLD'];
const partnership = { __typename: 'Partnership', version: 1, id: 'p-horeca', name: 'SP Horeca' };
const partnershipsMock: MockLink.MockedResponse = { request: { query: PARTNERSHIPS_QUERY }, result: { data: { partnerships: [partnership] } }, maxUsageCount: 10 };
const pageInfo = { __typename: 'PageInfo', endCursor: null, hasNextPage: false };

function renderAt(url: string, ui: React.ReactNode, mocks: MockLink.MockedResponse[]) {
  window.history.pushState(null, '', url);
  return render(
    <MockedProvider mocks={mocks}>
      <AreaRouter basePath="/duaal-leren">{ui}</AreaRouter>
    </MockedProvider>,
  );
}

const application = (id: string, reference: string, status: string) => ({
  __typename: 'RecognitionApplication',
  version: 1,
  id,
  reference,
  status,
  submittedAt: '2026-05-01T08:00:00.000Z',
  dueOn: '2026-05-15',
  overdue: false,
  daysOpen: 3,
  priority: false,
  workplace: { __typename: 'Workplace', id: 'wp-1', name: 'Hotel Aan de Leie', municipality: 'Gent', province: 'OOST_VLAANDEREN' },
  training: { __typename: 'TrainingProgramme', id: 't-1', name: 'Kok' },
  partnership,
});
const applications = (nodes: ReturnType<typeof application>[]) => ({
  data: { recognitionApplications: { __typename: 'RecognitionApplicationConnection', totalCount: nodes.length, pageInfo, nodes } },
});

describe('application inbox in the URL', () => {
  it("opens filtered from the shell's work-queue link: several statuses and the due-date sort go to the API", async () => {
    renderAt(`/duaal-leren/aanvragen?${undecided.map((s) => `status=${s}`).join('&')}&sortering=DUE_ON_ASC`, <ApplicationInbox />, [
      partnershipsMock,
      { request: { query: APPLICATIONS_QUERY, variables: { page: firstPage, sort: 'DUE_ON_ASC', filter: { statuses: undecided } } }, result: applications([application('a1', 'ERK-2026-00001', 'IN_PROGRESS')]) },
    ]);
    expect(await screen.findByRole('link', { name: 'ERK-2026-00001' })).toBeTruthy();
    // The form says honestly what the list shows: the four undecided statuses, as one choice.
    const status = screen.getByLabelText('Status') as HTMLSelectElement;
    expect(status.value).toBe('nog-niet-beslist');
    expect(status.selectedOptions[0]?.textContent).toBe('Nog niet beslist (ingediend, dossier onvolledig, in behandeling, in wacht)');
    expect(screen.getByRole('columnheader', { name: /Uiterlijk beslist/ }).getAttribute('aria-sort')).toBe('ascending');
  });

  it('writes the applied filter to the URL on "Zoeken" (only then), restarts paging, and Back restores the form', async () => {
    let filteredAsked = 0;
    renderAt('/duaal-leren/aanvragen', <ApplicationInbox />, [
      partnershipsMock,
      {
        request: { query: APPLICATIONS_QUERY, variables: { page: firstPage, sort: 'SUBMITTED_AT_DESC', filter: {} } },
        result: applications([application('a1', 'ERK-2026-00001', 'IN_PROGRESS'), application('a2', 'ERK-2026-00002', 'APPROVED')]),
        maxUsageCount: 3,
      },
      {
        request: { query: APPLICATIONS_QUERY, variables: { page: firstPage, sort: 'SUBMITTED_AT_DESC', filter: { statuses: ['ON_HOLD'], partnershipId: 'p-horeca', province: 'LIMBURG', overdue: true } } },
        result: () => {
          filteredAsked += 1;
          return applications([]);
        },
      },
    ]);
    expect(await screen.findByRole('link', { name: 'ERK-2026-00001' })).toBeTruthy();
    await screen.findByRole('option', { name: 'SP Horeca' });
    fireEvent.change(screen.getByLabelText('Status'), { target: { value: 'ON_HOLD' } });
    fireEvent.change(screen.getByLabelText('Partnerschap'), { target: { value: 'p-horeca' } });
    fireEvent.change(screen.getByLabelText('Provincie'), { target: { value: 'LIMBURG' } });
    fireEvent.change(screen.getByLabelText('Termijn'), { target: { value: 'ja' } });
    expect(window.location.search).toBe('');
    fireEvent.click(screen.getByRole('button', { name: 'Zoeken' }));
    await waitFor(() => expect(window.location.search).toBe('?status=ON_HOLD&partnerschap=p-horeca&provincie=LIMBURG&te-laat=ja'));
    expect(await screen.findByText('Er zijn geen aanvragen die aan de filters voldoen.')).toBeTruthy();
    expect(filteredAsked).toBe(1);

    act(() => window.history.back());
    await waitFor(() => expect(window.location.search).toBe(''));
    await waitFor(() => expect((screen.getByLabelText('Status') as HTMLSelectElement).value).toBe(''));
    expect((screen.getByLabelText('Provincie') as HTMLSelectElement).value).toBe('');
    expect(await screen.findByRole('link', { name: 'ERK-2026-00001' })).toBeTruthy();
  });

  it('shows a bookmarked combination of statuses as its own choice, and "Nog niet beslist" writes the four', async () => {
    renderAt('/duaal-leren/aanvragen?status=SUBMITTED&status=ON_HOLD', <ApplicationInbox />, [
      partnershipsMock,
      { request: { query: APPLICATIONS_QUERY, variables: { page: firstPage, sort: 'SUBMITTED_AT_DESC', filter: { statuses: ['SUBMITTED', 'ON_HOLD'] } } }, result: applications([application('a1', 'ERK-2026-00001', 'ON_HOLD')]) },
      { request: { query: APPLICATIONS_QUERY, variables: { page: firstPage, sort: 'SUBMITTED_AT_DESC', filter: { statuses: undecided } } }, result: applications([application('a2', 'ERK-2026-00002', 'IN_PROGRESS')]) },
    ]);
    expect(await screen.findByRole('link', { name: 'ERK-2026-00001' })).toBeTruthy();
    const status = screen.getByLabelText('Status') as HTMLSelectElement;
    expect(status.selectedOptions[0]?.textContent).toBe('Ingediend of In wacht');
    fireEvent.change(status, { target: { value: 'nog-niet-beslist' } });
    fireEvent.click(screen.getByRole('button', { name: 'Zoeken' }));
    await waitFor(() => expect(new URLSearchParams(window.location.search).getAll('status')).toEqual(undecided));
    expect(await screen.findByRole('link', { name: 'ERK-2026-00002' })).toBeTruthy();
  });

  it('ignores values that are not the API\'s (a hand-edited link) instead of sending them', async () => {
    renderAt('/duaal-leren/aanvragen?status=BOGUS&provincie=ATLANTIS&te-laat=misschien&sortering=NAME_ASC', <ApplicationInbox />, [
      partnershipsMock,
      { request: { query: APPLICATIONS_QUERY, variables: { page: firstPage, sort: 'SUBMITTED_AT_DESC', filter: {} } }, result: applications([application('a1', 'ERK-2026-00001', 'SUBMITTED')]) },
    ]);
    expect(await screen.findByRole('link', { name: 'ERK-2026-00001' })).toBeTruthy();
  });
});

const recognition = (id: string, name: string) => ({
  __typename: 'Recognition',
  version: 1,
  id,
  status: 'ACTIVE',
  scope: 'FULL',
  validFrom: '2025-09-01',
  validUntil: '2031-08-31',
  endedOn: null,
  workplace: { __typename: 'Workplace', id: `wp-${id}`, name, municipality: 'Hasselt', province: 'LIMBURG' },
  training: { __typename: 'TrainingProgramme', id: 't-1', name: 'Kok' },
  partnership,
});

describe('recognitions in the URL', () => {
  it('sends a bookmarked province, status and sort to the API, and a column sort writes the URL', async () => {
    const filter = { status: 'ACTIVE', province: 'LIMBURG' };
    let sortedAsked = 0;
    renderAt('/duaal-leren/erkenningen?provincie=LIMBURG&status=ACTIVE&sortering=VALID_UNTIL', <RecognitionList />, [
      partnershipsMock,
      { request: { query: RECOGNITIONS_QUERY, variables: { page: firstPage, sort: 'VALID_UNTIL', filter } }, result: { data: { recognitions: { __typename: 'RecognitionConnection', totalCount: 1, pageInfo, nodes: [recognition('r1', 'Bakkerij Hasselt')] } } } },
      {
        request: { query: RECOGNITIONS_QUERY, variables: { page: firstPage, sort: 'WORKPLACE_NAME', filter } },
        result: () => {
          sortedAsked += 1;
          return { data: { recognitions: { __typename: 'RecognitionConnection', totalCount: 1, pageInfo, nodes: [recognition('r1', 'Bakkerij Hasselt')] } } };
        },
      },
    ]);
    expect(await screen.findByRole('link', { name: 'Bakkerij Hasselt' })).toBeTruthy();
    expect((screen.getByLabelText('Provincie') as HTMLSelectElement).value).toBe('LIMBURG');
    expect((screen.getByLabelText('Status') as HTMLSelectElement).value).toBe('ACTIVE');
    expect(screen.getByRole('columnheader', { name: /Geldig tot/ }).getAttribute('aria-sort')).toBe('ascending');
    fireEvent.click(screen.getByRole('button', { name: /Werkplek/ }));
    await waitFor(() => expect(sortedAsked).toBe(1));
    expect(window.location.search).toBe('?provincie=LIMBURG&status=ACTIVE&sortering=WORKPLACE_NAME');
  });
});

const agreement = (id: string, number: number) => ({
  __typename: 'Agreement',
  version: 1,
  id,
  number,
  type: 'OAO',
  status: 'RUNNING',
  startDate: '2026-09-01',
  plannedEndDate: '2027-06-30',
  actualEndDate: null,
  terminationReason: null,
  schoolYear: '2026-2027',
  workplace: { __typename: 'Workplace', id: 'wp-1', name: 'Hotel Aan de Leie' },
  training: { __typename: 'TrainingProgramme', id: 't-1', name: 'Kok' },
  learner: { __typename: 'Learner', id: `l-${id}`, name: `Leerling ${number}` },
});
const agreementPage = (nodes: ReturnType<typeof agreement>[], endCursor: string | null, hasNextPage: boolean) => ({
  data: { agreements: { __typename: 'AgreementConnection', totalCount: 30, pageInfo: { __typename: 'PageInfo', endCursor, hasNextPage }, nodes } },
});

describe('agreements in the URL', () => {
  it('starts from a bookmarked status and school year; a sort change goes back to page 1', async () => {
    const filter = { status: 'RUNNING', schoolYear: '2026-2027' };
    renderAt('/duaal-leren/overeenkomsten?status=RUNNING&schooljaar=2026-2027', <AgreementList />, [
      partnershipsMock,
      { request: { query: AGREEMENTS_QUERY, variables: { page: firstPage, sort: 'START_DATE_DESC', filter } }, result: agreementPage([agreement('o1', 1)], 'c1', true) },
      { request: { query: AGREEMENTS_QUERY, variables: { page: { first: 25, after: 'c1' }, sort: 'START_DATE_DESC', filter } }, result: agreementPage([agreement('o26', 26)], null, false) },
      { request: { query: AGREEMENTS_QUERY, variables: { page: firstPage, sort: 'NUMBER_ASC', filter } }, result: agreementPage([agreement('o1', 1)], 'c1', true) },
    ]);
    expect(await screen.findByRole('link', { name: 'Overeenkomst 1' })).toBeTruthy();
    expect((screen.getByLabelText(/Schooljaar/) as HTMLInputElement).value).toBe('2026-2027');
    fireEvent.click(screen.getByRole('button', { name: 'Volgende' }));
    expect(await screen.findByRole('link', { name: 'Overeenkomst 26' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /Nummer/ }));
    // Page 1 of the new sort (the mock for a cursor of the old sort does not exist: asking it would fail the test).
    expect(await screen.findByRole('link', { name: 'Overeenkomst 1' })).toBeTruthy();
    expect(window.location.search).toBe('?status=RUNNING&schooljaar=2026-2027&sortering=NUMBER_ASC');
  });
});

const proposal = (id: string, status: string) => ({
  __typename: 'RecognitionRevocationProposal',
  version: 1,
  id,
  kind: 'WITHDRAWAL',
  reason: 'Geen mentor meer',
  exclusionUntil: null,
  auditReference: `DL-${id}`,
  proposedBy: 'Ine Pauwels',
  receivedAt: '2026-10-01T09:00:00.000Z',
  status,
  decidedBy: null,
  decidedAt: null,
  decisionNote: null,
  recognition: null,
});

describe('revocation proposals in the URL', () => {
  it("shows the open proposals from the shell's link, and every status after \"Wissen\" (status=alle)", async () => {
    renderAt('/duaal-leren/opheffingsvoorstellen?status=PROPOSED', <RevocationProposals user={undefined} />, [
      { request: { query: REVOCATION_PROPOSALS_QUERY, variables: { status: 'PROPOSED' } }, result: { data: { revocationProposals: [proposal('1', 'PROPOSED')] } } },
      { request: { query: REVOCATION_PROPOSALS_QUERY, variables: { status: null } }, result: { data: { revocationProposals: [proposal('1', 'PROPOSED'), proposal('2', 'ACCEPTED')] } } },
    ]);
    expect(await screen.findByRole('rowheader', { name: 'DL-1' })).toBeTruthy();
    expect((screen.getByLabelText('Status') as HTMLSelectElement).value).toBe('PROPOSED');
    fireEvent.click(screen.getByRole('button', { name: 'Wissen' }));
    await waitFor(() => expect(window.location.search).toBe('?status=alle'));
    expect(await screen.findByRole('rowheader', { name: 'DL-2' })).toBeTruthy();
    expect((screen.getByLabelText('Status') as HTMLSelectElement).value).toBe('');
  });
});

const workplace = (id: string, name: string, municipality: string, province: string) => ({
  __typename: 'Workplace',
  id,
  establishmentNumber: `2.${id}`,
  name,
  companyName: `${name} bv`,
  municipality,
  province,
  sectoralPartnership: 'SP Horeca',
  company: { __typename: 'Company', id: `co-${id}` },
});

describe('workplaces in the URL', () => {
  it('filters on the province and sorts in the browser from the URL', async () => {
    renderAt('/duaal-leren/werkplekken?provincie=LIMBURG&sortering=MUNICIPALITY_DESC', <WorkplaceList />, [
      {
        request: { query: WORKPLACES_QUERY },
        result: {
          data: {
            workplaces: [
              workplace('1', 'Bakkerij Aa', 'Genk', 'LIMBURG'),
              workplace('2', 'Hotel Gent', 'Gent', 'OOST_VLAANDEREN'),
              workplace('3', 'Garage Zz', 'Hasselt', 'LIMBURG'),
            ],
          },
        },
      },
    ]);
    await screen.findByRole('rowheader', { name: 'Garage Zz' });
    expect(screen.getAllByRole('rowheader').map((cell) => cell.textContent)).toEqual(['Garage Zz', 'Bakkerij Aa']);
    // The company opens its own page (establishments, recognitions, exclusions).
    expect(screen.getByRole('link', { name: 'Garage Zz bv' }).getAttribute('href')).toBe('/duaal-leren/ondernemingen/co-3');
    fireEvent.change(screen.getByLabelText('Provincie'), { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Zoeken' }));
    await waitFor(() => expect(window.location.search).toBe('?sortering=MUNICIPALITY_DESC'));
    expect(screen.getAllByRole('rowheader').map((cell) => cell.textContent)).toEqual(['Garage Zz', 'Hotel Gent', 'Bakkerij Aa']);
  });
});

describe('guidance actions in the URL', () => {
  it('shows the workplace the URL names below the workplaces list, and writes another choice back', async () => {
    const guidanceWorkplaces = [
      { __typename: 'Workplace', id: 'wp-1', name: 'Bakkerij Aa', municipality: 'Genk' },
      { __typename: 'Workplace', id: 'wp-2', name: 'Garage Zz', municipality: 'Hasselt' },
    ];
    const action = { __typename: 'GuidanceAction', id: 'g1', type: 'PHONE_CALL', purpose: null, mode: 'PROACTIVE', performedOn: '2026-10-01', performedByName: 'An Agent', findings: 'Alles in orde', nextActionOn: null };
    renderAt('/duaal-leren/werkplekken?werkplek=wp-1', <GuidancePage />, [
      { request: { query: GUIDANCE_WORKPLACES_QUERY }, result: { data: { workplaces: guidanceWorkplaces } } },
      { request: { query: GUIDANCE_ACTIONS_QUERY, variables: { workplaceId: 'wp-1' } }, result: { data: { guidanceActions: [action] } } },
      { request: { query: GUIDANCE_ACTIONS_QUERY, variables: { workplaceId: 'wp-2' } }, result: { data: { guidanceActions: [] } } },
    ]);
    expect(await screen.findByText('Alles in orde')).toBeTruthy();
    await screen.findByRole('option', { name: 'Garage Zz (Hasselt)' });
    expect((screen.getByLabelText('Werkplek') as HTMLSelectElement).value).toBe('wp-1');
    fireEvent.change(screen.getByLabelText('Werkplek'), { target: { value: 'wp-2' } });
    await waitFor(() => expect(window.location.search).toBe('?werkplek=wp-2'));
    expect(await screen.findByText('Nog geen begeleidingsacties bij deze werkplek.')).toBeTruthy();
  });
});
