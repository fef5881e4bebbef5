import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { ANSWER_MUTATION, RECORD_FINDING_MUTATION, REPORT_AUDIT_MUTATION } from '../src/offline/fieldWork.operations.js';
import { resetFieldStores, storageKey } from '../src/offline/fieldStore.js';
import { renderAudit, controlConnection, type Input } from './renderApp.js';
import { auditDetail, auditId, questions, findingResult } from './fixtures.js';

const { goOffline, goOnline, reset: resetConnection } = controlConnection();

beforeEach(() => {
  resetConnection();
  localStorage.clear();
  resetFieldStores();
  window.history.pushState(null, '', `/toezicht-en-inspectie/doorlichtingen/${auditId}`);
});
afterEach(cleanup);



describe('audit page: the checklist form from the pinned template', () => {
  it('renders each answer type with its own control, and the allowed next step only', async () => {
    renderAudit([]);
    await screen.findByRole('heading', { level: 2, name: 'Doorlichting werkplek Bouwonderneming Janssens' });
    const yesNo = screen.getByRole('group', { name: /1\.1 Is er een mentor aangeduid\?/ });
    expect(within(yesNo).getAllByRole('radio').map((radio) => radio.getAttribute('value'))).toEqual(['ja', 'nee']);
    const scale = screen.getByRole('group', { name: /1\.2 Krijgt de leerling/ });
    expect(within(scale).getAllByRole('radio')).toHaveLength(4);
    expect(screen.getByRole('textbox', { name: /2\.1 Aantal leerlingen/ }).getAttribute('inputmode')).toBe('decimal');
    expect(within(screen.getByRole('group', { name: /2\.2 Veiligheid/ })).getByRole('radio', { name: 'Werkpunten' })).toBeTruthy();
    expect(screen.getByRole('textbox', { name: /2\.3 Toelichting van de mentor/ })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Verslag opleveren' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Terreinbezoek starten' })).toBeNull();
  });

  it('sends an answer when a choice is made, and validates a number next to its field', async () => {
    const answered = vi.fn(() => ({
      data: { answerChecklistQuestion: { __typename: 'ChecklistItem', question: { __typename: 'TemplateQuestion', id: questions.yesNo.id }, answer: { __typename: 'ChecklistAnswer', id: 'ans-1', questionId: questions.yesNo.id } } },
    }));
    renderAudit([
      {
        request: { query: ANSWER_MUTATION, variables: { input: { auditId, questionId: questions.yesNo.id, booleanValue: true } } },
        result: answered,
      },
    ]);
    await screen.findByRole('group', { name: /1\.1/ });
    fireEvent.click(within(screen.getByRole('group', { name: /1\.1/ })).getByRole('radio', { name: 'Ja' }));
    await vi.waitFor(() => expect(answered).toHaveBeenCalledTimes(1));

    const number = screen.getByRole('textbox', { name: /2\.1 Aantal leerlingen/ });
    fireEvent.change(number, { target: { value: 'twaalf' } });
    fireEvent.blur(number);
    expect(screen.getByText('Vul een getal in, bijvoorbeeld 12 of 3,5.')).toBeTruthy();
    expect(number.getAttribute('aria-invalid')).toBe('true');
    // Kept on the device as typed, even when it cannot be sent yet.
    expect(JSON.parse(localStorage.getItem(storageKey(auditId))!).answers[questions.number.id]).toEqual({ numberText: 'twaalf' });
  });
});

