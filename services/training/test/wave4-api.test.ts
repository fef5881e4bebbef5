import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { User } from '@werkplek/auth';
import { demoReferences } from '@werkplek/config';
import { startTestSubgraph, testUsers, type TestSubgraph } from '@werkplek/test-kit';
import type { PrismaClient } from '../src/generated/prisma/client.js';
import type { QualitativePlanStatus } from '../src/generated/prisma/enums.js';
import { createTrainingSubgraph } from '../src/index.js';
import { seedTrainingCentres } from '../src/seed.js';

// Issue #6, wave 4: QualitativeAnnualPlan.allowedSteps, trainingLearners(search, page) for the enrolment form, and
// Enrolment.issuableCertificateTypes for the "issue a certificate" action on a passed enrolment.
const WEST = demoReferences.trainingCentres['syntra-west'];
const LIMBURG = demoReferences.trainingCentres['syntra-limburg'];
const SECTOR = '5e000000-0000-4000-8000-000000000042';
const TRACK = {
  entrepreneurship: '7a000000-0000-4000-8000-000000000401', // West
  apprenticeship: '7a000000-0000-4000-8000-000000000402', // West, leertijd
  preStarter: '7a000000-0000-4000-8000-000000000403', // West, no certificate types
  limburg: '7a000000-0000-4000-8000-000000000404', // Limburg, duaal
};
const LEARNER = {
  nele: '1e000000-0000-4000-8000-000000000401', // West: passed entrepreneurship, apprenticeship, pre-starter
  jonas: '1e000000-0000-4000-8000-000000000402', // West: failed entrepreneurship; Limburg: enrolled
  anke: '1e000000-0000-4000-8000-000000000403', // Limburg only
  bart: '1e000000-0000-4000-8000-000000000404', // no enrolment
};
// Course year 2019-2020: leertijd is attested by the Syntra themselves (§2.5).
const clock = new Date('2019-10-01T10:00:00Z');
const statements: string[] = [];
let subgraph: TestSubgraph;
let prisma: PrismaClient;

async function seedFixture(client: PrismaClient) {
  await client.sector.create({ data: { id: SECTOR, code: 'BOUW-W4', name: 'Bouw' } });
  const track = (id: string, code: string, type: 'ENTREPRENEURSHIP' | 'APPRENTICESHIP' | 'PRE_STARTER' | 'DUAL', centreId: string) =>
    client.track.create({ data: { id, code, name: code, type, sectorId: SECTOR, centreId, components: ['PROFESSIONAL_KNOWLEDGE'], durationMonths: 24 } });
  await track(TRACK.entrepreneurship, 'OT-AANNEMER', 'ENTREPRENEURSHIP', WEST);
  await track(TRACK.apprenticeship, 'LT-METSELAAR', 'APPRENTICESHIP', WEST);
  await track(TRACK.preStarter, 'PS-STARTER', 'PRE_STARTER', WEST);
  await track(TRACK.limburg, 'DU-DAKWERKER', 'DUAL', LIMBURG);
  await client.learner.createMany({
    data: [
      { id: LEARNER.nele, name: 'Nele Vermeulen' },
      { id: LEARNER.jonas, name: 'Jonas Peeters' },
      { id: LEARNER.anke, name: 'Anke Janssens' },
      { id: LEARNER.bart, name: 'Bart Neels' },
    ],
  });
  const enrol = (learnerId: string, trackId: string, centreId: string, result?: 'PASSED' | 'FAILED') =>
    client.enrolment.create({
      data: {
        id: `e0000000-0000-4000-8000-${learnerId.slice(-6)}${trackId.slice(-6)}`,
        learnerId, trackId, centreId, component: 'PROFESSIONAL_KNOWLEDGE', courseYear: 2018, enrolledOn: new Date('2018-09-01'),
        ...(result ? { status: 'COMPLETED' as const, result } : {}),
      },
    });
  await enrol(LEARNER.nele, TRACK.entrepreneurship, WEST, 'PASSED');
  await enrol(LEARNER.nele, TRACK.apprenticeship, WEST, 'PASSED');
  await enrol(LEARNER.nele, TRACK.preStarter, WEST, 'PASSED');
  await enrol(LEARNER.jonas, TRACK.entrepreneurship, WEST, 'FAILED');
  await enrol(LEARNER.jonas, TRACK.limburg, LIMBURG);
  await enrol(LEARNER.anke, TRACK.limburg, LIMBURG, 'PASSED');
}
const enrolmentId = (learnerId: string, trackId: string) => `e0000000-0000-4000-8000-${learnerId.slice(-6)}${trackId.slice(-6)}`;

