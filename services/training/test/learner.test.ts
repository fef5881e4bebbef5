import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoReferences } from '@werkplek/config';
import { startTestSubgraph, testUsers, type TestSubgraph } from '@werkplek/test-kit';
import type { User } from '@werkplek/auth';
import type { PrismaClient } from '../src/generated/prisma/client.js';
import { createTrainingSubgraph } from '../src/index.js';
import { seedTrainingCentres } from '../src/seed.js';

const WEST = demoReferences.trainingCentres['syntra-west'];
const LIMBURG = demoReferences.trainingCentres['syntra-limburg'];
const SECTOR = '5e000000-0000-4000-8000-000000000001';
const TRACK = {
  bakker: '7a000000-0000-4000-8000-000000000001', // West, both components
  kapper: '7a000000-0000-4000-8000-000000000002', // Limburg
  counting: '7a000000-0000-4000-8000-000000000003', // West, for the §2.4 counts
  bbh: '7a000000-0000-4000-8000-000000000004', // West, business management only
};
const COUNT_LEARNERS = ['1e000000-0000-4000-8000-00000000000a', '1e000000-0000-4000-8000-00000000000b', '1e000000-0000-4000-8000-00000000000c', '1e000000-0000-4000-8000-00000000000d', '1e000000-0000-4000-8000-00000000000e'];

let clock = new Date('2019-06-20T10:00:00Z');
const statements: string[] = [];
let subgraph: TestSubgraph;

const date = (iso: string) => new Date(`${iso}T00:00:00Z`);

async function seedLearnerFixture(prisma: PrismaClient) {
  await prisma.sector.create({ data: { id: SECTOR, code: 'VOEDING', name: 'Voeding' } });
  const track = (id: string, code: string, name: string, centreId: string, components: ('PROFESSIONAL_KNOWLEDGE' | 'BUSINESS_MANAGEMENT')[]) =>
    prisma.track.create({
      data: { id, code, name, type: 'ENTREPRENEURSHIP', sectorId: SECTOR, centreId, components, durationMonths: 24 },
    });
  await track(TRACK.bakker, 'OT-BAKKER', 'Bakker', WEST, ['PROFESSIONAL_KNOWLEDGE', 'BUSINESS_MANAGEMENT']);
  await track(TRACK.kapper, 'OT-KAPPER', 'Kapper', LIMBURG, ['PROFESSIONAL_KNOWLEDGE', 'BUSINESS_MANAGEMENT']);
  await track(TRACK.counting, 'OT-SLAGER', 'Slager-spekslager', WEST, ['PROFESSIONAL_KNOWLEDGE', 'BUSINESS_MANAGEMENT']);
  await track(TRACK.bbh, 'OT-BBH', 'Bedrijfsbeheer', WEST, ['BUSINESS_MANAGEMENT']);
  for (const [index, id] of COUNT_LEARNERS.entries()) {
    await prisma.learner.create({ data: { id, name: `Teller ${index + 1}` } });
  }
  // Course year 2016-2017: 1 October 2016, 1 February 2017, 1 June 2017.
  const rows = [
    { learner: 0, trackId: TRACK.counting, centreId: WEST, enrolledOn: '2016-09-15', leftOn: null }, // all three dates
    { learner: 1, trackId: TRACK.counting, centreId: WEST, enrolledOn: '2016-10-02', leftOn: null }, // February, June
    { learner: 2, trackId: TRACK.counting, centreId: WEST, enrolledOn: '2016-09-01', leftOn: '2016-12-01' }, // October only
    { learner: 3, trackId: TRACK.counting, centreId: WEST, enrolledOn: '2016-10-01', leftOn: '2017-02-01' }, // October (on the day); not February (left that day)
    { learner: 4, trackId: TRACK.kapper, centreId: LIMBURG, enrolledOn: '2016-09-03', leftOn: null }, // another centre
  ];
  for (const row of rows) {
    await prisma.enrolment.create({
      data: {
        learnerId: COUNT_LEARNERS[row.learner]!,
        trackId: row.trackId,
        centreId: row.centreId,
        component: 'PROFESSIONAL_KNOWLEDGE',
        courseYear: 2016,
        enrolledOn: date(row.enrolledOn),
        leftOn: row.leftOn ? date(row.leftOn) : null,
        status: row.leftOn ? 'WITHDRAWN' : 'ENROLLED',
      },
    });
  }
  await prisma.enrolment.create({
    data: {
      learnerId: COUNT_LEARNERS[0]!,
      trackId: TRACK.counting,
      centreId: WEST,
      component: 'BUSINESS_MANAGEMENT',
      courseYear: 2016,
      enrolledOn: date('2016-09-15'),
    },
  });
}

