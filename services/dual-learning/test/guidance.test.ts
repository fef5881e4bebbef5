import { createDualLearningSubgraph } from '../src/index.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { User } from '@werkplek/auth';
import { startTestSubgraph, testUsers, type TestSubgraph } from '@werkplek/test-kit';
import { firstError, ids, seedGuidanceFixture } from './fixtures/agreement.js';

let subgraph: TestSubgraph;
let clock = new Date('2026-03-02T09:00:00Z');

beforeAll(async () => {
  subgraph = await startTestSubgraph('dual-learning', (db) => createDualLearningSubgraph({ ...db, seedWith: seedGuidanceFixture, now: () => clock }));
});
afterAll(() => subgraph?.stop());

const ACTION_FIELDS = 'id type purpose mode performedOn performedByName findings nextActionOn partnershipId signalId workplace { name }';
const RECORD = `mutation ($input: RecordGuidanceActionInput!) { recordGuidanceAction(input: $input) { ${ACTION_FIELDS} } }`;
const ACTIONS = `query ($workplaceId: ID!) { guidanceActions(workplaceId: $workplaceId) { ${ACTION_FIELDS} } }`;
const SIGNAL_FIELDS = 'id source description status raisedOn followUpDueOn closedOn overdue partnershipId workplace { name }';
const RAISE = `mutation ($input: RaiseSignalInput!) { raiseSignal(input: $input) { ${SIGNAL_FIELDS} } }`;
const FOLLOW_UP = `mutation ($id: ID!, $note: String) { followUpSignal(id: $id, note: $note) { ${SIGNAL_FIELDS} } }`;
const CLOSE = `mutation ($id: ID!, $note: String) { closeSignal(id: $id, note: $note) { ${SIGNAL_FIELDS} } }`;
const DETECT = `mutation { detectSignals { ${SIGNAL_FIELDS} } }`;
const SIGNALS = `query ($filter: SignalFilter, $sort: SignalSort, $page: PageInput) {
  signals(filter: $filter, sort: $sort, page: $page) { totalCount pageInfo { hasNextPage endCursor } nodes { ${SIGNAL_FIELDS} } }
}`;

type SignalData = { id: string; source: string; description: string; status: string; raisedOn: string; followUpDueOn: string | null; closedOn: string | null; overdue: boolean; workplace: { name: string } };

const action = (overrides: Record<string, unknown> = {}) => ({
  workplaceId: ids.workplace.wasserij,
  type: 'SITE_VISIT',
  purpose: 'CONTROLLING',
  mode: 'REACTIVE',
  performedOn: '2026-02-27',
  findings: 'Leerling mag niet alle activiteiten uitvoeren; afspraken gemaakt met de school.',
  nextActionOn: '2026-04-15',
  ...overrides,
});
const record = (overrides: Record<string, unknown> = {}, as: User = testUsers.agencyStaff) =>
  subgraph.query<{ recordGuidanceAction: Record<string, unknown> }>(RECORD, { variables: { input: action(overrides) }, as });
const raise = (input: Record<string, unknown>, as: User = testUsers.agencyStaff) =>
  subgraph.query<{ raiseSignal: SignalData }>(RAISE, { variables: { input }, as });
const signals = async (variables: Record<string, unknown>, as: User = testUsers.agencyStaff) => {
  const result = await subgraph.query<{ signals: { totalCount: number; nodes: SignalData[] } }>(SIGNALS, { variables, as });
  expect(result.errors).toBeUndefined();
  return result.data!.signals;
};

