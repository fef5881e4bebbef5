import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { MockedProvider } from '@apollo/client/testing/react';
import { GraphQLError } from 'graphql';
import { AreaRouter, today, type User } from '@werkplek/frontend-kit';
import { AgreementDetail } from '../src/agreements/AgreementDetail.js';
import { AGREEMENT_QUERY, END_AGREEMENT_SUSPENSION, SUSPEND_AGREEMENT } from '../src/agreements/agreements.operations.js';

afterEach(cleanup);

function renderAgreement(mocks: readonly unknown[], user?: User) {
  return render(
    // Mocks are loose objects here: MockedProvider checks them at run time.
    <MockedProvider mocks={mocks as never}>
      <AreaRouter basePath="/duaal-leren">
        <AgreementDetail id="o1" created={false} user={user} />
      </AreaRouter>
    </MockedProvider>,
  );
}

const agreement = (suspendedFrom: string | null, extra: Record<string, unknown> = {}) => ({
  __typename: 'Agreement',
  version: 1,
  id: 'o1',
  number: 12,
  type: 'OAO',
  status: 'RUNNING',
  dual: true,
  startDate: '2026-09-01',
  plannedEndDate: '2099-06-30',
  actualEndDate: null,
  terminationReason: null,
  suspendedFrom,
  suspendedOver60Days: false,
  // What the API answers agency staff and the company (services/dual-learning/src/agreement/allowed-steps.ts).
  allowedSteps: suspendedFrom ? ['terminateEarly', 'endSuspension'] : ['terminateEarly', 'suspend'],
  recognitionId: null,
  schoolYear: '2026-2027',
  workplace: { __typename: 'Workplace', id: 'wp-1', name: 'Hotel Aan de Leie' },
  training: { __typename: 'TrainingProgramme', id: 't-1', name: 'Kok' },
  learner: { __typename: 'Learner', id: 'l-1', name: 'Lena Maes', trainingProvider: 'Syntra West' },
  mentor: null,
  ...extra,
});
const detail = (suspendedFrom: string | null, extra?: Record<string, unknown>) => ({
  request: { query: AGREEMENT_QUERY, variables: { id: 'o1' } },
  result: { data: { agreement: agreement(suspendedFrom, extra), history: [] } },
});