beforeAll(async () => {
  subgraph = await startTestSubgraph('training', (db) =>
    createTrainingSubgraph({
      ...db,
      now: () => clock,
      onQuery: (sql) => statements.push(sql),
      seedWith: async (client) => {
        prisma = client;
        await seedTrainingCentres(client);
        await seedFixture(client);
      },
    }),
  );
});
afterAll(() => subgraph?.stop());

const staff = testUsers.agencyStaff;
const westUser = testUsers.centreUser(WEST);
const limburgUser = testUsers.centreUser(LIMBURG);
type Errors = { message: string; extensions?: Record<string, unknown> }[] | undefined;

// `any`: the tests read differently shaped documents field by field; a type per document would repeat each query.
async function run(document: string, variables: Record<string, unknown>, as: User): Promise<{ data?: any; errors?: Errors }> {
  return subgraph.query<any>(document, { variables, as });
}
async function ask(document: string, variables: Record<string, unknown>, as: User): Promise<any> {
  const result = await run(document, variables, as);
  expect(result.errors).toBeUndefined();
  return result.data;
}
const code = (errors: Errors) => errors?.[0]?.extensions?.code;

describe('QualitativeAnnualPlan.allowedSteps', () => {
  const STEPS = `query ($id: ID!) { qualitativePlan(id: $id) { status allowedSteps } }`;
  let planId: string;
  const stepsOf = async (as: User) => (await ask(STEPS, { id: planId }, as)).qualitativePlan.allowedSteps;
  const setStatus = (status: QualitativePlanStatus) => prisma.qualitativeAnnualPlan.update({ where: { id: planId }, data: { status } });

  it('DRAFT: the own centre adds items, and submits only once every required section has one; nobody else acts', async () => {
    const drafted = await ask(
      `mutation ($input: DraftQualitativePlanInput!) { draftQualitativePlan(input: $input) { id allowedSteps } }`,
      { input: { year: 2020, items: [{ section: 'DOELGROEPENBELEID', text: 'Onze aanpak voor doelgroepen in 2020.' }] } },
      westUser,
    );
    planId = drafted.draftQualitativePlan.id;
    expect(drafted.draftQualitativePlan.allowedSteps).toEqual(['addItem']);
    const add = `mutation ($planId: ID!, $input: QualitativePlanItemInput!) { addQualitativePlanItem(planId: $planId, input: $input) { allowedSteps } }`;
    await ask(add, { planId, input: { section: 'TAAL_EN_LEERCOACHING', text: 'Taal- en leercoaching voor alle cursisten.' } }, westUser);
    const complete = await ask(add, { planId, input: { section: 'KWALITEITSZORG', text: 'Kwaliteitszorg volgens het Q-decreet.' } }, westUser);
    expect(complete.addQualitativePlanItem.allowedSteps).toEqual(['addItem', 'submit']);
    expect(await stepsOf(staff)).toEqual([]);
    expect(await stepsOf(testUsers.inspector)).toEqual([]);
    expect(code((await run(STEPS, { id: planId }, limburgUser)).errors)).toBe('NOT_FOUND');
  });

  it('SUBMITTED → assess, ASSESSED → recordRealisation (agency staff only), REVIEWED → nothing', async () => {
    const submitted = await ask(`mutation ($id: ID!) { submitQualitativePlan(id: $id) { status allowedSteps } }`, { id: planId }, westUser);
    expect(submitted.submitQualitativePlan).toEqual({ status: 'SUBMITTED', allowedSteps: [] });
    expect(await stepsOf(staff)).toEqual(['assess']);
    expect(await stepsOf(testUsers.inspector)).toEqual([]);
    await setStatus('ASSESSED');
    expect(await stepsOf(staff)).toEqual(['recordRealisation']);
    expect(await stepsOf(westUser)).toEqual([]);
    await setStatus('REVIEWED');
    for (const user of [staff, westUser, testUsers.inspector]) expect(await stepsOf(user)).toEqual([]);
  });

  it('is resolved for a list in batches, not per plan', async () => {
    await ask(
      `mutation ($input: DraftQualitativePlanInput!) { draftQualitativePlan(input: $input) { id } }`,
      { input: { year: 2020, items: [{ section: 'KWALITEITSZORG', text: 'Kwaliteitszorg volgens het Q-decreet.' }] } },
      limburgUser,
    );
    statements.length = 0;
    const data = await ask(`{ qualitativePlans { nodes { centreId allowedSteps } } }`, {}, staff);
    expect(data.qualitativePlans.nodes).toHaveLength(2);
    // plans, count, items: one each.
    expect(statements.filter((sql) => /^\s*select/i.test(sql)).length).toBeLessThanOrEqual(3);
  });
});

