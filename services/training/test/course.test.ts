import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { User } from '@werkplek/auth';
import { demoReferences } from '@werkplek/config';
import { startTestSubgraph, testUsers, type TestSubgraph } from '@werkplek/test-kit';
import { createTrainingSubgraph } from '../src/index.js';
import { seedTrainingCentres } from '../src/seed.js';
import { moduleIdOf, seedReferenceData, teachingLocationIdOf } from '../src/seed/reference-data.js';

let subgraph: TestSubgraph;
const statements: string[] = [];
let clock = new Date('2018-09-03T09:00:00Z');
const at = (day: string) => {
  clock = new Date(`${day}T09:00:00Z`);
};

const west = demoReferences.trainingCentres['syntra-west'];
const limburg = demoReferences.trainingCentres['syntra-limburg'];
const westUser = testUsers.centreUser(west);
const limburgUser = testUsers.centreUser(limburg);
const staff = testUsers.agencyStaff;
const bakkerBK1 = moduleIdOf('OT-BAKKER-W', 'BK1');
const brugge = teachingLocationIdOf('syntra-west', 'Campus Brugge Spoorwegstraat');
const hasselt = teachingLocationIdOf('syntra-limburg', 'Campus Hasselt Trichterheideweg');

beforeAll(async () => {
  subgraph = await startTestSubgraph('training', (db) =>
    createTrainingSubgraph({
      ...db,
      seedWith: async (prisma) => {
        await seedTrainingCentres(prisma);
        await seedReferenceData(prisma);
      },
      now: () => clock,
      onQuery: (sql) => statements.push(sql),
    }),
  );
});
afterAll(() => subgraph?.stop());
beforeEach(() => {
  at('2018-09-03');
  statements.length = 0;
});

const FIELDS = `id status courseYear requestedOn startedOn capacity realised realisedBy centreId
  module { code component } centre { code } teachingLocation { municipality } history { step fromStatus toStatus actorName note }`;
const REQUEST = `mutation ($input: RequestCourseInput!) { requestCourse(input: $input) { ${FIELDS} } }`;
const START = `mutation ($id: ID!, $on: LocalDate!) { startCourse(id: $id, on: $on) { ${FIELDS} } }`;
const CANCEL = `mutation ($id: ID!, $reason: String!) { cancelCourse(id: $id, reason: $reason) { ${FIELDS} } }`;
const LIST = `query ($filter: CourseFilter, $page: PageInput) { courses(filter: $filter, page: $page) { totalCount nodes { id centreId status realised } } }`;

type Course = { id: string; status: string; realised: boolean; startedOn: string | null; history: { step: string; note: string | null }[] } & Record<string, unknown>;

const input = (overrides: Record<string, unknown> = {}) => ({
  moduleId: bakkerBK1,
  centreId: west,
  teachingLocationId: brugge,
  courseYear: 2018,
  capacity: 16,
  ...overrides,
});

async function run(query: string, variables: Record<string, unknown>, as: User = staff) {
  return subgraph.query<Record<string, Course>>(query, { variables, as });
}
async function request(as: User = westUser, overrides: Record<string, unknown> = {}): Promise<Course> {
  const result = await run(REQUEST, { input: input(overrides) }, as);
  expect(result.errors).toBeUndefined();
  return result.data!.requestCourse!;
}
const code = (result: { errors?: { extensions?: Record<string, unknown> }[] }) => result.errors?.[0]?.extensions?.code;

