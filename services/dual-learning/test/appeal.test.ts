import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { User } from '@werkplek/auth';
import { startTestSubgraph, testUsers, type TestSubgraph } from '@werkplek/test-kit';
import { createDualLearningSubgraph } from '../src/index.js';
import { AGENCY_DECIDER, appealIds as ids, firstError, seedAppealFixture } from './fixtures/appeal.js';

let subgraph: TestSubgraph;
const statements: string[] = [];
let clock = new Date('2026-03-02T09:00:00Z');
const at = (day: string) => {
  clock = new Date(`${day}T09:00:00Z`);
};

beforeAll(async () => {
  subgraph = await startTestSubgraph('dual-learning', (db) =>
    createDualLearningSubgraph({ ...db, seedWith: seedAppealFixture, now: () => clock, onQuery: (sql) => statements.push(sql) }),
  );
});
afterAll(() => subgraph?.stop());
beforeEach(() => at('2026-03-02'));

const staff = testUsers.agencyStaff;
const bakkerijUser = testUsers.companyUser(ids.bakkerijCompany);
const hotelUser = testUsers.companyUser(ids.leiehotels);

const FIELDS = `id number decisionType status admissible workplaceId applicationId recognitionId decidedByAgency notifiedOn lodgedOn
  decisionDueOn decisionOverdue caseHandlerName sessionOn fileSentOn decidedOn consensus decidedByChair decisionNote
  workplace { name } history { step fromStatus toStatus actorName note }`;
const LODGE = `mutation ($input: LodgeAppealInput!) { lodgeAppeal(input: $input) { ${FIELDS} } }`;
const ASSIGN = `mutation ($id: ID!, $input: AssignAppealCaseHandlerInput!) { assignAppealCaseHandler(id: $id, input: $input) { ${FIELDS} } }`;
const SCHEDULE = `mutation ($id: ID!, $sessionOn: LocalDate!) { scheduleAppealSession(id: $id, input: { sessionOn: $sessionOn }) { ${FIELDS} } }`;
const SEND = `mutation ($id: ID!, $fileSentOn: LocalDate) { sendAppealFile(id: $id, input: { fileSentOn: $fileSentOn }) { ${FIELDS} } }`;
const INTERIM = `mutation ($id: ID!, $request: String!) { takeAppealInterimDecision(id: $id, request: $request) { ${FIELDS} } }`;
const DECIDE = `mutation ($id: ID!, $input: DecideAppealInput!) { decideAppeal(id: $id, input: $input) { ${FIELDS} } }`;
const WITHDRAW = `mutation ($id: ID!, $reason: String) { withdrawAppeal(id: $id, reason: $reason) { ${FIELDS} } }`;
const GET = `query ($id: ID!) { appeal(id: $id) { ${FIELDS} } }`;
const LIST = `query ($filter: AppealFilter, $page: PageInput) { appeals(filter: $filter, page: $page) { totalCount nodes { id status } pageInfo { hasNextPage } } }`;
const OVERDUE = `{ appealsOverdue { id status decisionDueOn } }`;
const HISTORY = `query ($id: ID!) { history(entityId: $id) { entityType step fromStatus toStatus note } }`;

type Appeal = Record<string, unknown> & { id: string; history: { step: string; note: string | null }[] };

const motivation = 'Wij betwisten de beslissing: de vereiste uitrusting is intussen aangekocht en aanwezig in de werkplaats.';
const nonRecognition = (applicationId: string, overrides: Record<string, unknown> = {}) => ({
  decisionType: 'NON_RECOGNITION',
  applicationId,
  notifiedOn: '2026-02-20',
  lodgedOn: '2026-02-27',
  motivation,
  ...overrides,
});

async function run(query: string, variables: Record<string, unknown>, as: User = staff) {
  return subgraph.query<Record<string, Appeal>>(query, { variables, as });
}

async function ok(query: string, variables: Record<string, unknown>, as: User = staff): Promise<Appeal> {
  clock = new Date(clock.getTime() + 1000); // one second per step: the history's order is the order of the steps
  const result = await run(query, variables, as);
  expect(result.errors).toBeUndefined();
  return Object.values(result.data!)[0]!;
}

