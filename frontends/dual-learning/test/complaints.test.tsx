import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { MockedProvider } from '@apollo/client/testing/react';
import { GraphQLError } from 'graphql';
import { AreaRouter, type User } from '@werkplek/frontend-kit';
import { ComplaintDetail } from '../src/complaints/ComplaintDetail.js';
import { ACKNOWLEDGE_COMPLAINT, COMPLAINT_PARTNERSHIPS_QUERY, COMPLAINT_QUERY, DECIDE_COMPLAINT, DECLARE_COMPLAINT_INADMISSIBLE, ROUTE_COMPLAINT } from '../src/complaints/complaints.operations.js';

afterEach(cleanup);

/** What the API's allowedSteps answer agency staff per state (services/dual-learning/src/complaint/allowed-steps.ts). */
const agencySteps = (status: string, handlerBody: unknown): string[] =>
  ({
    REGISTERED: ['acknowledge', 'declareInadmissible'],
    ACKNOWLEDGED: handlerBody ? ['route', 'startInvestigation'] : ['route'],
    UNDER_INVESTIGATION: ['recordInvestigativeAct', 'decide'],
    DECIDED: ['investigateFurther', 'close'],
  })[status] ?? [];
const complaint = (status: string, extra: Record<string, unknown> = {}) => ({
  __typename: 'Complaint',
  version: 1,
  allowedSteps: agencySteps(status, extra.handlerBody),
  id: 'c1',
  number: 7,
  kind: 'COMPLAINT',
  subject: 'Geen mentor aanwezig',
  description: 'De leerling werkte drie weken zonder mentor.',
  submitterName: 'Mia Janssens',
  submitterEmail: null,
  receivedOn: '2026-11-10',
  acknowledgeDueOn: '2026-11-20',
  closeDueOn: '2026-12-25',
  status,
  admissible: null,
  admissibilityNote: null,
  acknowledgedOn: null,
  handlerBody: null,
  handlerName: null,
  verdict: null,
  resolution: null,
  closedOn: null,
  closingMessage: null,
  acknowledgeOverdue: true,
  closeOverdue: false,
  partnership: { __typename: 'Partnership', version: 1, id: 'p-horeca', name: 'SP Horeca' },
  history: [],
  ...extra,
});
const detail = (status: string, extra?: Record<string, unknown>) => ({ request: { query: COMPLAINT_QUERY, variables: { id: 'c1' } }, result: { data: { complaint: complaint(status, extra) } } });
const agency: User = { id: 'u-1', name: 'Lies Peeters', role: 'AGENCY_STAFF' };

function renderComplaint(mocks: readonly unknown[], user: User = agency) {
  return render(
    // Mocks are loose objects here: MockedProvider checks them at run time.
    <MockedProvider mocks={mocks as never}>
      <AreaRouter basePath="/duaal-leren">
        <ComplaintDetail id="c1" user={user} />
      </AreaRouter>
    </MockedProvider>,
  );
}