describe('requestCourse (§6.7)', () => {
  it('lets a centre user request a course of its own offer at its own teaching location, with history', async () => {
    const course = await request();
    expect(course).toMatchObject({
      status: 'REQUESTED',
      courseYear: 2018,
      requestedOn: '2018-09-03',
      startedOn: null,
      realised: false,
      realisedBy: '2018-11-15',
      module: { code: 'BK1', component: 'PROFESSIONAL_KNOWLEDGE' },
      centre: { code: 'syntra-west' },
      teachingLocation: { municipality: 'Brugge' },
    });
    expect(course.history).toEqual([expect.objectContaining({ step: 'request', fromStatus: null, toStatus: 'REQUESTED' })]);
  });

  it('lets agency staff request for any centre', async () => {
    expect((await request(staff)).status).toBe('REQUESTED');
  });

  it('denies another centre’s user, inspectors and other roles', async () => {
    expect(code(await run(REQUEST, { input: input() }, limburgUser))).toBe('FORBIDDEN');
    expect(code(await run(REQUEST, { input: input() }, testUsers.inspector))).toBe('FORBIDDEN');
    expect(code(await run(REQUEST, { input: input() }, testUsers.partnershipStaff(crypto.randomUUID())))).toBe('FORBIDDEN');
    expect(code(await run(REQUEST, { input: input() }, testUsers.schoolUser))).toBe('FORBIDDEN');
  });

  it('refuses bad input: capacity below 1, a module outside the centre’s offer, a teaching location of another centre', async () => {
    expect(code(await run(REQUEST, { input: input({ capacity: 0 }) }))).toBe('BAD_USER_INPUT');
    expect(code(await run(REQUEST, { input: input({ moduleId: moduleIdOf('OT-WEB-L', 'BK1') }) }))).toBe('BAD_USER_INPUT');
    expect(code(await run(REQUEST, { input: input({ teachingLocationId: hasselt }) }))).toBe('BAD_USER_INPUT');
    expect(code(await run(REQUEST, { input: input({ moduleId: crypto.randomUUID() }) }))).toBe('BAD_USER_INPUT');
  });
});

describe('startCourse and cancelCourse (REQUESTED → STARTED | CANCELLED)', () => {
  it('§2.7: a course started on or before 15 November counts as realised', async () => {
    const course = await request();
    at('2018-11-20');
    const result = await run(START, { id: course.id, on: '2018-11-15' }, westUser);
    expect(result.errors).toBeUndefined();
    expect(result.data!.startCourse).toMatchObject({ status: 'STARTED', startedOn: '2018-11-15', realised: true });
    expect(result.data!.startCourse!.history.map((h) => h.step)).toEqual(['request', 'start']);
  });

  it('§2.7: a course started after 15 November does not count as realised', async () => {
    const course = await request();
    at('2018-11-20');
    const result = await run(START, { id: course.id, on: '2018-11-16' });
    expect(result.data!.startCourse).toMatchObject({ status: 'STARTED', realised: false });
    expect(result.data!.startCourse!.history.at(-1)!.note).toMatch(/na 15 november/);
  });

  it('refuses a start date in the future or outside the course year', async () => {
    const course = await request();
    expect(code(await run(START, { id: course.id, on: '2018-09-10' }))).toBe('BAD_USER_INPUT');
    at('2019-10-01');
    expect(code(await run(START, { id: course.id, on: '2018-08-31' }))).toBe('BAD_USER_INPUT');
    expect(code(await run(START, { id: course.id, on: '2019-09-01' }))).toBe('BAD_USER_INPUT');
  });

  it('forbids starting twice and cancelling a started course (INVALID_STATE_TRANSITION)', async () => {
    const course = await request();
    await run(START, { id: course.id, on: '2018-09-03' });
    expect(code(await run(START, { id: course.id, on: '2018-09-03' }))).toBe('INVALID_STATE_TRANSITION');
    expect(code(await run(CANCEL, { id: course.id, reason: 'Te weinig inschrijvingen' }))).toBe('INVALID_STATE_TRANSITION');
  });

  it('cancels a requested course with a reason, in the history; a blank reason is refused', async () => {
    const course = await request();
    expect(code(await run(CANCEL, { id: course.id, reason: '  ' }, westUser))).toBe('BAD_USER_INPUT');
    const result = await run(CANCEL, { id: course.id, reason: 'Te weinig inschrijvingen' }, westUser);
    expect(result.data!.cancelCourse).toMatchObject({ status: 'CANCELLED', realised: false });
    expect(result.data!.cancelCourse!.history.at(-1)).toMatchObject({ step: 'cancel', fromStatus: 'REQUESTED', toStatus: 'CANCELLED', note: 'Te weinig inschrijvingen' });
    expect(code(await run(START, { id: course.id, on: '2018-09-03' }))).toBe('INVALID_STATE_TRANSITION');
  });

  it('denies the steps to inspectors and hides another centre’s course from its user', async () => {
    const course = await request();
    expect(code(await run(START, { id: course.id, on: '2018-09-03' }, testUsers.inspector))).toBe('FORBIDDEN');
    expect(code(await run(START, { id: course.id, on: '2018-09-03' }, limburgUser))).toBe('NOT_FOUND');
    expect(code(await run(CANCEL, { id: course.id, reason: 'Niet van ons' }, limburgUser))).toBe('NOT_FOUND');
  });
});

