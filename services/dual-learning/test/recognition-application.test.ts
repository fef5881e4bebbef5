import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestSubgraph, testUsers, type TestSubgraph } from '@werkplek/test-kit';
import type { User } from '@werkplek/subgraph-kit';
import type { PrismaClient } from '../src/generated/prisma/client.js';
import { createDualLearningSubgraph } from '../src/index.js';
import {
  ACTION,
  allConditions,
  CONDITIONS,
  createWorkplace,
  DECIDE,
  KAPPER_ACTIVITIES,
  readyApplication,
  recognitionIds,
  seedRecognitionApplicationFixture,
  SUBMIT,
  TAKE_UP,
  voter,
  type FixturePartnerships,
} from './fixtures/recognition.js';

const MONDAY = '2026-03-02T09:00:00Z';
let clock = new Date(MONDAY);
let subgraph: TestSubgraph;
let prisma: PrismaClient;
let sp: FixturePartnerships;
let trainingId: string;
const statements: string[] = [];
const ACTIVITIES = KAPPER_ACTIVITIES;

beforeAll(async () => {
  // The tests add their own workplaces with createWorkplace: they keep the subgraph's client that seedWith receives.
  subgraph = await startTestSubgraph('dual-learning', (db) =>
    createDualLearningSubgraph({
      ...db,
      now: () => clock,
      onQuery: (sql) => statements.push(sql),
      seedWith: async (client) => {
        prisma = client;
        await seedRecognitionApplicationFixture(client);
      },
    }),
  );
  sp = recognitionIds.partnership;
  trainingId = recognitionIds.training.kapper;
});
afterAll(() => subgraph?.stop());
beforeEach(() => {
  clock = new Date(MONDAY);
});

const at = (iso: string) => {
  clock = new Date(iso);
};
// `any`: these tests read many differently shaped documents field by field; a type per document would repeat each query.
const q = (document: string, variables: Record<string, unknown>, as?: User | null) => subgraph.query<any>(document, { variables, as });
const codeOf = (result: { errors?: { extensions?: { code?: string } }[] }) => result.errors?.[0]?.extensions?.code;

async function newWorkplace(jointCommittees: string[], extra: { chain?: string; companyId?: string; employeeCount?: number | null } = {}) {
  const fixture = await createWorkplace(prisma, { jointCommittees, ...extra });
  return { ...fixture, input: { workplaceId: fixture.workplace.id, trainingId, mentorIds: [fixture.qualified.id] } };
}

const GET = `query ($id: ID!) { recognitionApplication(id: $id) {
  id reference status overdue daysOpen dueOn missingItems outcome rejectionReason
  mentors { name } mentorChecks { name age meetsConditions } actions { action } votes { approve reason }
  history { step fromStatus toStatus actorName }
  recognition { id scope validFrom validUntil }
} }`;
const LIST = `query ($filter: ApplicationFilter, $sort: ApplicationSort, $page: PageInput) {
  recognitionApplications(filter: $filter, sort: $sort, page: $page) { totalCount nodes { id status overdue } pageInfo { hasNextPage endCursor } }
}`;
const INCOMPLETE = `mutation ($input: DeclareApplicationIncompleteInput!) { declareApplicationIncomplete(input: $input) { id status missingItems } }`;
const COMPLETE = `mutation ($id: ID!) { completeApplication(applicationId: $id) { id status dueOn missingItems } }`;
const HOLD = `mutation ($id: ID!) { putApplicationOnHold(applicationId: $id, reason: "onderneming onbereikbaar") { id status } }`;
const RESUME = `mutation ($id: ID!) { resumeApplication(applicationId: $id) { id status } }`;
const VOTE = `mutation ($input: CastApplicationVoteInput!) { castVote(input: $input) { id status votes { approve reason } } }`;
const PROPOSE = `mutation ($input: ApplicationDecisionInput!) { proposeDecision(input: $input) { id status outcome decidedAt } }`;
const CYCLE = `mutation { runDecisionCycle { approved { id status } rejected { id status rejectionReason } } }`;