const lodge = (input: Record<string, unknown>, as: User = staff) => ok(LODGE, { input }, as);
const handler = { caseHandlerId: 'coach-jan-peeters', caseHandlerName: 'Jan Peeters (werkplekbegeleider)' };

/** Lodged → case handler → session on `sessionOn` → file sent today. */
async function scheduled(input: Record<string, unknown>, sessionOn = '2026-03-13') {
  const appeal = await lodge(input);
  await ok(ASSIGN, { id: appeal.id, input: handler });
  await ok(SCHEDULE, { id: appeal.id, sessionOn });
  return ok(SEND, { id: appeal.id });
}

describe('appeals: lodging (BR-40, BR-41, BR-44)', () => {
  it('BR-40: a registered letter within 10 days is admissible; the decision is due 60 days after lodging (BR-44)', async () => {
    const appeal = await lodge(nonRecognition(ids.rejectedByAgency[0]!));
    expect(appeal).toMatchObject({
      status: 'LODGED',
      admissible: true,
      decisionType: 'NON_RECOGNITION',
      workplaceId: ids.bakkerij,
      workplace: { name: 'Bakkerij Vandenbroucke' },
      decidedByAgency: true,
      decisionDueOn: '2026-04-28',
      decisionOverdue: false,
    });
    expect(appeal.history.map((h) => h.step)).toEqual(['lodge']);
    const boundary = await lodge(nonRecognition(ids.rejectedByAgency[1]!, { notifiedOn: '2026-02-17', lodgedOn: '2026-02-27' }));
    expect(boundary).toMatchObject({ status: 'LODGED', admissible: true });
  });

  it('BR-40: a letter later than 10 days is registered but INADMISSIBLE, with the reason; no further steps', async () => {
    const late = await lodge(nonRecognition(ids.rejectedByAgency[2]!, { notifiedOn: '2026-02-16', lodgedOn: '2026-02-27' }));
    expect(late).toMatchObject({ status: 'INADMISSIBLE', admissible: false });
    expect(late.decisionNote).toContain('na de termijn van 10 dagen');
    expect(late.decisionNote).toContain('uiterlijk 26/02/2026');
    expect(late.history[0]?.note).toContain('BR-40');
    expect(firstError(await run(ASSIGN, { id: late.id, input: handler })).code).toBe('INVALID_STATE_TRANSITION');
  });

  it('BR-40: bad dates and a missing motivation are refused', async () => {
    for (const overrides of [
      { lodgedOn: '2026-02-19' },
      { lodgedOn: '2026-03-03' },
      { notifiedOn: '2026-03-05', lodgedOn: '2026-03-06' },
      { motivation: 'te kort' },
      { lodgedOn: '2026-02-30' },
    ]) {
      const result = await run(LODGE, { input: nonRecognition(ids.rejectedByAgency[7]!, overrides) });
      expect(firstError(result).code, JSON.stringify(overrides)).toBe('BAD_USER_INPUT');
    }
  });

  it('BR-41: only non-recognition, withdrawal or exclusion can be appealed, against the right record', async () => {
    const inProgress = await run(LODGE, { input: nonRecognition(ids.inProgress) });
    expect(firstError(inProgress)).toMatchObject({ code: 'CONFLICT' });
    const active = await run(LODGE, { input: { ...nonRecognition(''), applicationId: null, decisionType: 'WITHDRAWAL', recognitionId: ids.active } });
    expect(firstError(active).code).toBe('CONFLICT');
    const wrongKind = await run(LODGE, {
      input: { ...nonRecognition(''), applicationId: null, decisionType: 'EXCLUSION', recognitionId: ids.withdrawn[2] },
    });
    expect(firstError(wrongKind).code).toBe('CONFLICT');
    const mixed = await run(LODGE, { input: nonRecognition(ids.rejectedByAgency[7]!, { recognitionId: ids.withdrawn[2] }) });
    expect(firstError(mixed).code).toBe('BAD_USER_INPUT');
    const missing = await run(LODGE, { input: nonRecognition('00000000-0000-4000-8000-000000000999') });
    expect(firstError(missing).code).toBe('NOT_FOUND');
    const withdrawal = await lodge({ ...nonRecognition(''), applicationId: null, decisionType: 'WITHDRAWAL', recognitionId: ids.withdrawn[0] });
    expect(withdrawal).toMatchObject({ status: 'LODGED', recognitionId: ids.withdrawn[0], workplaceId: ids.hotel, decidedByAgency: false });
    const again = await run(LODGE, { input: { ...nonRecognition(''), applicationId: null, decisionType: 'WITHDRAWAL', recognitionId: ids.withdrawn[0] } });
    expect(firstError(again).code).toBe('CONFLICT');
  });

  it('BR-41: the company of the workplace lodges its own appeal; others may not', async () => {
    const own = await lodge(nonRecognition(ids.rejectedBySector[1]!), hotelUser);
    expect(own).toMatchObject({ status: 'LODGED', workplaceId: ids.hotel });
    const foreign = await run(LODGE, { input: nonRecognition(ids.rejectedByAgency[6]!) }, hotelUser);
    expect(firstError(foreign).code).toBe('FORBIDDEN');
    for (const user of [testUsers.inspector, testUsers.schoolUser, testUsers.partnershipStaff(ids.bakkerijCompany)]) {
      expect(firstError(await run(LODGE, { input: nonRecognition(ids.rejectedByAgency[6]!) }, user)).code, user.role).toBe('FORBIDDEN');
    }
  });
});