beforeAll(async () => {
  subgraph = await startTestSubgraph('training', (db) =>
    createTrainingSubgraph({
      ...db,
      seedWith: async (prisma) => {
        await seedTrainingCentres(prisma);
        await seedLearnerFixture(prisma);
      },
      now: () => clock,
      onQuery: (sql) => statements.push(sql),
    }),
  );
});
afterAll(() => subgraph?.stop());

type Errors = { message: string; extensions?: { code?: string } }[] | undefined;
const code = (errors: Errors) => errors?.[0]?.extensions?.code;

async function q<T = Record<string, any>>(document: string, variables: Record<string, unknown>, as?: User) {
  const result = await subgraph.query<T>(document, { variables, ...(as ? { as } : {}) });
  return result as { data?: T; errors?: Errors };
}

const REGISTER = `mutation ($input: RegisterTrainingLearnerInput!) { registerTrainingLearner(input: $input) { id name birthDate } }`;
const ENROL = `mutation ($input: EnrolInput!) {
  enrol(input: $input) { id status centreId component courseYear enrolledOn leftOn result history { step fromStatus toStatus actorName } }
}`;
const WITHDRAW = `mutation ($id: ID!, $on: LocalDate!) { withdrawEnrolment(id: $id, on: $on) { id status leftOn history { step toStatus note } } }`;
const RESULT = `mutation ($id: ID!, $result: EnrolmentResult!) { recordEnrolmentResult(id: $id, result: $result) { id status result history { step fromStatus toStatus } } }`;
const COUNT = `query ($courseYear: Int!, $ref: EnrolmentReferenceDate!, $centreId: ID, $component: TrackComponent) {
  enrolmentCount(courseYear: $courseYear, referenceDate: $ref, centreId: $centreId, component: $component)
}`;

async function newLearner(name: string) {
  const result = await q<{ registerTrainingLearner: { id: string } }>(REGISTER, { input: { name } }, testUsers.agencyStaff);
  expect(result.errors).toBeUndefined();
  return result.data!.registerTrainingLearner.id;
}

const enrolInput = (learnerId: string, extra: Record<string, unknown> = {}) => ({
  learnerId,
  trackId: TRACK.bakker,
  component: 'PROFESSIONAL_KNOWLEDGE',
  courseYear: 2018,
  enrolledOn: '2018-09-10',
  ...extra,
});

describe('learners', () => {
  it('registers a learner for agency staff and centre users', async () => {
    const staff = await q(REGISTER, { input: { name: 'An Peeters', birthDate: '1995-03-14' } }, testUsers.agencyStaff);
    expect(staff.errors).toBeUndefined();
    expect(staff.data!.registerTrainingLearner).toMatchObject({ name: 'An Peeters', birthDate: '1995-03-14' });
    const centre = await q(REGISTER, { input: { name: 'Bram Wouters' } }, testUsers.centreUser(WEST));
    expect(centre.errors).toBeUndefined();
  });

  it('refuses inspectors, school users and anonymous callers', async () => {
    expect(code((await q(REGISTER, { input: { name: 'X Y' } }, testUsers.inspector)).errors)).toBe('FORBIDDEN');
    expect(code((await q(REGISTER, { input: { name: 'X Y' } }, testUsers.schoolUser)).errors)).toBe('FORBIDDEN');
    expect(code((await q(REGISTER, { input: { name: 'X Y' } })).errors)).toBe('UNAUTHENTICATED');
  });

  it('rejects a too short name and a birth date in the future (bad input)', async () => {
    const short = await q(REGISTER, { input: { name: 'A' } }, testUsers.agencyStaff);
    expect(code(short.errors)).toBe('BAD_USER_INPUT');
    expect(short.errors![0]!.message).toMatch(/naam: 2 tot 120 tekens/);
    const future = await q(REGISTER, { input: { name: 'Cas Janssens', birthDate: '2030-01-01' } }, testUsers.agencyStaff);
    expect(code(future.errors)).toBe('BAD_USER_INPUT');
  });
});

