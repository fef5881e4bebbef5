import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { GraphQLError } from 'graphql';
import { AreaRouter, type User } from '@werkplek/frontend-kit';
import { EnrolmentForm, courseYearOf } from '../src/offer/EnrolmentForm.js';
import { EnrolmentsPage } from '../src/offer/EnrolmentsPage.js';
import { IssueCertificateForm } from '../src/offer/IssueCertificateForm.js';
import {
  ENROL_MUTATION,
  ENROLMENTS_QUERY,
  ENROLMENT_TRACKS_QUERY,
  ISSUE_CERTIFICATE_MUTATION,
  REGISTER_TRAINING_LEARNER_MUTATION,
  TRAINING_LEARNERS_QUERY,
} from '../src/offer/offer.operations.js';

afterEach(cleanup);

const centreUser: User = { id: 'u-1', name: 'An', role: 'CENTRE_USER', centreId: 'tc-1' } as User;
const staff: User = { id: 'u-2', name: 'Els', role: 'AGENCY_STAFF' } as User;
const click = (name: string | RegExp) => fireEvent.click(screen.getByRole('button', { name }));

const tracksMock: MockLink.MockedResponse = {
  request: { query: ENROLMENT_TRACKS_QUERY, variables: { filter: { centreId: 'tc-1' } } },
  result: {
    data: {
      tracks: {
        __typename: 'TrackConnection',
        nodes: [
          { __typename: 'Track', version: 1, id: 'tr-1', code: 'OT-BAKKER', name: 'Bakker', components: ['PROFESSIONAL_KNOWLEDGE', 'BUSINESS_MANAGEMENT'], centre: { __typename: 'TrainingCentre', version: 1, id: 'tc-1', name: 'Syntra West' } },
        ],
      },
    },
  },
};
const enrolMock = (learnerId: string, onCall: () => void, errors?: GraphQLError[]): MockLink.MockedResponse => ({
  request: { query: ENROL_MUTATION, variables: { input: { learnerId, trackId: 'tr-1', component: 'BUSINESS_MANAGEMENT', courseYear: 2026, enrolledOn: '2026-11-23' } } },
  result: () => {
    onCall();
    return errors
      ? { errors }
      : {
          data: {
            enrol: {
              __typename: 'Enrolment', version: 1, id: 'enr-9', courseYear: 2026, component: 'BUSINESS_MANAGEMENT', enrolledOn: '2026-11-23', leftOn: null, status: 'ENROLLED', result: null,
              issuableCertificateTypes: [], learner: { __typename: 'TrainingLearner', id: learnerId, name: 'Cursist' }, track: { __typename: 'Track', version: 1, id: 'tr-1', name: 'Bakker', type: 'ENTREPRENEURSHIP' },
            },
          },
        };
  },
});

function renderEnrolment(mocks: MockLink.MockedResponse[], onDone: (text: string) => void = () => undefined) {
  return render(
    <MockedProvider mocks={mocks}>
      <EnrolmentForm user={centreUser} todayIs="2026-11-23" onDone={onDone} onCancel={() => undefined} />
    </MockedProvider>,
  );
}

async function chooseTrackAndComponent() {
  fireEvent.change(await screen.findByRole('combobox', { name: /Traject/ }), { target: { value: 'tr-1' } });
  await screen.findByRole('option', { name: 'Bakker (OT-BAKKER)' });
  fireEvent.change(screen.getByRole('combobox', { name: /Traject/ }), { target: { value: 'tr-1' } });
  fireEvent.change(screen.getByRole('combobox', { name: /Component/ }), { target: { value: 'BUSINESS_MANAGEMENT' } });
}

