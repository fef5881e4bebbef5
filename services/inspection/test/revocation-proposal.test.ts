import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { User } from '@werkplek/auth';
import { startTestSubgraph, testUsers, type TestSubgraph } from '@werkplek/test-kit';
import type { PrismaClient } from '../src/generated/prisma/client.js';
import { createInspectionSubgraph } from '../src/index.js';
import {
  backoffAfter,
  startProposalRelay,
  type DeliveryOutcome,
  type ProposalDelivery,
  type RevocationProposalMessage,
} from '../src/revocation-proposal/index.js';
import { insertAudit, janssensWorkplace, otherInspector } from './fixtures.js';

/*
 * The inspection side of a revocation proposal: the rules of proposing, the outbox row and the audit's history in one
 * transaction, idempotent repeats, and the relay's delivery with retries and back-off against a real database (the
 * delivery itself is a fake here; gateway/test/graph.test.ts delivers to dual learning for real).
 */

let subgraph: TestSubgraph;
let prisma: PrismaClient;
let clock = new Date('2026-06-10T09:00:00Z');
const statements: string[] = [];

/** What the fake dual-learning domain received, and how it answers next. */
const received: RevocationProposalMessage[] = [];
let answer: (message: RevocationProposalMessage) => Promise<DeliveryOutcome> = async () => ({ delivered: true });
const fakeDelivery: ProposalDelivery = {
  deliver(message) {
    received.push(message);
    return answer(message);
  },
};

const recognitions = { a: randomUUID(), b: randomUUID(), c: randomUUID(), d: randomUUID() };
const audits = {
  reported: randomUUID(),
  followUp: randomUUID(),
  inProgress: randomUUID(),
  observationsOnly: randomUUID(),
  trackInspection: randomUUID(),
  unassigned: randomUUID(),
  retried: randomUUID(),
  refused: randomUUID(),
};

async function finding(auditId: string, severity: 'OBSERVATION' | 'SHORTCOMING' | 'SERIOUS_SHORTCOMING') {
  await prisma.finding.create({
    data: { auditId, severity, title: 'Mentor niet aanwezig', description: 'Geen mentor op de werkvloer tijdens het terreinbezoek', createdById: 'x', createdBy: 'Pieter De Smet' },
  });
}

const workplaceAudit = (status: 'REPORTED' | 'FOLLOW_UP' | 'IN_PROGRESS', number?: number) => ({
  kind: 'WORKPLACE_AUDIT' as const,
  title: 'Terreinbezoek Bouwonderneming Janssens',
  subjectType: 'WORKPLACE' as const,
  subjectId: janssensWorkplace,
  status,
  scheduledOn: new Date('2026-05-04T00:00:00Z'),
  ...(number ? { number } : {}),
});

beforeAll(async () => {
  subgraph = await startTestSubgraph('inspection', (db) =>
    createInspectionSubgraph({
      ...db,
      seedWith: async (client) => {
        prisma = client;
        await insertAudit(client, { id: audits.reported, ...workplaceAudit('REPORTED', 900) });
        await finding(audits.reported, 'SHORTCOMING');
        await insertAudit(client, { id: audits.followUp, ...workplaceAudit('FOLLOW_UP') });
        await finding(audits.followUp, 'SERIOUS_SHORTCOMING');
        await insertAudit(client, { id: audits.inProgress, ...workplaceAudit('IN_PROGRESS') });
        await finding(audits.inProgress, 'SHORTCOMING');
        await insertAudit(client, { id: audits.observationsOnly, ...workplaceAudit('REPORTED') });
        await finding(audits.observationsOnly, 'OBSERVATION');
        await insertAudit(client, { id: audits.trackInspection, status: 'REPORTED' });
        await finding(audits.trackInspection, 'SHORTCOMING');
        await insertAudit(client, { id: audits.retried, ...workplaceAudit('REPORTED') });
        await finding(audits.retried, 'SHORTCOMING');
        await insertAudit(client, { id: audits.refused, ...workplaceAudit('REPORTED') });
        await finding(audits.refused, 'SHORTCOMING');
        // Assigned to nobody the test inspector is: insertAudit assigns the test inspector, so take it off again.
        await insertAudit(client, { id: audits.unassigned, ...workplaceAudit('REPORTED') });
        await finding(audits.unassigned, 'SHORTCOMING');
        await client.auditAssignment.deleteMany({ where: { auditId: audits.unassigned } });
      },
      now: () => clock,
      onQuery: (sql) => statements.push(sql),
      proposalDelivery: fakeDelivery,
      relayIntervalMs: 25,
    }),
  );
});
afterAll(() => subgraph?.stop());
beforeEach(() => {
  clock = new Date('2026-06-10T09:00:00Z');
  answer = async () => ({ delivered: true });
});

