import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { User } from '@werkplek/auth';
import { startTestSubgraph, testUsers, type TestSubgraph } from '@werkplek/test-kit';
import { OMBUDSMAN_SENTENCE } from '../src/complaint/complaint.service.js';
import { createDualLearningSubgraph } from '../src/index.js';
import { complaintIds as ids, firstError, seedAppealFixture } from './fixtures/appeal.js';

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
const horecaStaff = testUsers.partnershipStaff(ids.horeca);
const bouwStaff = testUsers.partnershipStaff(ids.bouw);

const FIELDS = `id number kind status receivedOn acknowledgeDueOn closeDueOn partnershipId admissible admissibilityNote
  acknowledgedOn acknowledgedLate acknowledgeOverdue closeOverdue closedLate handlerBody handlerName verdict resolution
  closedOn closingMessage partnership { name takesComplaints } history { step fromStatus toStatus actorName note }`;
const REGISTER = `mutation ($input: RegisterComplaintInput!) { registerComplaint(input: $input) { ${FIELDS} } }`;
const ACKNOWLEDGE = `mutation ($id: ID!, $input: AcknowledgeComplaintInput) { acknowledgeComplaint(id: $id, input: $input) { ${FIELDS} } }`;
const INADMISSIBLE = `mutation ($id: ID!, $reason: String!) { declareComplaintInadmissible(id: $id, reason: $reason) { ${FIELDS} } }`;
const ROUTE = `mutation ($id: ID!, $input: RouteComplaintInput!) { routeComplaint(id: $id, input: $input) { ${FIELDS} } }`;
const START = `mutation ($id: ID!, $note: String) { startComplaintInvestigation(id: $id, note: $note) { ${FIELDS} } }`;
const ACT = `mutation ($id: ID!, $description: String!) { recordComplaintInvestigativeAct(id: $id, description: $description) { ${FIELDS} } }`;
const DECIDE = `mutation ($id: ID!, $input: DecideComplaintInput!) { decideComplaint(id: $id, input: $input) { ${FIELDS} } }`;
const FURTHER = `mutation ($id: ID!, $reason: String!) { investigateComplaintFurther(id: $id, reason: $reason) { ${FIELDS} } }`;
const CLOSE = `mutation ($id: ID!) { closeComplaint(id: $id) { ${FIELDS} } }`;
const GET = `query ($id: ID!) { complaint(id: $id) { ${FIELDS} } }`;
const LIST = `query ($filter: ComplaintFilter, $sort: ComplaintSort, $page: PageInput) {
  complaints(filter: $filter, sort: $sort, page: $page) { totalCount nodes { id number status acknowledgeOverdue closeOverdue } pageInfo { hasNextPage endCursor } }
}`;

type Complaint = Record<string, unknown> & { id: string; history: { step: string; note: string | null }[] };

const complaintInput = (overrides: Record<string, unknown> = {}) => ({
  kind: 'COMPLAINT',
  subject: 'Leerling krijgt geen begeleiding van de mentor',
  description: 'De mentor is al drie weken afwezig en niemand neemt de begeleiding van de leerling over.',
  submitterName: 'Marie Vermeulen',
  submitterEmail: 'marie.vermeulen@example.be',
  partnershipId: ids.horeca,
  workplaceId: ids.hotel,
  ...overrides,
});

async function run(query: string, variables: Record<string, unknown>, as: User = staff) {
  return subgraph.query<Record<string, Complaint>>(query, { variables, as });
}

async function ok(query: string, variables: Record<string, unknown>, as: User = staff): Promise<Complaint> {
  clock = new Date(clock.getTime() + 1000); // one second per step: the history's order is the order of the steps
  const result = await run(query, variables, as);
  expect(result.errors).toBeUndefined();
  return Object.values(result.data!)[0]!;
}

async function register(overrides: Record<string, unknown> = {}, as: User = staff) {
  return ok(REGISTER, { input: complaintInput(overrides) }, as);
}

