import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { User } from '@werkplek/auth';
import { mutationsWithoutNamedRecord } from '@werkplek/subgraph-kit';
import { describeOptimisticConcurrency, startTestSubgraph, testUsers, type ConcurrencyCase, type TestSubgraph } from '@werkplek/test-kit';
import type { PrismaClient } from '../src/generated/prisma/client.js';
import { createTrainingSubgraph } from '../src/index.js';
import { buildTrainingSchema } from '../src/schema.js';
import { seedTraining } from '../src/seed.js';

/**
 * Optimistic concurrency (issue #7) on every editable aggregate of training: each has a version that every change
 * raises (a trigger); a mutation sent with the version its screen showed is refused with CONFLICT once the record
 * changed, and leaves it alone; of two racing writers exactly one wins and the version rises once.
 */
let subgraph: TestSubgraph;
let prisma: PrismaClient;

beforeAll(async () => {
  subgraph = await startTestSubgraph('training', (db) =>
    createTrainingSubgraph({
      ...db,
      seedWith: async (client) => {
        prisma = client;
        await seedTraining(client);
      },
    }),
  );
});
afterAll(() => subgraph?.stop());


const reason = 'Gewijzigd na overleg met het centrum';

const cases: ConcurrencyCase[] = [
  {
    aggregate: 'Track',
    table: 'track',
    find: () => prisma.track.findFirstOrThrow({ where: { centreId: { not: null } }, orderBy: { code: 'asc' } }),
    reread: (id) => prisma.track.findUnique({ where: { id } }),
    mutation: 'mutation ($id: ID!, $expectedVersion: Int) { updateTrackStartability(id: $id, startableFrom: "2031-09-01", expectedVersion: $expectedVersion) { id version } }',
    variables: (r) => ({ id: r['id'] }),
    as: () => testUsers.agencyStaff,
  },
  {
    aggregate: 'TrainingCentre',
    table: 'training_centre',
    find: () => prisma.trainingCentre.findFirstOrThrow({ orderBy: { code: 'asc' } }),
    reread: (id) => prisma.trainingCentre.findUnique({ where: { id } }),
    mutation:
      'mutation ($id: ID!, $expectedVersion: Int) { updateTrainingCentreContact(id: $id, input: { phone: "050 40 30 20" }, expectedVersion: $expectedVersion) { id version } }',
    variables: (r) => ({ id: r['id'] }),
    as: () => testUsers.agencyStaff,
  },
  {
    aggregate: 'Course',
    table: 'course',
    // The demonstration seed's courses have all started or been cancelled: one goes back to requested.
    find: async () =>
      (await prisma.course.findFirst({ where: { status: 'REQUESTED' }, orderBy: { id: 'asc' } })) ??
      prisma.course.update({ where: { id: (await prisma.course.findFirstOrThrow({ where: { status: 'STARTED' }, orderBy: { id: 'asc' } })).id }, data: { status: 'REQUESTED', startedOn: null } }),
    reread: (id) => prisma.course.findUnique({ where: { id } }),
    mutation: 'mutation ($id: ID!, $reason: String!, $expectedVersion: Int) { cancelCourse(id: $id, reason: $reason, expectedVersion: $expectedVersion) { id version } }',
    variables: (r) => ({ id: r['id'], reason }),
    as: () => testUsers.agencyStaff,
  },
  {
    aggregate: 'Enrolment',
    table: 'enrolment',
    find: () => prisma.enrolment.findFirstOrThrow({ where: { status: 'ENROLLED' }, orderBy: { id: 'asc' } }),
    reread: (id) => prisma.enrolment.findUnique({ where: { id } }),
    mutation: 'mutation ($id: ID!, $on: LocalDate!, $expectedVersion: Int) { withdrawEnrolment(id: $id, on: $on, expectedVersion: $expectedVersion) { id version } }',
    variables: (r) => ({ id: r['id'], on: (r['enrolledOn'] as Date).toISOString().slice(0, 10) }),
    as: () => testUsers.agencyStaff,
  },
  {
    aggregate: 'Certificate',
    table: 'certificate',
    find: () => prisma.certificate.findFirstOrThrow({ where: { revokedOn: null }, orderBy: { id: 'asc' } }),
    reread: (id) => prisma.certificate.findUnique({ where: { id } }),
    mutation: 'mutation ($id: ID!, $reason: String!, $expectedVersion: Int) { revokeCertificate(id: $id, reason: $reason, expectedVersion: $expectedVersion) { id version } }',
    variables: (r) => ({ id: r['id'], reason }),
    as: () => testUsers.agencyStaff,
  },
  {
    aggregate: 'Tender',
    table: 'tender',
    find: () => prisma.tender.findFirstOrThrow({ where: { status: 'LAUNCHED' }, orderBy: { id: 'asc' } }),
    reread: (id) => prisma.tender.findUnique({ where: { id } }),
    mutation: 'mutation ($id: ID!, $reason: String!, $expectedVersion: Int) { cancelTender(id: $id, reason: $reason, expectedVersion: $expectedVersion) { id version } }',
    variables: (r) => ({ id: r['id'], reason }),
    as: () => testUsers.agencyStaff,
  },
  {
    aggregate: 'QualitativeAnnualPlan',
    table: 'qualitative_annual_plan',
    find: async () =>
      (await prisma.qualitativeAnnualPlan.findFirst({ where: { status: 'DRAFT' }, orderBy: { id: 'asc' } })) ??
      prisma.qualitativeAnnualPlan.create({ data: { centreId: (await prisma.trainingCentre.findFirstOrThrow({ orderBy: { code: 'asc' } })).id, year: 2031 } }),
    reread: (id) => prisma.qualitativeAnnualPlan.findUnique({ where: { id } }),
    mutation:
      'mutation ($planId: ID!, $expectedVersion: Int) { addQualitativePlanItem(planId: $planId, input: { section: "KWALITEITSZORG", text: "Onze aanpak voor kwaliteitszorg in 2031." }, expectedVersion: $expectedVersion) { id version } }',
    variables: (r) => ({ planId: r['id'] }),
    as: (r) => testUsers.centreUser(r['centreId'] as string),
  },
  {
    aggregate: 'AnnualActionPlan',
    table: 'annual_action_plan',
    // A plan under review in the open round (the seed has none yet: centres draft theirs in the app).
    find: async () =>
      (await prisma.annualActionPlan.findFirst({ where: { status: 'UNDER_REVIEW' }, orderBy: { id: 'asc' } })) ??
      prisma.annualActionPlan.create({
        data: {
          centreId: (await prisma.trainingCentre.findFirstOrThrow({ orderBy: { code: 'asc' } })).id,
          roundId: (await prisma.actionPlanRound.findFirstOrThrow({ where: { status: 'OPEN' } })).id,
          status: 'UNDER_REVIEW',
        },
      }),
    reread: (id) => prisma.annualActionPlan.findUnique({ where: { id } }),
    mutation:
      'mutation ($planId: ID!, $reason: String!, $expectedVersion: Int) { returnActionPlanForChanges(planId: $planId, reason: $reason, expectedVersion: $expectedVersion) { id version } }',
    variables: (r) => ({ planId: r['id'], reason }),
    as: () => testUsers.agencyStaff,
  },
];

describeOptimisticConcurrency(cases, { subgraph: () => subgraph, execute: (sql, id) => prisma.$executeRawUnsafe(sql, id) });

describe('expectedVersion', () => {
  it('is optional (a change without it is not checked) and refused when it is no version', async () => {
    const track = await cases[0]!.find();
    const mutation = cases[0]!.mutation;
    expect((await subgraph.query(mutation, { variables: { id: track.id }, as: testUsers.agencyStaff })).errors).toBeUndefined();
    const zero = await subgraph.query(mutation, { variables: { id: track.id, expectedVersion: 0 }, as: testUsers.agencyStaff });
    expect(zero.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('every mutation that takes expectedVersion', () => {
  it('names the record it changes by an argument the check finds (else the version would be checked against nothing)', async () => {
    expect(mutationsWithoutNamedRecord(await buildTrainingSchema())).toEqual([]);
  });
});