describe('guidance actions (§3.4, §2.10)', () => {
  it('§3.4: agency staff and the competent partnership record actions; others may not', async () => {
    const agency = await record();
    expect(agency.errors).toBeUndefined();
    expect(agency.data!.recordGuidanceAction).toMatchObject({ type: 'SITE_VISIT', purpose: 'CONTROLLING', mode: 'REACTIVE', performedOn: '2026-02-27', nextActionOn: '2026-04-15', partnershipId: ids.partnership.textielverzorging, workplace: { name: 'Wasserij Proper' } });
    const own = await record({ type: 'PHONE_CONTACT', purpose: null, mode: 'PROACTIVE', performedOn: '2026-03-02', nextActionOn: null }, testUsers.partnershipStaff(ids.partnership.textielverzorging));
    expect(own.data!.recordGuidanceAction).toMatchObject({ performedByName: 'Koen Janssens', mode: 'PROACTIVE' });
    expect(firstError(await record({}, testUsers.partnershipStaff(ids.partnership.horeca))).code).toBe('FORBIDDEN');
    for (const user of [testUsers.inspector, testUsers.companyUser(ids.company.wasserij), testUsers.schoolUser]) {
      expect(firstError(await record({}, user)).code).toBe('FORBIDDEN');
    }
    // A partnership that has not taken up guidance (Tabel 28): SYNTRA Vlaanderen guides its workplaces.
    const voeding = await record({ workplaceId: ids.workplace.bakkerij }, testUsers.partnershipStaff(ids.partnership.voeding));
    expect(firstError(voeding).message).toMatch(/begeleidt geen werkplekken/);
    expect((await record({ workplaceId: ids.workplace.bakkerij })).errors).toBeUndefined();
  });

  it('§2.10: bad input: a purpose only for visits, no future actions, next action not before, findings length, ids', async () => {
    expect(firstError(await record({ type: 'EMAIL', purpose: 'INSPIRING' })).message).toMatch(/enkel bij een bezoek/);
    expect(firstError(await record({ performedOn: '2026-03-03' })).message).toMatch(/in de toekomst/);
    expect(firstError(await record({ nextActionOn: '2026-02-01' })).message).toMatch(/vóór deze actie/);
    expect(firstError(await record({ findings: 'x'.repeat(4001) })).code).toBe('BAD_USER_INPUT');
    expect(firstError(await record({ workplaceId: 'abc' })).code).toBe('BAD_USER_INPUT');
    expect(firstError(await record({ mode: 'SOMETIMES' })).code).toBe('BAD_USER_INPUT');
  });

  it('§3.4: guidanceActions(workplaceId), most recent first; partnership staff see their own partnership only', async () => {
    const all = await subgraph.query<{ guidanceActions: { performedOn: string; type: string }[] }>(ACTIONS, { variables: { workplaceId: ids.workplace.wasserij }, as: testUsers.inspector });
    expect(all.data!.guidanceActions.map((a) => `${a.performedOn} ${a.type}`)).toEqual(['2026-03-02 PHONE_CONTACT', '2026-02-27 SITE_VISIT']);
    const other = await subgraph.query<{ guidanceActions: unknown[] }>(ACTIONS, { variables: { workplaceId: ids.workplace.wasserij }, as: testUsers.partnershipStaff(ids.partnership.horeca) });
    expect(other.data!.guidanceActions).toEqual([]);
    expect(firstError(await subgraph.query(ACTIONS, { variables: { workplaceId: ids.workplace.wasserij }, as: testUsers.companyUser(ids.company.wasserij) })).code).toBe('FORBIDDEN');
  });
});