describe('courses, TrainingCentre.courses and the Course entity', () => {
  it('filters by course year, status and realised; a centre user sees only its own centre', async () => {
    await request(limburgUser, { centreId: limburg, moduleId: moduleIdOf('OT-WEB-L', 'BK1'), teachingLocationId: hasselt, courseYear: 2017 });
    const list = async (filter: Record<string, unknown>, as: User = staff) => {
      const result = await subgraph.query<{ courses: { totalCount: number; nodes: { centreId: string; realised: boolean; status: string }[] } }>(
        LIST,
        { variables: { filter, page: { first: 200 } }, as },
      );
      expect(result.errors).toBeUndefined();
      return result.data!.courses;
    };
    const realised = await list({ realised: true });
    expect(realised.nodes.every((c) => c.realised)).toBe(true);
    expect(realised.totalCount).toBeGreaterThan(0);
    const notRealised = await list({ realised: false, courseYear: 2018 });
    expect(notRealised.nodes.every((c) => !c.realised)).toBe(true);
    const all2018 = await list({ courseYear: 2018 });
    expect(realised.totalCount + notRealised.totalCount).toBe(all2018.totalCount);
    expect((await list({ status: 'CANCELLED' })).nodes.every((c) => c.status === 'CANCELLED')).toBe(true);
    const own = await list({}, limburgUser);
    expect(own.totalCount).toBe(1);
    expect(own.nodes[0]!.centreId).toBe(limburg);
    expect((await list({ centreId: west }, limburgUser)).totalCount).toBe(0);
    expect((await list({}, testUsers.inspector)).totalCount).toBe((await list({})).totalCount);
    expect(code(await subgraph.query(LIST, { as: testUsers.companyUser(crypto.randomUUID()) }))).toBe('FORBIDDEN');
  });

  it('TrainingCentre.courses through a reference: own centre yes, another centre FORBIDDEN', async () => {
    const query = 'query ($r: [_Any!]!) { _entities(representations: $r) { ... on TrainingCentre { code courses(courseYear: 2017) { centreId } } } }';
    const own = await subgraph.query<{ _entities: { courses: { centreId: string }[] }[] }>(query, {
      variables: { r: [{ __typename: 'TrainingCentre', id: limburg }] },
      as: limburgUser,
    });
    expect(own.errors).toBeUndefined();
    expect(own.data!._entities[0]!.courses.every((c) => c.centreId === limburg)).toBe(true);
    const other = await subgraph.query(query, { variables: { r: [{ __typename: 'TrainingCentre', id: west }] }, as: limburgUser });
    expect(code(other)).toBe('FORBIDDEN');
  });

  it('the Course entity resolves for readers of its centre only', async () => {
    const course = await request();
    const query = 'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Course { id status } } }';
    const variables = { r: [{ __typename: 'Course', id: course.id }] };
    expect((await subgraph.query(query, { variables, as: westUser })).errors).toBeUndefined();
    expect((await subgraph.query(query, { variables, as: testUsers.inspector })).errors).toBeUndefined();
    expect(code(await subgraph.query(query, { variables, as: limburgUser }))).toBe('FORBIDDEN');
  });

  it('resolves module, centre, location and history of a page of courses in a fixed number of statements (batched)', async () => {
    await request();
    await request();
    statements.length = 0;
    const result = await subgraph.query<{ courses: { nodes: unknown[] } }>(
      `{ courses(page: { first: 50 }) { nodes { ${FIELDS} } } }`,
      { as: staff },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.courses.nodes.length).toBeGreaterThan(3);
    const selects = statements.filter((sql) => /^\s*select/i.test(sql));
    expect(selects.length).toBeGreaterThan(3);
    expect(selects.length).toBeLessThanOrEqual(6);
  });
});
