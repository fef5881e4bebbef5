import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { testUsers, type TestSubgraph } from '@werkplek/test-kit';
import type { User } from '@werkplek/subgraph-kit';
import type { PrismaClient } from '../src/generated/prisma/client.js';
import { recognitionValidOn } from '../src/recognition/recognition-validity.js';
import {
  approvedRecognition,
  createPartnerships,
  createTraining,
  createWorkplace,
  startRecognitionSubgraph,
  SUBMIT,
  type FixturePartnerships,
} from './fixtures/recognition.js';

const START = '2026-03-02T09:00:00Z';
let clock = new Date(START);
let subgraph: TestSubgraph;
let prisma: PrismaClient;
let sp: FixturePartnerships;
let trainingId: string;

beforeAll(async () => {
  ({ subgraph, prisma } = await startRecognitionSubgraph(() => clock));
  sp = await createPartnerships(prisma);
  trainingId = (await createTraining(prisma, 'metselaar', ['Metselen', 'Bekisten'])).id;
});
afterAll(() => subgraph?.stop());
beforeEach(() => {
  clock = new Date(START);
});

const at = (iso: string) => {
  clock = new Date(iso);
};
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