/** Registered → acknowledged → routed → under investigation → decided, as agency staff. */
async function decided(overrides: Record<string, unknown> = {}) {
  const complaint = await register(overrides);
  await ok(ACKNOWLEDGE, { id: complaint.id });
  await ok(ROUTE, { id: complaint.id, input: { handlerBody: 'AGENCY', handlerName: 'Klachtbegeleider SYNTRA Vlaanderen' } });
  await ok(START, { id: complaint.id, note: 'Dossier opgevraagd bij de werkplek' });
  await ok(ACT, { id: complaint.id, description: 'Telefonisch contact met de mentor op 5 maart' });
  return ok(DECIDE, {
    id: complaint.id,
    input: { verdict: 'PARTLY_FOUNDED', resolution: 'Een vervangende mentor wordt aangeduid; de werkplek krijgt een opvolgingsbezoek.' },
  });
}

describe('complaints: registration and acknowledgement (BR-46)', () => {
  it('BR-46: acknowledgement due 10 calendar days and closure 45 days after receipt, history written', async () => {
    const complaint = await register({ receivedOn: '2026-02-27' });
    expect(complaint).toMatchObject({
      status: 'REGISTERED',
      receivedOn: '2026-02-27',
      acknowledgeDueOn: '2026-03-09',
      closeDueOn: '2026-04-13',
      partnershipId: ids.horeca,
      partnership: { name: 'SP Horeca', takesComplaints: true },
      acknowledgeOverdue: false,
      closeOverdue: false,
    });
    expect(complaint.history.map((h) => h.step)).toEqual(['register']);
  });

  it('BR-46: acknowledging within 10 days records the admissibility result; a report has none', async () => {
    const complaint = await register();
    at('2026-03-12');
    const acknowledged = await ok(ACKNOWLEDGE, { id: complaint.id, input: { note: 'Ontvankelijk: belanghebbende (ouder van de leerling)' } });
    expect(acknowledged).toMatchObject({ status: 'ACKNOWLEDGED', admissible: true, acknowledgedOn: '2026-03-12', acknowledgedLate: false });
    const report = await register({ kind: 'REPORT' });
    const acknowledgedReport = await ok(ACKNOWLEDGE, { id: report.id });
    expect(acknowledgedReport).toMatchObject({ status: 'ACKNOWLEDGED', admissible: null });
  });

  it('BR-46: after 10 days the acknowledgement is overdue (query and filter), a late one is recorded, not refused', async () => {
    const complaint = await register();
    at('2026-03-12');
    expect(await ok(GET, { id: complaint.id })).toMatchObject({ acknowledgeOverdue: false });
    at('2026-03-13');
    expect(await ok(GET, { id: complaint.id })).toMatchObject({ acknowledgeOverdue: true });
    const overdue = await subgraph.query<{ complaints: { nodes: { id: string }[] } }>(LIST, {
      variables: { filter: { overdueAcknowledgement: true } },
      as: staff,
    });
    expect(overdue.data?.complaints.nodes.map((n) => n.id)).toContain(complaint.id);
    const acknowledged = await ok(ACKNOWLEDGE, { id: complaint.id });
    expect(acknowledged).toMatchObject({ status: 'ACKNOWLEDGED', acknowledgedLate: true, acknowledgeOverdue: false });
    expect(acknowledged.history.at(-1)?.note).toContain('te laat bevestigd');
    const after = await subgraph.query<{ complaints: { nodes: { id: string }[] } }>(LIST, {
      variables: { filter: { overdueAcknowledgement: true } },
      as: staff,
    });
    expect(after.data?.complaints.nodes.map((n) => n.id)).not.toContain(complaint.id);
  });

  it('BR-46: a complaint declared inadmissible gets a reasoned notice and ends; further steps are refused', async () => {
    const complaint = await register();
    const short = await run(INADMISSIBLE, { id: complaint.id, reason: 'nee' });
    expect(firstError(short).code).toBe('BAD_USER_INPUT');
    const inadmissible = await ok(INADMISSIBLE, { id: complaint.id, reason: 'De indiener heeft geen belang bij de erkenning van deze werkplek.' });
    expect(inadmissible).toMatchObject({ status: 'INADMISSIBLE', admissible: false, acknowledgedOn: '2026-03-02', closedOn: '2026-03-02' });
    const again = await run(ACKNOWLEDGE, { id: complaint.id });
    expect(firstError(again)).toMatchObject({ code: 'INVALID_STATE_TRANSITION' });
    expect(firstError(again).message).toContain('Onontvankelijk');
    const report = await register({ kind: 'REPORT' });
    const reportInadmissible = await run(INADMISSIBLE, { id: report.id, reason: 'Meldingen worden niet op ontvankelijkheid onderzocht.' });
    expect(firstError(reportInadmissible).code).toBe('BAD_USER_INPUT');
  });

  it('BR-46: acknowledging twice is an invalid transition', async () => {
    const complaint = await register();
    await ok(ACKNOWLEDGE, { id: complaint.id });
    expect(firstError(await run(ACKNOWLEDGE, { id: complaint.id })).code).toBe('INVALID_STATE_TRANSITION');
  });

  it('BR-46: bad input is refused (e-mail, description, receipt in the future, unknown partnership)', async () => {
    for (const overrides of [
      { submitterEmail: 'geen-adres' },
      { description: 'te kort' },
      { receivedOn: '2026-03-03' },
      { partnershipId: '00000000-0000-4000-8000-000000000999' },
      { partnershipId: 'not-a-uuid' },
    ]) {
      const result = await run(REGISTER, { input: complaintInput(overrides) });
      expect(firstError(result).code, JSON.stringify(overrides)).toBe('BAD_USER_INPUT');
    }
  });
});

