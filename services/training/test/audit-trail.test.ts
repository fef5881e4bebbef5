import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestSubgraph, testUsers, type TestSubgraph } from '@werkplek/test-kit';
import { createTrainingSubgraph } from '../src/index.js';
import { seedAccessFixtures, type AccessFixtures } from './fixtures/access-fixtures.js';

/**
 * The platform's audit trail in training (issue #7): a centre user cancels a course of their own centre; agency staff
 * find it in `trainingAuditTrail` with who, when, and the course before (REQUESTED) and after (CANCELLED). A refused
 * attempt on another centre's course is on record with its error code; only agency staff read the trail.
 */

const now = new Date('2026-11-23T10:00:00Z');
let fixtures: AccessFixtures;
let subgraph: TestSubgraph;

const centreUser = () => testUsers.centreUser(fixtures.own.centre);

const TRAIL = `query Trail($filter: AuditTrailFilter) {
  trainingAuditTrail(filter: $filter) {
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

beforeAll(async () => {
  subgraph = await startTestSubgraph('training', (db) =>
    createTrainingSubgraph({
      ...db,
      now: () => now,
      seedWith: async (prisma) => {
        fixtures = await seedAccessFixtures(prisma, now);
      },
    }),
  );
}, 120_000);

afterAll(async () => {
  await subgraph?.stop();
});

describe('audit trail of training', () => {
  it('records a centre user cancelling their course with before and after, and a refused attempt with its code', async () => {
    const cancel = `mutation Cancel($id: ID!, $reason: String!) { cancelCourse(id: $id, reason: $reason) { id status } }`;
    const done = await subgraph.query<{ cancelCourse: { status: string } }>(cancel, {
      variables: { id: fixtures.own.course, reason: 'Te weinig inschrijvingen' },
      as: centreUser(),
    });
    expect(done.errors).toBeUndefined();
    expect(done.data?.cancelCourse.status).toBe('CANCELLED');
    const refused = await subgraph.query(cancel, { variables: { id: fixtures.foreign.course, reason: 'Niet van ons' }, as: centreUser() });
    expect(refused.errors?.[0]?.extensions?.code).toMatch(/FORBIDDEN|NOT_FOUND/);

    const own = await subgraph.query<{ trainingAuditTrail: { totalCount: number; nodes: TrailEntry[] } }>(TRAIL, {
      variables: { filter: { entityType: 'Course', entityId: fixtures.own.course } },
      as: testUsers.agencyStaff,
    });
    expect(own.errors).toBeUndefined();
    expect(own.data?.trainingAuditTrail.totalCount).toBe(1);
    const [entry] = own.data!.trainingAuditTrail.nodes;
    expect(entry).toMatchObject({
      at: now.toISOString(),
      actorId: 'test-centre-user',
      actorName: 'Lien Maes',
      actorRole: 'CENTRE_USER',
      operation: 'cancelCourse',
      arguments: { id: fixtures.own.course, reason: 'Te weinig inschrijvingen' },
      entityType: 'Course',
      entityId: fixtures.own.course,
      outcome: 'OK',
    });
    expect(entry?.before).toMatchObject({ id: fixtures.own.course, status: 'REQUESTED' });
    expect(entry?.after).toMatchObject({ id: fixtures.own.course, status: 'CANCELLED' });

    const foreign = await subgraph.query<{ trainingAuditTrail: { nodes: TrailEntry[] } }>(TRAIL, {
      variables: { filter: { entityId: fixtures.foreign.course } },
      as: testUsers.agencyStaff,
    });
    expect(foreign.data?.trainingAuditTrail.nodes).toEqual([
      expect.objectContaining({ operation: 'cancelCourse', actorRole: 'CENTRE_USER', outcome: refused.errors?.[0]?.extensions?.code, after: expect.objectContaining({ status: 'REQUESTED' }) }),
    ]);
  });

  it('is refused to everyone but agency staff', async () => {
    for (const user of [centreUser(), testUsers.inspector, testUsers.inspectionService, null]) {
      const answer = await subgraph.query(TRAIL, { as: user });
      expect(answer.errors?.[0]?.extensions?.code, `${user?.role ?? 'anonymous'}`).toMatch(/FORBIDDEN|UNAUTHENTICATED/);
      expect(answer.data?.['trainingAuditTrail'] ?? null).toBeNull();
    }
  });
});
