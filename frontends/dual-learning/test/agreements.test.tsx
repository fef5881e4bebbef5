import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { MockedProvider } from '@apollo/client/testing/react';
import { AreaRouter, type User } from '@werkplek/frontend-kit';
import { AgreementDetail } from '../src/agreements/AgreementDetail.js';
import { AGREEMENT_QUERY, SUSPEND_AGREEMENT } from '../src/agreements/agreements.operations.js';

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

const agreement = (suspendedFrom: string | null) => ({
  __typename: 'Agreement',
  id: 'o1',
  number: 12,
  type: 'OAO',
  status: 'RUNNING',
  dual: true,
  startDate: '2026-09-01',
  plannedEndDate: '2027-06-30',
  actualEndDate: null,
  terminationReason: null,
  suspendedFrom,
  recognitionId: null,
  schoolYear: '2026-2027',
  workplace: { __typename: 'Workplace', id: 'wp-1', name: 'Hotel Aan de Leie' },
  training: { __typename: 'TrainingProgramme', id: 't-1', name: 'Kok' },
  learner: { __typename: 'Learner', id: 'l-1', name: 'Lena Maes', trainingProvider: 'Syntra West' },
  mentor: null,
});
const detail = (suspendedFrom: string | null) => ({ request: { query: AGREEMENT_QUERY, variables: { id: 'o1' } }, result: { data: { agreement: agreement(suspendedFrom), history: [] } } });

describe('AgreementDetail: suspension', () => {
  it('validates the date within the term, suspends, and then explains how a suspension ends', async () => {
    renderAgreement([
      detail(null),
      { request: { query: SUSPEND_AGREEMENT, variables: { id: 'o1', from: '2026-11-02' } }, result: { data: { suspendAgreement: { __typename: 'Agreement', id: 'o1', status: 'RUNNING', suspendedFrom: '2026-11-02' } } } },
      detail('2026-11-02'),
    ]);
    const field = await screen.findByLabelText(/Geschorst vanaf/);
    fireEvent.change(field, { target: { value: '2026-08-01' } });
    fireEvent.click(screen.getByRole('button', { name: 'Overeenkomst schorsen' }));
    expect((await screen.findAllByText(/De schorsing valt binnen de looptijd/)).length).toBeGreaterThan(0);
    fireEvent.change(screen.getByLabelText(/Geschorst vanaf/), { target: { value: '2026-11-02' } });
    fireEvent.click(screen.getByRole('button', { name: 'Overeenkomst schorsen' }));
    expect(await screen.findByText(/Een schorsing beëindigen kan nog niet/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Overeenkomst schorsen' })).toBeNull();
  });

  it('offers no suspension to partnership staff (agency and company only)', async () => {
    renderAgreement([detail(null)], { id: 'u-2', name: 'Jan Claes', role: 'PARTNERSHIP_STAFF', partnershipId: 'p-horeca' });
    expect(await screen.findByRole('heading', { level: 2, name: 'Overeenkomst 12' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Schorsing' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Vroegtijdig beëindigen' })).toBeTruthy();
  });
});