describe('AgreementDetail: suspension', () => {
  it('validates the date within the term, suspends, and then offers to end the suspension', async () => {
    renderAgreement([
      detail(null),
      { request: { query: SUSPEND_AGREEMENT, variables: { id: 'o1', from: '2026-11-02' } }, result: { data: { suspendAgreement: agreement('2026-11-02') } } },
      detail('2026-11-02'),
    ]);
    const field = await screen.findByLabelText(/Geschorst vanaf/);
    fireEvent.change(field, { target: { value: '2026-08-01' } });
    fireEvent.click(screen.getByRole('button', { name: 'Overeenkomst schorsen' }));
    expect((await screen.findAllByText(/De schorsing valt binnen de looptijd/)).length).toBeGreaterThan(0);
    fireEvent.change(screen.getByLabelText(/Geschorst vanaf/), { target: { value: '2026-11-02' } });
    fireEvent.click(screen.getByRole('button', { name: 'Overeenkomst schorsen' }));
    expect(await screen.findByRole('button', { name: 'Schorsing beëindigen' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Overeenkomst schorsen' })).toBeNull();
    // The confirmation outlives the suspend form (gone with the refetch) and takes focus.
    const confirmation = await screen.findByText(/De overeenkomst is geschorst vanaf/);
    await waitFor(() => expect(confirmation.closest('.wp-submission-result')).toBe(document.activeElement));
  });

  it("updates the page from the mutation's answer (the detail fragment), before the refetch returns", async () => {
    renderAgreement([
      detail(null),
      { request: { query: SUSPEND_AGREEMENT, variables: { id: 'o1', from: '2026-11-02' } }, result: { data: { suspendAgreement: agreement('2026-11-02') } } },
      // The refetch after the step does not answer within the test: what the page shows comes from the cache.
      { ...detail('2026-11-02'), delay: 600_000 },
    ]);
    fireEvent.change(await screen.findByLabelText(/Geschorst vanaf/), { target: { value: '2026-11-02' } });
    fireEvent.click(screen.getByRole('button', { name: 'Overeenkomst schorsen' }));
    expect(await screen.findByRole('button', { name: 'Schorsing beëindigen' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Overeenkomst schorsen' })).toBeNull();
  });

  it('offers only what the API allows: partnership staff terminate early, and do not suspend', async () => {
    renderAgreement([detail(null, { allowedSteps: ['terminateEarly'] })], { id: 'u-2', name: 'Jan Claes', role: 'PARTNERSHIP_STAFF', partnershipId: 'p-horeca' });
    expect(await screen.findByRole('heading', { level: 2, name: 'Overeenkomst 12' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Schorsing' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Vroegtijdig beëindigen' })).toBeTruthy();
  });

  it('offers no step to a reader', async () => {
    renderAgreement([detail('2026-11-02', { allowedSteps: [] })], { id: 'u-4', name: 'Ine Pauwels', role: 'INSPECTOR' });
    expect(await screen.findByRole('heading', { level: 2, name: 'Overeenkomst 12' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Schorsing beëindigen' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Vroegtijdig beëindigen' })).toBeNull();
  });
});

describe('EndSuspensionForm (BR-32)', () => {
  it('says when the suspension passed 60 days, validates the day in Dutch and ends the suspension', async () => {
    const resumedOn = today();
    renderAgreement([
      detail('2026-09-15', { suspendedOver60Days: true }),
      {
        request: { query: END_AGREEMENT_SUSPENSION, variables: { input: { agreementId: 'o1', resumedOn } } },
        result: { data: { endAgreementSuspension: agreement(null) } },
      },
      detail(null),
    ]);
    expect(await screen.findByText(/De overeenkomst is langer dan 60 dagen geschorst: beëindig ze vroegtijdig/)).toBeTruthy();
    fireEvent.change(screen.getByLabelText(/Hervat op/), { target: { value: '2026-09-01' } });
    fireEvent.click(screen.getByRole('button', { name: 'Schorsing beëindigen' }));
    expect((await screen.findAllByText(/De hervatting ligt op of na het begin van de schorsing/)).length).toBeGreaterThan(0);
    fireEvent.change(screen.getByLabelText(/Hervat op/), { target: { value: '2999-01-01' } });
    fireEvent.click(screen.getByRole('button', { name: 'Schorsing beëindigen' }));
    expect((await screen.findAllByText('De hervatting ligt niet in de toekomst.')).length).toBeGreaterThan(0);
    fireEvent.change(screen.getByLabelText(/Hervat op/), { target: { value: resumedOn } });
    fireEvent.click(screen.getByRole('button', { name: 'Schorsing beëindigen' }));
    const confirmation = await screen.findByText(/De schorsing is beëindigd; de overeenkomst loopt verder/);
    await waitFor(() => expect(confirmation.closest('.wp-submission-result')).toBe(document.activeElement));
    expect(await screen.findByRole('button', { name: 'Overeenkomst schorsen' })).toBeTruthy();
  });

  it('shows the server refusal next to the form', async () => {
    const resumedOn = today();
    const refusal = new GraphQLError('Kan de schorsing niet beëindigen: de overeenkomst is niet geschorst / Cannot end the suspension', { extensions: { code: 'INVALID_STATE_TRANSITION' } });
    renderAgreement([
      detail('2026-10-01'),
      { request: { query: END_AGREEMENT_SUSPENSION, variables: { input: { agreementId: 'o1', resumedOn } } }, result: { errors: [refusal] } },
    ]);
    fireEvent.click(await screen.findByRole('button', { name: 'Schorsing beëindigen' }));
    expect(await screen.findByText('Kan de schorsing niet beëindigen: de overeenkomst is niet geschorst')).toBeTruthy();
  });
});
