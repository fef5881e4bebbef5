import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { UPDATE_FINDING_MUTATION } from '../src/findings/findings.operations.js';
import { EVALUATE_RECOMMENDATION_MUTATION } from '../src/offline/fieldWork.operations.js';
import { resetFieldStores, storageKey } from '../src/offline/fieldStore.js';
import { renderAudit, controlConnection, type Input } from './renderApp.js';
import { auditDetail, auditId, findingResult, recommendationResult } from './fixtures.js';

// Finding edits and recommendation evaluations made in the field go through the same queue as new findings.
const { goOffline, goOnline, reset: resetConnection } = controlConnection();

beforeEach(() => {
  resetConnection();
  localStorage.clear();
  resetFieldStores();
  window.history.pushState(null, '', `/toezicht-en-inspectie/doorlichtingen/${auditId}`);
});
afterEach(cleanup);



const queued = () => JSON.parse(localStorage.getItem(storageKey(auditId)) ?? '{"queue":[]}').queue as { operation: string; variables: Input }[];

describe('finding edits in the field queue', () => {
  const updated = { data: { updateFinding: findingResult({ title: 'Geen opleidingsplan' }) } };

  async function editTitle(title: string) {
    fireEvent.click(await screen.findByRole('tab', { name: /Vaststellingen/ }));
    fireEvent.click(screen.getByRole('button', { name: /Wijzigen — Geen opleidingsplan voor de leerling/ }));
    const form = screen.getByRole('form', { name: /wijzigen/ });
    fireEvent.change(within(form).getByRole('textbox', { name: /Titel/ }), { target: { value: title } });
    fireEvent.click(within(form).getByRole('button', { name: 'Wijziging opslaan' }));
    return form;
  }

  it('keeps an edit made offline on the device, marks the finding, and sends it once when back online', async () => {
    const sent: Record<string, unknown>[] = [];
    renderAudit([
      { request: { query: UPDATE_FINDING_MUTATION, variables: (variables: Input) => (sent.push(variables.input), true) }, result: updated, maxUsageCount: 5 },
    ]);
    await screen.findByRole('tab', { name: /Vaststellingen/ });
    goOffline();
    await editTitle('Geen opleidingsplan');
    expect(await screen.findByText('Wijziging bewaard op dit toestel; ze wordt verzonden zodra er verbinding is.')).toBeTruthy();
    expect(screen.getByText('Wijziging wacht op verzending')).toBeTruthy();
    expect(screen.getByText('Wijziging van vaststelling „Geen opleidingsplan voor de leerling”', { selector: 'li' })).toBeTruthy();
    expect(queued().map((entry) => entry.operation)).toEqual(['UpdateFinding']);
    expect(sent).toEqual([]);

    goOnline();
    await vi.waitFor(() => expect(screen.getByText('Alles is verzonden')).toBeTruthy());
    expect(sent).toEqual([{ findingId: 'f-1', title: 'Geen opleidingsplan', clientMutationId: expect.stringMatching(/^[0-9a-f-]{36}$/) }]);
    expect(screen.queryByText('Wijziging wacht op verzending')).toBeNull();
    expect(localStorage.getItem(storageKey(auditId))).toBeNull();
  });

  it('repeats an edit whose request failed on the network with the same clientMutationId', async () => {
    const ids: string[] = [];
    const matcher = (variables: Input) => (ids.push(String(variables.input['clientMutationId'])), true);
    renderAudit([
      { request: { query: UPDATE_FINDING_MUTATION, variables: matcher }, error: new TypeError('Failed to fetch') },
      { request: { query: UPDATE_FINDING_MUTATION, variables: matcher }, result: updated },
    ]);
    await editTitle('Geen opleidingsplan');
    expect(await screen.findByText('Offline — opgeslagen op dit toestel')).toBeTruthy();
    goOnline();
    await vi.waitFor(() => expect(ids.length).toBeGreaterThanOrEqual(2));
    expect(new Set(ids).size).toBe(1);
  });
});

describe('recommendation evaluations in the field queue', () => {
  const reported = auditDetail({
    status: 'REPORTED',
    statusLabel: 'Gerapporteerd',
    reportedOn: '2026-11-25',
    allowedSteps: ['completeReport', 'evaluateRecommendation', 'close', 'uploadEvidence'],
    recommendations: [
      {
        __typename: 'Recommendation',
        version: 1,
        id: 'r-1',
        kind: 'RECOMMENDATION',
        description: 'Stel een opleidingsplan op',
        owner: 'Bouwonderneming Janssens',
        agreedDueOn: '2026-01-15',
        status: 'OPEN',
        implementedOn: null,
        evaluatedOn: null,
        evaluationNote: null,
        evaluatedBy: null,
        isOverdue: true,
        daysOverdue: 10,
        finding: null,
      },
    ],
    openRecommendationCount: 1,
  });

  it('keeps an evaluation made offline and sends it once, with its clientMutationId, when back online', async () => {
    const sent: Record<string, unknown>[] = [];
    renderAudit(
      [
        {
          request: { query: EVALUATE_RECOMMENDATION_MUTATION, variables: (variables: Input) => (sent.push(variables.input), true) },
          result: { data: { evaluateRecommendation: recommendationResult({ status: 'IMPLEMENTED', implementedOn: '2026-11-30', evaluatedOn: '2026-11-30', evaluatedBy: 'Els Claes' }) } },
          maxUsageCount: 5,
        },
      ],
      reported,
    );
    fireEvent.click(await screen.findByRole('tab', { name: /Aanbevelingen/ }));
    goOffline();
    fireEvent.click(screen.getByText('Opvolgen'));
    fireEvent.click(screen.getByRole('radio', { name: 'Gerealiseerd' }));
    fireEvent.change(screen.getByLabelText(/Gerealiseerd op/), { target: { value: '2026-01-10' } });
    fireEvent.change(screen.getByRole('textbox', { name: /Toelichting/ }), { target: { value: 'Opleidingsplan ingezien op de werkplek.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Opvolging opslaan' }));
    expect(await screen.findByText('Opvolging bewaard op dit toestel; ze wordt verzonden zodra er verbinding is.')).toBeTruthy();
    expect(queued().map((entry) => entry.operation)).toEqual(['EvaluateRecommendation']);
    expect(sent).toEqual([]);

    goOnline();
    await vi.waitFor(() => expect(screen.getByText('Alles is verzonden')).toBeTruthy());
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ recommendationId: 'r-1', outcome: 'IMPLEMENTED', implementedOn: '2026-01-10', note: 'Opleidingsplan ingezien op de werkplek.' });
    expect(String(sent[0]!['clientMutationId'])).toMatch(/^[0-9a-f-]{36}$/);
  });
});