describe('appeals: case handler, session, file (BR-42, BR-43)', () => {
  it('BR-42: when SYNTRA decided, the case handler must be another workplace coach than the decider', async () => {
    const appeal = await lodge(nonRecognition(ids.rejectedByAgency[3]!));
    const same = await run(ASSIGN, { id: appeal.id, input: { caseHandlerId: AGENCY_DECIDER, caseHandlerName: 'An Claes' } });
    expect(firstError(same).code).toBe('CONFLICT');
    expect(firstError(same).message).toContain('BR-42');
    const other = await ok(ASSIGN, { id: appeal.id, input: handler });
    expect(other).toMatchObject({ status: 'UNDER_INVESTIGATION', caseHandlerName: 'Jan Peeters (werkplekbegeleider)' });
    expect(firstError(await run(ASSIGN, { id: appeal.id, input: handler })).code).toBe('INVALID_STATE_TRANSITION');
  });

  it('BR-42: when a sectoral partnership decided, any workplace coach may handle it; only agency staff assign', async () => {
    const appeal = await lodge(nonRecognition(ids.rejectedBySector[0]!));
    expect(appeal.decidedByAgency).toBe(false);
    expect(firstError(await run(ASSIGN, { id: appeal.id, input: handler }, testUsers.inspector)).code).toBe('FORBIDDEN');
    const assigned = await ok(ASSIGN, { id: appeal.id, input: { caseHandlerId: 'horeca-consultant', caseHandlerName: 'Sara Declercq' } });
    expect(assigned.status).toBe('UNDER_INVESTIGATION');
    const bad = await run(ASSIGN, { id: appeal.id, input: { caseHandlerId: '', caseHandlerName: 'S' } });
    expect(firstError(bad).code).toBe('BAD_USER_INPUT');
  });

  it('BR-43: the file reaches the commission at the latest 3 working days before the session', async () => {
    const appeal = await lodge(nonRecognition(ids.rejectedByAgency[4]!));
    await ok(ASSIGN, { id: appeal.id, input: handler });
    expect(firstError(await run(SEND, { id: appeal.id })).code).toBe('INVALID_STATE_TRANSITION');
    expect(firstError(await run(SCHEDULE, { id: appeal.id, sessionOn: '2026-03-02' })).code).toBe('BAD_USER_INPUT');
    // Session on Monday 16 March: three working days before is Wednesday 11 March.
    await ok(SCHEDULE, { id: appeal.id, sessionOn: '2026-03-16' });
    at('2026-03-12');
    const late = await run(SEND, { id: appeal.id });
    expect(firstError(late)).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { code: 'BAD_USER_INPUT' } });
    expect(firstError(late).message).toContain('uiterlijk 11/03/2026');
    expect(firstError(late).message).toContain('2026-03-11');
    const future = await run(SEND, { id: appeal.id, fileSentOn: '2026-03-13' });
    expect(firstError(future).code).toBe('BAD_USER_INPUT');
    const onTime = await ok(SEND, { id: appeal.id, fileSentOn: '2026-03-11' });
    expect(onTime).toMatchObject({ status: 'SCHEDULED', sessionOn: '2026-03-16', fileSentOn: '2026-03-11' });
  });

  it('BR-43: no decision before the file was sent; an interim decision asks more and a new session follows', async () => {
    const appeal = await lodge(nonRecognition(ids.rejectedByAgency[5]!));
    await ok(ASSIGN, { id: appeal.id, input: handler });
    await ok(SCHEDULE, { id: appeal.id, sessionOn: '2026-03-13' });
    const early = await run(DECIDE, { id: appeal.id, input: { outcome: 'CONFIRMED', consensus: true, motivation: 'De uitrusting volstaat niet.' } });
    expect(firstError(early).code).toBe('CONFLICT');
    expect(firstError(await run(INTERIM, { id: appeal.id, request: 'Foto’s van de werkplaats bezorgen' })).code).toBe('CONFLICT');
    await ok(SEND, { id: appeal.id });
    at('2026-03-13');
    const interim = await ok(INTERIM, { id: appeal.id, request: 'De dossierbehandelaar bezorgt foto’s van de werkplaats.' });
    expect(interim).toMatchObject({ status: 'INTERIM_DECISION' });
    const rescheduled = await ok(SCHEDULE, { id: appeal.id, sessionOn: '2026-03-27' });
    expect(rescheduled).toMatchObject({ status: 'SCHEDULED', sessionOn: '2026-03-27', fileSentOn: null });
  });
});