const PROPOSE = `mutation ($input: ProposeRevocationInput!) {
  proposeRevocation(input: $input) {
    id kind reason exclusionUntil proposedBy delivery attempts lastError deliveredAt recognition { id }
  }
}`;

interface Proposal {
  id: string;
  kind: string;
  reason: string;
  exclusionUntil: string | null;
  proposedBy: string;
  delivery: string;
  attempts: number;
  lastError: string | null;
  deliveredAt: string | null;
  recognition: { id: string };
}

function propose(input: Record<string, unknown>, as: User | null = testUsers.inspector) {
  return subgraph.query<{ proposeRevocation: Proposal }>(PROPOSE, {
    variables: {
      input: { id: randomUUID(), auditId: audits.reported, recognitionId: randomUUID(), kind: 'WITHDRAWAL', reason: 'Herhaalde ernstige tekortkomingen in de begeleiding', ...input },
    },
    as,
  });
}

const row = (id: string) => prisma.revocationProposal.findUniqueOrThrow({ where: { id } });

describe('proposing a revocation after a workplace audit', () => {
  it('writes the proposal and the audit\'s history in one go, and the relay delivers it with the audit reference', async () => {
    const id = randomUUID();
    const result = await propose({ id, recognitionId: recognitions.a, reason: '  Geen mentor, geen opleidingsplan  ' });
    expect(result.errors).toBeUndefined();
    expect(result.data!.proposeRevocation).toMatchObject({
      id,
      kind: 'WITHDRAWAL',
      reason: 'Geen mentor, geen opleidingsplan',
      exclusionUntil: null,
      proposedBy: 'Pieter De Smet',
      delivery: 'PENDING',
      attempts: 0,
      recognition: { id: recognitions.a },
    });
    const history = await prisma.statusChange.findMany({ where: { entityType: 'Audit', entityId: audits.reported, step: 'proposeRevocation' } });
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ fromStatus: 'REPORTED', toStatus: 'REPORTED', actorName: 'Pieter De Smet' });
    expect(history[0]!.note).toContain(recognitions.a);
    expect(history[0]!.at).toEqual(clock);
    // deliverProposalsSoon: no need to wait for the interval.
    await vi.waitFor(async () => expect((await row(id)).delivery).toBe('DELIVERED'));
    expect(await row(id)).toMatchObject({ attempts: 1, lastError: null, deliveredAt: clock });
    const message = received.find((m) => m.id === id)!;
    expect(message).toMatchObject({
      auditId: audits.reported,
      auditReference: 'AUD-2026-0900',
      recognitionId: recognitions.a,
      workplaceId: janssensWorkplace,
      kind: 'WITHDRAWAL',
      reason: 'Geen mentor, geen opleidingsplan',
      exclusionUntil: null,
      proposedBy: 'Pieter De Smet',
      proposedAt: clock,
    });
  });

  it('proposes an exclusion until a later day on an audit in follow-up', async () => {
    const result = await propose({ auditId: audits.followUp, recognitionId: recognitions.b, kind: 'EXCLUSION', exclusionUntil: '2027-06-30' });
    expect(result.errors).toBeUndefined();
    expect(result.data!.proposeRevocation).toMatchObject({ kind: 'EXCLUSION', exclusionUntil: '2027-06-30' });
  });

  it('answers a repeat with the same proposal, never a second one or a second history row', async () => {
    const id = randomUUID();
    const input = { id, auditId: audits.followUp, recognitionId: recognitions.c, kind: 'WITHDRAWAL' };
    const [first, second] = await Promise.all([propose(input), propose(input)]);
    const third = await propose(input);
    for (const result of [first, second, third]) {
      expect(result.errors).toBeUndefined();
      expect(result.data!.proposeRevocation.id).toBe(id);
    }
    expect(await prisma.revocationProposal.count({ where: { id } })).toBe(1);
    const history = await prisma.statusChange.findMany({ where: { entityId: audits.followUp, step: 'proposeRevocation', note: { contains: recognitions.c } } });
    expect(history).toHaveLength(1);
    await vi.waitFor(async () => expect((await row(id)).delivery).toBe('DELIVERED'));
    expect(received.filter((m) => m.id === id)).toHaveLength(1);
  });

  it('refuses to reuse an id for another proposal, and a second proposal about the same recognition (CONFLICT)', async () => {
    const id = randomUUID();
    expect((await propose({ id, auditId: audits.followUp, recognitionId: recognitions.d })).errors).toBeUndefined();
    const reused = await propose({ id, auditId: audits.followUp, recognitionId: randomUUID() });
    expect(reused.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const again = await propose({ auditId: audits.followUp, recognitionId: recognitions.d });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', existingId: id });
  });

  it('needs grounds: an audit with only observations cannot ground a proposal', async () => {
    const result = await propose({ auditId: audits.observationsOnly });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_STATE_TRANSITION', rule: 'GROUNDS_REQUIRED' });
    expect(result.errors?.[0]?.message).toMatch(/tekortkoming/);
  });

  it('only after the report (REPORTED or FOLLOW_UP)', async () => {
    const result = await propose({ auditId: audits.inProgress });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_STATE_TRANSITION', currentState: 'IN_PROGRESS' });
  });

  it('only after a workplace audit', async () => {
    const result = await propose({ auditId: audits.trackInspection });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'auditId' });
  });

  it('only by an inspector assigned to the audit', async () => {
    expect((await propose({ auditId: audits.unassigned })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await propose({}, otherInspector)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await propose({}, testUsers.agencyStaff)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await propose({}, testUsers.partnershipStaff(randomUUID()))).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await propose({}, { id: 'service:dual-learning', name: 'Domein duaal leren', role: 'SERVICE' })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await propose({}, null)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const unknown = await propose({ auditId: randomUUID() });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('refuses bad input with the field at fault', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ reason: 'kort' }, 'reason'],
      [{ reason: 'x'.repeat(1001) }, 'reason'],
      [{ reason: '          ' }, 'reason'],
      [{ id: 'not-a-uuid' }, 'id'],
      [{ auditId: 'AUD-2026-0900' }, 'auditId'],
      [{ recognitionId: '42' }, 'recognitionId'],
      [{ kind: 'WITHDRAWAL', exclusionUntil: '2027-01-01' }, 'exclusionUntil'],
      [{ kind: 'EXCLUSION', exclusionUntil: '2026-06-10' }, 'exclusionUntil'],
      [{ kind: 'EXCLUSION', exclusionUntil: '2025-12-31' }, 'exclusionUntil'],
    ];
    for (const [input, field] of cases) {
      const result = await propose(input);
      expect(result.errors?.[0]?.extensions, JSON.stringify(input).slice(0, 80)).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    const badKind = await propose({ kind: 'SUSPENSION' });
    expect(badKind.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await prisma.revocationProposal.count({ where: { auditId: audits.reported, reason: 'kort' } })).toBe(0);
  });
});

