import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestSubgraph, testUsers, type TestSubgraph } from '@werkplek/test-kit';
import type { User } from '@werkplek/subgraph-kit';
import type { PrismaClient } from '../src/generated/prisma/client.js';
import { createDualLearningSubgraph } from '../src/index.js';
import { recognitionValidOn } from '../src/recognition/recognition-validity.js';
import {
  approvedRecognition,
  createWorkplace,
  recognitionIds,
  seedRecognitionFixture,
  SUBMIT,
  type FixturePartnerships,
} from './fixtures/recognition.js';

const START = '2026-03-02T09:00:00Z';
let clock = new Date(START);
let subgraph: TestSubgraph;
let prisma: PrismaClient;
let sp: FixturePartnerships;
let trainingId: string;
const statements: string[] = [];

beforeAll(async () => {
  // The tests add their own workplaces with createWorkplace: they keep the subgraph's client that seedWith receives.
  subgraph = await startTestSubgraph('dual-learning', (db) =>
    createDualLearningSubgraph({
      ...db,
      now: () => clock,
      onQuery: (sql) => statements.push(sql),
      seedWith: async (client) => {
        prisma = client;
        await seedRecognitionFixture(client);
      },
    }),
  );
  sp = recognitionIds.partnership;
  trainingId = recognitionIds.training.metselaar;
});
afterAll(() => subgraph?.stop());
beforeEach(() => {
  clock = new Date(START);
});

const at = (iso: string) => {
  clock = new Date(iso);
};
// `any`: these tests read many differently shaped documents field by field; a type per document would repeat each query.
const q = (document: string, variables: Record<string, unknown>, as?: User | null) => subgraph.query<any>(document, { variables, as });
const codeOf = (result: { errors?: { extensions?: { code?: string } }[] }) => result.errors?.[0]?.extensions?.code;

async function recognised(jointCommittees = ['124']) {
  const fixture = await createWorkplace(prisma, { jointCommittees });
  const input = { workplaceId: fixture.workplace.id, trainingId, mentorIds: [fixture.qualified.id] };
  const ids = await approvedRecognition(subgraph.query.bind(subgraph), input);
  return { ...fixture, ...ids, input };
}

const GET = `query ($id: ID!) { recognition(id: $id) {
  id applicationId scope status validFrom validUntil endedOn endReason
  workplace { id } training { code } partnership { code } mentors { name } history { step fromStatus toStatus }
} }`;
const LIST = `query ($filter: RecognitionFilter, $page: PageInput) { recognitions(filter: $filter, page: $page) { totalCount nodes { id status } } }`;
const WITHDRAW = `mutation ($input: WithdrawRecognitionInput!) { withdrawRecognition(input: $input) { id status endedOn endReason } }`;
const EXCLUDE = `mutation ($input: ExcludeCompanyInput!) { excludeCompany(input: $input) { id status endedOn } }`;
const APPLICATION = `query ($id: ID!) { recognitionApplication(id: $id) { status history { step toStatus } } }`;
const VALID = `query ($w: ID!, $t: ID!, $on: LocalDate!) { validRecognition(workplaceId: $w, trainingId: $t, on: $on) { id } }`;

