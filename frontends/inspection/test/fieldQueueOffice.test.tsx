import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { REMOVE_EVIDENCE_MUTATION } from '../src/evidence/evidence.operations.js';
import { resetFieldStores, storageKey } from '../src/offline/fieldStore.js';
import { ASSIGN_AUDITORS_MUTATION, AUDITORS_QUERY } from '../src/team/team.operations.js';
import { ALWAYS, capturing, controlConnection, renderAudit } from './renderApp.js';
import { auditDetail, auditId, auditTeamResult } from './fixtures.js';

// Removing a bewijsstuk and changing the team go through the same field queue as findings and steps: without a
// connection they wait on the device and are sent once, with the same clientMutationId, when it is back.
const { goOffline, goOnline, reset: resetConnection } = controlConnection();

beforeEach(() => {
  resetConnection();
  localStorage.clear();
  resetFieldStores();
  window.history.pushState(null, '', `/toezicht-en-inspectie/doorlichtingen/${auditId}`);
});
afterEach(cleanup);

const queued = () => JSON.parse(localStorage.getItem(storageKey(auditId)) ?? '{"queue":[]}').queue as { operation: string; variables: Record<string, unknown> }[];

describe('evidence removal in the field queue', () => {
  const file = {
    __typename: 'EvidenceFile',
    id: 'ev-1',
    findingId: null,
    fileName: 'foto-lesplaats.jpg',
    mediaType: 'image/jpeg',
    sizeBytes: 2048,
    description: null,
    uploadedBy: 'Els Claes',
    uploadedAt: '2026-11-20T11:00:00.000Z',
  };

  it('keeps a removal made offline on the device, marks the file, and sends it once when back online', async () => {
    const calls: { id: string; clientMutationId: string }[] = [];
    let removed = false;
    renderAudit(
      [
        {
          request: { query: REMOVE_EVIDENCE_MUTATION, variables: (variables: { id: string; clientMutationId: string }) => (calls.push(variables), true) },
          result: () => ((removed = true), { data: { removeEvidence: 'ev-1' } }),
          maxUsageCount: 5,
        },
      ],
      () => auditDetail({ evidence: removed ? [] : [file] }),
    );
    fireEvent.click(await screen.findByRole('tab', { name: /Bewijsstukken/ }));
    goOffline();
    fireEvent.click(screen.getByRole('button', { name: 'Verwijderen foto-lesplaats.jpg' }));
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Bewijsstuk verwijderen' }));

    expect(await screen.findByText('Verwijdering wacht op verzending')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Verwijderen foto-lesplaats.jpg' })).toBeNull();
    expect(screen.getByText('Verwijderen van bewijsstuk „foto-lesplaats.jpg”')).toBeTruthy();
    expect(calls).toEqual([]);
    const [entry] = queued();
    expect(entry).toMatchObject({ operation: 'RemoveEvidence', variables: { id: 'ev-1', clientMutationId: expect.stringMatching(/^[0-9a-f-]{36}$/) } });

    goOnline();
    await vi.waitFor(() => expect(calls).toHaveLength(1));
    expect(calls[0]).toEqual(entry!.variables);
    expect(await screen.findByText('Nog geen bewijsstukken.')).toBeTruthy();
    expect(queued()).toEqual([]);
  });

  it('resends a removal whose request failed on the network with the same clientMutationId', async () => {
    const ids: string[] = [];
    const matcher = (variables: { clientMutationId: string }) => (ids.push(variables.clientMutationId), true);
    renderAudit(
      [
        { request: { query: REMOVE_EVIDENCE_MUTATION, variables: matcher }, error: new TypeError('Failed to fetch') },
        { request: { query: REMOVE_EVIDENCE_MUTATION, variables: matcher }, result: { data: { removeEvidence: 'ev-1' } } },
      ],
      auditDetail({ evidence: [file] }),
    );
    fireEvent.click(await screen.findByRole('tab', { name: /Bewijsstukken/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Verwijderen foto-lesplaats.jpg' }));
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Bewijsstuk verwijderen' }));
    expect(await screen.findByText('Offline — opgeslagen op dit toestel')).toBeTruthy();
    goOnline();
    await vi.waitFor(() => expect(ids).toHaveLength(2));
    expect(new Set(ids).size).toBe(1);
  });
});

describe('team changes in the field queue', () => {
  const auditors = [
    { __typename: 'Auditor', version: 1, id: 'els', name: 'Els Claes', organisation: 'AGENCY', team: 'SUPERVISION', active: true },
    { __typename: 'Auditor', version: 1, id: 'pieter', name: 'Pieter De Smet', organisation: 'AGENCY', team: 'SUPERVISION', active: true },
  ];

  it('keeps a team change made offline, says so, and sends only the last one, once, when back online', async () => {
    const inputs: Record<string, unknown>[] = [];
    renderAudit([
      { request: { query: AUDITORS_QUERY }, result: { data: { auditors } }, maxUsageCount: ALWAYS },
      capturing(ASSIGN_AUDITORS_MUTATION, inputs, { data: { assignAuditors: auditTeamResult({ version: 4 }) } }, 5),
    ]);
    fireEvent.click(await screen.findByRole('button', { name: 'Team toewijzen' }));
    const pieter = await screen.findByRole('combobox', { name: 'Rol van Pieter De Smet' });
    goOffline();
    fireEvent.change(pieter, { target: { value: 'INSPECTOR' } });
    fireEvent.click(screen.getByRole('button', { name: 'Team bewaren' }));
    expect(await screen.findByText('Het team is op dit toestel bewaard en wordt verzonden zodra er weer verbinding is.')).toBeTruthy();
    expect(screen.getByText('Teamwijziging wacht op verzending')).toBeTruthy();

    // Changed again before the connection is back: the waiting change is replaced, not sent after it.
    fireEvent.change(screen.getByRole('combobox', { name: 'Rol van Pieter De Smet' }), { target: { value: 'LEAD' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Rol van Els Claes' }), { target: { value: 'INSPECTOR' } });
    fireEvent.click(screen.getByRole('button', { name: 'Team bewaren' }));
    await vi.waitFor(() => expect(queued().map((entry) => entry.operation)).toEqual(['AssignAuditors']));
    const waiting = queued()[0]!.variables['input'] as Record<string, unknown>;
    expect(waiting['auditors']).toEqual([
      { auditorId: 'els', role: 'INSPECTOR' },
      { auditorId: 'pieter', role: 'LEAD' },
    ]);
    expect(inputs).toEqual([]);

    goOnline();
    await vi.waitFor(() => expect(inputs).toHaveLength(1));
    expect(inputs[0]).toEqual(waiting);
    await vi.waitFor(() => expect(screen.queryByText('Teamwijziging wacht op verzending')).toBeNull());
    expect(queued()).toEqual([]);
  });
});
