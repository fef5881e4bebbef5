import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { User } from '@werkplek/auth';
import { mutationsWithoutNamedRecord, startOfDay } from '@werkplek/subgraph-kit';
import { describeOptimisticConcurrency, startTestSubgraph, testUsers, type ConcurrencyCase, type TestSubgraph } from '@werkplek/test-kit';
import type { PrismaClient } from '../src/generated/prisma/client.js';
import { createInspectionSubgraph } from '../src/index.js';
import { buildInspectionSchema } from '../src/schema.js';
import { seedInspection } from '../src/seed.js';

/**
 * Optimistic concurrency (issue #7) on every editable aggregate of inspection: each has a version that every change
 * raises (a trigger); a mutation sent with the version its screen showed is refused with CONFLICT once the record
 * changed, and leaves it alone; of two racing writers exactly one wins and the version rises once.
 */
let subgraph: TestSubgraph;
let prisma: PrismaClient;
/** The test inspector, on the team of the audits the cases below work on. */
let inspectorId: string;

beforeAll(async () => {
  subgraph = await startTestSubgraph('inspection', (db) =>
    createInspectionSubgraph({
      ...db,
      seedWith: async (client) => {
        prisma = client;
        await seedInspection(client);
        inspectorId = (await client.auditor.create({ data: { userId: testUsers.inspector.id, name: testUsers.inspector.name, team: 'INSPECTION' } })).id;
      },
    }),
  );
});
afterAll(() => subgraph?.stop());


const staff = testUsers.agencyStaff;
// The Belgian calendar day, as the service counts "today".
const today = () => startOfDay(new Date()).toISOString().slice(0, 10);

/** Puts the test inspector on the audit's team (once). */
async function onTeam(auditId: string) {
  const existing = await prisma.auditAssignment.findFirst({ where: { auditId, auditorId: inspectorId } });
  if (!existing) await prisma.auditAssignment.create({ data: { auditId, auditorId: inspectorId, role: 'INSPECTOR' } });
}

const cases: ConcurrencyCase[] = [
  {
    aggregate: 'Audit',
    table: 'audit',
    find: () => prisma.audit.findFirstOrThrow({ where: { status: 'PLANNED' }, orderBy: { id: 'asc' } }),
    reread: (id) => prisma.audit.findUnique({ where: { id } }),
    mutation:
      'mutation ($id: ID!, $expectedVersion: Int) { rescheduleAudit(input: { auditId: $id, scheduledOn: "2031-03-10", reason: "Op vraag van het centrum" }, expectedVersion: $expectedVersion) { id version } }',
    variables: (r) => ({ id: r['id'] }),
    as: () => staff,
  },
  {
    aggregate: 'Finding',
    table: 'finding',
    find: async () => {
      const finding = await prisma.finding.findFirstOrThrow({ where: { audit: { status: 'IN_PROGRESS' } }, orderBy: { id: 'asc' } });
      await onTeam(finding.auditId);
      return finding;
    },
    reread: (id) => prisma.finding.findUnique({ where: { id } }),
    mutation:
      'mutation ($id: ID!, $expectedVersion: Int) { updateFinding(input: { findingId: $id, title: "Mentor niet aanwezig bij het bezoek" }, expectedVersion: $expectedVersion) { id version } }',
    variables: (r) => ({ id: r['id'] }),
    as: () => testUsers.inspector,
  },
  {
    aggregate: 'Recommendation',
    table: 'recommendation',
    find: async () => {
      const recommendation = await prisma.recommendation.findFirstOrThrow({
        where: { status: 'OPEN', audit: { status: { in: ['REPORTED', 'FOLLOW_UP'] } } },
        orderBy: { id: 'asc' },
      });
      await onTeam(recommendation.auditId);
      return recommendation;
    },
    reread: (id) => prisma.recommendation.findUnique({ where: { id } }),
    mutation:
      'mutation ($id: ID!, $on: LocalDate!, $expectedVersion: Int) { evaluateRecommendation(input: { recommendationId: $id, outcome: IMPLEMENTED, implementedOn: $on, note: "Vastgesteld bij het opvolgingsbezoek" }, expectedVersion: $expectedVersion) { id version } }',
    variables: (r) => ({ id: r['id'], on: today() }),
    as: () => testUsers.inspector,
  },
  {
    aggregate: 'AnnualPlan',
    table: 'annual_plan',
    find: async () =>
      (await prisma.annualPlan.findFirst({ where: { status: 'DRAFT' }, orderBy: { year: 'desc' } })) ??
      prisma.annualPlan.create({ data: { year: 2031, weights: {}, createdById: staff.id, createdBy: staff.name } }),
    reread: (id) => prisma.annualPlan.findUnique({ where: { id } }),
    mutation: 'mutation ($id: ID!, $expectedVersion: Int) { adoptAnnualPlan(planId: $id, expectedVersion: $expectedVersion) { id version } }',
    variables: (r) => ({ id: r['id'] }),
    as: () => staff,
  },
  {
    aggregate: 'Auditor',
    table: 'auditor',
    find: () => prisma.auditor.create({ data: { userId: `auditor-${randomUUID()}`, name: 'Els Wouters', team: 'INSPECTION' } }),
    reread: (id) => prisma.auditor.findUnique({ where: { id } }),
    mutation: 'mutation ($id: ID!, $expectedVersion: Int) { deactivateAuditor(id: $id, expectedVersion: $expectedVersion) { id version } }',
    variables: (r) => ({ id: r['id'] }),
    as: () => staff,
  },
];

describeOptimisticConcurrency(cases, { subgraph: () => subgraph, execute: (sql, id) => prisma.$executeRawUnsafe(sql, id) });

describe('every mutation that takes expectedVersion', () => {
  it('names the record it changes by an argument the check finds (else the version would be checked against nothing)', async () => {
    expect(mutationsWithoutNamedRecord(await buildInspectionSchema())).toEqual([]);
  });
});