describe('ComplaintDetail', () => {
  it('shows the terms in words and acknowledges a registered complaint; the confirmation takes focus', async () => {
    renderComplaint([
      detail('REGISTERED'),
      { request: { query: ACKNOWLEDGE_COMPLAINT, variables: { id: 'c1', input: null } }, result: { data: { acknowledgeComplaint: complaint('ACKNOWLEDGED', { acknowledgedOn: '2026-11-23', acknowledgeOverdue: false }) } } },
      detail('ACKNOWLEDGED', { acknowledgedOn: '2026-11-23', acknowledgeOverdue: false }),
      { request: { query: COMPLAINT_PARTNERSHIPS_QUERY }, result: { data: { partnerships: [] } } },
    ]);
    expect(await screen.findByRole('heading', { level: 2, name: 'Klacht 7: Geen mentor aanwezig' })).toBeTruthy();
    expect(screen.getByText('Te laat')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Onontvankelijk verklaren' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Ontvangst bevestigen' }));
    const confirmation = await screen.findByText('De ontvangst van de klacht is bevestigd.');
    expect(confirmation.closest('.wp-submission-result')).toBe(document.activeElement);
    expect(await screen.findByRole('heading', { name: 'Doorverwijzen' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Onderzoek starten' })).toBeNull();
  });

  it('validates the reason of inadmissibility in Dutch and shows the server refusal', async () => {
    const refusal = new GraphQLError('Deze klacht hoort bij een ander partnerschap / belongs to another partnership', { extensions: { code: 'FORBIDDEN' } });
    renderComplaint([detail('REGISTERED'), { request: { query: DECLARE_COMPLAINT_INADMISSIBLE, variables: { id: 'c1', reason: 'Geen verband met duaal leren.' } }, result: { errors: [refusal] } }]);
    fireEvent.click(await screen.findByRole('button', { name: 'Onontvankelijk verklaren' }));
    expect((await screen.findAllByText('Vul de reden in.')).length).toBeGreaterThan(0);
    fireEvent.change(screen.getByLabelText(/Reden van onontvankelijkheid/), { target: { value: 'kort' } });
    fireEvent.click(screen.getByRole('button', { name: 'Onontvankelijk verklaren' }));
    expect((await screen.findAllByText('Gebruik minstens 10 tekens voor de reden.')).length).toBeGreaterThan(0);
    fireEvent.change(screen.getByLabelText(/Reden van onontvankelijkheid/), { target: { value: 'Geen verband met duaal leren.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Onontvankelijk verklaren' }));
    expect(await screen.findByText('Deze klacht hoort bij een ander partnerschap')).toBeTruthy();
  });

  it('routes to a partnership that takes up complaints (BR-50)', async () => {
    renderComplaint([
      detail('ACKNOWLEDGED'),
      {
        request: { query: COMPLAINT_PARTNERSHIPS_QUERY },
        result: { data: { partnerships: [{ __typename: 'Partnership', version: 1, id: 'p-horeca', name: 'SP Horeca', takesComplaints: true }, { __typename: 'Partnership', version: 1, id: 'p-tech', name: 'SP Tech', takesComplaints: false }] } },
      },
      {
        request: { query: ROUTE_COMPLAINT, variables: { id: 'c1', input: { handlerBody: 'PARTNERSHIP', handlerName: 'Klachtencoördinator Horeca', partnershipId: 'p-horeca' } } },
        result: { data: { routeComplaint: complaint('ACKNOWLEDGED', { handlerBody: 'PARTNERSHIP', handlerName: 'Klachtencoördinator Horeca' }) } },
      },
      detail('ACKNOWLEDGED', { handlerBody: 'PARTNERSHIP', handlerName: 'Klachtencoördinator Horeca' }),
    ]);
    fireEvent.click(await screen.findByRole('button', { name: 'Doorverwijzen' }));
    expect((await screen.findAllByText('Kies naar wie u doorverwijst.')).length).toBeGreaterThan(0);
    fireEvent.click(screen.getByRole('radio', { name: 'Het partnerschap' }));
    expect(await screen.findByRole('option', { name: 'SP Horeca' })).toBeTruthy();
    expect(screen.queryByRole('option', { name: 'SP Tech' })).toBeNull();
    fireEvent.change(screen.getByLabelText(/Klachtbehandelaar of instantie/), { target: { value: 'Klachtencoördinator Horeca' } });
    fireEvent.click(screen.getByRole('button', { name: 'Doorverwijzen' }));
    expect(await screen.findByText('De klacht is doorverwezen.')).toBeTruthy();
    expect(await screen.findByRole('heading', { name: 'Onderzoek starten' })).toBeTruthy();
  });

  it('records the decision of the complaints board', async () => {
    renderComplaint([
      detail('UNDER_INVESTIGATION', { handlerBody: 'AGENCY', handlerName: 'SYNTRA Vlaanderen' }),
      {
        request: { query: DECIDE_COMPLAINT, variables: { id: 'c1', input: { verdict: 'FOUNDED', resolution: 'Gegrond: een nieuwe mentor wordt aangesteld.' } } },
        result: { data: { decideComplaint: complaint('DECIDED', { handlerBody: 'AGENCY', handlerName: 'SYNTRA Vlaanderen', verdict: 'FOUNDED', resolution: 'Gegrond: een nieuwe mentor wordt aangesteld.' }) } },
      },
      detail('DECIDED', { handlerBody: 'AGENCY', handlerName: 'SYNTRA Vlaanderen', verdict: 'FOUNDED', resolution: 'Gegrond: een nieuwe mentor wordt aangesteld.' }),
    ]);
    fireEvent.click(await screen.findByRole('button', { name: 'Beslissing vastleggen' }));
    expect((await screen.findAllByText('Kies het oordeel van de klachtenraad.')).length).toBeGreaterThan(0);
    fireEvent.click(screen.getByRole('radio', { name: 'Gegrond' }));
    fireEvent.change(screen.getByLabelText(/Gemotiveerde beslissing/), { target: { value: 'Gegrond: een nieuwe mentor wordt aangesteld.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Beslissing vastleggen' }));
    expect(await screen.findByText('De beslissing van de klachtenraad is vastgelegd.')).toBeTruthy();
    expect(await screen.findByRole('button', { name: 'Klacht afsluiten' })).toBeTruthy();
  });

  it('offers exactly the steps the API allows (none for staff of another partnership)', async () => {
    renderComplaint([detail('REGISTERED', { allowedSteps: [] })], { id: 'u-2', name: 'Jan Claes', role: 'PARTNERSHIP_STAFF', partnershipId: 'p-other' });
    expect(await screen.findByText(/Er zijn geen behandelstappen mogelijk/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Ontvangst bevestigen' })).toBeNull();
  });
});