describe('submitting a recognition application', () => {
  it('BR-01: due 14 calendar days after submission, overdue after (flag and SQL filter)', async () => {
    const { company, input } = await newWorkplace(['124']);
    const submitted = await q(SUBMIT, { input }, testUsers.companyUser(company.id));
    expect(submitted.errors).toBeUndefined();
    const application = submitted.data.submitRecognitionApplication;
    expect(application).toMatchObject({ status: 'SUBMITTED', dueOn: '2026-03-16', overdue: false, submitterType: 'COMPANY' });
    expect(application.reference).toMatch(/^ERK-2026-\d{5}$/);

    at('2026-03-16T18:00:00Z');
    expect((await q(GET, { id: application.id }, testUsers.agencyStaff)).data.recognitionApplication.overdue).toBe(false);
    at('2026-03-17T08:00:00Z');
    const late = (await q(GET, { id: application.id }, testUsers.agencyStaff)).data.recognitionApplication;
    expect(late).toMatchObject({ overdue: true, daysOpen: 15 });
    const overdue = await q(LIST, { filter: { overdue: true } }, testUsers.agencyStaff);
    expect(overdue.errors).toBeUndefined();
    expect(overdue.data.recognitionApplications.nodes.map((n: { id: string }) => n.id)).toContain(application.id);
    const onTime = await q(LIST, { filter: { overdue: false } }, testUsers.agencyStaff);
    expect(onTime.data.recognitionApplications.nodes.map((n: { id: string }) => n.id)).not.toContain(application.id);
  });

  it('BR-06: routed to the partnership of the company’s joint committee, else the Flemish Partnership', async () => {
    for (const [committees, code] of [[['124'], 'bouw'], [['149.01'], 'elektriciens'], [['200'], 'vp']] as const) {
      const { input } = await newWorkplace([...committees]);
      const result = await q(SUBMIT, { input }, testUsers.agencyStaff);
      expect(result.errors).toBeUndefined();
      expect(result.data.submitRecognitionApplication.partnership.code).toBe(code);
      expect(result.data.submitRecognitionApplication.submitterType).toBe('WORKPLACE_COACH');
    }
  });

  it('BR-07: a school submits under mandate only with the signed declaration', async () => {
    const { input } = await newWorkplace(['124']);
    const without = await q(SUBMIT, { input }, testUsers.schoolUser);
    expect(codeOf(without)).toBe('BAD_USER_INPUT');
    expect(without.errors?.[0]?.message).toContain('ondertekende verklaring');
    const withDeclaration = await q(SUBMIT, { input: { ...input, signedDeclaration: true } }, testUsers.schoolUser);
    expect(withDeclaration.data.submitRecognitionApplication.submitterType).toBe('TRAINING_INSTITUTION');
  });

  it('BR-07: who may submit — company (own only), partnership staff (own partnership only), no inspector or centre', async () => {
    const { input, company } = await newWorkplace(['124']);
    const other = await newWorkplace(['124']);
    expect(codeOf(await q(SUBMIT, { input }, testUsers.companyUser(other.company.id)))).toBe('FORBIDDEN');
    expect(codeOf(await q(SUBMIT, { input }, testUsers.partnershipStaff(sp.horeca)))).toBe('FORBIDDEN');
    expect(codeOf(await q(SUBMIT, { input }, testUsers.inspector))).toBe('FORBIDDEN');
    expect(codeOf(await q(SUBMIT, { input }, testUsers.centreUser('4b0a6c1e-7d3f-4e55-9a1b-2c3d4e5f6a7b')))).toBe('FORBIDDEN');
    expect(codeOf(await q(SUBMIT, { input }))).toBe('UNAUTHENTICATED');
    const byPartnership = await q(SUBMIT, { input }, testUsers.partnershipStaff(sp.bouw));
    expect(byPartnership.data.submitRecognitionApplication.submitterType).toBe('SECTORAL_PARTNERSHIP');
    // one open application per workplace and training
    expect(codeOf(await q(SUBMIT, { input }, testUsers.companyUser(company.id)))).toBe('CONFLICT');
  });

  it('bad input: mentors must be of the workplace, at least one', async () => {
    const { input } = await newWorkplace(['124']);
    const other = await newWorkplace(['124']);
    expect(codeOf(await q(SUBMIT, { input: { ...input, mentorIds: [other.qualified.id] } }, testUsers.agencyStaff))).toBe('BAD_USER_INPUT');
    expect(codeOf(await q(SUBMIT, { input: { ...input, mentorIds: [] } }, testUsers.agencyStaff))).toBe('BAD_USER_INPUT');
  });

  it('BR-11: a training’s minimum number of employees: submission refused below it, accepted at it or when the count is unknown', async () => {
    const salon = recognitionIds.training.salonverantwoordelijke;
    const single = await newWorkplace(['200'], { employeeCount: 1 });
    const refused = await q(SUBMIT, { input: { ...single.input, trainingId: salon } }, testUsers.companyUser(single.company.id));
    expect(codeOf(refused)).toBe('CONFLICT');
    expect(refused.errors?.[0]?.message).toContain('BR-11');
    // the minimum is the training's: the same one-person salon may apply for "kapper" (no minimum)
    expect((await q(SUBMIT, { input: single.input }, testUsers.companyUser(single.company.id))).errors).toBeUndefined();
    const two = await newWorkplace(['200'], { employeeCount: 2 });
    expect((await q(SUBMIT, { input: { ...two.input, trainingId: salon } }, testUsers.companyUser(two.company.id))).errors).toBeUndefined();
    const unknown = await newWorkplace(['200']);
    expect((await q(SUBMIT, { input: { ...unknown.input, trainingId: salon } }, testUsers.agencyStaff)).errors).toBeUndefined();
  });

  it('DUPLICATE: simultaneous submissions for one workplace and training give one application (checked and inserted under an advisory lock)', async () => {
    const { input } = await newWorkplace(['124']);
    const results = await Promise.all(Array.from({ length: 4 }, () => q(SUBMIT, { input }, testUsers.agencyStaff)));
    expect(results.filter((result) => !result.errors)).toHaveLength(1);
    expect(results.filter((result) => codeOf(result) === 'CONFLICT')).toHaveLength(3);
    expect(await prisma.recognitionApplication.count({ where: { workplaceId: input.workplaceId, trainingId } })).toBe(1);
  });

  it('BR-05: an establishment outside Flanders and Brussels is refused', async () => {
    const { input, workplace } = await newWorkplace(['124']);
    await prisma.workplace.update({ where: { id: workplace.id }, data: { postalCode: '5000' } });
    const result = await q(SUBMIT, { input }, testUsers.agencyStaff);
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toContain('BR-05');
  });
});