describe('enrolments (§2.4): enrol, withdraw, result', () => {
  it('lets a centre user enrol in a track of their own centre, with history', async () => {
    const learnerId = await newLearner('Dirk Maes');
    const result = await q(ENROL, { input: enrolInput(learnerId) }, testUsers.centreUser(WEST));
    expect(result.errors).toBeUndefined();
    expect(result.data!.enrol).toMatchObject({
      status: 'ENROLLED',
      centreId: WEST,
      component: 'PROFESSIONAL_KNOWLEDGE',
      courseYear: 2018,
      enrolledOn: '2018-09-10',
      leftOn: null,
      history: [{ step: 'enrol', fromStatus: null, toStatus: 'ENROLLED', actorName: 'Lien Maes' }],
    });
  });

  it("refuses a centre user enrolling in another centre's track, and inspectors and partnership staff", async () => {
    const learnerId = await newLearner('Els Claes');
    const other = await q(ENROL, { input: enrolInput(learnerId, { trackId: TRACK.kapper }) }, testUsers.centreUser(WEST));
    expect(code(other.errors)).toBe('FORBIDDEN');
    expect(other.errors![0]!.message).toMatch(/ander opleidingscentrum/);
    expect(code((await q(ENROL, { input: enrolInput(learnerId) }, testUsers.inspector)).errors)).toBe('FORBIDDEN');
    expect(code((await q(ENROL, { input: enrolInput(learnerId) }, testUsers.partnershipStaff('p1'))).errors)).toBe('FORBIDDEN');
  });

  it('rejects a component the track lacks, a date outside the course year, an unknown component and an impossible course year (bad input)', async () => {
    const learnerId = await newLearner('Fien Smets');
    const noComponent = await q(ENROL, { input: enrolInput(learnerId, { trackId: TRACK.bbh }) }, testUsers.agencyStaff);
    expect(code(noComponent.errors)).toBe('BAD_USER_INPUT');
    const outside = await q(ENROL, { input: enrolInput(learnerId, { enrolledOn: '2019-07-01' }) }, testUsers.agencyStaff);
    expect(code(outside.errors)).toBe('BAD_USER_INPUT');
    expect(outside.errors![0]!.message).toMatch(/cursusjaar 2018-2019/);
    const unknown = await q(ENROL, { input: enrolInput(learnerId, { component: 'COOKING' }) }, testUsers.agencyStaff);
    expect(unknown.errors?.[0]?.message).toMatch(/TrackComponent/);
    const year = await q(ENROL, { input: enrolInput(learnerId, { courseYear: 1999 }) }, testUsers.agencyStaff);
    expect(code(year.errors)).toBe('BAD_USER_INPUT');
    expect(year.errors![0]!.message).toMatch(/cursusjaar: vanaf 2000/);
  });

  it('refuses a second enrolment in the same component and course year (conflict)', async () => {
    const learnerId = await newLearner('Gert Willems');
    expect((await q(ENROL, { input: enrolInput(learnerId) }, testUsers.agencyStaff)).errors).toBeUndefined();
    const again = await q(ENROL, { input: enrolInput(learnerId) }, testUsers.agencyStaff);
    expect(code(again.errors)).toBe('CONFLICT');
  });

  it('refuses a double enrolment under simultaneous requests: exactly one succeeds, the others conflict (one transaction, locked)', async () => {
    const learnerId = await newLearner('Lotte Claes');
    const results = await Promise.all([
      q(ENROL, { input: enrolInput(learnerId) }, testUsers.agencyStaff),
      q(ENROL, { input: enrolInput(learnerId) }, testUsers.centreUser(WEST)),
      q(ENROL, { input: enrolInput(learnerId) }, testUsers.centreUser(WEST)),
    ]);
    expect(results.filter((result) => !result.errors)).toHaveLength(1);
    expect(results.filter((result) => result.errors).map((result) => code(result.errors))).toEqual(['CONFLICT', 'CONFLICT']);
    const listed = await q<{ enrolments: { totalCount: number } }>(
      `query ($filter: EnrolmentFilter) { enrolments(filter: $filter) { totalCount } }`,
      { filter: { learnerId } },
      testUsers.agencyStaff,
    );
    expect(listed.data!.enrolments.totalCount).toBe(1);
  });

  it('withdraws on a date, then refuses a result on a withdrawn enrolment (forbidden transition)', async () => {
    const learnerId = await newLearner('Hanne Goossens');
    const enrolment = (await q(ENROL, { input: enrolInput(learnerId) }, testUsers.centreUser(WEST))).data!.enrol;
    const withdrawn = await q(WITHDRAW, { id: enrolment.id, on: '2019-01-15' }, testUsers.centreUser(WEST));
    expect(withdrawn.errors).toBeUndefined();
    expect(withdrawn.data!.withdrawEnrolment).toMatchObject({ status: 'WITHDRAWN', leftOn: '2019-01-15' });
    expect(withdrawn.data!.withdrawEnrolment.history.map((h: { step: string }) => h.step)).toEqual(['enrol', 'withdraw']);
    const result = await q(RESULT, { id: enrolment.id, result: 'PASSED' }, testUsers.agencyStaff);
    expect(code(result.errors)).toBe('INVALID_STATE_TRANSITION');
    expect(result.errors![0]!.message).toMatch(/Uitgeschreven/);
  });

  it('refuses a withdrawal in the future or before the enrolment (deadline), and by another centre', async () => {
    const learnerId = await newLearner('Ine Mertens');
    const enrolment = (await q(ENROL, { input: enrolInput(learnerId) }, testUsers.agencyStaff)).data!.enrol;
    expect(code((await q(WITHDRAW, { id: enrolment.id, on: '2019-06-21' }, testUsers.agencyStaff)).errors)).toBe('BAD_USER_INPUT');
    expect(code((await q(WITHDRAW, { id: enrolment.id, on: '2018-09-09' }, testUsers.agencyStaff)).errors)).toBe('BAD_USER_INPUT');
    // Another centre's user cannot even see it.
    expect(code((await q(WITHDRAW, { id: enrolment.id, on: '2019-01-01' }, testUsers.centreUser(LIMBURG))).errors)).toBe('NOT_FOUND');
  });

  it('records PASSED and completes the enrolment, with history', async () => {
    const learnerId = await newLearner('Jan Jacobs');
    const enrolment = (await q(ENROL, { input: enrolInput(learnerId) }, testUsers.agencyStaff)).data!.enrol;
    const result = await q(RESULT, { id: enrolment.id, result: 'PASSED' }, testUsers.centreUser(WEST));
    expect(result.errors).toBeUndefined();
    expect(result.data!.recordEnrolmentResult).toMatchObject({
      status: 'COMPLETED',
      result: 'PASSED',
      history: [
        { step: 'enrol', fromStatus: null, toStatus: 'ENROLLED' },
        { step: 'recordResult', fromStatus: 'ENROLLED', toStatus: 'COMPLETED' },
      ],
    });
    expect(code((await q(WITHDRAW, { id: enrolment.id, on: '2019-06-01' }, testUsers.agencyStaff)).errors)).toBe('INVALID_STATE_TRANSITION');
  });
});