describe('register an enrolment', () => {
  it('the course year starts on 1 July', () => {
    expect(courseYearOf('2026-11-23')).toBe(2026);
    expect(courseYearOf('2027-03-01')).toBe(2026);
    expect(courseYearOf('2027-07-01')).toBe(2027);
  });

  it('takes focus, validates, finds an existing learner of the centre and enrols them once', async () => {
    let calls = 0;
    let done: string | undefined;
    const search: MockLink.MockedResponse = {
      request: { query: TRAINING_LEARNERS_QUERY, variables: { search: 'nele', page: { first: 20 } } },
      result: { data: { trainingLearners: { __typename: 'TrainingLearnerConnection', totalCount: 1, nodes: [{ __typename: 'TrainingLearner', id: 'l-1', name: 'Nele Vermeulen', birthDate: null }] } } },
    };
    renderEnrolment([tracksMock, search, enrolMock('l-1', () => { calls += 1; })], (text) => { done = text; });
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Inschrijving registreren' }));
    click('Inschrijving bewaren');
    expect((await screen.findAllByText('Kies een bestaande cursist of registreer een nieuwe.')).length).toBe(2);
    expect(screen.getAllByText('Kies het traject.').length).toBe(2);
    fireEvent.click(screen.getByRole('radio', { name: /Bestaande cursist/ }));
    fireEvent.change(screen.getByRole('textbox', { name: /Zoek op naam/ }), { target: { value: 'nele' } });
    expect(await screen.findByText('1 cursist(en) gevonden.')).toBeTruthy();
    fireEvent.change(screen.getByRole('combobox', { name: /^Cursist/ }), { target: { value: 'l-1' } });
    await chooseTrackAndComponent();
    fireEvent.change(screen.getByRole('spinbutton', { name: /Cursusjaar/ }), { target: { value: '2024' } });
    click('Inschrijving bewaren');
    expect((await screen.findAllByText(/valt in cursusjaar 2024-2025/)).length).toBe(2);
    fireEvent.change(screen.getByRole('spinbutton', { name: /Cursusjaar/ }), { target: { value: '2026' } });
    const save = screen.getByRole('button', { name: 'Inschrijving bewaren' });
    fireEvent.click(save);
    fireEvent.click(save);
    await waitFor(() => expect(done).toBe('Nele Vermeulen is ingeschreven in Bakker op 23 november 2026.'));
    expect(calls).toBe(1);
  });

  it('registers a new learner first; after a refused enrolment a retry does not register them again', async () => {
    let registrations = 0;
    let enrolments = 0;
    let done: string | undefined;
    const register: MockLink.MockedResponse = {
      request: { query: REGISTER_TRAINING_LEARNER_MUTATION, variables: { input: { name: 'Lotte Claes', birthDate: '2001-03-04' } } },
      result: () => {
        registrations += 1;
        return { data: { registerTrainingLearner: { __typename: 'TrainingLearner', id: 'l-9', name: 'Lotte Claes' } } };
      },
    };
    const refusal = new GraphQLError('De cursist is al ingeschreven in dit onderdeel voor dit cursusjaar / already enrolled', { extensions: { code: 'CONFLICT' } });
    renderEnrolment([tracksMock, register, enrolMock('l-9', () => { enrolments += 1; }, [refusal]), enrolMock('l-9', () => { enrolments += 1; })], (text) => { done = text; });
    fireEvent.click(screen.getByRole('radio', { name: /Nieuwe cursist/ }));
    fireEvent.change(screen.getByRole('textbox', { name: /Naam/ }), { target: { value: 'L' } });
    await chooseTrackAndComponent();
    click('Inschrijving bewaren');
    expect((await screen.findAllByText('De naam telt 2 tot 120 tekens.')).length).toBe(2);
    fireEvent.change(screen.getByRole('textbox', { name: /Naam/ }), { target: { value: 'Lotte Claes' } });
    fireEvent.change(screen.getByLabelText(/Geboortedatum/), { target: { value: '2001-03-04' } });
    click('Inschrijving bewaren');
    const alert = await screen.findByText(/al ingeschreven in dit onderdeel/);
    expect(alert.closest('[role="alert"]')).toBeTruthy();
    expect(screen.getByText(/Cursist Lotte Claes is geregistreerd/)).toBeTruthy();
    click('Inschrijving bewaren');
    await waitFor(() => expect(done).toBe('Lotte Claes is ingeschreven in Bakker op 23 november 2026.'));
    expect(registrations).toBe(1);
    expect(enrolments).toBe(2);
  });
});

const passed = {
  id: 'enr-1',
  learner: { id: 'l-1', name: 'Nele Vermeulen' },
  track: { id: 'tr-1', name: 'Bakker' },
  issuableCertificateTypes: ['ENTREPRENEURSHIP_DIPLOMA', 'BUSINESS_MANAGEMENT_CERTIFICATE'] as const,
};