describe('handling workflow', () => {
  it('BR-02: incomplete with missing items, completed by the applicant, term restarts', async () => {
    const { company, input } = await newWorkplace(['124']);
    const id = (await q(SUBMIT, { input }, testUsers.companyUser(company.id))).data.submitRecognitionApplication.id;
    expect(codeOf(await q(INCOMPLETE, { input: { applicationId: id, missingItems: [] } }, testUsers.agencyStaff))).toBe('BAD_USER_INPUT');
    const declared = await q(INCOMPLETE, { input: { applicationId: id, missingItems: ['RSZ-attest C450', 'Diploma mentor'] } }, testUsers.partnershipStaff(sp.bouw));
    expect(declared.errors).toBeUndefined();
    expect(declared.data.declareApplicationIncomplete).toMatchObject({ status: 'INCOMPLETE', missingItems: ['RSZ-attest C450', 'Diploma mentor'] });

    const takeUp = await q(TAKE_UP, { id }, testUsers.agencyStaff);
    expect(codeOf(takeUp)).toBe('INVALID_STATE_TRANSITION');
    expect(takeUp.errors?.[0]?.message).toContain('Dossier onvolledig');

    const stranger = await newWorkplace(['124']);
    expect(codeOf(await q(COMPLETE, { id }, testUsers.companyUser(stranger.company.id)))).toBe('FORBIDDEN');
    at('2026-03-05T10:00:00Z');
    const completed = await q(COMPLETE, { id }, testUsers.companyUser(company.id));
    expect(completed.data.completeApplication).toMatchObject({ status: 'SUBMITTED', dueOn: '2026-03-19', missingItems: [] });
  });

  it('take up, on hold, resume; illegal steps name the state; history of every step', async () => {
    const { input } = await newWorkplace(['124']);
    const id = (await q(SUBMIT, { input }, testUsers.agencyStaff)).data.submitRecognitionApplication.id;
    expect(codeOf(await q(RESUME, { id }, testUsers.agencyStaff))).toBe('INVALID_STATE_TRANSITION');
    expect(codeOf(await q(TAKE_UP, { id }, testUsers.partnershipStaff(sp.horeca)))).toBe('FORBIDDEN');
    expect(codeOf(await q(TAKE_UP, { id }, testUsers.companyUser('00000000-0000-0000-0000-000000000001')))).toBe('FORBIDDEN');
    at('2026-03-02T10:00:00Z');
    expect((await q(TAKE_UP, { id }, testUsers.partnershipStaff(sp.bouw))).data.takeUpApplication.status).toBe('IN_PROGRESS');
    at('2026-03-02T11:00:00Z');
    expect((await q(HOLD, { id }, testUsers.agencyStaff)).data.putApplicationOnHold.status).toBe('ON_HOLD');
    const held = await q(HOLD, { id }, testUsers.agencyStaff);
    expect(held.errors?.[0]?.message).toContain("'In wacht'");
    at('2026-03-03T09:00:00Z');
    expect((await q(RESUME, { id }, testUsers.agencyStaff)).data.resumeApplication.status).toBe('IN_PROGRESS');
    const history = (await q(GET, { id }, testUsers.inspector)).data.recognitionApplication.history;
    expect(history.map((h: { step: string }) => h.step)).toEqual(['submit', 'takeUp', 'putOnHold', 'resume']);
    expect(history[1]).toMatchObject({ fromStatus: 'SUBMITTED', toStatus: 'IN_PROGRESS', actorName: 'Koen Janssens' });
  });

  it('Tabel 9: handling actions only while in progress or on hold, not in the future', async () => {
    const { input } = await newWorkplace(['124']);
    const id = (await q(SUBMIT, { input }, testUsers.agencyStaff)).data.submitRecognitionApplication.id;
    expect(codeOf(await q(ACTION, { input: { applicationId: id, action: 'COMPANY_CONTACT' } }, testUsers.agencyStaff))).toBe('INVALID_STATE_TRANSITION');
    await q(TAKE_UP, { id }, testUsers.agencyStaff);
    expect(codeOf(await q(ACTION, { input: { applicationId: id, action: 'SITE_VISIT', performedOn: '2026-03-09' } }, testUsers.agencyStaff))).toBe('BAD_USER_INPUT');
    for (const action of ['ADMINISTRATIVE_CHECK', 'COMPANY_CONTACT', 'SITE_VISIT', 'EXTERNAL_ADVICE']) {
      expect((await q(ACTION, { input: { applicationId: id, action } }, testUsers.agencyStaff)).errors).toBeUndefined();
    }
    expect(codeOf(await q(ACTION, { input: { applicationId: id, action: 'SITE_VISIT' } }, testUsers.partnershipStaff(sp.tech)))).toBe('FORBIDDEN');
    expect((await q(GET, { id }, testUsers.agencyStaff)).data.recognitionApplication.actions).toHaveLength(4);
  });
});

