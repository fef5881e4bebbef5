import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoReferences } from '@werkplek/config';
import { startTestSubgraph, testUsers, type TestSubgraph } from '@werkplek/test-kit';
import type { User } from '@werkplek/subgraph-kit';
import type { PrismaClient } from '../src/generated/prisma/client.js';
import { createDualLearningSubgraph } from '../src/index.js';
import { seedWorkplaces } from '../src/seed.js';
import { currentSliceApplicationId, currentSliceApplications, seedCurrentSlice } from '../src/seed/current-slice.js';
import { seedGeneratedRecords } from '../src/seed/generated-records.js';
import { partnershipIdOf, seedReferenceData, stableId } from '../src/seed/reference-data.js';
import { withCheckDigits } from '../src/workplace/belgian-numbers.js';

// The filters, allowedSteps and the current demo slice the new screens need (issue #6), on the real seed.
const TODAY = '2026-11-23';
let clock = new Date(`${TODAY}T10:00:00Z`);
let subgraph: TestSubgraph;
let prisma: PrismaClient;
const report: { before?: unknown; after?: unknown } = {};
const counts: { first: number[]; second: number[] } = { first: [], second: [] };

const REPORT = `{
  decisionsPerPartnership(schoolYear: 2017) { total { approved rejected total } }
  agreementsThatRan(schoolYear: 2017) { total transitional }
}`;

beforeAll(async () => {
  subgraph = await startTestSubgraph('dual-learning', (db) =>
    createDualLearningSubgraph({
      ...db,
      now: () => clock,
      seedWith: async (client) => {
        prisma = client;
        await seedReferenceData(client);
        await seedWorkplaces(client);
        await seedGeneratedRecords(client);
      },
    }),
  );
  report.before = (await subgraph.query(REPORT, { as: testUsers.agencyStaff })).data;
  const tally = () => Promise.all([prisma.recognitionApplication.count(), prisma.recognition.count(), prisma.mentor.count(), prisma.statusChange.count()]);
  await seedCurrentSlice(prisma, clock);
  counts.first = await tally();
  // A second run (also on a later day) changes nothing.
  await seedCurrentSlice(prisma, new Date('2027-02-01T08:00:00Z'));
  counts.second = await tally();
  report.after = (await subgraph.query(REPORT, { as: testUsers.agencyStaff })).data;
});
afterAll(() => subgraph?.stop());

// `any`: the tests read differently shaped documents field by field; a type per document would repeat each query.
async function ask(document: string, variables: Record<string, unknown>, as: User): Promise<any> {
  const result = await subgraph.query<any>(document, { variables, as });
  expect(result.errors).toBeUndefined();
  return result.data;
}

const APPLICATIONS = `query ($filter: ApplicationFilter, $page: PageInput) {
  recognitionApplications(filter: $filter, page: $page) { totalCount nodes { id status dueOn overdue allowedSteps } }
}`;
const STEPS = `query ($id: ID!) { recognitionApplication(id: $id) { status allowedSteps } }`;
const horeca = partnershipIdOf('sp-horeca');
const elektriciens = partnershipIdOf('sp-elektriciens');
const companyOf = (enterprise: string) => stableId(`company:${withCheckDigits(enterprise)}`);
const hotelCompany = companyOf('04894560');
const stepsOf = async (key: string, as: User) => (await ask(STEPS, { id: currentSliceApplicationId(key) }, as)).recognitionApplication.allowedSteps;

describe('current demo slice (seed)', () => {
  it('adds mentors, four approved applications with recognitions and two applications in progress, idempotently', () => {
    expect(counts.second).toEqual(counts.first);
    expect(counts.first[0]).toBeGreaterThan(300);
  });

  it('leaves the annual report 2017-2018 figures as they were', () => {
    expect(report.after).toEqual(report.before);
  });

  it('has recognitions valid today at the demo workplaces, with their approved application and history', async () => {
    const data = await ask(
      `query ($filter: RecognitionFilter) { recognitions(filter: $filter, page: { first: 50 }) { totalCount nodes {
        validFrom validUntil applicationId workplace { id } history { step } } } }`,
      { filter: { validOn: TODAY, partnershipId: null } },
      testUsers.agencyStaff,
    );
    const demo = new Set<string>(Object.values(demoReferences.workplaces));
    const atDemo = data.recognitions.nodes.filter((node: any) => demo.has(node.workplace.id));
    expect(atDemo).toHaveLength(4);
    for (const node of atDemo) {
      expect((await prisma.recognitionApplication.findUniqueOrThrow({ where: { id: node.applicationId } })).status).toBe('APPROVED');
      expect(node.validFrom <= TODAY && node.validUntil >= TODAY).toBe(true);
      expect(node.history.map((h: any) => h.step)).toEqual(['grant']);
    }
  });

  it('has two applications submitted this month, still open, one two days before its 14-day term', async () => {
    const data = await ask(APPLICATIONS, { filter: { open: true, submittedFrom: '2026-11-01' } }, testUsers.agencyStaff);
    const nodes = data.recognitionApplications.nodes;
    expect(nodes.map((n: any) => n.status).sort()).toEqual(['IN_PROGRESS', 'SUBMITTED']);
    expect(nodes.map((n: any) => n.dueOn).sort()).toEqual(['2026-11-25', '2026-12-04']);
    expect(nodes.every((n: any) => n.overdue === false)).toBe(true);
  });
});