describe('the outbox relay', () => {
  it('retries a failed delivery with back-off and delivers once dual learning answers', async () => {
    let calls = 0;
    answer = async () => {
      calls += 1;
      if (calls <= 2) throw new Error('gateway unreachable (ECONNREFUSED)');
      return { delivered: true };
    };
    const id = randomUUID();
    const start = clock;
    expect((await propose({ id, auditId: audits.retried })).errors).toBeUndefined();
    await vi.waitFor(async () => expect((await row(id)).attempts).toBe(1));
    let state = await row(id);
    expect(state).toMatchObject({ delivery: 'PENDING', lastError: 'Error: gateway unreachable (ECONNREFUSED)' });
    expect(state.nextAttemptAt).toEqual(new Date(start.getTime() + 5_000));
    // Not due yet: the interval keeps running, nothing is sent.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(calls).toBe(1);
    clock = new Date(start.getTime() + 5_000);
    await vi.waitFor(async () => expect((await row(id)).attempts).toBe(2));
    state = await row(id);
    expect(state.nextAttemptAt).toEqual(new Date(clock.getTime() + 10_000));
    clock = new Date(clock.getTime() + 10_000);
    await vi.waitFor(async () => expect((await row(id)).delivery).toBe('DELIVERED'));
    expect(await row(id)).toMatchObject({ attempts: 3, lastError: null, deliveredAt: clock });
    expect(calls).toBe(3);
  });

  it('backs off exponentially, at most an hour', () => {
    expect([1, 2, 3, 4].map(backoffAfter)).toEqual([5_000, 10_000, 20_000, 40_000]);
    expect(backoffAfter(30)).toBe(3_600_000);
  });

  it('keeps a refusal for good: REFUSED with the reason, never retried', async () => {
    let calls = 0;
    answer = async () => {
      calls += 1;
      return { delivered: false, refusal: 'INVALID_STATE_TRANSITION: De erkenning is niet actief' };
    };
    const id = randomUUID();
    expect((await propose({ id, auditId: audits.refused })).errors).toBeUndefined();
    await vi.waitFor(async () => expect((await row(id)).delivery).toBe('REFUSED'));
    expect(await row(id)).toMatchObject({ attempts: 1, lastError: 'INVALID_STATE_TRANSITION: De erkenning is niet actief', deliveredAt: null });
    clock = new Date(clock.getTime() + 24 * 3_600_000);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(calls).toBe(1);
    // A refused proposal does not block a new one about the same recognition.
    answer = async () => ({ delivered: true });
    expect((await propose({ auditId: audits.refused })).errors).toBeUndefined();
  });

  it('never sends a row twice when two relays run at once (a lease claimed with FOR UPDATE SKIP LOCKED)', async () => {
    const sent: string[] = [];
    const slow: ProposalDelivery = {
      async deliver(message) {
        sent.push(message.id);
        await new Promise((resolve) => setTimeout(resolve, 30));
        return { delivered: true };
      },
    };
    // Rows written straight into the outbox, due only on the two test relays' clock (2030), not on the subgraph's
    // own relay's (the test clock), so only these two compete for them.
    const later = new Date('2030-01-01T00:00:00Z');
    const ids: string[] = Array.from({ length: 5 }, () => randomUUID());
    for (const id of ids) {
      await prisma.revocationProposal.create({
        data: { id, auditId: audits.followUp, recognitionId: randomUUID(), kind: 'WITHDRAWAL', reason: 'Test van de relay', proposedById: 'x', proposedBy: 'x', proposedAt: clock, nextAttemptAt: later },
      });
    }
    const relayClock = () => new Date('2030-01-01T00:00:01Z');
    const one = startProposalRelay({ prisma, delivery: slow, now: relayClock, intervalMs: 60_000, batchSize: 2, log: () => {} });
    const two = startProposalRelay({ prisma, delivery: slow, now: relayClock, intervalMs: 60_000, batchSize: 2, log: () => {} });
    await Promise.all([one.runOnce(), two.runOnce(), one.runOnce()]);
    await Promise.all([one.stop(), two.stop()]);
    expect(sent.filter((id) => ids.includes(id)).sort()).toEqual([...ids].sort());
    const rows = await prisma.revocationProposal.findMany({ where: { id: { in: ids } } });
    expect(rows.every((r) => r.delivery === 'DELIVERED' && r.attempts === 1)).toBe(true);
  });
});