describe('trainingLearners(search, page): learners for the enrolment form', () => {
  const LIST = `query ($search: String, $page: PageInput) { trainingLearners(search: $search, page: $page) { totalCount nodes { id name } pageInfo { hasNextPage endCursor } } }`;
  const namesFor = async (as: User, search?: string) => (await ask(LIST, { search }, as)).trainingLearners.nodes.map((l: { name: string }) => l.name);

  it('agency staff find every learner, sorted by name, searched case-insensitively on part of the name', async () => {
    expect(await namesFor(staff)).toEqual(['Anke Janssens', 'Bart Neels', 'Jonas Peeters', 'Nele Vermeulen']);
    expect(await namesFor(staff, '  NE ')).toEqual(['Bart Neels', 'Nele Vermeulen']);
    expect(await namesFor(staff, 'zzz')).toEqual([]);
  });

  it('pages with a cursor and counts the whole list', async () => {
    const first = (await ask(LIST, { page: { first: 3 } }, staff)).trainingLearners;
    expect(first.totalCount).toBe(4);
    expect(first.nodes).toHaveLength(3);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const rest = (await ask(LIST, { page: { first: 3, after: first.pageInfo.endCursor } }, staff)).trainingLearners;
    expect(rest.nodes.map((l: { name: string }) => l.name)).toEqual(['Nele Vermeulen']);
  });

  it('a centre user finds only learners with an enrolment at their own centre (privacy), whatever the search', async () => {
    expect(await namesFor(westUser)).toEqual(['Jonas Peeters', 'Nele Vermeulen']);
    expect(await namesFor(limburgUser)).toEqual(['Anke Janssens', 'Jonas Peeters']);
    expect(await namesFor(westUser, 'anke')).toEqual([]);
    expect((await ask(LIST, {}, westUser)).trainingLearners.totalCount).toBe(2);
  });

  it('is refused to inspectors and other roles; a too long search is bad input', async () => {
    expect(code((await run(LIST, {}, testUsers.inspector)).errors)).toBe('FORBIDDEN');
    const long = await run(LIST, { search: 'x'.repeat(121) }, staff);
    expect(code(long.errors)).toBe('BAD_USER_INPUT');
    expect(long.errors![0]!.extensions).toMatchObject({ field: 'search' });
  });

  it('a learner a centre registers and enrols is then found by that centre only', async () => {
    const registered = await ask(
      `mutation ($input: RegisterTrainingLearnerInput!) { registerTrainingLearner(input: $input) { id name } }`,
      { input: { name: 'Lotte Claes', birthDate: '2001-03-04' } },
      westUser,
    );
    const learnerId = registered.registerTrainingLearner.id;
    expect(await namesFor(westUser, 'lotte')).toEqual([]);
    await ask(
      `mutation ($input: EnrolInput!) { enrol(input: $input) { id status } }`,
      { input: { learnerId, trackId: TRACK.entrepreneurship, component: 'PROFESSIONAL_KNOWLEDGE', courseYear: 2019, enrolledOn: '2019-09-15' } },
      westUser,
    );
    expect(await namesFor(westUser, 'lotte')).toEqual(['Lotte Claes']);
    expect(await namesFor(limburgUser, 'lotte')).toEqual([]);
  });
});