describe('audit page: working offline', () => {
  // The recorded finding as the API answers it: the sent fields, the rest as the fixture's finding.
  const recorded = (input: Record<string, unknown>) => ({
    data: { recordFinding: findingResult({ id: input['id'], severity: input['severity'], title: input['title'], description: input['description'] }) },
  });

  it('keeps a finding on the device while offline and sends it once when the connection is back', async () => {
    const sent: string[] = [];
    renderAudit([
      {
        request: {
          query: RECORD_FINDING_MUTATION,
          variables: (variables: Input) => (sent.push(String(variables.input['id'])), variables.input['title'] === 'Mentor zonder opleiding'),
        },
        result: (variables: Input) => recorded(variables.input),
        maxUsageCount: 5,
      },
    ]);
    await screen.findByRole('tab', { name: /Vaststellingen/ });
    goOffline();
    expect(screen.getByText('Offline — opgeslagen op dit toestel')).toBeTruthy();

    fireEvent.click(screen.getByRole('tab', { name: /Vaststellingen/ }));
    fireEvent.click(screen.getByRole('radio', { name: 'Tekortkoming' }));
    fireEvent.change(screen.getByRole('textbox', { name: /Titel/ }), { target: { value: 'Mentor zonder opleiding' } });
    fireEvent.change(screen.getByRole('textbox', { name: /Omschrijving/ }), { target: { value: 'De mentor volgde geen mentoropleiding.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Vaststelling opslaan' }));

    expect(await screen.findByText(/bewaard op dit toestel\. Ze wordt verzonden zodra er verbinding is\./)).toBeTruthy();
    expect(screen.getByText('Vaststelling „Mentor zonder opleiding”', { selector: 'li' })).toBeTruthy();
    expect(screen.getByText('Wacht op verzending')).toBeTruthy();
    const stored = JSON.parse(localStorage.getItem(storageKey(auditId))!);
    expect(stored.queue).toHaveLength(1);
    expect(sent).toEqual([]);

    goOnline();
    await vi.waitFor(() => expect(screen.getByText('Alles is verzonden')).toBeTruthy());
    expect(sent).toHaveLength(1);
    expect(localStorage.getItem(storageKey(auditId))).toBeNull();
  });

  it('repeats a finding whose request failed on the network with the same client id', async () => {
    const ids: string[] = [];
    const matcher = (variables: Input) => (ids.push(String(variables.input['id'])), true);
    renderAudit([
      { request: { query: RECORD_FINDING_MUTATION, variables: matcher }, error: new TypeError('Failed to fetch') },
      { request: { query: RECORD_FINDING_MUTATION, variables: matcher }, result: (variables: Input) => recorded(variables.input) },
    ]);
    fireEvent.click(await screen.findByRole('tab', { name: /Vaststellingen/ }));
    fireEvent.click(screen.getByRole('radio', { name: 'Opmerking' }));
    fireEvent.change(screen.getByRole('textbox', { name: /Titel/ }), { target: { value: 'Werkkledij ontbreekt' } });
    fireEvent.change(screen.getByRole('textbox', { name: /Omschrijving/ }), { target: { value: 'Geen veiligheidsschoenen.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Vaststelling opslaan' }));

    expect(await screen.findByText('Offline — opgeslagen op dit toestel')).toBeTruthy();
    // The browser never said "offline" (a dead Wi-Fi): the next trigger sends it again.
    goOnline();
    await vi.waitFor(() => expect(ids.length).toBeGreaterThanOrEqual(2));
    expect(new Set(ids).size).toBe(1);
  });

  it('shows a refusal by the server next to the form and keeps what was typed', async () => {
    renderAudit([
      {
        request: { query: REPORT_AUDIT_MUTATION, variables: () => true },
        result: {
          errors: [
            new GraphQLError('verplichte vragen zonder antwoord / checklist incomplete', { extensions: { code: 'INVALID_STATE_TRANSITION' } }),
          ],
        },
      },
    ]);
    const summary = await screen.findByRole('textbox', { name: /^Verslag/ });
    fireEvent.click(screen.getByRole('button', { name: 'Verslag opleveren' }));
    expect(await screen.findByText('Schrijf een verslag van 20 tot 20000 tekens.', { selector: 'a' })).toBeTruthy();
    fireEvent.change(summary, { target: { value: 'Goede begeleiding; het opleidingsplan ontbreekt nog.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Verslag opleveren' }));
    expect((await screen.findByText(/^verplichte vragen zonder antwoord$/)).textContent).toBeTruthy();
    expect((summary as HTMLTextAreaElement).value).toMatch(/Goede begeleiding/);
  });
});
