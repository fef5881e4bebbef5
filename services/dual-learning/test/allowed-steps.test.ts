import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { User } from '@werkplek/auth';
import { startTestSubgraph, testUsers, type TestSubgraph } from '@werkplek/test-kit';
import { createDualLearningSubgraph } from '../src/index.js';
import { appealIds, complaintIds, seedAppealFixture } from './fixtures/appeal.js';

// Complaint.allowedSteps and Appeal.allowedSteps (issue #6): what the screens offer is what the service accepts.
let subgraph: TestSubgraph;
const statements: string[] = [];
let clock = new Date('2026-03-02T09:00:00Z');

beforeAll(async () => {
  subgraph = await startTestSubgraph('dual-learning', (db) =>
    createDualLearningSubgraph({ ...db, seedWith: seedAppealFixture, now: () => clock, onQuery: (sql) => statements.push(sql) }),
  );
});
afterAll(() => subgraph?.stop());

const staff = testUsers.agencyStaff;
const horecaStaff = testUsers.partnershipStaff(complaintIds.horeca);
const bouwStaff = testUsers.partnershipStaff(complaintIds.bouw);
const hotelUser = testUsers.companyUser(appealIds.leiehotels);
const bakkerijUser = testUsers.companyUser(appealIds.bakkerijCompany);

// `any`: each document has its own shape; the tests read them field by field.
async function ok(query: string, variables: Record<string, unknown>, as: User = staff): Promise<any> {
  clock = new Date(clock.getTime() + 1000);
  const result = await subgraph.query<any>(query, { variables, as });
  expect(result.errors).toBeUndefined();
  return Object.values(result.data!)[0];
}

const COMPLAINT_STEPS = `query ($id: ID!) { complaint(id: $id) { status allowedSteps } }`;
const complaintSteps = async (id: string, as: User = staff) => (await ok(COMPLAINT_STEPS, { id }, as)).allowedSteps as string[];
const REGISTER = `mutation ($input: RegisterComplaintInput!) { registerComplaint(input: $input) { id allowedSteps } }`;
const ACKNOWLEDGE = `mutation ($id: ID!) { acknowledgeComplaint(id: $id) { allowedSteps } }`;
const ROUTE = `mutation ($id: ID!, $input: RouteComplaintInput!) { routeComplaint(id: $id, input: $input) { allowedSteps } }`;
const START = `mutation ($id: ID!) { startComplaintInvestigation(id: $id) { allowedSteps } }`;
const DECIDE = `mutation ($id: ID!, $input: DecideComplaintInput!) { decideComplaint(id: $id, input: $input) { allowedSteps } }`;
const CLOSE = `mutation ($id: ID!) { closeComplaint(id: $id) { allowedSteps } }`;
const complaint = (overrides: Record<string, unknown> = {}) => ({
  kind: 'COMPLAINT',
  subject: 'Leerling krijgt geen begeleiding',
  description: 'De mentor is al drie weken afwezig en niemand neemt de begeleiding over.',
  submitterName: 'Marie Vermeulen',
  partnershipId: complaintIds.horeca,
  ...overrides,
});