describe('filters', () => {
  it('RecognitionFilter.province: only recognitions of workplaces in that province', async () => {
    const query = `query ($filter: RecognitionFilter) { recognitions(filter: $filter, page: { first: 200 }) { totalCount nodes { workplace { province } } } }`;
    const all = await ask(query, { filter: {} }, testUsers.agencyStaff);
    const limburg = await ask(query, { filter: { province: 'LIMBURG' } }, testUsers.agencyStaff);
    const expected = await prisma.recognition.count({ where: { workplace: { province: 'LIMBURG' } } });
    expect(limburg.recognitions.totalCount).toBe(expected);
    expect(expected).toBeGreaterThan(0);
    expect(expected).toBeLessThan(all.recognitions.totalCount);
    expect(limburg.recognitions.nodes.every((n: any) => n.workplace.province === 'LIMBURG')).toBe(true);
  });

  it('ApplicationFilter.statuses: any of the listed statuses, together with the single status', async () => {
    const listed = await ask(APPLICATIONS, { filter: { statuses: ['IN_PROGRESS', 'SUBMITTED'] }, page: { first: 200 } }, testUsers.agencyStaff);
    expect(listed.recognitionApplications.totalCount).toBe(await prisma.recognitionApplication.count({ where: { status: { in: ['IN_PROGRESS', 'SUBMITTED'] } } }));
    expect(listed.recognitionApplications.nodes.every((n: any) => ['IN_PROGRESS', 'SUBMITTED'].includes(n.status))).toBe(true);
    const both = await ask(APPLICATIONS, { filter: { statuses: ['IN_PROGRESS', 'SUBMITTED'], status: 'APPROVED' } }, testUsers.agencyStaff);
    expect(both.recognitionApplications.totalCount).toBe(0);
  });

  it('ApplicationFilter.open: true is undecided, false decided; together they are all', async () => {
    const total = await prisma.recognitionApplication.count();
    const undecided = await prisma.recognitionApplication.count({ where: { status: { in: ['SUBMITTED', 'INCOMPLETE', 'IN_PROGRESS', 'ON_HOLD'] } } });
    const open = await ask(APPLICATIONS, { filter: { open: true }, page: { first: 200 } }, testUsers.agencyStaff);
    const decided = await ask(APPLICATIONS, { filter: { open: false }, page: { first: 200 } }, testUsers.agencyStaff);
    expect(open.recognitionApplications.totalCount).toBe(undecided);
    expect(decided.recognitionApplications.totalCount).toBe(total - undecided);
    expect(decided.recognitionApplications.nodes.some((n: any) => ['SUBMITTED', 'INCOMPLETE', 'IN_PROGRESS', 'ON_HOLD'].includes(n.status))).toBe(false);
  });

  it('refuses more than 7 statuses', async () => {
    const result = await subgraph.query(APPLICATIONS, {
      variables: { filter: { statuses: ['SUBMITTED', 'INCOMPLETE', 'IN_PROGRESS', 'ON_HOLD', 'REJECTED', 'APPROVED', 'WITHDRAWN', 'SUBMITTED'] } },
      as: testUsers.agencyStaff,
    });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('RecognitionApplication.allowedSteps', () => {
  const handling = ['putOnHold', 'recordHandlingAction', 'recordCompanyConditions', 'approve', 'reject'];

  it('in progress at a consultant-decision partnership: handlers of that partnership may handle and decide', async () => {
    expect(await stepsOf('leie-keukenmedewerker', testUsers.agencyStaff)).toEqual(handling);
    expect(await stepsOf('leie-keukenmedewerker', testUsers.partnershipStaff(horeca))).toEqual(handling);
    expect(await stepsOf('leie-keukenmedewerker', testUsers.inspector)).toEqual([]);
    expect(await stepsOf('leie-keukenmedewerker', testUsers.companyUser(hotelCompany))).toEqual([]);
  });

  it('submitted at a tacit-approval partnership: take up, incomplete, hold, reject; its own staff may also object (vote)', async () => {
    expect(await stepsOf('wouters-elektrotechnicus', testUsers.agencyStaff)).toEqual(['declareIncomplete', 'takeUp', 'putOnHold', 'reject']);
    expect(await stepsOf('wouters-elektrotechnicus', testUsers.partnershipStaff(elektriciens))).toEqual([
      'declareIncomplete',
      'takeUp',
      'putOnHold',
      'castVote',
      'reject',
    ]);
  });

  it('nothing for staff of another partnership (the application is not visible to them at all)', async () => {
    const result = await subgraph.query<any>(STEPS, { variables: { id: currentSliceApplicationId('wouters-elektrotechnicus') }, as: testUsers.partnershipStaff(horeca) });
    expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('approved: nothing to do here (withdrawal is taken on the recognition)', async () => {
    expect(await stepsOf('leie-hulpkok', testUsers.agencyStaff)).toEqual([]);
    expect(await stepsOf('leie-hulpkok', testUsers.partnershipStaff(horeca))).toEqual([]);
  });

  it('incomplete: the applicant completes; the handlers have nothing to do', async () => {
    const id = currentSliceApplicationId('leie-keukenmedewerker');
    await prisma.recognitionApplication.update({ where: { id }, data: { status: 'INCOMPLETE' } });
    try {
      expect(await stepsOf('leie-keukenmedewerker', testUsers.companyUser(hotelCompany))).toEqual(['complete']);
      expect(await stepsOf('leie-keukenmedewerker', testUsers.agencyStaff)).toEqual(['complete']);
      expect(await stepsOf('leie-keukenmedewerker', testUsers.partnershipStaff(horeca))).toEqual(['complete']);
    } finally {
      await prisma.recognitionApplication.update({ where: { id }, data: { status: 'IN_PROGRESS' } });
    }
  });

  it('follows the decision mechanism (BR-10): weekly vote only while the vote is open, proposal without objection', async () => {
    const slice = currentSliceApplications.find((a) => a.key === 'leie-keukenmedewerker')!;
    const id = currentSliceApplicationId(slice.key);
    const vote = partnershipIdOf('sp-social-profit');
    const tech = partnershipIdOf('sp-technologische-industrie');
    try {
      await prisma.recognitionApplication.update({ where: { id }, data: { partnershipId: vote } });
      clock = new Date('2026-11-24T09:00:00Z'); // Tuesday: the vote is open
      expect(await stepsOf(slice.key, testUsers.partnershipStaff(vote))).toEqual(['putOnHold', 'recordHandlingAction', 'recordCompanyConditions', 'castVote', 'reject']);
      clock = new Date('2026-11-26T13:00:00Z'); // Thursday afternoon: closed
      expect(await stepsOf(slice.key, testUsers.partnershipStaff(vote))).toEqual(['putOnHold', 'recordHandlingAction', 'recordCompanyConditions', 'reject']);
      await prisma.recognitionApplication.update({ where: { id }, data: { partnershipId: tech } });
      expect(await stepsOf(slice.key, testUsers.agencyStaff)).toEqual(['putOnHold', 'recordHandlingAction', 'recordCompanyConditions', 'proposeDecision', 'reject']);
      expect(await stepsOf(slice.key, testUsers.partnershipStaff(tech))).toEqual([
        'putOnHold',
        'recordHandlingAction',
        'recordCompanyConditions',
        'proposeDecision',
        'castVote',
        'reject',
      ]);
    } finally {
      clock = new Date(`${TODAY}T10:00:00Z`);
      await prisma.recognitionApplication.update({ where: { id }, data: { partnershipId: horeca } });
    }
  });

  it('a listed step is taken, and the list follows the new state', async () => {
    const id = currentSliceApplicationId('wouters-elektrotechnicus');
    const taken = await subgraph.query<any>(`mutation ($id: ID!) { takeUpApplication(applicationId: $id) { status allowedSteps } }`, {
      variables: { id },
      as: testUsers.agencyStaff,
    });
    expect(taken.errors).toBeUndefined();
    expect(taken.data.takeUpApplication).toEqual({ status: 'IN_PROGRESS', allowedSteps: handling });
  });
});