describe('§2.4: enrolment counts at 1 October, 1 February and 1 June', () => {
  it('§2.4: counts the learners enrolled on or before the reference date and not left by it, in one SQL count', async () => {
    const count = async (ref: string) =>
      (await q<{ enrolmentCount: number }>(COUNT, { courseYear: 2016, ref, centreId: WEST, component: 'PROFESSIONAL_KNOWLEDGE' }, testUsers.agencyStaff))
        .data!.enrolmentCount;
    statements.length = 0;
    // Enrolled 15/9 (counts), 1/9 left 1/12 (counts), 1/10 itself (counts); 2/10 not yet.
    expect(await count('OCTOBER_1')).toBe(3);
    const reads = statements.filter((sql) => /FROM\s+"(public"\.")?enrolment"/.test(sql));
    expect(reads).toHaveLength(1);
    expect(reads[0]).toMatch(/COUNT/i);
    // 15/9 and 2/10 count; left 1/12 no longer; left on 1/2 itself no longer enrolled that day (src/shared/enrolment-counting.ts).
    expect(await count('FEBRUARY_1')).toBe(2);
    expect(await count('JUNE_1')).toBe(2);
  });

  it('§2.4: counts per component, per course year and across all centres for staff and inspectors', async () => {
    const bbh = await q<{ enrolmentCount: number }>(COUNT, { courseYear: 2016, ref: 'OCTOBER_1', component: 'BUSINESS_MANAGEMENT' }, testUsers.inspector);
    expect(bbh.errors).toBeUndefined();
    expect(bbh.data!.enrolmentCount).toBe(1);
    const all = await q<{ enrolmentCount: number }>(COUNT, { courseYear: 2016, ref: 'JUNE_1' }, testUsers.agencyStaff);
    // Learners, each once: West PK (2, one of whom also follows BBH) and Limburg (1).
    expect(all.data!.enrolmentCount).toBe(2 + 1);
    const otherYear = await q<{ enrolmentCount: number }>(COUNT, { courseYear: 2015, ref: 'JUNE_1' }, testUsers.agencyStaff);
    expect(otherYear.data!.enrolmentCount).toBe(0);
  });

  it("lets a centre user count their own centre only, and refuses company users", async () => {
    const own = await q<{ enrolmentCount: number }>(COUNT, { courseYear: 2016, ref: 'JUNE_1' }, testUsers.centreUser(LIMBURG));
    expect(own.errors).toBeUndefined();
    expect(own.data!.enrolmentCount).toBe(1);
    const other = await q(COUNT, { courseYear: 2018, ref: 'JUNE_1', centreId: WEST }, testUsers.centreUser(LIMBURG));
    expect(code(other.errors)).toBe('FORBIDDEN');
    expect(code((await q(COUNT, { courseYear: 2018, ref: 'JUNE_1' }, testUsers.companyUser('c1'))).errors)).toBe('FORBIDDEN');
  });
});