describe('deciding', () => {
  it('BR-03 and BR-13: approval needs the four company conditions; it creates a 5-year recognition with the mentors', async () => {
    const { input } = await newWorkplace(['124']);
    const id = (await q(SUBMIT, { input }, testUsers.agencyStaff)).data.submitRecognitionApplication.id;
    await q(TAKE_UP, { id }, testUsers.agencyStaff);
    const early = await q(DECIDE, { input: { applicationId: id, outcome: 'APPROVAL' } }, testUsers.agencyStaff);
    expect(codeOf(early)).toBe('CONFLICT');
    expect(early.errors?.[0]?.message).toContain('BR-03');
    await q(CONDITIONS, { input: { applicationId: id, ...allConditions, financiallyCapable: false } }, testUsers.agencyStaff);
    expect(codeOf(await q(DECIDE, { input: { applicationId: id, outcome: 'APPROVAL' } }, testUsers.agencyStaff))).toBe('CONFLICT');
    await q(CONDITIONS, { input: { applicationId: id, ...allConditions } }, testUsers.agencyStaff);
    at('2026-03-10T11:00:00Z');
    const decided = await q(DECIDE, { input: { applicationId: id, outcome: 'APPROVAL' } }, testUsers.partnershipStaff(sp.bouw));
    expect(decided.errors).toBeUndefined();
    expect(decided.data.decideApplication).toMatchObject({ status: 'APPROVED', outcome: 'APPROVAL' });
    expect(decided.data.decideApplication.recognition).toMatchObject({
      scope: 'FULL', validFrom: '2026-03-10', validUntil: '2031-03-10', status: 'ACTIVE', mentors: [{ name: expect.stringContaining('Ann') }],
    });
    const again = await q(DECIDE, { input: { applicationId: id, outcome: 'REJECTION', rejectionReason: 'CONVICTION' } }, testUsers.agencyStaff);
    expect(codeOf(again)).toBe('INVALID_STATE_TRANSITION');
    expect(again.errors?.[0]?.message).toContain('Goedgekeurd');
  });

  it('BR-04: every mentor must be 25, or 23 with 5 years of experience', async () => {
    const { workplace, qualified, young } = await newWorkplace(['124']);
    const id = await readyApplication(subgraph.query.bind(subgraph), { workplaceId: workplace.id, trainingId, mentorIds: [qualified.id, young.id] });
    const checks = (await q(GET, { id }, testUsers.agencyStaff)).data.recognitionApplication.mentorChecks;
    expect(checks.map((c: { meetsConditions: boolean }) => c.meetsConditions).sort()).toEqual([false, true]);
    const refused = await q(DECIDE, { input: { applicationId: id, outcome: 'APPROVAL' } }, testUsers.agencyStaff);
    expect(codeOf(refused)).toBe('CONFLICT');
    expect(refused.errors?.[0]?.message).toContain('BR-04');
  });

  it('BR-11: approval is refused while the establishment has fewer employees than the training needs', async () => {
    const salon = await newWorkplace(['200'], { employeeCount: 2 });
    const id = await readyApplication(subgraph.query.bind(subgraph), { ...salon.input, trainingId: recognitionIds.training.salonverantwoordelijke }, { siteVisit: true });
    await prisma.workplace.update({ where: { id: salon.workplace.id }, data: { employeeCount: 1 } });
    const refused = await q(DECIDE, { input: { applicationId: id, outcome: 'APPROVAL' } }, testUsers.agencyStaff);
    expect(codeOf(refused)).toBe('CONFLICT');
    expect(refused.errors?.[0]?.message).toContain('BR-11');
    expect(codeOf(await q(DECIDE, { input: { applicationId: id, outcome: 'APPROVAL' } }, testUsers.partnershipStaff(sp.bouw)))).toBe('FORBIDDEN');
    await prisma.workplace.update({ where: { id: salon.workplace.id }, data: { employeeCount: 3 } });
    const approved = await q(DECIDE, { input: { applicationId: id, outcome: 'APPROVAL' } }, testUsers.partnershipStaff(sp.vp));
    expect(approved.errors).toBeUndefined();
    expect(approved.data.decideApplication.status).toBe('APPROVED');
  });

  it('BR-08: rejection needs one of the five coded reasons', async () => {
    const { input } = await newWorkplace(['124']);
    const id = await readyApplication(subgraph.query.bind(subgraph), input);
    expect(codeOf(await q(DECIDE, { input: { applicationId: id, outcome: 'REJECTION' } }, testUsers.agencyStaff))).toBe('BAD_USER_INPUT');
    const unknown = await q(DECIDE, { input: { applicationId: id, outcome: 'REJECTION', rejectionReason: 'TOO_LATE' } }, testUsers.agencyStaff);
    expect(unknown.errors).toBeDefined();
    expect(unknown.data ?? null).toBeNull();
    expect(codeOf(await q(DECIDE, { input: { applicationId: id, outcome: 'REJECTION', rejectionReason: 'INSUFFICIENT_EQUIPMENT' } }, testUsers.partnershipStaff(sp.horeca)))).toBe('FORBIDDEN');
    const rejected = await q(DECIDE, { input: { applicationId: id, outcome: 'REJECTION', rejectionReason: 'INSUFFICIENT_EQUIPMENT' } }, testUsers.agencyStaff);
    expect(rejected.data.decideApplication).toMatchObject({ status: 'REJECTED', rejectionReason: 'INSUFFICIENT_EQUIPMENT', recognition: null });
  });

  it('BR-09: partial approval names the excluded activities from the activity list and leaves some', async () => {
    const { input } = await newWorkplace(['124']);
    const id = await readyApplication(subgraph.query.bind(subgraph), input);
    expect(codeOf(await q(DECIDE, { input: { applicationId: id, outcome: 'PARTIAL_APPROVAL' } }, testUsers.agencyStaff))).toBe('BAD_USER_INPUT');
    expect(codeOf(await q(DECIDE, { input: { applicationId: id, outcome: 'PARTIAL_APPROVAL', excludedActivities: ['Lassen'] } }, testUsers.agencyStaff))).toBe('BAD_USER_INPUT');
    expect(codeOf(await q(DECIDE, { input: { applicationId: id, outcome: 'PARTIAL_APPROVAL', excludedActivities: ACTIVITIES } }, testUsers.agencyStaff))).toBe('BAD_USER_INPUT');
    const partial = await q(DECIDE, { input: { applicationId: id, outcome: 'PARTIAL_APPROVAL', excludedActivities: ['Permanent'] } }, testUsers.agencyStaff);
    expect(partial.data.decideApplication).toMatchObject({ status: 'APPROVED', excludedActivities: ['Permanent'] });
    expect(partial.data.decideApplication.recognition).toMatchObject({ scope: 'PARTIAL', excludedActivities: ['Permanent'] });
  });

  it('BR-12: ALWAYS needs a site visit, NEVER does not', async () => {
    const horeca = await newWorkplace(['302']);
    const id = await readyApplication(subgraph.query.bind(subgraph), horeca.input);
    const refused = await q(DECIDE, { input: { applicationId: id, outcome: 'APPROVAL' } }, testUsers.agencyStaff);
    expect(codeOf(refused)).toBe('CONFLICT');
    expect(refused.errors?.[0]?.message).toContain('plaatsbezoek');
    await q(ACTION, { input: { applicationId: id, action: 'SITE_VISIT' } }, testUsers.partnershipStaff(sp.horeca));
    expect((await q(DECIDE, { input: { applicationId: id, outcome: 'APPROVAL' } }, testUsers.partnershipStaff(sp.horeca))).data.decideApplication.status).toBe('APPROVED');

    const bouw = await newWorkplace(['124']);
    const bouwId = await readyApplication(subgraph.query.bind(subgraph), bouw.input);
    expect((await q(DECIDE, { input: { applicationId: bouwId, outcome: 'APPROVAL' } }, testUsers.agencyStaff)).data.decideApplication.status).toBe('APPROVED');
  });

  it('BR-12: CONDITIONAL needs a visit for the company’s first application, not for a known company or a recognised chain', async () => {
    const first = await newWorkplace(['200'], { chain: 'Kapsalons Lotte' });
    const firstId = await readyApplication(subgraph.query.bind(subgraph), first.input);
    expect(codeOf(await q(DECIDE, { input: { applicationId: firstId, outcome: 'APPROVAL' } }, testUsers.agencyStaff))).toBe('CONFLICT');
    await q(ACTION, { input: { applicationId: firstId, action: 'SITE_VISIT' } }, testUsers.agencyStaff);
    expect((await q(DECIDE, { input: { applicationId: firstId, outcome: 'APPROVAL' } }, testUsers.agencyStaff)).data.decideApplication.status).toBe('APPROVED');

    const sameCompany = await newWorkplace(['200'], { companyId: first.company.id });
    const knownId = await readyApplication(subgraph.query.bind(subgraph), sameCompany.input);
    expect((await q(DECIDE, { input: { applicationId: knownId, outcome: 'APPROVAL' } }, testUsers.agencyStaff)).data.decideApplication.status).toBe('APPROVED');

    const chain = await newWorkplace(['200'], { chain: 'Kapsalons Lotte' });
    const chainId = await readyApplication(subgraph.query.bind(subgraph), chain.input);
    expect((await q(DECIDE, { input: { applicationId: chainId, outcome: 'APPROVAL' } }, testUsers.agencyStaff)).data.decideApplication.status).toBe('APPROVED');
  });
});