describe('Enrolment.issuableCertificateTypes', () => {
  const ONE = `query ($id: ID!) { enrolment(id: $id) { status result track { type } issuableCertificateTypes } }`;
  const typesOf = async (learnerId: string, trackId: string, as: User) =>
    (await ask(ONE, { id: enrolmentId(learnerId, trackId) }, as)).enrolment.issuableCertificateTypes;

  it('§2.5: a passed entrepreneurship track: the four types, for agency staff only (the agency attests)', async () => {
    expect(await typesOf(LEARNER.nele, TRACK.entrepreneurship, staff)).toEqual([
      'ENTREPRENEURSHIP_DIPLOMA',
      'PROFESSIONAL_KNOWLEDGE_CERTIFICATE',
      'SME_EMPLOYEE_CERTIFICATE',
      'BUSINESS_MANAGEMENT_CERTIFICATE',
    ]);
    expect(await typesOf(LEARNER.nele, TRACK.entrepreneurship, westUser)).toEqual([]);
    expect(await typesOf(LEARNER.nele, TRACK.entrepreneurship, testUsers.inspector)).toEqual([]);
  });

  it('§2.5: leertijd from 2019-2020: the leertijd types, for the track’s own centre only', async () => {
    const types = await typesOf(LEARNER.nele, TRACK.apprenticeship, westUser);
    expect(types).toContain('APPRENTICESHIP_GETUIGSCHRIFT');
    expect(types).toHaveLength(5);
    expect(await typesOf(LEARNER.nele, TRACK.apprenticeship, staff)).toEqual([]);
    expect(await typesOf(LEARNER.anke, TRACK.limburg, westUser).catch(() => 'hidden')).toBe('hidden');
    expect(await typesOf(LEARNER.anke, TRACK.limburg, limburgUser)).toContain('DUAL_DIPLOMA');
  });

  it('nothing for a failed or running enrolment, nor for a track type without certificates', async () => {
    expect(await typesOf(LEARNER.jonas, TRACK.entrepreneurship, staff)).toEqual([]);
    expect(await typesOf(LEARNER.jonas, TRACK.limburg, limburgUser)).toEqual([]);
    expect(await typesOf(LEARNER.nele, TRACK.preStarter, westUser)).toEqual([]);
    expect(await typesOf(LEARNER.nele, TRACK.preStarter, staff)).toEqual([]);
  });

  it('a type it offers is accepted by issueCertificate', async () => {
    const [type] = await typesOf(LEARNER.nele, TRACK.apprenticeship, westUser);
    const issued = await ask(
      `mutation ($input: IssueCertificateInput!) { issueCertificate(input: $input) { type issuer } }`,
      { input: { learnerId: LEARNER.nele, trackId: TRACK.apprenticeship, type, issuedOn: '2019-10-01' } },
      westUser,
    );
    expect(issued.issueCertificate).toEqual({ type, issuer: 'CENTRE' });
  });

  it('is resolved for a list in batches, not per enrolment', async () => {
    statements.length = 0;
    const data = await ask(`{ enrolments(page: { first: 50 }) { nodes { id issuableCertificateTypes } } }`, {}, staff);
    expect(data.enrolments.nodes.length).toBeGreaterThanOrEqual(6);
    // enrolments, count, tracks, certificates in force (for the passed ones): one each.
    expect(statements.filter((sql) => /^\s*select/i.test(sql)).length).toBeLessThanOrEqual(4);
  });
});