describe('appeals: decision (BR-44, BR-45) and its effects', () => {
  it('BR-45: by consensus the commission decides; without consensus the chair decides, both recorded', async () => {
    const appeal = await scheduled(nonRecognition(ids.rejectedByAgency[8]!));
    const noChair = await run(DECIDE, { id: appeal.id, input: { outcome: 'CONFIRMED', consensus: false, motivation: 'De uitrusting volstaat nog steeds niet.' } });
    expect(firstError(noChair).code).toBe('BAD_USER_INPUT');
    const short = await run(DECIDE, { id: appeal.id, input: { outcome: 'CONFIRMED', consensus: true, motivation: 'neen' } });
    expect(firstError(short).code).toBe('BAD_USER_INPUT');
    at('2026-03-13');
    const decided = await ok(DECIDE, {
      id: appeal.id,
      input: { outcome: 'CONFIRMED', consensus: false, chairName: 'Voorzitter Hilde Wouters', motivation: 'De uitrusting volstaat nog steeds niet.' },
    });
    expect(decided).toMatchObject({ status: 'CONFIRMED', consensus: false, decidedByChair: true, decidedOn: '2026-03-13', decisionOverdue: false });
    expect(decided.decisionNote).toContain('Zonder consensus besliste de voorzitter, Voorzitter Hilde Wouters');
    expect(firstError(await run(WITHDRAW, { id: appeal.id }, bakkerijUser)).code).toBe('INVALID_STATE_TRANSITION');
    expect(firstError(await run(DECIDE, { id: appeal.id, input: { outcome: 'ANNULLED', consensus: true, motivation: 'Toch vernietigd.' } })).code).toBe(
      'INVALID_STATE_TRANSITION',
    );
  });

  it('BR-45: annulling a non-recognition by consensus sends the application back to IN_PROGRESS, with history', async () => {
    const appeal = await scheduled(nonRecognition(ids.rejectedByAgency[9]!));
    at('2026-03-13');
    const annulled = await ok(DECIDE, { id: appeal.id, input: { outcome: 'ANNULLED', consensus: true, motivation: 'De uitrusting is aanwezig.' } });
    expect(annulled).toMatchObject({ status: 'ANNULLED', consensus: true, decidedByChair: false });
    expect(annulled.history.map((h) => h.step)).toEqual(['lodge', 'assignCaseHandler', 'scheduleSession', 'sendFile', 'annul']);
    const history = await subgraph.query<{ history: { entityType: string; step: string; fromStatus: string; toStatus: string }[] }>(HISTORY, {
      variables: { id: ids.rejectedByAgency[9] },
      as: staff,
    });
    expect(history.data?.history.at(-1)).toMatchObject({
      entityType: 'RecognitionApplication',
      step: 'appealAnnulled',
      fromStatus: 'REJECTED',
      toStatus: 'IN_PROGRESS',
    });
  });

  it('BR-45: annulling a withdrawal or an exclusion restores the recognition to ACTIVE', async () => {
    const withdrawal = await scheduled({ ...nonRecognition(''), applicationId: null, decisionType: 'WITHDRAWAL', recognitionId: ids.withdrawn[2] });
    const exclusion = await scheduled({ ...nonRecognition(''), applicationId: null, decisionType: 'EXCLUSION', recognitionId: ids.excluded[0] });
    expect(exclusion.decidedByAgency).toBe(true);
    at('2026-03-13');
    for (const [id, recognitionId, from] of [
      [withdrawal.id, ids.withdrawn[2], 'WITHDRAWN'],
      [exclusion.id, ids.excluded[0], 'EXCLUDED'],
    ] as const) {
      await ok(DECIDE, { id, input: { outcome: 'ANNULLED', consensus: true, motivation: 'De voorwaarden zijn intussen vervuld.' } });
      const history = await subgraph.query<{ history: { entityType: string; fromStatus: string; toStatus: string }[] }>(HISTORY, {
        variables: { id: recognitionId },
        as: staff,
      });
      expect(history.data?.history.at(-1)).toMatchObject({ entityType: 'Recognition', fromStatus: from, toStatus: 'ACTIVE' });
    }
    const application = await subgraph.query<{ history: { entityType: string; fromStatus: string; toStatus: string }[] }>(HISTORY, {
      variables: { id: ids.withdrawnApplication },
      as: staff,
    });
    expect(application.data?.history.at(-1)).toMatchObject({ entityType: 'RecognitionApplication', fromStatus: 'WITHDRAWN', toStatus: 'APPROVED' });
  });

  it('BR-44: an appeal without final decision 60 days after lodging is overdue', async () => {
    const appeal = await lodge(nonRecognition(ids.rejectedByAgency[7]!));
    expect(appeal.decisionDueOn).toBe('2026-04-28');
    at('2026-04-28');
    expect((await ok(GET, { id: appeal.id })).decisionOverdue).toBe(false);
    at('2026-04-29');
    expect((await ok(GET, { id: appeal.id })).decisionOverdue).toBe(true);
    const overdue = await subgraph.query<{ appealsOverdue: { id: string; status: string }[] }>(OVERDUE, { as: testUsers.inspector });
    expect(overdue.errors).toBeUndefined();
    expect(overdue.data?.appealsOverdue.map((a) => a.id)).toContain(appeal.id);
    expect(overdue.data?.appealsOverdue.every((a) => ['LODGED', 'UNDER_INVESTIGATION', 'SCHEDULED', 'INTERIM_DECISION'].includes(a.status))).toBe(true);
    const filtered = await subgraph.query<{ appeals: { nodes: { id: string }[] } }>(LIST, { variables: { filter: { overdue: true } }, as: staff });
    expect(filtered.data?.appeals.nodes.map((n) => n.id)).toContain(appeal.id);
    expect(firstError(await subgraph.query(OVERDUE, { as: bakkerijUser })).code).toBe('FORBIDDEN');
  });
});