describe('reading proposals', () => {
  it('lists them for agency staff and inspectors, filtered by delivery; refuses others', async () => {
    const all = await subgraph.query<{ proposedRevocations: { id: string; delivery: string }[] }>(
      '{ proposedRevocations { id delivery } }',
      { as: testUsers.agencyStaff },
    );
    expect(all.errors).toBeUndefined();
    expect(all.data!.proposedRevocations.length).toBeGreaterThan(3);
    const refused = await subgraph.query<{ proposedRevocations: { delivery: string }[] }>(
      '{ proposedRevocations(delivery: REFUSED) { delivery } }',
      { as: testUsers.inspector },
    );
    expect(refused.data!.proposedRevocations.length).toBeGreaterThan(0);
    expect(new Set(refused.data!.proposedRevocations.map((p) => p.delivery))).toEqual(new Set(['REFUSED']));
    for (const as of [testUsers.partnershipStaff(randomUUID()), testUsers.companyUser(randomUUID()), testUsers.centreUser(randomUUID())]) {
      const denied = await subgraph.query('{ proposedRevocations { id } }', { as });
      expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });

  it('resolves each proposal\'s audit and each audit\'s proposals in batches, not per row', async () => {
    statements.length = 0;
    const result = await subgraph.query<{ proposedRevocations: { audit: { id: string; revocationProposals: { id: string }[] } }[] }>(
      '{ proposedRevocations { id audit { id revocationProposals { id kind } } } }',
      { as: testUsers.inspector },
    );
    expect(result.errors).toBeUndefined();
    const rows = result.data!.proposedRevocations;
    expect(new Set(rows.map((r) => r.audit.id)).size).toBeGreaterThan(2);
    for (const proposal of rows) expect(proposal.audit.revocationProposals.length).toBeGreaterThan(0);
    const selects = statements.filter((sql) => /^\s*select/i.test(sql));
    // The list, the audits, their proposals: one each, whatever the number of rows.
    expect(selects.length).toBeLessThanOrEqual(3);
  });
});