describe('BR-10 decision mechanisms', () => {
  it('BR-10a: Elektriciens approve tacitly at day 14 unless on hold or vetoed', async () => {
    const plain = await newWorkplace(['149.01']);
    const held = await newWorkplace(['149.01']);
    const vetoed = await newWorkplace(['149.01']);
    const plainId = (await q(SUBMIT, { input: plain.input }, testUsers.agencyStaff)).data.submitRecognitionApplication.id;
    const heldId = (await q(SUBMIT, { input: held.input }, testUsers.agencyStaff)).data.submitRecognitionApplication.id;
    const vetoedId = (await q(SUBMIT, { input: vetoed.input }, testUsers.agencyStaff)).data.submitRecognitionApplication.id;
    await q(HOLD, { id: heldId }, testUsers.agencyStaff);
    const veto = await q(VOTE, { input: { applicationId: vetoedId, approve: false, rejectionReason: 'CONVICTION', note: 'RSZ-veroordeling' } }, testUsers.partnershipStaff(sp.elektriciens));
    expect(veto.errors).toBeUndefined();

    expect(codeOf(await q(CYCLE, {}, testUsers.partnershipStaff(sp.elektriciens)))).toBe('FORBIDDEN');
    at('2026-03-15T09:00:00Z');
    expect((await q(CYCLE, {}, testUsers.agencyStaff)).data.runDecisionCycle.approved.map((a: { id: string }) => a.id)).not.toContain(plainId);
    at('2026-03-16T09:00:00Z');
    const cycle = (await q(CYCLE, {}, testUsers.agencyStaff)).data.runDecisionCycle;
    const approvedIds = cycle.approved.map((a: { id: string }) => a.id);
    expect(approvedIds).toContain(plainId);
    expect(approvedIds).not.toContain(heldId);
    expect(approvedIds).not.toContain(vetoedId);
    const approved = (await q(GET, { id: plainId }, testUsers.agencyStaff)).data.recognitionApplication;
    expect(approved.recognition).toMatchObject({ scope: 'FULL', validFrom: '2026-03-16', validUntil: '2031-03-16' });
    expect(approved.history.at(-1)).toMatchObject({ step: 'cycleApprove', toStatus: 'APPROVED' });
  });

  it('BR-10a: no tacit approval when a mentor fails BR-04 or a company condition is recorded false: left to a consultant', async () => {
    const plain = await newWorkplace(['149.01']);
    const youngMentor = await newWorkplace(['149.01']);
    const failed = await newWorkplace(['149.01']);
    const plainId = (await q(SUBMIT, { input: plain.input }, testUsers.agencyStaff)).data.submitRecognitionApplication.id;
    const youngInput = { ...youngMentor.input, mentorIds: [youngMentor.qualified.id, youngMentor.young.id] };
    const youngId = (await q(SUBMIT, { input: youngInput }, testUsers.agencyStaff)).data.submitRecognitionApplication.id;
    const failedId = (await q(SUBMIT, { input: failed.input }, testUsers.agencyStaff)).data.submitRecognitionApplication.id;
    await q(TAKE_UP, { id: failedId }, testUsers.partnershipStaff(sp.elektriciens));
    const recorded = await q(CONDITIONS, { input: { applicationId: failedId, ...allConditions, noConvictions: false } }, testUsers.partnershipStaff(sp.elektriciens));
    expect(recorded.errors).toBeUndefined();

    at('2026-03-16T09:00:00Z');
    const cycle = (await q(CYCLE, {}, testUsers.agencyStaff)).data.runDecisionCycle;
    const decidedIds = [...cycle.approved, ...cycle.rejected].map((a: { id: string }) => a.id);
    expect(decidedIds).toContain(plainId);
    expect(decidedIds).not.toContain(youngId);
    expect(decidedIds).not.toContain(failedId);
    expect((await q(GET, { id: youngId }, testUsers.agencyStaff)).data.recognitionApplication).toMatchObject({ status: 'SUBMITTED', recognition: null });
    expect((await q(GET, { id: failedId }, testUsers.agencyStaff)).data.recognitionApplication).toMatchObject({ status: 'IN_PROGRESS', recognition: null });
    // the consultant decides instead
    const rejected = await q(DECIDE, { input: { applicationId: youngId, outcome: 'REJECTION', rejectionReason: 'NO_QUALIFYING_MENTOR' } }, testUsers.partnershipStaff(sp.elektriciens));
    expect(rejected.data.decideApplication.status).toBe('REJECTED');
  });

  it('BR-10b: Social Profit decides unanimously at Thursday noon; votes close then', async () => {
    const yes = await newWorkplace(['330']);
    const no = await newWorkplace(['330']);
    const none = await newWorkplace(['330']);
    const yesId = (await q(SUBMIT, { input: yes.input }, testUsers.agencyStaff)).data.submitRecognitionApplication.id;
    const noId = (await q(SUBMIT, { input: no.input }, testUsers.agencyStaff)).data.submitRecognitionApplication.id;
    const noneId = (await q(SUBMIT, { input: none.input }, testUsers.agencyStaff)).data.submitRecognitionApplication.id;

    expect(codeOf(await q(VOTE, { input: { applicationId: yesId, approve: true } }, testUsers.agencyStaff))).toBe('FORBIDDEN');
    expect(codeOf(await q(VOTE, { input: { applicationId: yesId, approve: true } }, testUsers.partnershipStaff(sp.tech)))).toBe('FORBIDDEN');
    expect(codeOf(await q(VOTE, { input: { applicationId: noId, approve: false } }, voter(sp.socialProfit, 1)))).toBe('BAD_USER_INPUT');
    expect(codeOf(await q(DECIDE, { input: { applicationId: yesId, outcome: 'APPROVAL' } }, testUsers.agencyStaff))).toBe('INVALID_STATE_TRANSITION');

    for (const n of [1, 2]) {
      expect((await q(VOTE, { input: { applicationId: yesId, approve: true } }, voter(sp.socialProfit, n))).errors).toBeUndefined();
    }
    await q(VOTE, { input: { applicationId: noId, approve: true } }, voter(sp.socialProfit, 1));
    await q(VOTE, { input: { applicationId: noId, approve: false, rejectionReason: 'NO_QUALIFYING_MENTOR', note: 'geen begeleider zorg' } }, voter(sp.socialProfit, 2));

    at('2026-03-05T11:59:00Z');
    expect((await q(CYCLE, {}, testUsers.agencyStaff)).data.runDecisionCycle.approved).toHaveLength(0);
    at('2026-03-05T12:00:00Z');
    const late = await q(VOTE, { input: { applicationId: noneId, approve: true } }, voter(sp.socialProfit, 1));
    expect(codeOf(late)).toBe('CONFLICT');
    expect(late.errors?.[0]?.message).toContain('donderdag');
    const cycle = (await q(CYCLE, {}, testUsers.agencyStaff)).data.runDecisionCycle;
    expect(cycle.approved.map((a: { id: string }) => a.id)).toEqual([yesId]);
    expect(cycle.rejected).toEqual([{ id: noId, status: 'REJECTED', rejectionReason: 'NO_QUALIFYING_MENTOR' }]);
    expect((await q(GET, { id: noneId }, testUsers.agencyStaff)).data.recognitionApplication.status).toBe('SUBMITTED');
  });

  it('BR-10c: Tech proposals stand at the next Monday/Thursday cycle unless the social partners object', async () => {
    const quiet = await newWorkplace(['111']);
    const objected = await newWorkplace(['111']);
    const quietId = await readyApplication(subgraph.query.bind(subgraph), quiet.input, { siteVisit: true });
    const objectedId = await readyApplication(subgraph.query.bind(subgraph), objected.input, { siteVisit: true });
    expect(codeOf(await q(DECIDE, { input: { applicationId: quietId, outcome: 'APPROVAL' } }, testUsers.agencyStaff))).toBe('CONFLICT');
    const proposal = await q(PROPOSE, { input: { applicationId: quietId, outcome: 'APPROVAL' } }, testUsers.partnershipStaff(sp.tech));
    expect(proposal.data.proposeDecision).toMatchObject({ status: 'IN_PROGRESS', outcome: 'APPROVAL', decidedAt: null });
    await q(PROPOSE, { input: { applicationId: objectedId, outcome: 'APPROVAL' } }, testUsers.partnershipStaff(sp.tech));
    at('2026-03-03T10:00:00Z');
    await q(VOTE, { input: { applicationId: objectedId, approve: false, rejectionReason: 'INSUFFICIENT_EQUIPMENT' } }, voter(sp.tech, 3));

    at('2026-03-02T18:00:00Z');
    expect((await q(CYCLE, {}, testUsers.agencyStaff)).data.runDecisionCycle.approved).toHaveLength(0);
    at('2026-03-05T08:00:00Z');
    const cycle = (await q(CYCLE, {}, testUsers.agencyStaff)).data.runDecisionCycle;
    expect(cycle.approved.map((a: { id: string }) => a.id)).toEqual([quietId]);
    expect((await q(GET, { id: objectedId }, testUsers.agencyStaff)).data.recognitionApplication.status).toBe('IN_PROGRESS');
  });

  it('BR-10d: a consultant partnership does not vote', async () => {
    const { input } = await newWorkplace(['124']);
    const id = (await q(SUBMIT, { input }, testUsers.agencyStaff)).data.submitRecognitionApplication.id;
    expect(codeOf(await q(VOTE, { input: { applicationId: id, approve: true } }, testUsers.partnershipStaff(sp.bouw)))).toBe('CONFLICT');
  });
});

