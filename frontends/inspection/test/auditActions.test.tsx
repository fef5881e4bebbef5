import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { CANCEL_AUDIT_MUTATION } from '../src/audit/auditActions.operations.js';
import { UPLOAD_EVIDENCE_MUTATION } from '../src/evidence/evidence.operations.js';
import { UPDATE_FINDING_MUTATION } from '../src/findings/findings.operations.js';
import { resetFieldStores } from '../src/offline/fieldStore.js';
import { PROPOSE_REVOCATION_MUTATION, WORKPLACE_RECOGNITIONS_QUERY } from '../src/revocations/revocations.operations.js';
import { ASSIGN_AUDITORS_MUTATION, AUDITORS_QUERY } from '../src/team/team.operations.js';
import { renderAudit, type Input, type Mock } from './renderApp.js';
import { auditDetail, auditId, evidenceResult, auditTeamResult, findingResult } from './fixtures.js';

beforeEach(() => {
  localStorage.clear();
  resetFieldStores();
  window.history.pushState(null, '', `/toezicht-en-inspectie/doorlichtingen/${auditId}`);
});
afterEach(cleanup);



const title = 'Doorlichting werkplek Bouwonderneming Janssens';

describe('allowedSteps decide what is shown', () => {
  it('shows no step and a read-only checklist when the server lists none', async () => {
    renderAudit([], auditDetail({ allowedSteps: [] }));
    await screen.findByRole('heading', { level: 2, name: title });
    expect(screen.queryByRole('heading', { name: 'Verslag opleveren' })).toBeNull();
    expect(screen.getByText(/Er is nu geen stap die jij kunt zetten/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Team toewijzen' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Doorlichting annuleren' })).toBeNull();
    expect(screen.queryByRole('radio', { name: 'Ja' })).toBeNull();
  });

  it('shows exactly the listed steps, whatever the status', async () => {
    renderAudit([], auditDetail({ status: 'REPORTED', statusLabel: 'Gerapporteerd', reportedOn: '2026-11-25', allowedSteps: ['completeReport', 'close'] }));
    await screen.findByRole('heading', { name: 'Verslag verder bezorgen' });
    expect(screen.getByRole('heading', { name: 'Doorlichting afsluiten' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Opvolging starten' })).toBeNull();
  });
});

describe('evidence (bewijsstukken)', () => {
  async function openEvidence() {
    fireEvent.click(await screen.findByRole('tab', { name: /Bewijsstukken/ }));
    return screen.getByLabelText(/^Bestand/) as HTMLInputElement;
  }

  it('refuses a file of another type or over 600 KiB before sending it', async () => {
    const upload = vi.fn();
    renderAudit([{ request: { query: UPLOAD_EVIDENCE_MUTATION, variables: () => true }, result: upload }]);
    const input = await openEvidence();
    fireEvent.change(input, { target: { files: [new File(['MZ'], 'programma.exe', { type: 'application/octet-stream' })] } });
    fireEvent.click(screen.getByRole('button', { name: 'Bewijsstuk opladen' }));
    expect(await screen.findByText(/Kies een bestand van een toegelaten soort/, { selector: 'a' })).toBeTruthy();

    fireEvent.change(input, { target: { files: [new File([new Uint8Array(600 * 1024 + 1)], 'foto.jpg', { type: 'image/jpeg' })] } });
    fireEvent.click(screen.getByRole('button', { name: 'Bewijsstuk opladen' }));
    expect(await screen.findByText(/een bewijsstuk is hoogstens 600 kB/, { selector: 'a' })).toBeTruthy();
    expect(upload).not.toHaveBeenCalled();
  });

  it('uploads the content as base64 with a client id, once, and lists the stored file', async () => {
    const inputs: Record<string, unknown>[] = [];
    const stored = {
      __typename: 'EvidenceFile',
      id: 'ev-1',
      findingId: null,
      fileName: 'verslag.pdf',
      mediaType: 'application/pdf',
      sizeBytes: 8,
      description: null,
      uploadedBy: 'Els Claes',
      uploadedAt: '2026-11-20T11:00:00.000Z',
    };
    let uploaded = false;
    const mocks: Mock[] = [
      {
        request: { query: UPLOAD_EVIDENCE_MUTATION, variables: (variables: Input) => (inputs.push(variables.input), true) },
        result: () => ((uploaded = true), { data: { uploadEvidence: evidenceResult({ id: String(inputs[0]!['id']) }) } }),
        maxUsageCount: 5,
      },
    ];
    renderAudit(mocks, () => auditDetail({ evidence: uploaded ? [stored] : [] }));
    const input = await openEvidence();
    fireEvent.change(input, { target: { files: [new File(['%PDF-1.7'], 'verslag.pdf', { type: 'application/pdf' })] } });
    const button = screen.getByRole('button', { name: 'Bewijsstuk opladen' });
    fireEvent.click(button);
    fireEvent.click(button);
    expect(await screen.findByText('Bewijsstuk „verslag.pdf” opgeladen.')).toBeTruthy();
    expect(inputs).toHaveLength(1);
    expect(inputs[0]).toMatchObject({ auditId, fileName: 'verslag.pdf', mediaType: 'application/pdf', contentBase64: btoa('%PDF-1.7') });
    expect(String(inputs[0]!['id'])).toMatch(/^[0-9a-f-]{36}$/);
    const table = await screen.findByRole('table', { name: 'Bewijsstukken' });
    expect(within(table).getByRole('rowheader', { name: 'verslag.pdf' })).toBeTruthy();
    expect(within(table).getByRole('button', { name: 'Downloaden verslag.pdf' })).toBeTruthy();
  });
});

describe('team, cancelling and editing a finding', () => {
  const auditors = [
    { __typename: 'Auditor', version: 1, id: 'els', name: 'Els Claes', organisation: 'AGENCY', team: 'SUPERVISION', active: true },
    { __typename: 'Auditor', version: 1, id: 'pieter', name: 'Pieter De Smet', organisation: 'AGENCY', team: 'INSPECTION', active: true },
    { __typename: 'Auditor', version: 1, id: 'ann', name: 'Ann Peeters', organisation: 'EDUCATION_INSPECTORATE', team: null, active: true },
  ];

  it('assigns a Paritair College on a leertijd follow-up: one lead, panel members of both organisations', async () => {
    const inputs: Record<string, unknown>[] = [];
    renderAudit(
      [
        { request: { query: AUDITORS_QUERY }, result: { data: { auditors } } },
        {
          request: { query: ASSIGN_AUDITORS_MUTATION, variables: (variables: Input) => (inputs.push(variables.input), true) },
          result: { data: { assignAuditors: auditTeamResult({ kind: 'APPRENTICESHIP_FOLLOW_UP', status: 'PLANNED', version: 4, allowedSteps: ['assign'], assignments: [] }) } },
        },
      ],
      auditDetail({ kind: 'APPRENTICESHIP_FOLLOW_UP', status: 'PLANNED', allowedSteps: ['assign', 'cancel'], assignments: [], leadAuditor: null }),
    );
    // An audit without a team opens the form at once.
    const ann = await screen.findByRole('combobox', { name: 'Rol van Ann Peeters' });
    expect(within(ann).getAllByRole('option').map((option) => option.textContent)).toEqual(['Niet in het team', 'Lid paritair college']);
    expect(screen.getByText('Er is nog geen leidend auditor.')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Team bewaren' }));
    expect(await screen.findByText('Duid één leidend auditor aan.', { selector: 'a' })).toBeTruthy();
    fireEvent.change(screen.getByRole('combobox', { name: 'Rol van Els Claes' }), { target: { value: 'LEAD' } });
    expect(screen.getByText('Het paritair college heeft nog iemand van de onderwijsinspectie nodig.')).toBeTruthy();
    fireEvent.change(ann, { target: { value: 'PANEL_MEMBER' } });
    fireEvent.click(screen.getByRole('button', { name: 'Team bewaren' }));
    expect(await screen.findByText('Het team is bewaard.')).toBeTruthy();
    expect(inputs[0]).toMatchObject({
      auditId,
      auditors: [
        { auditorId: 'els', role: 'LEAD' },
        { auditorId: 'ann', role: 'PANEL_MEMBER' },
      ],
    });
    expect(inputs[0]!['clientMutationId']).toBeTruthy();
  });

  it('offers the Onderwijsinspectie only as co-auditor on a dual quality audit', async () => {
    renderAudit([{ request: { query: AUDITORS_QUERY }, result: { data: { auditors } }, maxUsageCount: 2 }], auditDetail({ kind: 'DUAL_QUALITY_AUDIT' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Team toewijzen' }));
    const ann = await screen.findByRole('combobox', { name: 'Rol van Ann Peeters' });
    expect(within(ann).getAllByRole('option').map((option) => option.textContent)).toEqual(['Niet in het team', 'Co-auditor onderwijsinspectie']);
  });

  it('cancels with a reason and shows the server refusal', async () => {
    renderAudit([
      {
        request: { query: CANCEL_AUDIT_MUTATION, variables: () => true },
        result: { errors: [new GraphQLError('De doorlichting is al gerapporteerd / already reported', { extensions: { code: 'INVALID_STATE_TRANSITION' } })] },
      },
    ]);
    fireEvent.click(await screen.findByRole('button', { name: 'Doorlichting annuleren' }));
    const submit = screen.getAllByRole('button', { name: 'Doorlichting annuleren' }).at(-1)!;
    fireEvent.click(submit);
    expect(await screen.findByText('Geef een reden van 10 tot 2000 tekens.', { selector: 'a' })).toBeTruthy();
    fireEvent.change(screen.getByRole('textbox', { name: /Reden van annulering/ }), { target: { value: 'De werkplek is definitief gesloten.' } });
    fireEvent.click(submit);
    expect(await screen.findByText('De doorlichting werd niet geannuleerd.')).toBeTruthy();
    expect(screen.getByText('De doorlichting is al gerapporteerd')).toBeTruthy();
  });

  it('edits a finding during the visit and sends only what changed', async () => {
    const inputs: Record<string, unknown>[] = [];
    renderAudit([
      {
        request: { query: UPDATE_FINDING_MUTATION, variables: (variables: Input) => (inputs.push(variables.input), true) },
        result: { data: { updateFinding: findingResult({ title: 'Geen opleidingsplan' }) } },
      },
    ]);
    fireEvent.click(await screen.findByRole('tab', { name: /Vaststellingen/ }));
    fireEvent.click(screen.getByRole('button', { name: /Wijzigen — Geen opleidingsplan voor de leerling/ }));
    const form = screen.getByRole('form', { name: /wijzigen/ });
    fireEvent.click(within(form).getByRole('button', { name: 'Wijziging opslaan' }));
    expect(await within(form).findByText('Er is niets gewijzigd.', { selector: 'a' })).toBeTruthy();
    fireEvent.change(within(form).getByRole('textbox', { name: /Titel/ }), { target: { value: 'Geen opleidingsplan' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Wijziging opslaan' }));
    expect(await screen.findByText('De vaststelling is gewijzigd.')).toBeTruthy();
    expect(inputs).toEqual([{ findingId: 'f-1', title: 'Geen opleidingsplan', clientMutationId: expect.stringMatching(/^[0-9a-f-]{36}$/) }]);
  });
});

describe('revocation proposal after a reported workplace audit', () => {
  const reported = {
    status: 'REPORTED',
    statusLabel: 'Gerapporteerd',
    reportedOn: '2026-11-25',
    allowedSteps: ['completeReport', 'startFollowUp', 'close'],
  };

  it('shows the delivery state and dual learning decision of an earlier proposal', async () => {
    renderAudit(
      [{ request: { query: WORKPLACE_RECOGNITIONS_QUERY, variables: { workplaceId: 'wp-2' } }, result: { data: { recognitions: { __typename: 'RecognitionConnection', nodes: [] } } } }],
      auditDetail({
        ...reported,
        revocationProposals: [
          {
            __typename: 'RevocationProposal',
            id: 'rp-1',
            kind: 'WITHDRAWAL',
            reason: 'Geen opleidingsplan, ook niet na aanmaning.',
            exclusionUntil: null,
            proposedBy: 'Els Claes',
            proposedAt: '2026-11-26T09:00:00.000Z',
            delivery: 'DELIVERED',
            attempts: 1,
            lastError: null,
            deliveredAt: '2026-11-26T09:00:05.000Z',
          },
        ],
        recognitionRevocations: [
          { __typename: 'RecognitionRevocationProposal', version: 1, id: 'rp-1', kind: 'WITHDRAWAL', status: 'ACCEPTED', decidedBy: 'Vlaams Partnerschap', decidedAt: '2026-12-01T10:00:00.000Z', decisionNote: 'Akkoord.' },
        ],
      }),
    );
    fireEvent.click(await screen.findByRole('tab', { name: /Opheffing of uitsluiting \(1\)/ }));
    expect(screen.getByText('Ontvangen door duaal leren')).toBeTruthy();
    expect(screen.getByText('Aanvaard')).toBeTruthy();
    expect(screen.getByText(/door Vlaams Partnerschap/)).toBeTruthy();
  });

  it('proposes a withdrawal about one of the workplace’s recognitions with a client id', async () => {
    const inputs: Record<string, unknown>[] = [];
    renderAudit(
      [
        {
          request: { query: WORKPLACE_RECOGNITIONS_QUERY, variables: { workplaceId: 'wp-2' } },
          result: {
            data: {
              recognitions: {
                __typename: 'RecognitionConnection',
                nodes: [{ __typename: 'Recognition', version: 1, id: 'rec-1', validFrom: '2025-09-01', validUntil: '2031-08-31', status: 'ACTIVE', training: { __typename: 'TrainingProgramme', id: 'tr-1', name: 'Metselaar' } }],
              },
            },
          },
        },
        {
          request: { query: PROPOSE_REVOCATION_MUTATION, variables: (variables: Input) => (inputs.push(variables.input), true) },
          result: { data: { proposeRevocation: { __typename: 'RevocationProposal', id: 'rp-2', delivery: 'PENDING' } } },
        },
      ],
      auditDetail(reported),
    );
    fireEvent.click(await screen.findByRole('tab', { name: /Opheffing of uitsluiting \(0\)/ }));
    const submit = await screen.findByRole('button', { name: 'Voorstel indienen' });
    fireEvent.click(submit);
    expect(await screen.findByText('Kies de erkenning waarover het voorstel gaat.', { selector: 'a' })).toBeTruthy();
    fireEvent.change(screen.getByRole('combobox', { name: /Erkenning/ }), { target: { value: 'rec-1' } });
    fireEvent.click(screen.getByRole('radio', { name: 'Opheffing van de erkenning' }));
    fireEvent.change(screen.getByRole('textbox', { name: /Motivering/ }), { target: { value: 'Ernstige tekortkoming: geen opleidingsplan.' } });
    fireEvent.click(submit);
    expect(await screen.findByText('Het voorstel is bewaard en wordt aan duaal leren bezorgd.')).toBeTruthy();
    expect(inputs[0]).toMatchObject({ auditId, recognitionId: 'rec-1', kind: 'WITHDRAWAL', reason: 'Ernstige tekortkoming: geen opleidingsplan.' });
    expect(String(inputs[0]!['id'])).toMatch(/^[0-9a-f-]{36}$/);
  });
});