const APPLICATION = `query ($id: ID!) { recognitionApplication(id: $id) { id status outcome rejectionReason decidedAt decidedByName dueOn overdue votes { voterName } } }`;
const CYCLE = `mutation { runDecisionCycle { approved { id } rejected { id } } }`;
const PROPOSE = `mutation ($input: ApplicationDecisionInput!) { proposeDecision(input: $input) { id status outcome decidedAt } }`;
const ANNUL = { outcome: 'ANNULLED', consensus: true, motivation: 'De beslissing steunde op een onjuiste vaststelling.' };
const withdrawalOf = (recognitionId: string) => ({ ...nonRecognition(''), applicationId: null, decisionType: 'WITHDRAWAL', recognitionId });

describe('appeals: annulment effects on the contested records (BR-45)', () => {
  it('BR-45: annulling a non-recognition clears the decision and its votes and starts a new 14-day term: the vote decides afresh', async () => {
    const appeal = await scheduled(nonRecognition(ids.rejectedByVote, { notifiedOn: '2026-02-23' }));
    at('2026-03-13');
    await ok(DECIDE, { id: appeal.id, input: ANNUL });
    const application = await subgraph.query<{ recognitionApplication: Record<string, unknown> }>(APPLICATION, { variables: { id: ids.rejectedByVote }, as: staff });
    expect(application.errors).toBeUndefined();
    expect(application.data!.recognitionApplication).toMatchObject({
      status: 'IN_PROGRESS',
      outcome: null,
      rejectionReason: null,
      decidedAt: null,
      decidedByName: null,
      dueOn: '2026-03-27',
      overdue: false,
      votes: [],
    });
    const history = await subgraph.query<{ history: { step: string; note: string | null }[] }>(HISTORY, { variables: { id: ids.rejectedByVote }, as: staff });
    expect(history.data?.history.at(-1)).toMatchObject({ step: 'appealAnnulled' });
    expect(history.data?.history.at(-1)?.note).toContain('27/03/2026');
    // The old vote against must not reject it again at the next decision cycle (Friday, after Thursday noon).
    const cycle = await subgraph.query<{ runDecisionCycle: { approved: { id: string }[]; rejected: { id: string }[] } }>(CYCLE, { as: staff });
    expect(cycle.errors).toBeUndefined();
    expect(cycle.data!.runDecisionCycle.rejected.map((a) => a.id)).not.toContain(ids.rejectedByVote);
    const after = await subgraph.query<{ recognitionApplication: { status: string } }>(APPLICATION, { variables: { id: ids.rejectedByVote }, as: staff });
    expect(after.data!.recognitionApplication.status).toBe('IN_PROGRESS');
  });

  it('BR-45: after annulling a non-recognition decided without objection, a new proposal is decided at the next cycle', async () => {
    const appeal = await scheduled(nonRecognition(ids.rejectedByProposal, { notifiedOn: '2026-02-23' }));
    at('2026-03-13');
    await ok(DECIDE, { id: appeal.id, input: ANNUL });
    const proposed = await subgraph.query<{ proposeDecision: Record<string, unknown> }>(PROPOSE, {
      variables: { input: { applicationId: ids.rejectedByProposal, outcome: 'REJECTION', rejectionReason: 'INSUFFICIENT_EQUIPMENT', note: 'Nieuwe beoordeling' } },
      as: staff,
    });
    expect(proposed.errors).toBeUndefined();
    expect(proposed.data!.proposeDecision).toMatchObject({ status: 'IN_PROGRESS', outcome: 'REJECTION', decidedAt: null });
    at('2026-03-16');
    const cycle = await subgraph.query<{ runDecisionCycle: { rejected: { id: string }[] } }>(CYCLE, { as: staff });
    expect(cycle.errors).toBeUndefined();
    expect(cycle.data!.runDecisionCycle.rejected.map((a) => a.id)).toContain(ids.rejectedByProposal);
    // Only agency staff run the cycle.
    expect(firstError(await subgraph.query(CYCLE, { as: bakkerijUser })).code).toBe('FORBIDDEN');
  });

  it('BR-45: a withdrawal is not annulled into a second active recognition for the same workplace and training (CONFLICT)', async () => {
    const appeal = await scheduled(withdrawalOf(ids.withdrawnReplaced));
    at('2026-03-13');
    const refused = await run(DECIDE, { id: appeal.id, input: ANNUL });
    expect(firstError(refused)).toMatchObject({ code: 'CONFLICT', extensions: { rule: 'ONE_ACTIVE_RECOGNITION', activeRecognitionId: ids.replacement } });
    expect(firstError(refused).message).toContain('andere actieve erkenning');
    expect((await ok(GET, { id: appeal.id })).status).toBe('SCHEDULED');
    const history = await subgraph.query<{ history: { step: string }[] }>(HISTORY, { variables: { id: ids.withdrawnReplaced }, as: staff });
    expect(history.data?.history.map((h) => h.step)).not.toContain('appealAnnulled');
    // The commission can still confirm the decision.
    expect((await ok(DECIDE, { id: appeal.id, input: { ...ANNUL, outcome: 'CONFIRMED' } })).status).toBe('CONFIRMED');
  });

  it('BR-45: a withdrawal of a recognition whose validity has ended is not annulled into an active recognition (CONFLICT)', async () => {
    const appeal = await scheduled(withdrawalOf(ids.withdrawnExpired));
    at('2026-03-13');
    const refused = await run(DECIDE, { id: appeal.id, input: ANNUL });
    expect(firstError(refused)).toMatchObject({ code: 'CONFLICT', extensions: { rule: 'RECOGNITION_EXPIRED', validUntil: '2026-02-28' } });
    expect(firstError(refused).message).toContain('28/02/2026');
    expect((await ok(GET, { id: appeal.id })).status).toBe('SCHEDULED');
  });

  it('BR-41: one open appeal per decision, also under simultaneous letters: exactly one is lodged', async () => {
    const input = nonRecognition(ids.rejectedByAgency[6]!);
    const results = await Promise.all([run(LODGE, { input }), run(LODGE, { input }), run(LODGE, { input }, bakkerijUser)]);
    expect(results.filter((result) => !result.errors).length).toBe(1);
    expect(results.map((result) => firstError(result).code).filter(Boolean)).toEqual(['CONFLICT', 'CONFLICT']);
  });
});

