import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { User } from '@werkplek/auth';
import { mutationsWithoutNamedRecord } from '@werkplek/subgraph-kit';
import { describeOptimisticConcurrency, startTestSubgraph, testUsers, type ConcurrencyCase, type TestSubgraph } from '@werkplek/test-kit';
import type { PrismaClient } from '../src/generated/prisma/client.js';
import { createDualLearningSubgraph } from '../src/index.js';
import { buildDualLearningSchema } from '../src/schema.js';
import { seedDualLearning } from '../src/seed.js';

/**
 * Optimistic concurrency (issue #7) on every editable aggregate of dual learning: each has a version that every change
 * raises (a trigger); a mutation sent with the version its screen showed is refused with CONFLICT once the record
 * changed, and leaves it alone; of two racing writers exactly one wins and the version rises once.
 */
let subgraph: TestSubgraph;
let prisma: PrismaClient;

beforeAll(async () => {
  subgraph = await startTestSubgraph('dual-learning', (db) =>
    createDualLearningSubgraph({
      ...db,
      seedWith: async (client) => {
        prisma = client;
        await seedDualLearning(client);
      },
    }),
  );
});
afterAll(() => subgraph?.stop());


const staff = testUsers.agencyStaff;
const reason = 'Vastgesteld bij een plaatsbezoek door de werkplekcoach';
const day = (date: unknown) => (date as Date).toISOString().slice(0, 10);
const anyWorkplace = () => prisma.workplace.findFirstOrThrow({ orderBy: { id: 'asc' } });