describe('enrolment list and references', () => {
  const LIST = `query ($filter: EnrolmentFilter, $page: PageInput) {
    enrolments(filter: $filter, page: $page) { totalCount pageInfo { hasNextPage endCursor } nodes { id centreId component learner { name } track { name } history { step } } }
  }`;

  it('shows a centre user only their own centre', async () => {
    const limburg = await q<{ enrolments: { totalCount: number; nodes: { centreId: string }[] } }>(LIST, {}, testUsers.centreUser(LIMBURG));
    expect(limburg.errors).toBeUndefined();
    expect(limburg.data!.enrolments.totalCount).toBe(1);
    expect(limburg.data!.enrolments.nodes.every((n) => n.centreId === LIMBURG)).toBe(true);
    const asked = await q<{ enrolments: { totalCount: number } }>(LIST, { filter: { centreId: WEST } }, testUsers.centreUser(LIMBURG));
    expect(asked.data!.enrolments.totalCount).toBe(0);
  });

  it('pages in a stable order and loads learners and history in one query each (batching)', async () => {
    statements.length = 0;
    const first = await q<{ enrolments: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; nodes: { id: string; learner: { name: string }; history: unknown[] }[] } }>(
      LIST,
      { filter: { centreId: WEST }, page: { first: 5 } },
      testUsers.inspector,
    );
    expect(first.errors).toBeUndefined();
    expect(first.data!.enrolments.nodes).toHaveLength(5);
    expect(first.data!.enrolments.nodes.every((n) => n.learner.name.length > 0)).toBe(true);
    const from = (table: string) => statements.filter((sql) => new RegExp(`FROM\\s+"(public"\\.")?${table}"`).test(sql)).length;
    expect(from('learner')).toBe(1);
    expect(from('track')).toBe(1);
    expect(from('status_change')).toBe(1);
    const second = await q<{ enrolments: { nodes: { id: string }[] } }>(
      LIST,
      { filter: { centreId: WEST }, page: { first: 5, after: first.data!.enrolments.pageInfo.endCursor } },
      testUsers.inspector,
    );
    const ids = new Set(first.data!.enrolments.nodes.map((n) => n.id));
    expect(second.data!.enrolments.nodes.some((n) => ids.has(n.id))).toBe(false);
  });

  it("resolves an Enrolment reference for its own centre and refuses another centre's user", async () => {
    const ENTITIES = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Enrolment { id centreId } } }`;
    const list = await q<{ enrolments: { nodes: { id: string }[] } }>(LIST, { filter: { centreId: LIMBURG } }, testUsers.agencyStaff);
    const id = list.data!.enrolments.nodes[0]!.id;
    const own = await q<{ _entities: { id: string; centreId: string }[] }>(ENTITIES, { r: [{ __typename: 'Enrolment', id }] }, testUsers.centreUser(LIMBURG));
    expect(own.errors).toBeUndefined();
    expect(own.data!._entities).toEqual([{ id, centreId: LIMBURG }]);
    const other = await q(ENTITIES, { r: [{ __typename: 'Enrolment', id }] }, testUsers.centreUser(WEST));
    expect(code(other.errors)).toBe('FORBIDDEN');
  });

  it("shows a learner to a centre user only with an enrolment at their centre", async () => {
    const LEARNER = `query ($id: ID!) { trainingLearner(id: $id) { name enrolments { centreId } } }`;
    const own = await q(LEARNER, { id: COUNT_LEARNERS[4] }, testUsers.centreUser(LIMBURG));
    expect(own.errors).toBeUndefined();
    expect(own.data!.trainingLearner.enrolments).toEqual([{ centreId: LIMBURG }]);
    expect(code((await q(LEARNER, { id: COUNT_LEARNERS[4] }, testUsers.centreUser(WEST))).errors)).toBe('NOT_FOUND');
  });
});

describe('§2.8: final exams and self-employment (for the outflow indicator)', () => {
  const EXAM = `mutation ($input: RecordFinalExamInput!) { recordFinalExam(input: $input) { id courseYear passedOn } }`;
  const SELF = `mutation ($input: RecordSelfEmploymentInput!) { recordSelfEmployment(input: $input) { id startsOn endsOn } }`;

  it('§2.8: agency staff record a passed final exam and self-employment periods, shown on the learner', async () => {
    const learnerId = await newLearner('Karel Dewulf');
    const exam = await q(EXAM, { input: { learnerId, trackId: TRACK.bakker, courseYear: 2017, passedOn: '2018-06-15' } }, testUsers.agencyStaff);
    expect(exam.errors).toBeUndefined();
    expect(exam.data!.recordFinalExam).toMatchObject({ courseYear: 2017, passedOn: '2018-06-15' });
    const period = await q(SELF, { input: { learnerId, startsOn: '2018-09-01', endsOn: '2019-03-31' } }, testUsers.agencyStaff);
    expect(period.errors).toBeUndefined();
    const open = await q(SELF, { input: { learnerId, startsOn: '2019-05-01' } }, testUsers.agencyStaff);
    expect(open.errors).toBeUndefined();
    const learner = await q(
      `query ($id: ID!) { trainingLearner(id: $id) { finalExams { passedOn } selfEmploymentPeriods { startsOn endsOn } } }`,
      { id: learnerId },
      testUsers.inspector,
    );
    expect(learner.data!.trainingLearner).toEqual({
      finalExams: [{ passedOn: '2018-06-15' }],
      selfEmploymentPeriods: [
        { startsOn: '2018-09-01', endsOn: '2019-03-31' },
        { startsOn: '2019-05-01', endsOn: null },
      ],
    });
  });

  it('§2.8: refuses overlapping periods, an end before the start, a future exam and a second exam of the track', async () => {
    const learnerId = await newLearner('Lotte Verhoeven');
    expect((await q(SELF, { input: { learnerId, startsOn: '2018-01-01', endsOn: '2018-12-31' } }, testUsers.agencyStaff)).errors).toBeUndefined();
    expect(code((await q(SELF, { input: { learnerId, startsOn: '2018-06-01' } }, testUsers.agencyStaff)).errors)).toBe('CONFLICT');
    expect(code((await q(SELF, { input: { learnerId, startsOn: '2019-06-01', endsOn: '2019-05-01' } }, testUsers.agencyStaff)).errors)).toBe('BAD_USER_INPUT');
    const input = { learnerId, trackId: TRACK.bakker, courseYear: 2018, passedOn: '2019-06-21' };
    expect(code((await q(EXAM, { input }, testUsers.agencyStaff)).errors)).toBe('BAD_USER_INPUT');
    expect((await q(EXAM, { input: { ...input, passedOn: '2019-06-14' } }, testUsers.agencyStaff)).errors).toBeUndefined();
    expect(code((await q(EXAM, { input: { ...input, passedOn: '2019-06-14' } }, testUsers.agencyStaff)).errors)).toBe('CONFLICT');
  });

  it('§2.8: refuses centre users and inspectors', async () => {
    const learnerId = await newLearner('Mieke Aerts');
    const input = { learnerId, trackId: TRACK.bakker, courseYear: 2018, passedOn: '2019-06-14' };
    expect(code((await q(EXAM, { input }, testUsers.centreUser(WEST))).errors)).toBe('FORBIDDEN');
    expect(code((await q(SELF, { input: { learnerId, startsOn: '2019-01-01' } }, testUsers.inspector)).errors)).toBe('FORBIDDEN');
    const hidden = await q(`query ($id: ID!) { trainingLearner(id: $id) { finalExams { passedOn } } }`, { id: COUNT_LEARNERS[4] }, testUsers.centreUser(LIMBURG));
    expect(code(hidden.errors)).toBe('FORBIDDEN');
  });
});