describe('Complaint.allowedSteps', () => {
  it('follows the procedure for agency staff: each listed step is accepted, and the list moves with the state', async () => {
    const registered = await ok(REGISTER, { input: complaint() });
    expect(registered.allowedSteps).toEqual(['acknowledge', 'declareInadmissible']);
    expect((await ok(ACKNOWLEDGE, { id: registered.id })).allowedSteps).toEqual(['route']); // no handler yet: no investigation
    const routed = await ok(ROUTE, { id: registered.id, input: { handlerBody: 'AGENCY', handlerName: 'Klachtbegeleider SYNTRA Vlaanderen' } });
    expect(routed.allowedSteps).toEqual(['route', 'startInvestigation']);
    expect((await ok(START, { id: registered.id })).allowedSteps).toEqual(['recordInvestigativeAct', 'decide']);
    const decided = await ok(DECIDE, { id: registered.id, input: { verdict: 'FOUNDED', resolution: 'De onderneming wijst een vervangende mentor aan.' } });
    expect(decided.allowedSteps).toEqual(['investigateFurther', 'close']);
    expect((await ok(CLOSE, { id: registered.id })).allowedSteps).toEqual([]);
  });

  it('a report (melding) has no admissibility step', async () => {
    const report = await ok(REGISTER, { input: complaint({ kind: 'REPORT' }) });
    expect(report.allowedSteps).toEqual(['acknowledge']);
  });

  it('partnership staff: their own partnership when it takes complaints (BR-50), not once routed elsewhere; readers none', async () => {
    const own = await ok(REGISTER, { input: complaint() }, horecaStaff);
    expect(await complaintSteps(own.id, horecaStaff)).toEqual(['acknowledge', 'declareInadmissible']);
    expect(await complaintSteps(own.id, testUsers.inspector)).toEqual([]);

    // SP Bouw leaves complaints to SYNTRA Vlaanderen: its staff read the complaint but take no step.
    const bouw = await ok(REGISTER, { input: complaint({ partnershipId: complaintIds.bouw }) });
    expect(await complaintSteps(bouw.id, bouwStaff)).toEqual([]);
    expect(await complaintSteps(bouw.id)).toEqual(['acknowledge', 'declareInadmissible']);

    await ok(ACKNOWLEDGE, { id: own.id }, horecaStaff);
    await ok(ROUTE, { id: own.id, input: { handlerBody: 'AGENCY', handlerName: 'Klachtbegeleider SYNTRA Vlaanderen' } }, horecaStaff);
    expect(await complaintSteps(own.id, horecaStaff)).toEqual([]);
    expect(await complaintSteps(own.id)).toEqual(['route', 'startInvestigation']);
    const refused = await subgraph.query(START, { variables: { id: own.id }, as: horecaStaff });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('a list resolves allowedSteps with one partnership query, not one per complaint', async () => {
    statements.length = 0;
    const list = await ok(`{ complaints(page: { first: 20 }) { nodes { id allowedSteps } } }`, {});
    expect(list.nodes.length).toBeGreaterThan(3);
    expect(statements.filter((sql) => /FROM "public"\."partnership"/i.test(sql))).toHaveLength(1);
  });
});

const APPEAL_STEPS = `query ($id: ID!) { appeal(id: $id) { status allowedSteps } }`;
const appealSteps = async (id: string, as: User = staff) => (await ok(APPEAL_STEPS, { id }, as)).allowedSteps as string[];
const LODGE = `mutation ($input: LodgeAppealInput!) { lodgeAppeal(input: $input) { id allowedSteps } }`;
const ASSIGN = `mutation ($id: ID!, $input: AssignAppealCaseHandlerInput!) { assignAppealCaseHandler(id: $id, input: $input) { allowedSteps } }`;
const SCHEDULE = `mutation ($id: ID!, $sessionOn: LocalDate!) { scheduleAppealSession(id: $id, input: { sessionOn: $sessionOn }) { allowedSteps } }`;
const SEND = `mutation ($id: ID!) { sendAppealFile(id: $id, input: {}) { allowedSteps } }`;
const DECIDE_APPEAL = `mutation ($id: ID!, $input: DecideAppealInput!) { decideAppeal(id: $id, input: $input) { allowedSteps } }`;
const nonRecognition = (applicationId: string) => ({
  decisionType: 'NON_RECOGNITION',
  applicationId,
  notifiedOn: '2026-02-20',
  lodgedOn: '2026-02-27',
  motivation: 'Wij betwisten de beslissing: de vereiste uitrusting is intussen aangekocht en aanwezig.',
});

describe('Appeal.allowedSteps', () => {
  it('follows the procedure for agency staff; the commission decides only on a file it received (BR-43)', async () => {
    const appeal = await ok(LODGE, { input: nonRecognition(appealIds.rejectedByAgency[0]!) });
    expect(appeal.allowedSteps).toEqual(['assignCaseHandler', 'withdraw']);
    const assigned = await ok(ASSIGN, { id: appeal.id, input: { caseHandlerId: 'coach-jan-peeters', caseHandlerName: 'Jan Peeters' } });
    expect(assigned.allowedSteps).toEqual(['scheduleSession', 'withdraw']);
    expect((await ok(SCHEDULE, { id: appeal.id, sessionOn: '2026-03-13' })).allowedSteps).toEqual(['sendFile', 'withdraw']);
    expect((await ok(SEND, { id: appeal.id })).allowedSteps).toEqual(['sendFile', 'interimDecision', 'confirm', 'annul', 'withdraw']);
    const decided = await ok(DECIDE_APPEAL, { id: appeal.id, input: { outcome: 'CONFIRMED', consensus: true, motivation: 'De beslissing was terecht genomen.' } });
    expect(decided.allowedSteps).toEqual([]);
  });

  it('the appellant company may only withdraw; other companies do not see it; inspectors take no step', async () => {
    const appeal = await ok(LODGE, { input: nonRecognition(appealIds.rejectedBySector[0]!) }, hotelUser);
    expect(appeal.allowedSteps).toEqual(['withdraw']);
    expect(await appealSteps(appeal.id, testUsers.inspector)).toEqual([]);
    const foreign = await subgraph.query(APPEAL_STEPS, { variables: { id: appeal.id }, as: bakkerijUser });
    expect(foreign.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
