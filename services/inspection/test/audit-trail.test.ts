import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestSubgraph, testUsers, type TestSubgraph } from '@werkplek/test-kit';
import { createInspectionSubgraph } from '../src/index.js';
import { auditorIds, insertAudit } from './fixtures.js';

/**
 * The audit trail of inspection (issue #7, buildFederatedSchema's `auditTrail` option in src/schema.ts): a real
 * mutation of the domain is recorded with who did it and the audit before and after, and only agency staff read it.
 */

let subgraph: TestSubgraph;
let auditId: string;

beforeAll(async () => {
  subgraph = await startTestSubgraph('inspection', (db) =>
    createInspectionSubgraph({
      ...db,
      seedWith: async (prisma) => {
        auditId = await insertAudit(prisma, { scheduledOn: new Date('2026-12-08T00:00:00Z') });
      },
    }),
  );
}, 120_000);

afterAll(async () => {
  await subgraph?.stop();
});

const TRAIL = `query Trail($filter: AuditTrailFilter) {
  inspectionAuditTrail(filter: $filter) { totalCount nodes { actorId actorName actorRole operation entityType entityId before after outcome } }
}`;

interface TrailEntry {
  actorId: string;
  actorRole: string;
  operation: string;
  entityType: string;
  entityId: string;
  before: { scheduledOn?: string } | null;
  after: { scheduledOn?: string } | null;
  outcome: string;
}

describe('audit trail of inspection', () => {
  it('records who rescheduled an audit or deactivated an auditor, with before and after, readable by agency staff only', async () => {
    const moved = await subgraph.query(
      `mutation Move($input: RescheduleAuditInput!) { rescheduleAudit(input: $input) { id scheduledOn } }`,
      { variables: { input: { auditId, scheduledOn: '2026-12-15', reason: 'Lesplaats niet beschikbaar' } }, as: testUsers.agencyStaff },
    );
    expect(moved.errors).toBeUndefined();

    const trail = await subgraph.query<{ inspectionAuditTrail: { totalCount: number; nodes: TrailEntry[] } }>(TRAIL, {
      variables: { filter: { entityId: auditId, operation: 'rescheduleAudit' } },
      as: testUsers.agencyStaff,
    });
    expect(trail.errors).toBeUndefined();
    const [entry] = trail.data!.inspectionAuditTrail.nodes;
    expect(entry).toMatchObject({
      actorId: testUsers.agencyStaff.id,
      actorRole: 'AGENCY_STAFF',
      operation: 'rescheduleAudit',
      entityType: 'Audit',
      entityId: auditId,
      outcome: 'OK',
    });
    // Workflow steps name the audit `input.auditId`: the trail finds it by the result type's own id, before and after.
    expect(String(entry!.after?.scheduledOn)).toMatch(/^2026-12-15/);
    expect(entry!.before?.scheduledOn).toBeTruthy();
    expect(String(entry!.before?.scheduledOn)).not.toMatch(/^2026-12-15/);

    // A mutation that names its record by `id`: before and after both recorded.
    const deactivated = await subgraph.query(`mutation Off($id: ID!) { deactivateAuditor(id: $id) { id active } }`, {
      variables: { id: auditorIds.coAuditor },
      as: testUsers.agencyStaff,
    });
    expect(deactivated.errors).toBeUndefined();
    const auditorTrail = await subgraph.query<{ inspectionAuditTrail: { nodes: (Omit<TrailEntry, 'before' | 'after'> & { before: { active?: boolean } | null; after: { active?: boolean } | null })[] } }>(TRAIL, {
      variables: { filter: { entityId: auditorIds.coAuditor } },
      as: testUsers.agencyStaff,
    });
    const [change] = auditorTrail.data!.inspectionAuditTrail.nodes;
    expect(change).toMatchObject({ operation: 'deactivateAuditor', actorId: testUsers.agencyStaff.id, entityType: 'Auditor', outcome: 'OK' });
    expect(change!.before?.active).toBe(true);
    expect(change!.after?.active).toBe(false);

    for (const caller of [testUsers.inspector, testUsers.centreUser('any-centre')]) {
      const refused = await subgraph.query(TRAIL, { variables: { filter: { entityId: auditId } }, as: caller });
      expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });
});