describe('complaints: handling, decision and closure (BR-47, BR-48)', () => {
  it('BR-48: the closing message cites receipt, investigative acts, the motivated decision and the Vlaamse Ombudsdienst', async () => {
    const complaint = await decided({ receivedOn: '2026-02-27' });
    expect(complaint).toMatchObject({ status: 'DECIDED', verdict: 'PARTLY_FOUNDED' });
    at('2026-03-20');
    const closed = await ok(CLOSE, { id: complaint.id });
    expect(closed).toMatchObject({ status: 'CLOSED', closedOn: '2026-03-20', closedLate: false, closeOverdue: false });
    const message = closed.closingMessage as string;
    expect(message).toContain('Op 27/02/2026 ontvingen wij uw klacht');
    expect(message).toContain('- Dossier opgevraagd bij de werkplek');
    expect(message).toContain('- Telefonisch contact met de mentor op 5 maart');
    expect(message).toContain('gedeeltelijk gegrond');
    expect(message).toContain('Een vervangende mentor wordt aangeduid');
    expect(message).toContain(OMBUDSMAN_SENTENCE);
    expect(closed.history.map((h) => h.step)).toEqual([
      'register',
      'acknowledge',
      'route',
      'startInvestigation',
      'recordInvestigativeAct',
      'decide',
      'close',
    ]);
  });

  it('BR-48: even without investigative acts the ombudsman sentence is there', async () => {
    const complaint = await register({ kind: 'REPORT' });
    await ok(ACKNOWLEDGE, { id: complaint.id });
    await ok(ROUTE, { id: complaint.id, input: { handlerBody: 'AGENCY', handlerName: 'Klachtbegeleider SYNTRA Vlaanderen' } });
    await ok(START, { id: complaint.id });
    await ok(DECIDE, { id: complaint.id, input: { verdict: 'UNFOUNDED', resolution: 'De werkplek voldoet aan de voorwaarden.' } });
    const closed = await ok(CLOSE, { id: complaint.id });
    expect(closed.closingMessage).toContain('geen bijkomende onderzoeksdaden');
    expect(closed.closingMessage).toContain('melding');
    expect(closed.closingMessage).toContain('Vlaamse Ombudsdienst');
  });

  it('BR-47: closure overdue after 45 days (query and filter); closing later is flagged closedLate', async () => {
    const complaint = await decided();
    at('2026-04-16');
    expect(await ok(GET, { id: complaint.id })).toMatchObject({ closeDueOn: '2026-04-16', closeOverdue: false });
    at('2026-04-17');
    expect(await ok(GET, { id: complaint.id })).toMatchObject({ closeOverdue: true });
    const overdue = await subgraph.query<{ complaints: { nodes: { id: string }[] } }>(LIST, {
      variables: { filter: { overdueClosure: true, status: 'DECIDED' } },
      as: staff,
    });
    expect(overdue.data?.complaints.nodes.map((n) => n.id)).toContain(complaint.id);
    const closed = await ok(CLOSE, { id: complaint.id });
    expect(closed).toMatchObject({ status: 'CLOSED', closedLate: true, closeOverdue: false });
    expect(closed.history.at(-1)?.note).toContain('45 dagen');
  });

  it('BR-47: steps out of order are invalid transitions; investigating needs a handler first', async () => {
    const complaint = await register();
    expect(firstError(await run(DECIDE, { id: complaint.id, input: { verdict: 'FOUNDED', resolution: 'Gegrond, excuses aangeboden.' } })).code).toBe(
      'INVALID_STATE_TRANSITION',
    );
    expect(firstError(await run(CLOSE, { id: complaint.id })).code).toBe('INVALID_STATE_TRANSITION');
    await ok(ACKNOWLEDGE, { id: complaint.id });
    expect(firstError(await run(START, { id: complaint.id })).code).toBe('BAD_USER_INPUT');
    const closedOne = await decided();
    await ok(CLOSE, { id: closedOne.id });
    expect(firstError(await run(CLOSE, { id: closedOne.id })).code).toBe('INVALID_STATE_TRANSITION');
  });

  it('BR-47: the complaints council may decide to investigate further before closing', async () => {
    const complaint = await decided();
    const further = await ok(FURTHER, { id: complaint.id, reason: 'Verklaring van de school ontbreekt nog' });
    expect(further).toMatchObject({ status: 'UNDER_INVESTIGATION', verdict: null });
    expect(firstError(await run(CLOSE, { id: complaint.id })).code).toBe('INVALID_STATE_TRANSITION');
  });

  it('BR-47: routing to another authority (the school) is allowed with a handler name', async () => {
    const complaint = await register();
    await ok(ACKNOWLEDGE, { id: complaint.id });
    const routed = await ok(ROUTE, { id: complaint.id, input: { handlerBody: 'OTHER_AUTHORITY', handlerName: 'Campus Brugge (schoolcomponent)' } });
    expect(routed).toMatchObject({ status: 'ACKNOWLEDGED', handlerBody: 'OTHER_AUTHORITY', handlerName: 'Campus Brugge (schoolcomponent)' });
    const bad = await run(ROUTE, { id: complaint.id, input: { handlerBody: 'AGENCY', handlerName: 'x' } });
    expect(firstError(bad).code).toBe('BAD_USER_INPUT');
  });
});