describe('signals (§2.11, §4.6)', () => {
  let textile: SignalData;

  it('§4.6: follow-up due after the partnership timer (Textielverzorging 14 days); none configured: no due date', async () => {
    const result = await raise({ workplaceId: ids.workplace.wasserij, source: 'SCHOOL', description: 'Trajectbegeleider meldt onvoldoende begeleiding' }, testUsers.partnershipStaff(ids.partnership.textielverzorging));
    expect(result.errors).toBeUndefined();
    textile = result.data!.raiseSignal;
    expect(textile).toMatchObject({ status: 'OPEN', source: 'SCHOOL', raisedOn: '2026-03-02', followUpDueOn: '2026-03-16', overdue: false });
    const horeca = await raise({ workplaceId: ids.workplace.hotel, source: 'LEARNER', description: 'Leerling werkt op alle mogelijke momenten' });
    expect(horeca.data!.raiseSignal).toMatchObject({ followUpDueOn: null, overdue: false });
  });

  it('§2.11: sources from the code list; AUTOMATIC_RULE is for the rules only; roles', async () => {
    const automatic = await raise({ workplaceId: ids.workplace.wasserij, source: 'AUTOMATIC_RULE', description: 'handmatig knipperlicht' });
    expect(firstError(automatic).message).toMatch(/automatische regels/);
    expect(firstError(await raise({ workplaceId: ids.workplace.wasserij, source: 'GOSSIP', description: 'iets gehoord' })).code).toBe('BAD_USER_INPUT');
    expect(firstError(await raise({ workplaceId: ids.workplace.wasserij, source: 'SCHOOL', description: 'kort' })).code).toBe('BAD_USER_INPUT');
    expect(firstError(await raise({ workplaceId: ids.workplace.wasserij, source: 'SCHOOL', description: 'Een signaal van elders' }, testUsers.partnershipStaff(ids.partnership.bouw))).code).toBe('FORBIDDEN');
    for (const user of [testUsers.inspector, testUsers.companyUser(ids.company.wasserij), testUsers.schoolUser]) {
      expect(firstError(await raise({ workplaceId: ids.workplace.wasserij, source: 'SCHOOL', description: 'Een signaal van elders' }, user)).code).toBe('FORBIDDEN');
    }
  });

  it('§4.6: OPEN → IN_FOLLOW_UP → CLOSED with history; illegal steps name the state; overdue after the timer', async () => {
    clock = new Date('2026-03-17T09:00:00Z');
    expect((await signals({ filter: { overdue: true } })).nodes.map((s) => s.id)).toEqual([textile.id]);
    expect((await signals({ filter: { overdue: false, partnershipId: ids.partnership.textielverzorging } })).totalCount).toBe(0);
    expect(firstError(await subgraph.query(FOLLOW_UP, { variables: { id: textile.id }, as: testUsers.partnershipStaff(ids.partnership.horeca) })).code).toBe('FORBIDDEN');
    const followed = await subgraph.query<{ followUpSignal: SignalData }>(FOLLOW_UP, { variables: { id: textile.id, note: 'bezoek gepland' }, as: testUsers.partnershipStaff(ids.partnership.textielverzorging) });
    expect(followed.data!.followUpSignal).toMatchObject({ status: 'IN_FOLLOW_UP', overdue: true });
    const twice = await subgraph.query(FOLLOW_UP, { variables: { id: textile.id }, as: testUsers.agencyStaff });
    expect(firstError(twice)).toMatchObject({ code: 'INVALID_STATE_TRANSITION' });
    expect(firstError(twice).message).toMatch(/In opvolging/);
    const closed = await subgraph.query<{ closeSignal: SignalData }>(CLOSE, { variables: { id: textile.id, note: 'geregulariseerd binnen 1 maand' }, as: testUsers.agencyStaff });
    expect(closed.data!.closeSignal).toMatchObject({ status: 'CLOSED', closedOn: '2026-03-17', overdue: false });
    expect(firstError(await subgraph.query(CLOSE, { variables: { id: textile.id }, as: testUsers.agencyStaff })).message).toMatch(/Afgesloten/);
    expect(firstError(await subgraph.query(CLOSE, { variables: { id: textile.id }, as: testUsers.inspector })).code).toBe('FORBIDDEN');
    const history = await subgraph.query<{ history: { step: string; toStatus: string; note: string | null }[] }>(
      `query ($id: ID!) { history(entityId: $id) { step toStatus note } }`,
      { variables: { id: textile.id }, as: testUsers.agencyStaff },
    );
    expect(history.data!.history).toEqual([
      { step: 'raise', toStatus: 'OPEN', note: 'SCHOOL' },
      { step: 'followUp', toStatus: 'IN_FOLLOW_UP', note: 'bezoek gepland' },
      { step: 'close', toStatus: 'CLOSED', note: 'geregulariseerd binnen 1 maand' },
    ]);
    clock = new Date('2026-03-02T09:00:00Z');
  });

  it('signals(filter): by partnership and status, paginated; partnership staff see their own; inspectors read; companies not', async () => {
    expect((await signals({ filter: { status: 'CLOSED' } })).totalCount).toBe(1);
    const own = await signals({}, testUsers.partnershipStaff(ids.partnership.horeca));
    expect(own.nodes.map((s) => s.workplace.name)).toEqual(['Hotel De Gans']);
    expect(firstError(await subgraph.query(SIGNALS, { variables: { filter: { partnershipId: ids.partnership.bouw } }, as: testUsers.partnershipStaff(ids.partnership.horeca) })).code).toBe('FORBIDDEN');
    const page = await subgraph.query<{ signals: { pageInfo: { hasNextPage: boolean } ; nodes: unknown[] } }>(SIGNALS, { variables: { page: { first: 1 }, sort: 'FOLLOW_UP_DUE_ASC' }, as: testUsers.inspector });
    expect(page.data!.signals.pageInfo.hasNextPage).toBe(true);
    expect(page.data!.signals.nodes).toHaveLength(1);
    expect(firstError(await subgraph.query(SIGNALS, { variables: {}, as: testUsers.companyUser(ids.company.wasserij) })).code).toBe('FORBIDDEN');
    expect(firstError(await subgraph.query(SIGNALS, { variables: { page: { first: 0 } }, as: testUsers.agencyStaff })).code).toBe('BAD_USER_INPUT');
  });

  it('detectSignals: automatic blinkers for learners per mentor and ≥ 2 early terminations in 12 months, without duplicates', async () => {
    expect(firstError(await subgraph.query(DETECT, { as: testUsers.partnershipStaff(ids.partnership.horeca) })).code).toBe('FORBIDDEN');
    expect(firstError(await subgraph.query(DETECT, { as: testUsers.inspector })).code).toBe('FORBIDDEN');
    const first = await subgraph.query<{ detectSignals: SignalData[] }>(DETECT, { as: testUsers.agencyStaff });
    expect(first.errors).toBeUndefined();
    const raised = first.data!.detectSignals.map((s) => `${s.workplace.name}: ${s.description.split(' ')[0]}`).sort();
    // Hotel: 2 running learners for a mentor where Horeca allows 1; Garage: 2 early terminations in 12 months.
    // Not: the Magazijn (3 of 4 magazijnmedewerkers), Bouw (one termination older than 12 months), Bakkerij (1).
    expect(raised).toEqual(['Garage Maes: [FREQUENT_EARLY_TERMINATIONS]', 'Hotel De Gans: [LEARNERS_PER_MENTOR]']);
    expect(first.data!.detectSignals.every((s) => s.source === 'AUTOMATIC_RULE' && s.status === 'OPEN' && s.raisedOn === '2026-03-02')).toBe(true);
    const again = await subgraph.query<{ detectSignals: SignalData[] }>(DETECT, { as: testUsers.agencyStaff });
    expect(again.data!.detectSignals).toEqual([]);
    // Once closed, a rule that still holds raises a new signal.
    const hotel = first.data!.detectSignals.find((s) => s.workplace.name === 'Hotel De Gans')!;
    await subgraph.query(CLOSE, { variables: { id: hotel.id }, as: testUsers.agencyStaff });
    const afterClose = await subgraph.query<{ detectSignals: SignalData[] }>(DETECT, { as: testUsers.agencyStaff });
    expect(afterClose.data!.detectSignals.map((s) => s.workplace.name)).toEqual(['Hotel De Gans']);
    expect((await signals({ filter: { source: 'AUTOMATIC_RULE' } })).totalCount).toBe(3);
  });

  it('Tabel 28: follow-up and closing need takesGuidance too; staff of a partnership that does not guide are refused', async () => {
    const raised = await raise({ workplaceId: ids.workplace.bakkerij, source: 'SCHOOL', description: 'Leerling krijgt geen mentor toegewezen' });
    expect(raised.errors).toBeUndefined();
    const id = raised.data!.raiseSignal.id;
    const voeding = testUsers.partnershipStaff(ids.partnership.voeding);
    const deniedFollowUp = await subgraph.query(FOLLOW_UP, { variables: { id, note: 'bezoek gepland' }, as: voeding });
    expect(firstError(deniedFollowUp).code).toBe('FORBIDDEN');
    expect(firstError(deniedFollowUp).message).toMatch(/begeleidt geen werkplekken/);
    const followed = await subgraph.query<{ followUpSignal: SignalData }>(FOLLOW_UP, { variables: { id, note: 'bezoek gepland' }, as: testUsers.agencyStaff });
    expect(followed.data!.followUpSignal.status).toBe('IN_FOLLOW_UP');
    const deniedClose = await subgraph.query(CLOSE, { variables: { id }, as: voeding });
    expect(firstError(deniedClose).code).toBe('FORBIDDEN');
    expect(firstError(deniedClose).message).toMatch(/begeleidt geen werkplekken/);
    const closed = await subgraph.query<{ closeSignal: SignalData }>(CLOSE, { variables: { id }, as: testUsers.agencyStaff });
    expect(closed.data!.closeSignal.status).toBe('CLOSED');
  });
});
