import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { GraphQLError } from 'graphql';
import { EnrolmentOutcomeForm } from '../src/offer/EnrolmentOutcomeForm.js';
import { RECORD_ENROLMENT_RESULT_MUTATION, WITHDRAW_ENROLMENT_MUTATION } from '../src/offer/offer.operations.js';

afterEach(cleanup);

const enrolment = { id: 'enr-1', enrolledOn: '2026-09-01', learner: { name: 'Jan Peeters' }, track: { name: 'Bakker' } };

/** The enrolment as the list's fragment (EnrolmentRowFields) selects it, for the mutation's answer. */
const enrolmentRow = {
  __typename: 'Enrolment',
  version: 1,
  id: 'enr-1',
  courseYear: 2026,
  component: 'PROFESSIONAL_KNOWLEDGE',
  enrolledOn: '2026-09-01',
  leftOn: null,
  status: 'ENROLLED',
  result: null,
  issuableCertificateTypes: [],
  learner: { __typename: 'TrainingLearner', id: 'l-1', name: 'Jan Peeters' },
  track: { __typename: 'Track', version: 1, id: 'tr-1', name: 'Bakker', type: 'ENTREPRENEURSHIP' },
};

function renderForm(mocks: MockLink.MockedResponse[], onDone: (text: string) => void = () => undefined) {
  return render(
    <MockedProvider mocks={mocks}>
      <EnrolmentOutcomeForm enrolment={enrolment} todayIs="2026-11-23" onDone={onDone} onCancel={() => undefined} />
    </MockedProvider>,
  );
}

describe('enrolment outcome form', () => {
  it('takes focus, validates the choice and the withdrawal date, then withdraws once', async () => {
    let calls = 0;
    let done: string | undefined;
    const withdraw: MockLink.MockedResponse = {
      request: { query: WITHDRAW_ENROLMENT_MUTATION, variables: { id: 'enr-1', on: '2026-10-15' } },
      result: () => {
        calls += 1;
        return { data: { withdrawEnrolment: { ...enrolmentRow, status: 'WITHDRAWN', leftOn: '2026-10-15' } } };
      },
    };
    renderForm([withdraw], (text) => { done = text; });
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: /Inschrijving afhandelen: Jan Peeters/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Bewaren' }));
    expect((await screen.findAllByText('Kies het resultaat of de uitschrijving.')).length).toBe(2);
    fireEvent.click(screen.getByRole('radio', { name: /Uitgeschreven/ }));
    const date = screen.getByLabelText(/Uitgeschreven op/);
    fireEvent.change(date, { target: { value: '2026-12-01' } });
    fireEvent.click(screen.getByRole('button', { name: 'Bewaren' }));
    expect((await screen.findAllByText('De datum van uitschrijving ligt niet in de toekomst.')).length).toBe(2);
    fireEvent.change(date, { target: { value: '2026-10-15' } });
    const button = screen.getByRole('button', { name: 'Bewaren' });
    fireEvent.click(button);
    fireEvent.click(button);
    await waitFor(() => expect(done).toBe('Jan Peeters (Bakker) is uitgeschreven op 15 oktober 2026.'));
    expect(calls).toBe(1);
  });

  it('records a result and shows the server refusal', async () => {
    const refusal = new GraphQLError('De inschrijving is al afgerond / The enrolment is already completed', { extensions: { code: 'INVALID_STATE_TRANSITION' } });
    renderForm([{ request: { query: RECORD_ENROLMENT_RESULT_MUTATION, variables: { id: 'enr-1', result: 'PASSED' } }, result: { errors: [refusal] } }]);
    fireEvent.click(screen.getByRole('radio', { name: /^Geslaagd/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Bewaren' }));
    const alert = await screen.findByText(/De inschrijving is al afgerond/);
    expect(alert.closest('[role="alert"]')).toBeTruthy();
  });
});