describe('recognitions', () => {
  it('BR-13: valid 5 years from the decision; recognitionValidOn and validRecognition agree', async () => {
    const { recognitionId, workplace } = await recognised();
    const recognition = (await q(GET, { id: recognitionId }, testUsers.inspector)).data.recognition;
    expect(recognition).toMatchObject({ scope: 'FULL', status: 'ACTIVE', validFrom: '2026-03-02', validUntil: '2031-03-02', training: { code: 'metselaar' }, partnership: { code: 'bouw' } });
    expect(recognition.history).toEqual([{ step: 'grant', fromStatus: null, toStatus: 'ACTIVE' }]);
    expect((await recognitionValidOn(prisma, workplace.id, trainingId, new Date('2031-03-02')))?.id).toBe(recognitionId);
    expect(await recognitionValidOn(prisma, workplace.id, trainingId, new Date('2031-03-03'))).toBeNull();
    expect(await recognitionValidOn(prisma, workplace.id, trainingId, new Date('2026-03-01'))).toBeNull();
    const valid = await q(VALID, { w: workplace.id, t: trainingId, on: '2028-09-01' }, testUsers.agencyStaff);
    expect(valid.errors).toBeUndefined();
    expect(valid.data.validRecognition.id).toBe(recognitionId);
    expect(codeOf(await q(VALID, { w: workplace.id, t: trainingId, on: '2028-09-01' }, testUsers.companyUser(workplace.companyId!)))).toBe('FORBIDDEN');
  });

  it('§3.6 withdrawal (opheffing): recognition and application WITHDRAWN; a new application from the next day', async () => {
    const { recognitionId, applicationId, input, company } = await recognised();
    expect(codeOf(await q(WITHDRAW, { input: { recognitionId, reason: 'Mentoropleiding niet gevolgd' } }, testUsers.partnershipStaff(sp.horeca)))).toBe('FORBIDDEN');
    expect(codeOf(await q(WITHDRAW, { input: { recognitionId, reason: 'Mentoropleiding niet gevolgd' } }, testUsers.companyUser(company.id)))).toBe('FORBIDDEN');
    expect(codeOf(await q(WITHDRAW, { input: { recognitionId, reason: 'x' } }, testUsers.agencyStaff))).toBe('BAD_USER_INPUT');
    at('2026-06-10T10:00:00Z');
    const withdrawn = await q(WITHDRAW, { input: { recognitionId, reason: 'Mentoropleiding niet gevolgd' } }, testUsers.partnershipStaff(sp.bouw));
    expect(withdrawn.data.withdrawRecognition).toMatchObject({ status: 'WITHDRAWN', endedOn: '2026-06-10', endReason: 'Mentoropleiding niet gevolgd' });
    const application = (await q(APPLICATION, { id: applicationId }, testUsers.agencyStaff)).data.recognitionApplication;
    expect(application.status).toBe('WITHDRAWN');
    expect(application.history.at(-1)).toEqual({ step: 'withdraw', toStatus: 'WITHDRAWN' });

    const again = await q(WITHDRAW, { input: { recognitionId, reason: 'Nogmaals opheffen' } }, testUsers.agencyStaff);
    expect(codeOf(again)).toBe('INVALID_STATE_TRANSITION');
    expect(again.errors?.[0]?.message).toContain('Opgeheven');

    const sameDay = await q(SUBMIT, { input }, testUsers.companyUser(company.id));
    expect(codeOf(sameDay)).toBe('CONFLICT');
    expect(sameDay.errors?.[0]?.message).toContain('vanaf morgen');
    at('2026-06-11T08:00:00Z');
    expect((await q(SUBMIT, { input }, testUsers.companyUser(company.id))).data.submitRecognitionApplication.status).toBe('SUBMITTED');
  });

  it('§3.6 exclusion (uitsluiting): recognition EXCLUDED; no new application from the company while it lasts', async () => {
    const { recognitionId, applicationId, input, company, workplace } = await recognised();
    const sibling = await createWorkplace(prisma, { jointCommittees: ['124'], companyId: company.id });
    const siblingInput = { workplaceId: sibling.workplace.id, trainingId, mentorIds: [sibling.qualified.id] };
    expect(codeOf(await q(EXCLUDE, { input: { recognitionId, reason: 'Zware inbreuken', until: '2026-03-01' } }, testUsers.agencyStaff))).toBe('BAD_USER_INPUT');
    expect(codeOf(await q(EXCLUDE, { input: { recognitionId, reason: 'Zware inbreuken' } }, testUsers.inspector))).toBe('FORBIDDEN');
    const excluded = await q(EXCLUDE, { input: { recognitionId, reason: 'Zware inbreuken', until: '2026-12-31' } }, testUsers.agencyStaff);
    expect(excluded.data.excludeCompany).toMatchObject({ status: 'EXCLUDED', endedOn: '2026-03-02' });
    expect((await q(APPLICATION, { id: applicationId }, testUsers.agencyStaff)).data.recognitionApplication.status).toBe('WITHDRAWN');
    expect(codeOf(await q(EXCLUDE, { input: { recognitionId, reason: 'Zware inbreuken' } }, testUsers.agencyStaff))).toBe('INVALID_STATE_TRANSITION');

    at('2026-07-01T08:00:00Z');
    for (const attempt of [input, siblingInput]) {
      const refused = await q(SUBMIT, { input: attempt }, testUsers.companyUser(company.id));
      expect(codeOf(refused)).toBe('CONFLICT');
      expect(refused.errors?.[0]?.message).toContain('uitgesloten tot 2026-12-31');
    }
    at('2027-01-01T08:00:00Z');
    expect((await q(SUBMIT, { input: siblingInput }, testUsers.companyUser(company.id))).errors).toBeUndefined();
    expect(workplace.companyId).toBe(company.id);
  });

  it('§3.6 exclusion by partnership staff: only the establishment; other workplaces of the company may still apply', async () => {
    const { recognitionId, input, company, workplace } = await recognised();
    const sibling = await createWorkplace(prisma, { jointCommittees: ['124'], companyId: company.id });
    const siblingInput = { workplaceId: sibling.workplace.id, trainingId, mentorIds: [sibling.qualified.id] };
    expect(codeOf(await q(EXCLUDE, { input: { recognitionId, reason: 'Zware inbreuken' } }, testUsers.partnershipStaff(sp.horeca)))).toBe('FORBIDDEN');
    const excluded = await q(EXCLUDE, { input: { recognitionId, reason: 'Zware inbreuken', until: '2026-12-31' } }, testUsers.partnershipStaff(sp.bouw));
    expect(excluded.errors).toBeUndefined();
    expect(excluded.data.excludeCompany).toMatchObject({ status: 'EXCLUDED' });
    const rows = await prisma.companyExclusion.findMany({ where: { recognitionId } });
    expect(rows.map((row) => row.workplaceId)).toEqual([workplace.id]);

    at('2026-07-01T08:00:00Z');
    const refused = await q(SUBMIT, { input }, testUsers.companyUser(company.id));
    expect(codeOf(refused)).toBe('CONFLICT');
    expect(refused.errors?.[0]?.message).toContain('uitgesloten tot 2026-12-31');
    const accepted = await q(SUBMIT, { input: siblingInput }, testUsers.companyUser(company.id));
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data.submitRecognitionApplication.status).toBe('SUBMITTED');
  });

  it('§3.6 exclusion by agency staff: the whole company (workplaceId null)', async () => {
    const { recognitionId } = await recognised();
    expect((await q(EXCLUDE, { input: { recognitionId, reason: 'Zware inbreuken' } }, testUsers.agencyStaff)).errors).toBeUndefined();
    const rows = await prisma.companyExclusion.findMany({ where: { recognitionId } });
    expect(rows.map((row) => row.workplaceId)).toEqual([null]);
  });

  it('reading: inspectors all, partnership staff their own, companies theirs; others NOT_FOUND; centre users none', async () => {
    const bouw = await recognised(['124']);
    const other = await recognised(['200']);
    const ids = async (as: User) => ((await q(LIST, { page: { first: 200 } }, as)).data.recognitions.nodes as { id: string }[]).map((n) => n.id);
    expect(await ids(testUsers.inspector)).toEqual(expect.arrayContaining([bouw.recognitionId, other.recognitionId]));
    expect(await ids(testUsers.partnershipStaff(sp.bouw))).toContain(bouw.recognitionId);
    expect(await ids(testUsers.partnershipStaff(sp.bouw))).not.toContain(other.recognitionId);
    expect(await ids(testUsers.companyUser(bouw.company.id))).toEqual([bouw.recognitionId]);
    expect(await ids(testUsers.schoolUser)).toEqual([]);
    expect(codeOf(await q(GET, { id: other.recognitionId }, testUsers.partnershipStaff(sp.bouw)))).toBe('NOT_FOUND');
    expect(codeOf(await q(LIST, {}, testUsers.centreUser('4b0a6c1e-7d3f-4e55-9a1b-2c3d4e5f6a7b')))).toBe('FORBIDDEN');
    const filtered = await q(LIST, { filter: { workplaceId: bouw.workplace.id, status: 'ACTIVE', validOn: '2030-01-01' } }, testUsers.agencyStaff);
    expect(filtered.data.recognitions).toMatchObject({ totalCount: 1, nodes: [{ id: bouw.recognitionId }] });
  });

  it('federation: Recognition entities resolve in one batch, with the caller’s visibility', async () => {
    const a = await recognised(['124']);
    const b = await recognised(['200']);
    const ENTITIES = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Recognition { id status } } }`;
    const representations = [a, b].map((r) => ({ __typename: 'Recognition', id: r.recognitionId }));
    const all = await q(ENTITIES, { r: representations }, testUsers.inspector);
    expect(all.data._entities.map((e: { id: string }) => e.id)).toEqual([a.recognitionId, b.recognitionId]);
    const own = await q(ENTITIES, { r: representations }, testUsers.partnershipStaff(sp.bouw));
    expect(own.data._entities).toEqual([{ id: a.recognitionId, status: 'ACTIVE' }, null]);
  });
});

const EXCLUSIONS = `query ($id: ID!) { company(id: $id) {
  exclusions { id reason startsOn endsOn liftedOn active recognition { id status } history { step fromStatus toStatus note } }
} }`;
const LIFT = `mutation ($id: ID!, $reason: String!) { liftCompanyExclusion(id: $id, reason: $reason) { id liftedOn active } }`;
const SORTED = `query ($sort: RecognitionSort, $filter: RecognitionFilter) {
  recognitions(sort: $sort, filter: $filter, page: { first: 200 }) { nodes { id validFrom validUntil workplace { name } } }
}`;

async function excludedCompany(until?: string) {
  const fixture = await recognised();
  const excluded = await q(EXCLUDE, { input: { recognitionId: fixture.recognitionId, reason: 'Mentoropleiding niet gevolgd', until } }, testUsers.agencyStaff);
  expect(excluded.errors).toBeUndefined();
  const exclusions = (await q(EXCLUSIONS, { id: fixture.company.id }, testUsers.agencyStaff)).data.company.exclusions;
  return { ...fixture, exclusionId: exclusions[0].id as string };
}

describe('exclusions (uitsluitingen) as data (§3.6)', () => {
  it('§3.6 exclusion lifted: exclude → submit refused → lift → submit accepted the same day', async () => {
    const { recognitionId, company, input, exclusionId } = await excludedCompany();
    at('2026-05-04T09:00:00Z');
    const refused = await q(SUBMIT, { input }, testUsers.companyUser(company.id));
    expect(codeOf(refused)).toBe('CONFLICT');
    expect(refused.errors?.[0]?.message).toContain('uitgesloten tot opheffing');

    const before = (await q(EXCLUSIONS, { id: company.id }, testUsers.agencyStaff)).data.company.exclusions;
    expect(before).toEqual([
      {
        id: exclusionId,
        reason: 'Mentoropleiding niet gevolgd',
        startsOn: '2026-03-02',
        endsOn: null,
        liftedOn: null,
        active: true,
        recognition: { id: recognitionId, status: 'EXCLUDED' },
        history: [{ step: 'exclude', fromStatus: null, toStatus: 'ACTIVE', note: 'Mentoropleiding niet gevolgd' }],
      },
    ]);

    expect(codeOf(await q(LIFT, { id: exclusionId, reason: 'x' }, testUsers.agencyStaff))).toBe('BAD_USER_INPUT');
    const lifted = await q(LIFT, { id: exclusionId, reason: 'Mentoropleiding alsnog gevolgd' }, testUsers.partnershipStaff(sp.bouw));
    expect(lifted.errors).toBeUndefined();
    expect(lifted.data.liftCompanyExclusion).toEqual({ id: exclusionId, liftedOn: '2026-05-04', active: false });
    const after = (await q(EXCLUSIONS, { id: company.id }, testUsers.agencyStaff)).data.company.exclusions[0];
    expect(after.history.at(-1)).toEqual({ step: 'lift', fromStatus: 'ACTIVE', toStatus: 'LIFTED', note: 'Mentoropleiding alsnog gevolgd' });
    // Lifting ends the exclusion, not the recognition: that stays EXCLUDED; the company applies anew.
    expect(after.recognition.status).toBe('EXCLUDED');

    const accepted = await q(SUBMIT, { input }, testUsers.companyUser(company.id));
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data.submitRecognitionApplication.status).toBe('SUBMITTED');
  });

  it('§3.6 lifting an exclusion: agency staff or staff of the excluded recognition’s partnership; others FORBIDDEN', async () => {
    const { company, exclusionId } = await excludedCompany();
    const reason = 'Inbreuken rechtgezet';
    for (const denied of [
      testUsers.partnershipStaff(sp.horeca),
      testUsers.inspector,
      testUsers.companyUser(company.id),
      testUsers.schoolUser,
      testUsers.centreUser('4b0a6c1e-7d3f-4e55-9a1b-2c3d4e5f6a7b'),
    ]) {
      expect(codeOf(await q(LIFT, { id: exclusionId, reason }, denied))).toBe('FORBIDDEN');
    }
    expect(codeOf(await q(LIFT, { id: '00000000-0000-4000-8000-000000000999', reason }, testUsers.agencyStaff))).toBe('NOT_FOUND');
    expect((await q(LIFT, { id: exclusionId, reason }, testUsers.agencyStaff)).data.liftCompanyExclusion.liftedOn).toBe('2026-03-02');
  });

  it('§3.6 lifting is refused once lifted or ended, naming the state; active follows the clock', async () => {
    const lifted = await excludedCompany();
    await q(LIFT, { id: lifted.exclusionId, reason: 'Eerste opheffing' }, testUsers.agencyStaff);
    const again = await q(LIFT, { id: lifted.exclusionId, reason: 'Tweede opheffing' }, testUsers.agencyStaff);
    expect(codeOf(again)).toBe('INVALID_STATE_TRANSITION');
    expect(again.errors?.[0]?.message).toContain("'Opgeheven'");

    const temporary = await excludedCompany('2026-06-30');
    const active = async () => (await q(EXCLUSIONS, { id: temporary.company.id }, testUsers.agencyStaff)).data.company.exclusions[0].active;
    at('2026-06-30T21:00:00Z');
    expect(await active()).toBe(true);
    at('2026-07-01T06:00:00Z');
    expect(await active()).toBe(false);
    const ended = await q(LIFT, { id: temporary.exclusionId, reason: 'Te laat opgeheven' }, testUsers.agencyStaff);
    expect(codeOf(ended)).toBe('INVALID_STATE_TRANSITION');
    expect(ended.errors?.[0]?.message).toContain("'Afgelopen'");
  });

  it('reading Company.exclusions: agency, inspectors, partnership staff and the company’s own users; others FORBIDDEN', async () => {
    const { company, exclusionId, recognitionId } = await excludedCompany();
    const other = await recognised();
    const read = (as: User) => q(EXCLUSIONS, { id: company.id }, as);
    for (const allowed of [testUsers.agencyStaff, testUsers.inspector, testUsers.partnershipStaff(sp.bouw), testUsers.companyUser(company.id)]) {
      const result = await read(allowed);
      expect(result.errors).toBeUndefined();
      expect(result.data.company.exclusions.map((e: { id: string }) => e.id)).toEqual([exclusionId]);
      expect(result.data.company.exclusions[0].recognition).toEqual({ id: recognitionId, status: 'EXCLUDED' });
    }
    // Staff of another partnership see the exclusion, not the recognition of a partnership that is not theirs.
    const horeca = await read(testUsers.partnershipStaff(sp.horeca));
    expect(horeca.errors).toBeUndefined();
    expect(horeca.data.company.exclusions[0].recognition).toBeNull();
    expect(codeOf(await read(testUsers.companyUser(other.company.id)))).toBe('FORBIDDEN');
    expect(codeOf(await read(testUsers.schoolUser))).toBe('FORBIDDEN');
    // A company without exclusions has an empty list.
    expect((await q(EXCLUSIONS, { id: other.company.id }, testUsers.inspector)).data.company.exclusions).toEqual([]);
  });

  it('Company.exclusions and their recognitions cost one query per field for the whole page', async () => {
    for (let i = 0; i < 3; i += 1) {
      const { company } = await excludedCompany();
      await prisma.company.update({ where: { id: company.id }, data: { name: `Batchtest uitgesloten ${i}` } });
    }
    const NESTED = `query ($first: Int!) { companies(filter: { search: "Batchtest uitgesloten" }, page: { first: $first }) {
      nodes { id exclusions { id active recognition { id } history { step } } }
    } }`;
    const count = async (first: number) => {
      statements.length = 0;
      const result = await q(NESTED, { first }, testUsers.agencyStaff);
      expect(result.errors).toBeUndefined();
      expect(result.data.companies.nodes).toHaveLength(first);
      for (const node of result.data.companies.nodes) expect(node.exclusions[0].recognition.id).toBeTruthy();
      return statements.length;
    };
    expect(await count(3)).toBe(await count(1));
  });

  it('recognitions sort by VALID_FROM, VALID_UNTIL or WORKPLACE_NAME, then by id', async () => {
    const made: { recognitionId: string; name: string }[] = [];
    for (const [day, name] of [
      ['2026-04-01T09:00:00Z', 'Sorteer Zebra'],
      ['2026-02-02T09:00:00Z', 'Sorteer Aap'],
      ['2026-03-03T09:00:00Z', 'Sorteer Mier'],
    ] as const) {
      at(day);
      const fixture = await recognised();
      await prisma.workplace.update({ where: { id: fixture.workplace.id }, data: { name } });
      made.push({ recognitionId: fixture.recognitionId, name });
    }
    const [zebra, aap, mier] = made.map((m) => m.recognitionId);
    const order = async (sort: string) => {
      const result = await q(SORTED, { sort, filter: { partnershipId: sp.bouw } }, testUsers.agencyStaff);
      expect(result.errors).toBeUndefined();
      return result.data.recognitions.nodes as { id: string; validFrom: string; validUntil: string; workplace: { name: string } }[];
    };
    const mine = (nodes: { id: string }[]) => nodes.map((n) => n.id).filter((id) => [zebra, aap, mier].includes(id));

    for (const [sort, key] of [['VALID_FROM', 'validFrom'], ['VALID_UNTIL', 'validUntil']] as const) {
      const nodes = await order(sort);
      expect(mine(nodes)).toEqual([aap, mier, zebra]);
      // The whole list: by the key, then by id.
      const expected = [...nodes].sort((a, b) => (a[key] === b[key] ? (a.id < b.id ? -1 : 1) : a[key] < b[key] ? -1 : 1));
      expect(nodes.map((n) => n.id)).toEqual(expected.map((n) => n.id));
    }
    expect(mine(await order('WORKPLACE_NAME'))).toEqual([aap, mier, zebra]);
    const unsorted = await q(SORTED, { filter: { partnershipId: sp.bouw } }, testUsers.agencyStaff);
    expect(mine(unsorted.data.recognitions.nodes)).toEqual([zebra, mier, aap]);
    expect(codeOf(await q(SORTED, { sort: 'NAME' }, testUsers.agencyStaff))).toBe('BAD_USER_INPUT');
  });
});