describe('reading applications', () => {
  it('each role sees its own: partnership, company, school; inspectors all; centre users none', async () => {
    const bouw = await newWorkplace(['124']);
    const horeca = await newWorkplace(['302']);
    const bouwId = (await q(SUBMIT, { input: bouw.input }, testUsers.companyUser(bouw.company.id))).data.submitRecognitionApplication.id;
    const horecaId = (await q(SUBMIT, { input: { ...horeca.input, signedDeclaration: true } }, testUsers.schoolUser)).data.submitRecognitionApplication.id;
    const idsFor = async (as: User) =>
      ((await q(LIST, { page: { first: 200 } }, as)).data.recognitionApplications.nodes as { id: string }[]).map((n) => n.id);

    expect(await idsFor(testUsers.partnershipStaff(sp.bouw))).toContain(bouwId);
    expect(await idsFor(testUsers.partnershipStaff(sp.bouw))).not.toContain(horecaId);
    expect(await idsFor(testUsers.companyUser(bouw.company.id))).toEqual([bouwId]);
    expect(await idsFor(testUsers.schoolUser)).toContain(horecaId);
    expect(await idsFor(testUsers.schoolUser)).not.toContain(bouwId);
    expect(await idsFor(testUsers.inspector)).toEqual(expect.arrayContaining([bouwId, horecaId]));
    expect(codeOf(await q(LIST, {}, testUsers.centreUser('4b0a6c1e-7d3f-4e55-9a1b-2c3d4e5f6a7b')))).toBe('FORBIDDEN');
    expect(codeOf(await q(GET, { id: horecaId }, testUsers.partnershipStaff(sp.bouw)))).toBe('NOT_FOUND');
    expect(codeOf(await q(GET, { id: bouwId }, testUsers.companyUser(horeca.company.id)))).toBe('NOT_FOUND');
  });

  it('filters by partnership, status, province and submission dates; sorts and pages with a cursor', async () => {
    const { input } = await newWorkplace(['302']);
    at('2026-04-01T09:00:00Z');
    const id = (await q(SUBMIT, { input }, testUsers.agencyStaff)).data.submitRecognitionApplication.id;
    const filtered = await q(LIST, { filter: { partnershipId: sp.horeca, status: 'SUBMITTED', province: 'OOST_VLAANDEREN', submittedFrom: '2026-04-01', submittedTo: '2026-04-01' } }, testUsers.agencyStaff);
    expect(filtered.errors).toBeUndefined();
    expect(filtered.data.recognitionApplications).toMatchObject({ totalCount: 1, nodes: [{ id }] });
    expect((await q(LIST, { filter: { province: 'LIMBURG' } }, testUsers.agencyStaff)).data.recognitionApplications.totalCount).toBe(0);

    const first = await q(LIST, { sort: 'SUBMITTED_AT_DESC', page: { first: 1 } }, testUsers.agencyStaff);
    expect(first.data.recognitionApplications.nodes[0].id).toBe(id);
    expect(first.data.recognitionApplications.pageInfo.hasNextPage).toBe(true);
    const second = await q(LIST, { sort: 'SUBMITTED_AT_DESC', page: { first: 1, after: first.data.recognitionApplications.pageInfo.endCursor } }, testUsers.agencyStaff);
    expect(second.data.recognitionApplications.nodes[0].id).not.toBe(id);
    expect(codeOf(await q(LIST, { page: { first: 0 } }, testUsers.agencyStaff))).toBe('BAD_USER_INPUT');
  });

  it('nested fields cost one query per field for the whole page, not one per application', async () => {
    for (let i = 0; i < 4; i += 1) {
      const { input } = await newWorkplace(['124']);
      const id = (await q(SUBMIT, { input }, testUsers.agencyStaff)).data.submitRecognitionApplication.id;
      await q(TAKE_UP, { id }, testUsers.agencyStaff);
      await q(ACTION, { input: { applicationId: id, action: 'COMPANY_CONTACT' } }, testUsers.agencyStaff);
    }
    const NESTED = `query ($page: PageInput) { recognitionApplications(page: $page) { nodes {
      id reference workplace { name } training { code } partnership { code } mentors { name } mentorChecks { meetsConditions }
      actions { action } votes { approve } history { step } recognition { id }
    } } }`;
    const count = async (first: number) => {
      statements.length = 0;
      const result = await q(NESTED, { page: { first } }, testUsers.agencyStaff);
      expect(result.errors).toBeUndefined();
      expect(result.data.recognitionApplications.nodes).toHaveLength(first);
      return statements.length;
    };
    expect(await count(4)).toBe(await count(2));
  });
});