describe('issue a certificate on a passed enrolment', () => {
  function renderCertificate(mocks: MockLink.MockedResponse[], onDone: (text: string) => void = () => undefined) {
    return render(
      <MockedProvider mocks={mocks}>
        <IssueCertificateForm enrolment={{ ...passed, issuableCertificateTypes: [...passed.issuableCertificateTypes] }} todayIs="2026-11-23" onDone={onDone} onCancel={() => undefined} />
      </MockedProvider>,
    );
  }

  it('offers only the types the API lists, validates the date and exam year, and issues once', async () => {
    let calls = 0;
    let done: string | undefined;
    const issue: MockLink.MockedResponse = {
      request: { query: ISSUE_CERTIFICATE_MUTATION, variables: { input: { learnerId: 'l-1', trackId: 'tr-1', type: 'ENTREPRENEURSHIP_DIPLOMA', issuedOn: '2026-11-20', examYear: 2025 } } },
      result: () => {
        calls += 1;
        return {
          data: {
            issueCertificate: {
              __typename: 'Certificate', version: 1, id: 'c-1', number: 'SYN-2025-000123', type: 'ENTREPRENEURSHIP_DIPLOMA', examYear: 2025, issuedOn: '2026-11-20', issuer: 'AGENCY',
              valid: true, revokedOn: null, trackName: 'Bakker', learner: { __typename: 'TrainingLearner', id: 'l-1', name: 'Nele Vermeulen' },
            },
          },
        };
      },
    };
    renderCertificate([issue], (text) => { done = text; });
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: /Attest uitreiken: Nele Vermeulen/ }));
    const options = screen.getAllByRole('option').map((option) => option.textContent);
    expect(options).toEqual(['Kies een soort', 'Diploma ondernemerschapstraject', 'Getuigschrift bedrijfsbeheer']);
    fireEvent.change(screen.getByLabelText(/Uitgereikt op/), { target: { value: '2026-12-01' } });
    fireEvent.change(screen.getByRole('spinbutton', { name: /Examenjaar/ }), { target: { value: '2023' } });
    click('Attest uitreiken');
    expect((await screen.findAllByText('Kies het soort attest.')).length).toBe(2);
    expect(screen.getAllByText('De datum van uitreiking ligt niet in de toekomst.').length).toBe(2);
    expect(screen.getAllByText('Het examenjaar is 2026 of 2025.').length).toBe(2);
    fireEvent.change(screen.getByRole('combobox', { name: /Soort attest/ }), { target: { value: 'ENTREPRENEURSHIP_DIPLOMA' } });
    fireEvent.change(screen.getByLabelText(/Uitgereikt op/), { target: { value: '2026-11-20' } });
    fireEvent.change(screen.getByRole('spinbutton', { name: /Examenjaar/ }), { target: { value: '2025' } });
    const issueButton = screen.getByRole('button', { name: 'Attest uitreiken' });
    fireEvent.click(issueButton);
    fireEvent.click(issueButton);
    await waitFor(() => expect(done).toBe('Attest SYN-2025-000123 is uitgereikt aan Nele Vermeulen op 20 november 2026.'));
    expect(calls).toBe(1);
  });

  it('shows the server refusal', async () => {
    const refusal = new GraphQLError('Examenjaar = kalenderjaar: 2026 (of 2025 voor een examen van vorig jaar) / Exam year = calendar year: 2026', { extensions: { code: 'BAD_USER_INPUT', field: 'examYear' } });
    renderCertificate([{ request: { query: ISSUE_CERTIFICATE_MUTATION, variables: { input: { learnerId: 'l-1', trackId: 'tr-1', type: 'BUSINESS_MANAGEMENT_CERTIFICATE', issuedOn: '2026-11-23' } } }, result: { errors: [refusal] } }]);
    fireEvent.change(screen.getByRole('combobox', { name: /Soort attest/ }), { target: { value: 'BUSINESS_MANAGEMENT_CERTIFICATE' } });
    click('Attest uitreiken');
    const alert = await screen.findByText(/Examenjaar = kalenderjaar: 2026/);
    expect(alert.closest('[role="alert"]')).toBeTruthy();
  });
});

describe('enrolments page actions', () => {
  const row = (id: string, status: string, result: string | null, issuableCertificateTypes: string[]) => ({
    __typename: 'Enrolment', version: 1, id, courseYear: 2025, component: 'PROFESSIONAL_KNOWLEDGE', enrolledOn: '2025-09-01', leftOn: null, status, result, issuableCertificateTypes,
    learner: { __typename: 'TrainingLearner', id: `l-${id}`, name: `Cursist ${id}` },
    track: { __typename: 'Track', version: 1, id: 'tr-1', name: 'Bakker', type: 'ENTREPRENEURSHIP' },
  });
  const list: MockLink.MockedResponse = {
    request: { query: ENROLMENTS_QUERY, variables: { filter: {}, sort: 'ENROLLED_ON_ASC', page: { first: 25, after: null } } },
    result: {
      data: {
        enrolments: {
          __typename: 'EnrolmentConnection', totalCount: 3, pageInfo: { __typename: 'PageInfo', endCursor: null, hasNextPage: false },
          nodes: [row('1', 'ENROLLED', null, []), row('2', 'COMPLETED', 'PASSED', ['ENTREPRENEURSHIP_DIPLOMA']), row('3', 'COMPLETED', 'PASSED', [])],
        },
      },
    },
  };

  it('offers "Attest uitreiken" only where the API lists certificate types, and opens the form', async () => {
    render(
      <MockedProvider mocks={[list]}>
        <AreaRouter basePath="/ondernemersvorming">
          <EnrolmentsPage user={staff} />
        </AreaRouter>
      </MockedProvider>,
    );
    expect(await screen.findByRole('button', { name: 'Attest uitreiken aan Cursist 2 (Bakker)' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Attest uitreiken aan Cursist 3/ })).toBeNull();
    expect(screen.getByRole('button', { name: 'Inschrijving van Cursist 1 afhandelen' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Inschrijving registreren' })).toBeTruthy();
    click('Attest uitreiken aan Cursist 2 (Bakker)');
    expect(await screen.findByRole('heading', { name: /Attest uitreiken: Cursist 2/ })).toBeTruthy();
  });

  it('shows no actions to an inspector', async () => {
    render(
      <MockedProvider mocks={[list]}>
        <AreaRouter basePath="/ondernemersvorming">
          <EnrolmentsPage user={{ id: 'u-3', name: 'Ivo', role: 'INSPECTOR' } as User} />
        </AreaRouter>
      </MockedProvider>,
    );
    await screen.findByText('Cursist 2');
    expect(screen.queryByRole('button', { name: /Attest uitreiken/ })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Inschrijving registreren' })).toBeNull();
  });
});