const cases: ConcurrencyCase[] = [
  {
    aggregate: 'RecognitionApplication',
    table: 'recognition_application',
    find: () => prisma.recognitionApplication.findFirstOrThrow({ where: { status: 'SUBMITTED' }, orderBy: { id: 'asc' } }),
    reread: (id) => prisma.recognitionApplication.findUnique({ where: { id } }),
    mutation: 'mutation ($id: ID!, $expectedVersion: Int) { takeUpApplication(applicationId: $id, expectedVersion: $expectedVersion) { id version } }',
    variables: (r) => ({ id: r['id'] }),
    as: () => staff,
  },
  {
    aggregate: 'Recognition',
    table: 'recognition',
    find: () => prisma.recognition.findFirstOrThrow({ where: { status: 'ACTIVE' }, orderBy: { id: 'asc' } }),
    reread: (id) => prisma.recognition.findUnique({ where: { id } }),
    mutation:
      'mutation ($id: ID!, $reason: String!, $expectedVersion: Int) { withdrawRecognition(input: { recognitionId: $id, reason: $reason }, expectedVersion: $expectedVersion) { id version } }',
    variables: (r) => ({ id: r['id'], reason }),
    as: () => staff,
  },
  {
    aggregate: 'Agreement',
    table: 'agreement',
    find: () => prisma.agreement.findFirstOrThrow({ where: { status: 'RUNNING', suspendedFrom: null }, orderBy: { id: 'asc' } }),
    reread: (id) => prisma.agreement.findUnique({ where: { id } }),
    mutation: 'mutation ($id: ID!, $from: LocalDate!, $expectedVersion: Int) { suspendAgreement(id: $id, from: $from, expectedVersion: $expectedVersion) { id version } }',
    variables: (r) => ({ id: r['id'], from: day(r['startDate']) }),
    as: () => staff,
  },
  {
    aggregate: 'Mentor',
    table: 'mentor',
    find: () => prisma.mentor.findFirstOrThrow({ where: { trainingStatus: 'NOT_REGISTERED' }, orderBy: { id: 'asc' } }),
    reread: (id) => prisma.mentor.findUnique({ where: { id } }),
    mutation:
      'mutation ($id: ID!, $expectedVersion: Int) { registerMentorTraining(mentorId: $id, on: "2025-09-01", expectedVersion: $expectedVersion) { id version } }',
    variables: (r) => ({ id: r['id'] }),
    as: () => staff,
  },
  {
    aggregate: 'Partnership',
    table: 'partnership',
    find: () => prisma.partnership.findFirstOrThrow({ orderBy: { id: 'asc' } }),
    reread: (id) => prisma.partnership.findUnique({ where: { id } }),
    mutation:
      'mutation ($id: ID!, $days: Int!, $expectedVersion: Int) { updatePartnershipSettings(id: $id, input: { signalVisitDays: $days }, expectedVersion: $expectedVersion) { id version } }',
    variables: (r) => ({ id: r['id'], days: ((r['signalVisitDays'] as number | null) ?? 30) + 1 }),
    as: () => staff,
  },
  {
    aggregate: 'Signal',
    table: 'signal',
    find: async () => {
      const workplace = await anyWorkplace();
      const partnership = await prisma.partnership.findFirstOrThrow({ orderBy: { id: 'asc' } });
      return prisma.signal.create({
        data: { workplaceId: workplace.id, partnershipId: partnership.id, source: 'WORKPLACE_COACH', description: 'Knipperlicht: leerling meldt afwezige mentor', raisedOn: new Date('2026-01-05'), raisedById: staff.id },
      });
    },
    reread: (id) => prisma.signal.findUnique({ where: { id } }),
    mutation: 'mutation ($id: ID!, $expectedVersion: Int) { followUpSignal(id: $id, note: "Plaatsbezoek gepland", expectedVersion: $expectedVersion) { id version } }',
    variables: (r) => ({ id: r['id'] }),
    as: () => staff,
  },
  {
    aggregate: 'Complaint',
    table: 'complaint',
    find: () =>
      prisma.complaint.create({
        data: {
          kind: 'COMPLAINT',
          subject: 'Geen begeleiding op de werkplek',
          description: 'De leerling kreeg de eerste drie weken geen mentor toegewezen.',
          submitterName: 'Ouder van een leerling',
          receivedOn: new Date('2026-01-05'),
          acknowledgeDueOn: new Date('2026-01-15'),
          closeDueOn: new Date('2026-03-05'),
        },
      }),
    reread: (id) => prisma.complaint.findUnique({ where: { id } }),
    mutation: 'mutation ($id: ID!, $expectedVersion: Int) { acknowledgeComplaint(id: $id, input: { note: "Ontvangen" }, expectedVersion: $expectedVersion) { id version } }',
    variables: (r) => ({ id: r['id'] }),
    as: () => staff,
  },
  {
    aggregate: 'Appeal',
    table: 'appeal',
    find: async () =>
      prisma.appeal.create({
        data: {
          decisionType: 'NON_RECOGNITION',
          workplaceId: (await anyWorkplace()).id,
          notifiedOn: new Date('2026-02-20'),
          lodgedOn: new Date('2026-02-27'),
          motivation: 'Wij betwisten de beslissing: de vereiste uitrusting is intussen aangekocht.',
          decisionDueOn: new Date('2026-05-27'),
        },
      }),
    reread: (id) => prisma.appeal.findUnique({ where: { id } }),
    mutation:
      'mutation ($id: ID!, $expectedVersion: Int) { assignAppealCaseHandler(id: $id, input: { caseHandlerId: "coach-2", caseHandlerName: "An Peeters" }, expectedVersion: $expectedVersion) { id version } }',
    variables: (r) => ({ id: r['id'] }),
    as: () => staff,
  },
  {
    aggregate: 'CompanyExclusion',
    table: 'company_exclusion',
    find: async () =>
      prisma.companyExclusion.create({
        data: { companyId: (await prisma.company.findFirstOrThrow({ orderBy: { id: 'asc' } })).id, reason, startsOn: new Date('2026-01-05'), decidedById: staff.id },
      }),
    reread: (id) => prisma.companyExclusion.findUnique({ where: { id } }),
    mutation:
      'mutation ($id: ID!, $expectedVersion: Int) { liftCompanyExclusion(id: $id, reason: "De tekortkomingen zijn verholpen", expectedVersion: $expectedVersion) { id version } }',
    variables: (r) => ({ id: r['id'] }),
    as: () => staff,
  },
  {
    aggregate: 'RevocationProposal',
    table: 'revocation_proposal',
    find: async () => {
      const recognition = await prisma.recognition.findFirstOrThrow({ where: { status: 'ACTIVE' }, orderBy: { id: 'desc' } });
      return prisma.revocationProposal.create({
        data: {
          id: randomUUID(),
          recognitionId: recognition.id,
          auditId: randomUUID(),
          auditReference: 'AUD-2026-0042',
          kind: 'WITHDRAWAL',
          reason: 'Geen mentor aanwezig bij twee bezoeken',
          proposedBy: 'Pieter De Smet',
          proposedAt: new Date('2026-03-01T15:00:00Z'),
          receivedAt: new Date('2026-03-02T09:00:00Z'),
        },
      });
    },
    reread: (id) => prisma.revocationProposal.findUnique({ where: { id } }),
    mutation:
      'mutation ($id: ID!, $expectedVersion: Int) { decideRevocationProposal(input: { id: $id, accept: false, note: "Onvoldoende onderbouwd" }, expectedVersion: $expectedVersion) { id version } }',
    variables: (r) => ({ id: r['id'] }),
    as: () => staff,
  },
];

describeOptimisticConcurrency(cases, { subgraph: () => subgraph, execute: (sql, id) => prisma.$executeRawUnsafe(sql, id) });

describe('every mutation that takes expectedVersion', () => {
  it('names the record it changes by an argument the check finds (else the version would be checked against nothing)', async () => {
    expect(mutationsWithoutNamedRecord(await buildDualLearningSchema())).toEqual([]);
  });
});
