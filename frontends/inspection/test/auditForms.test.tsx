import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { RESCHEDULE_AUDIT_MUTATION } from '../src/audit/auditActions.operations.js';
import { REMOVE_EVIDENCE_MUTATION } from '../src/evidence/evidence.operations.js';
import { resetFieldStores } from '../src/offline/fieldStore.js';
import { renderAudit } from './renderApp.js';
import { auditDetail, auditId, auditStateResult } from './fixtures.js';

beforeEach(() => {
  localStorage.clear();
  resetFieldStores();
  window.history.pushState(null, '', `/toezicht-en-inspectie/doorlichtingen/${auditId}`);
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});



const planned = { status: 'PLANNED', statusLabel: 'Gepland', scheduledOn: '2099-11-20', allowedSteps: ['reschedule', 'assign', 'prepare', 'cancel'] };

describe('rescheduling (verplaatsen)', () => {
  it('is offered only when the server lists reschedule', async () => {
    renderAudit([]);
    await screen.findByRole('heading', { level: 2, name: /Janssens/ });
    expect(screen.queryByRole('button', { name: 'Doorlichting verplaatsen' })).toBeNull();
  });

  it('validates the date and the reason next to the fields, then sends once with a clientMutationId', async () => {
    const inputs: Record<string, unknown>[] = [];
    renderAudit(
      [
        {
          request: { query: RESCHEDULE_AUDIT_MUTATION, variables: (variables: { input: Record<string, unknown> }) => (inputs.push(variables.input), true) },
          result: { data: { rescheduleAudit: auditStateResult({ ...planned, scheduledOn: '2099-12-15', version: 3 }) } },
        },
      ],
      auditDetail(planned),
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Doorlichting verplaatsen' }));
    const form = screen.getByRole('form', { name: 'Doorlichting verplaatsen' });
    const submit = within(form).getByRole('button', { name: 'Doorlichting verplaatsen' });
    fireEvent.click(submit);
    expect(await within(form).findByText('Kies de nieuwe datum.', { selector: 'a' })).toBeTruthy();
    const date = within(form).getByLabelText(/Nieuwe datum/);
    fireEvent.change(date, { target: { value: '2020-01-01' } });
    fireEvent.click(submit);
    expect(await within(form).findByText('De nieuwe datum mag niet in het verleden liggen.', { selector: 'a' })).toBeTruthy();
    fireEvent.change(date, { target: { value: '2099-11-20' } });
    fireEvent.click(submit);
    expect(await within(form).findByText('Kies een andere datum dan de huidige.', { selector: 'a' })).toBeTruthy();
    fireEvent.change(date, { target: { value: '2099-12-15' } });
    fireEvent.change(within(form).getByRole('textbox', { name: /Reden/ }), { target: { value: 'x' } });
    fireEvent.click(submit);
    expect(await within(form).findByText(/Geef een reden van 3 tot 2000 tekens/, { selector: 'a' })).toBeTruthy();
    fireEvent.change(within(form).getByRole('textbox', { name: /Reden/ }), { target: { value: 'Werkplek gesloten wegens verbouwing.' } });
    fireEvent.click(submit);
    fireEvent.click(submit);
    expect(await screen.findByText('De doorlichting is verplaatst naar 15 december 2099.')).toBeTruthy();
    expect(inputs).toHaveLength(1);
    expect(inputs[0]).toMatchObject({ auditId, scheduledOn: '2099-12-15', reason: 'Werkplek gesloten wegens verbouwing.' });
    expect(String(inputs[0]!['clientMutationId'])).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('evidence: upload as the server lists it, removing by confirmation', () => {
  const file = {
    __typename: 'EvidenceFile',
    id: 'ev-1',
    findingId: null,
    fileName: 'foto-lesplaats.jpg',
    mediaType: 'image/jpeg',
    sizeBytes: 2048,
    description: null,
    uploadedBy: 'Pieter De Smet',
    uploadedAt: '2026-11-20T11:00:00.000Z',
  };

  it('shows the upload form and the remove buttons only when uploadEvidence is listed (not from the status)', async () => {
    renderAudit([], auditDetail({ evidence: [file], allowedSteps: ['assign', 'log', 'report', 'cancel'] }));
    fireEvent.click(await screen.findByRole('tab', { name: /Bewijsstukken/ }));
    expect(screen.queryByRole('button', { name: 'Bewijsstuk opladen' })).toBeNull();
    expect(screen.queryByRole('button', { name: /Verwijderen/ })).toBeNull();
  });

  it('removes after confirming, with a clientMutationId; the refusal by the API (not the uploader, not the lead) is shown', async () => {
    const calls: { id: string; clientMutationId: string }[] = [];
    renderAudit(
      [
        {
          request: { query: REMOVE_EVIDENCE_MUTATION, variables: (variables: { id: string; clientMutationId: string }) => (calls.push(variables), true) },
          result: {
            errors: [
              new GraphQLError('Alleen wie het bewijsstuk oplaadde of de leidend inspecteur verwijdert het / Only the uploader or the lead inspector removes an evidence file', {
                extensions: { code: 'FORBIDDEN' },
              }),
            ],
          },
        },
      ],
      auditDetail({ evidence: [file] }),
    );
    fireEvent.click(await screen.findByRole('tab', { name: /Bewijsstukken/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Verwijderen foto-lesplaats.jpg' }));
    const dialog = screen.getByRole('dialog', { name: 'Bewijsstuk „foto-lesplaats.jpg” verwijderen?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Niet verwijderen' }));
    expect(calls).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Verwijderen foto-lesplaats.jpg' }));
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Bewijsstuk verwijderen' }));
    expect(await screen.findByText('Verwijderen niet gelukt.')).toBeTruthy();
    expect(screen.getByText('Alleen wie het bewijsstuk oplaadde of de leidend inspecteur verwijdert het')).toBeTruthy();
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({ id: 'ev-1', clientMutationId: expect.stringMatching(/^[0-9a-f-]{36}$/) });
  });

  it('offers no removal once the report is out, while uploads go on', async () => {
    renderAudit(
      [],
      auditDetail({ status: 'REPORTED', statusLabel: 'Gerapporteerd', reportedOn: '2026-11-25', evidence: [file], allowedSteps: ['completeReport', 'close', 'uploadEvidence'] }),
    );
    fireEvent.click(await screen.findByRole('tab', { name: /Bewijsstukken/ }));
    expect(screen.getByRole('button', { name: 'Bewijsstuk opladen' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Verwijderen/ })).toBeNull();
  });
});
