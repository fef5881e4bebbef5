import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestSubgraph, testUsers, type TestSubgraph } from '@werkplek/test-kit';
import type { PrismaClient } from '../src/generated/prisma/client.js';
import { createDualLearningSubgraph } from '../src/index.js';
import { seedDualLearning } from '../src/seed.js';
import { bound, fixture, pickFixtures } from './fixtures/access-fixtures.js';

/**
 * The platform's audit trail in dual learning (issue #7): partnership staff acknowledge a complaint routed to their
 * partnership; agency staff find it in `dualLearningAuditTrail` with who, when, and the complaint before (REGISTERED)
 * and after (ACKNOWLEDGED). A refused attempt on another partnership's complaint is on record with its error code;
 * only agency staff read the trail.
 */

const now = new Date('2026-11-23T10:00:00Z');
let subgraph: TestSubgraph;
const complaints: { own?: string; foreign?: string } = {};

const partnershipStaff = () => bound(testUsers.partnershipStaff('audit-partnership'));

const TRAIL = `query Trail($filter: AuditTrailFilter) {
  dualLearningAuditTrail(filter: $filter) {
    totalCount
    nodes { at actorId actorName actorRole operation arguments entityType entityId before after outcome }
  }
}`;

interface TrailEntry {
  at: string;
  actorId: string | null;
  actorName: string | null;
  actorRole: string | null;
  operation: string;
  arguments: Record<string, unknown>;
  entityType: string | null;
  entityId: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  outcome: string;
}

/** A freshly registered complaint for a partnership (the demo seed's may be further along). */
async function registeredComplaint(prisma: PrismaClient, partnershipId: string, workplaceId: string) {
  const today = new Date('2026-11-20T00:00:00Z');
  const complaint = await prisma.complaint.create({
    data: {
      kind: 'COMPLAINT',
      subject: 'Geen mentor aanwezig',
      description: 'De leerling werkt al drie weken zonder mentor',
      submitterName: 'Ouder',
      receivedOn: today,
      acknowledgeDueOn: new Date('2026-11-30T00:00:00Z'),
      closeDueOn: new Date('2027-01-31T00:00:00Z'),
      partnershipId,
      workplaceId,
    },
  });
  return complaint.id;
}

beforeAll(async () => {
  subgraph = await startTestSubgraph('dual-learning', (db) =>
    createDualLearningSubgraph({
      ...db,
      now: () => now,
      seedWith: async (prisma) => {
        await seedDualLearning(prisma);
        await pickFixtures(prisma);
        complaints.own = await registeredComplaint(prisma, fixture('own').partnership, fixture('own').workplace);
        complaints.foreign = await registeredComplaint(prisma, fixture('foreign').partnership, fixture('foreign').workplace);
      },
    }),
  );
}, 120_000);

afterAll(async () => {
  await subgraph?.stop();
});

describe('audit trail of dual learning', () => {
  it('records partnership staff acknowledging their complaint with before and after, and a refused attempt with its code', async () => {
    const acknowledge = `mutation Acknowledge($id: ID!) { acknowledgeComplaint(id: $id) { id status } }`;
    const done = await subgraph.query<{ acknowledgeComplaint: { status: string } }>(acknowledge, { variables: { id: complaints.own }, as: partnershipStaff() });
    expect(done.errors).toBeUndefined();
    expect(done.data?.acknowledgeComplaint.status).toBe('ACKNOWLEDGED');
    const refused = await subgraph.query(acknowledge, { variables: { id: complaints.foreign }, as: partnershipStaff() });
    expect(refused.errors?.[0]?.extensions?.code).toMatch(/FORBIDDEN|NOT_FOUND/);

    const own = await subgraph.query<{ dualLearningAuditTrail: { totalCount: number; nodes: TrailEntry[] } }>(TRAIL, {
      variables: { filter: { entityType: 'Complaint', entityId: complaints.own } },
      as: testUsers.agencyStaff,
    });
    expect(own.errors).toBeUndefined();
    expect(own.data?.dualLearningAuditTrail.totalCount).toBe(1);
    const [entry] = own.data!.dualLearningAuditTrail.nodes;
    const staff = partnershipStaff()!;
    expect(entry).toMatchObject({
      at: now.toISOString(),
      actorId: staff.id,
      actorName: staff.name,
      actorRole: 'PARTNERSHIP_STAFF',
      operation: 'acknowledgeComplaint',
      arguments: { id: complaints.own },
      entityType: 'Complaint',
      entityId: complaints.own,
      outcome: 'OK',
    });
    expect(entry?.before).toMatchObject({ id: complaints.own, status: 'REGISTERED' });
    expect(entry?.after).toMatchObject({ id: complaints.own, status: 'ACKNOWLEDGED' });

    const foreign = await subgraph.query<{ dualLearningAuditTrail: { nodes: TrailEntry[] } }>(TRAIL, {
      variables: { filter: { entityId: complaints.foreign } },
      as: testUsers.agencyStaff,
    });
    expect(foreign.data?.dualLearningAuditTrail.nodes).toEqual([
      expect.objectContaining({
        operation: 'acknowledgeComplaint',
        actorRole: 'PARTNERSHIP_STAFF',
        outcome: refused.errors?.[0]?.extensions?.code,
        after: expect.objectContaining({ status: 'REGISTERED' }),
      }),
    ]);
  });

  it('is refused to everyone but agency staff', async () => {
    for (const user of [partnershipStaff(), bound(testUsers.companyUser('audit-company')), testUsers.schoolUser, testUsers.inspector, testUsers.inspectionService, null]) {
      const answer = await subgraph.query(TRAIL, { as: user });
      expect(answer.errors?.[0]?.extensions?.code, `${user?.role ?? 'anonymous'}`).toMatch(/FORBIDDEN|UNAUTHENTICATED/);
      expect(answer.data?.['dualLearningAuditTrail'] ?? null).toBeNull();
    }
  });
});