describe('appeals: withdrawal and reading', () => {
  it('BR-41: the appellant withdraws its own appeal; another company cannot see or withdraw it', async () => {
    const appeal = await lodge({ ...nonRecognition(''), applicationId: null, decisionType: 'WITHDRAWAL', recognitionId: ids.withdrawn[1] }, hotelUser);
    expect(firstError(await run(WITHDRAW, { id: appeal.id }, bakkerijUser)).code).toBe('NOT_FOUND');
    expect(firstError(await run(WITHDRAW, { id: appeal.id }, testUsers.inspector)).code).toBe('FORBIDDEN');
    const withdrawn = await ok(WITHDRAW, { id: appeal.id, reason: 'Misverstand; nieuwe aanvraag voor een andere opleiding' }, hotelUser);
    expect(withdrawn).toMatchObject({ status: 'WITHDRAWN_BY_APPELLANT' });
    expect(withdrawn.history.at(-1)?.note).toContain('Misverstand');
    expect(firstError(await run(WITHDRAW, { id: appeal.id }, hotelUser)).code).toBe('INVALID_STATE_TRANSITION');
  });

  it('BR-41: companies list only their own appeals; inspectors all; centre users and partnership staff none', async () => {
    const hotelList = await subgraph.query<{ appeals: { nodes: { id: string }[]; totalCount: number } }>(LIST, { as: hotelUser });
    const all = await subgraph.query<{ appeals: { nodes: { id: string }[]; totalCount: number } }>(LIST, {
      variables: { page: { first: 200 } },
      as: testUsers.inspector,
    });
    expect(hotelList.errors).toBeUndefined();
    expect(hotelList.data!.appeals.totalCount).toBeGreaterThan(0);
    expect(hotelList.data!.appeals.totalCount).toBeLessThan(all.data!.appeals.totalCount);
    for (const node of hotelList.data!.appeals.nodes) {
      expect((await ok(GET, { id: node.id }, testUsers.inspector)).workplaceId).toBe(ids.hotel);
    }
    for (const user of [testUsers.centreUser(ids.bakkerijCompany), testUsers.partnershipStaff(ids.bakkerijCompany), testUsers.schoolUser]) {
      expect(firstError(await subgraph.query(LIST, { as: user })).code, user.role).toBe('FORBIDDEN');
    }
  });

  it('resolves nested workplaces and histories of a whole page in one query each (DataLoaders)', async () => {
    statements.length = 0;
    const result = await subgraph.query<{ appeals: { nodes: unknown[] } }>(
      `{ appeals(page: { first: 200 }) { nodes { id decisionOverdue workplace { name } history { step } } } }`,
      { as: testUsers.inspector },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.appeals.nodes.length).toBeGreaterThan(5);
    const from = (table: string) => statements.filter((sql) => new RegExp(`FROM\\s+"(public"\\.")?${table}"`).test(sql)).length;
    expect(from('status_change')).toBe(1);
    expect(from('workplace')).toBe(1);
    expect(from('appeal')).toBe(2);
  });
});