describe('complaints: partnerships that take complaints (BR-50) and roles', () => {
  it('BR-50: partnership staff of a partnership that takes complaints register for their own partnership', async () => {
    const complaint = await register({ partnershipId: null }, horecaStaff);
    expect(complaint).toMatchObject({ status: 'REGISTERED', partnershipId: ids.horeca });
    const acknowledged = await ok(ACKNOWLEDGE, { id: complaint.id }, horecaStaff);
    expect(acknowledged.status).toBe('ACKNOWLEDGED');
    const routed = await ok(ROUTE, { id: complaint.id, input: { handlerBody: 'PARTNERSHIP', handlerName: 'Klachtbehandelaar SP Horeca' } }, horecaStaff);
    expect(routed).toMatchObject({ handlerBody: 'PARTNERSHIP', partnershipId: ids.horeca });
  });

  it('BR-50: a partnership that leaves complaints to SYNTRA (SP Bouw) cannot register one', async () => {
    const result = await run(REGISTER, { input: complaintInput({ partnershipId: null, workplaceId: ids.bouwWorkplace }) }, bouwStaff);
    expect(firstError(result).code).toBe('FORBIDDEN');
    expect(firstError(result).message).toContain('SYNTRA Vlaanderen behandelt ze');
    const other = await run(REGISTER, { input: complaintInput({ partnershipId: ids.bouw }) }, horecaStaff);
    expect(firstError(other).code).toBe('FORBIDDEN');
  });

  it('BR-50: routing to a partnership is refused with a message unless it takes complaints', async () => {
    const complaint = await register({ partnershipId: ids.bouw, workplaceId: ids.bouwWorkplace });
    await ok(ACKNOWLEDGE, { id: complaint.id });
    const refused = await run(ROUTE, { id: complaint.id, input: { handlerBody: 'PARTNERSHIP', handlerName: 'Klachtbehandelaar SP Bouw' } });
    expect(firstError(refused).code).toBe('BAD_USER_INPUT');
    expect(firstError(refused).message).toContain('SP Bouw neemt volgens zijn afsprakennota geen klachten op');
    const routed = await ok(ROUTE, {
      id: complaint.id,
      input: { handlerBody: 'PARTNERSHIP', partnershipId: ids.horeca, handlerName: 'Klachtbehandelaar SP Horeca' },
    });
    expect(routed).toMatchObject({ handlerBody: 'PARTNERSHIP', partnershipId: ids.horeca });
  });

  it('BR-50: partnership staff act only on their own partnership’s complaints, and not once routed to SYNTRA', async () => {
    const complaint = await register();
    expect(firstError(await run(GET, { id: complaint.id }, bouwStaff)).code).toBe('NOT_FOUND');
    expect(firstError(await run(ACKNOWLEDGE, { id: complaint.id }, bouwStaff)).code).toBe('NOT_FOUND');
    const bouwList = await subgraph.query<{ complaints: { nodes: { id: string }[] } }>(LIST, { as: bouwStaff });
    expect(bouwList.data?.complaints.nodes.map((n) => n.id)).not.toContain(complaint.id);
    const horecaList = await subgraph.query<{ complaints: { nodes: { id: string }[] } }>(LIST, { as: horecaStaff });
    expect(horecaList.data?.complaints.nodes.map((n) => n.id)).toContain(complaint.id);
    await ok(ACKNOWLEDGE, { id: complaint.id }, horecaStaff);
    await ok(ROUTE, { id: complaint.id, input: { handlerBody: 'AGENCY', handlerName: 'Klachtbegeleider SYNTRA Vlaanderen' } }, horecaStaff);
    expect(firstError(await run(START, { id: complaint.id }, horecaStaff)).code).toBe('FORBIDDEN');
    expect((await ok(GET, { id: complaint.id }, horecaStaff)).handlerBody).toBe('AGENCY');
    await ok(START, { id: complaint.id }, staff);
  });

  it('BR-50: registered by agency staff for a partnership that does not take complaints, its staff may not act; SYNTRA does', async () => {
    const complaint = await register({ partnershipId: ids.bouw, workplaceId: ids.bouwWorkplace });
    expect((await ok(GET, { id: complaint.id }, bouwStaff)).partnershipId).toBe(ids.bouw);
    for (const [query, variables] of [
      [ACKNOWLEDGE, { id: complaint.id }],
      [INADMISSIBLE, { id: complaint.id, reason: 'De indiener heeft geen belang bij deze werkplek.' }],
    ] as const) {
      const refused = await run(query, variables, bouwStaff);
      expect(firstError(refused).code).toBe('FORBIDDEN');
      expect(firstError(refused).message).toContain('SYNTRA Vlaanderen behandelt ze');
    }
    expect((await ok(ACKNOWLEDGE, { id: complaint.id }, staff)).status).toBe('ACKNOWLEDGED');
    const route = { id: complaint.id, input: { handlerBody: 'AGENCY', handlerName: 'Klachtbegeleider SYNTRA Vlaanderen' } };
    expect(firstError(await run(ROUTE, route, bouwStaff)).code).toBe('FORBIDDEN');
    await ok(ROUTE, { id: complaint.id, input: { handlerBody: 'AGENCY', handlerName: 'Klachtbegeleider SYNTRA Vlaanderen' } }, staff);
    expect(firstError(await run(START, { id: complaint.id }, bouwStaff)).code).toBe('FORBIDDEN');
    // A partnership that takes complaints handles the ones agency staff register for it.
    const horeca = await register({ partnershipId: ids.horeca });
    expect((await ok(ACKNOWLEDGE, { id: horeca.id }, horecaStaff)).status).toBe('ACKNOWLEDGED');
  });

  it('BR-50: inspectors read but do not act; companies, schools, centres and anonymous callers are refused', async () => {
    const complaint = await register();
    expect((await ok(GET, { id: complaint.id }, testUsers.inspector)).id).toBe(complaint.id);
    expect(firstError(await run(ACKNOWLEDGE, { id: complaint.id }, testUsers.inspector)).code).toBe('FORBIDDEN');
    const outsiders: User[] = [
      testUsers.companyUser('00000000-0000-4000-8000-000000000001'),
      testUsers.schoolUser,
      testUsers.centreUser('00000000-0000-4000-8000-000000000002'),
    ];
    for (const user of outsiders) {
      expect(firstError(await run(REGISTER, { input: complaintInput() }, user)).code, user.role).toBe('FORBIDDEN');
      expect(firstError(await run(GET, { id: complaint.id }, user)).code, user.role).toBe('FORBIDDEN');
    }
    const anonymous = await subgraph.query(GET, { variables: { id: complaint.id } });
    expect(firstError(anonymous).code).toBe('UNAUTHENTICATED');
  });

  it('lists complaints with cursor pagination in a stable order', async () => {
    await register();
    await register();
    const first = await subgraph.query<{ complaints: { totalCount: number; nodes: { id: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } }>(
      LIST,
      { variables: { sort: 'RECEIVED_ON_ASC', page: { first: 2 } }, as: staff },
    );
    expect(first.errors).toBeUndefined();
    const page = first.data!.complaints;
    expect(page.nodes).toHaveLength(2);
    expect(page.pageInfo.hasNextPage).toBe(true);
    const second = await subgraph.query<{ complaints: { nodes: { id: string }[] } }>(LIST, {
      variables: { sort: 'RECEIVED_ON_ASC', page: { first: 200, after: page.pageInfo.endCursor } },
      as: staff,
    });
    const ids2 = second.data!.complaints.nodes.map((n) => n.id);
    expect(ids2).toHaveLength(page.totalCount - 2);
    expect(ids2).not.toContain(page.nodes[0]!.id);
  });

  it('resolves nested partnerships and histories of a whole page in one query each (DataLoaders)', async () => {
    await register();
    statements.length = 0;
    const result = await subgraph.query<{ complaints: { nodes: unknown[] } }>(
      `{ complaints(page: { first: 200 }) { nodes { id partnership { name } history { step } } } }`,
      { as: staff },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.complaints.nodes.length).toBeGreaterThan(5);
    const from = (table: string) => statements.filter((sql) => new RegExp(`FROM\\s+"(public"\\.")?${table}"`).test(sql)).length;
    expect(from('status_change')).toBe(1);
    expect(from('partnership')).toBe(1);
    expect(from('complaint')).toBe(2);
  });
});