describe('BR-10b: unanimity of all voting members, per cycle week', () => {
  const SETTINGS = `mutation ($id: ID!, $input: UpdatePartnershipSettingsInput!) { updatePartnershipSettings(id: $id, input: $input) { id votingMembers } }`;
  const PARTNERSHIP = `query ($id: ID!) { partnership(id: $id) { id votingMembers } }`;
  const statusOf = async (id: string) => (await q(GET, { id }, testUsers.agencyStaff)).data.recognitionApplication.status;
  const setVotingMembers = (votingMembers: number | null, as: User) => q(SETTINGS, { id: sp.socialProfit, input: { votingMembers } }, as);
  const submit = async () => (await q(SUBMIT, { input: (await newWorkplace(['330'])).input }, testUsers.agencyStaff)).data.submitRecognitionApplication.id as string;
  const vote = async (applicationId: string, n: number, approve = true) => {
    const input = approve ? { applicationId, approve } : { applicationId, approve, rejectionReason: 'NO_QUALIFYING_MENTOR', note: 'week 1' };
    expect((await q(VOTE, { input }, voter(sp.socialProfit, n))).errors).toBeUndefined();
  };
  const cycleIds = async () => {
    const { approved, rejected } = (await q(CYCLE, {}, testUsers.agencyStaff)).data.runDecisionCycle;
    return { approved: approved.map((a: { id: string }) => a.id), rejected: rejected.map((a: { id: string }) => a.id) };
  };

  afterAll(async () => {
    await setVotingMembers(null, testUsers.agencyStaff);
  });

  it('BR-10b: votingMembers is a partnership setting the agency edits; others FORBIDDEN, 0 refused', async () => {
    expect(codeOf(await setVotingMembers(3, testUsers.partnershipStaff(sp.socialProfit)))).toBe('FORBIDDEN');
    expect(codeOf(await setVotingMembers(0, testUsers.agencyStaff))).toBe('BAD_USER_INPUT');
    const set = await setVotingMembers(3, testUsers.agencyStaff);
    expect(set.errors).toBeUndefined();
    expect(set.data.updatePartnershipSettings.votingMembers).toBe(3);
    expect((await q(PARTNERSHIP, { id: sp.socialProfit })).data.partnership.votingMembers).toBe(3);
    const history = await prisma.partnershipSettingChange.findMany({ where: { partnershipId: sp.socialProfit, setting: 'votingMembers' } });
    expect(history.map((h) => h.newValue)).toContain(3);
  });

  it('BR-10b: approved only when all voting members voted for in the week; short → carries over; earlier weeks ignored', async () => {
    await setVotingMembers(3, testUsers.agencyStaff);
    const id = await submit();
    at('2026-03-09T09:00:00Z'); // Monday, week 1
    await vote(id, 1);
    await vote(id, 2);
    at('2026-03-12T12:00:00Z'); // Thursday noon: 2 of 3 for → carries over
    expect((await cycleIds()).approved).not.toContain(id);
    expect(await statusOf(id)).toBe('SUBMITTED');
    at('2026-03-16T09:00:00Z'); // Monday, week 2: only voter 3 votes; voters 1 and 2 voted in week 1
    await vote(id, 3);
    at('2026-03-16T18:00:00Z'); // the cycle before Thursday looks at week 1 again: still 2 of 3
    expect((await cycleIds()).approved).not.toContain(id);
    at('2026-03-19T12:00:00Z');
    expect((await cycleIds()).approved).not.toContain(id);
    expect(await statusOf(id)).toBe('SUBMITTED');
    at('2026-03-23T09:00:00Z'); // week 3: all three vote for
    for (const n of [1, 2, 3]) await vote(id, n);
    at('2026-03-26T11:59:00Z');
    expect((await cycleIds()).approved).not.toContain(id);
    at('2026-03-26T12:00:00Z');
    expect((await cycleIds()).approved).toContain(id);
    expect(await statusOf(id)).toBe('APPROVED');
  });

  it('BR-10b: a vote against of an earlier week does not count; one in the week rejects', async () => {
    await setVotingMembers(3, testUsers.agencyStaff);
    const earlier = await submit();
    const now = await submit();
    at('2026-04-06T09:00:00Z'); // Monday: voter 4 objects, no cycle runs this week
    await vote(earlier, 4, false);
    at('2026-04-13T09:00:00Z'); // next week: all three for; and an objection in this week for the other
    for (const n of [1, 2, 3]) await vote(earlier, n);
    await vote(now, 1);
    await vote(now, 2, false);
    at('2026-04-16T12:00:00Z');
    const cycle = await cycleIds();
    expect(cycle.approved).toContain(earlier);
    expect(cycle.rejected).toContain(now);
    expect(await statusOf(now)).toBe('REJECTED');
  });
});
