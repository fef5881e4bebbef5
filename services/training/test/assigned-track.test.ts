import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { User } from '@werkplek/auth';
import { demoReferences } from '@werkplek/config';
import { startTestSubgraph, testUsers, type TestSubgraph } from '@werkplek/test-kit';
import type { PrismaClient } from '../src/generated/prisma/client.js';
import { createTrainingSubgraph } from '../src/index.js';
import { seedTrainingCentres } from '../src/seed.js';

const ids = {
  mpiris: '7a000000-0000-4000-8000-000000000001',
  groendak: '7a000000-0000-4000-8000-000000000002',
};

/** Two mandate holders (mandaathouders) of §2.10; the real list comes from the offer module's reference data. */
async function seedMandateHolders(prisma: PrismaClient) {
  await prisma.mandateHolder.createMany({
    data: [
      { id: ids.mpiris, name: 'Mpiris', qualityLabel: 'Q-decreet' },
      { id: ids.groendak, name: 'Groendak Academie vzw' },
    ],
  });
}

let subgraph: TestSubgraph;
const statements: string[] = [];
let clock = new Date('2018-11-05T09:00:00Z');

beforeAll(async () => {
  subgraph = await startTestSubgraph('training', (db) =>
    createTrainingSubgraph({
      ...db,
      seedWith: async (prisma) => {
        await seedTrainingCentres(prisma);
        await seedMandateHolders(prisma);
      },
      now: () => clock,
      onQuery: (sql) => statements.push(sql),
    }),
  );
});
afterAll(() => subgraph?.stop());
beforeEach(() => {
  clock = new Date('2018-11-05T09:00:00Z');
});

const staff = testUsers.agencyStaff;
const FIELDS = `id topic kind cluster launchedOn status awards { mandateHolderId mandateHolderName amountInclVat awardedOn }
  history { step fromStatus toStatus actorName note }`;
const LAUNCH = `mutation ($input: LaunchTenderInput!) { launchTender(input: $input) { ${FIELDS} } }`;
const AWARD = `mutation ($tenderId: ID!, $mandateHolderId: ID!, $amountInclVat: Float!, $awardedOn: LocalDate!) {
  awardTender(tenderId: $tenderId, mandateHolderId: $mandateHolderId, amountInclVat: $amountInclVat, awardedOn: $awardedOn) { ${FIELDS} } }`;
const CANCEL = `mutation ($id: ID!, $reason: String!) { cancelTender(id: $id, reason: $reason) { ${FIELDS} } }`;
const LIST = `query ($filter: TenderFilter, $sort: TenderSort, $page: PageInput) {
  tenders(filter: $filter, sort: $sort, page: $page) { totalCount nodes { ${FIELDS} } pageInfo { hasNextPage endCursor } } }`;

type Tender = { id: string; status: string; awards: { amountInclVat: number; mandateHolderName: string }[]; history: { step: string; note: string | null }[] };

async function run(query: string, variables: Record<string, unknown>, as: User = staff) {
  return subgraph.query<Record<string, Tender>>(query, { variables, as });
}
async function ok(query: string, variables: Record<string, unknown>, as: User = staff): Promise<Tender> {
  clock = new Date(clock.getTime() + 1000);
  const result = await run(query, variables, as);
  expect(result.errors).toBeUndefined();
  return Object.values(result.data!)[0]!;
}
const code = (result: { errors?: readonly { extensions?: Record<string, unknown> }[] }) => result.errors?.[0]?.extensions?.code;

const research = { topic: 'Competentieprognose creatieve industrie', kind: 'RESEARCH', cluster: 'Creatieve industrie', launchedOn: '2018-10-01' };
const launch = (input: Record<string, unknown> = research) => ok(LAUNCH, { input });

describe('§6.8 assigned tracks: tender workflow', () => {
  it('§6.8: agency staff launch a research tender and award it to Mpiris, with history', async () => {
    const tender = await launch();
    expect(tender.status).toBe('LAUNCHED');
    const awarded = await ok(AWARD, { tenderId: tender.id, mandateHolderId: ids.mpiris, amountInclVat: 49_850.5, awardedOn: '2018-11-05' });
    expect(awarded.status).toBe('AWARDED');
    expect(awarded.awards).toEqual([
      { mandateHolderId: ids.mpiris, mandateHolderName: 'Mpiris', amountInclVat: 49_850.5, awardedOn: '2018-11-05' },
    ]);
    expect(awarded.history.map((h) => h.step)).toEqual(['launch', 'award']);
    expect(awarded.history[1]!.note).toContain('Gegund aan Mpiris op 05/11/2018');
  });

  it('§6.8: an awarded tender cannot be awarded again nor cancelled (INVALID_STATE_TRANSITION)', async () => {
    const tender = await launch();
    await ok(AWARD, { tenderId: tender.id, mandateHolderId: ids.mpiris, amountInclVat: 1000, awardedOn: '2018-11-01' });
    const again = await run(AWARD, { tenderId: tender.id, mandateHolderId: ids.groendak, amountInclVat: 1000, awardedOn: '2018-11-02' });
    expect(code(again)).toBe('INVALID_STATE_TRANSITION');
    const cancel = await run(CANCEL, { id: tender.id, reason: 'Geen budget meer' });
    expect(code(cancel)).toBe('INVALID_STATE_TRANSITION');
  });

  it('§6.8: a launched tender is cancelled with a reason that goes into the history', async () => {
    const tender = await launch({ topic: 'Professioneel groendak', kind: 'TRAINING_OLD_WORK', launchedOn: '2018-03-01' });
    const cancelled = await ok(CANCEL, { id: tender.id, reason: 'Afbouw oude werking: mismatch tussen vraag en aanbod' });
    expect(cancelled.status).toBe('CANCELLED');
    expect(cancelled.history.at(-1)).toMatchObject({ step: 'cancel', note: 'Afbouw oude werking: mismatch tussen vraag en aanbod' });
    const award = await run(AWARD, { tenderId: tender.id, mandateHolderId: ids.groendak, amountInclVat: 10, awardedOn: '2018-04-01' });
    expect(code(award)).toBe('INVALID_STATE_TRANSITION');
    expect(code(await run(CANCEL, { id: tender.id, reason: 'x' }))).toBe('INVALID_STATE_TRANSITION');
  });

  it('§5.10: amounts are > 0 with at most two decimals', async () => {
    const tender = await launch();
    for (const amountInclVat of [0, -5, 10.005]) {
      const result = await run(AWARD, { tenderId: tender.id, mandateHolderId: ids.mpiris, amountInclVat, awardedOn: '2018-11-01' });
      expect(code(result)).toBe('BAD_USER_INPUT');
    }
  });

  it('§6.8 dates: no award before the launch nor in the future; no launch in the future', async () => {
    const tender = await launch();
    const before = await run(AWARD, { tenderId: tender.id, mandateHolderId: ids.mpiris, amountInclVat: 5, awardedOn: '2018-09-30' });
    expect(code(before)).toBe('BAD_USER_INPUT');
    const future = await run(AWARD, { tenderId: tender.id, mandateHolderId: ids.mpiris, amountInclVat: 5, awardedOn: '2018-11-06' });
    expect(code(future)).toBe('BAD_USER_INPUT');
    const launchFuture = await run(LAUNCH, { input: { ...research, launchedOn: '2018-12-01' } });
    expect(code(launchFuture)).toBe('BAD_USER_INPUT');
  });

  it('bad input: unknown mandate holder, research tender without cluster, short topic, short reason', async () => {
    const tender = await launch();
    const unknown = await run(AWARD, { tenderId: tender.id, mandateHolderId: '7a000000-0000-4000-8000-0000000000ff', amountInclVat: 5, awardedOn: '2018-11-01' });
    expect(code(unknown)).toBe('BAD_USER_INPUT');
    expect(code(await run(LAUNCH, { input: { ...research, cluster: null } }))).toBe('BAD_USER_INPUT');
    expect(code(await run(LAUNCH, { input: { ...research, topic: 'x' } }))).toBe('BAD_USER_INPUT');
    expect(code(await run(CANCEL, { id: tender.id, reason: 'nee' }))).toBe('BAD_USER_INPUT');
    const stillLaunched = await run(LIST, { filter: { status: 'LAUNCHED' }, page: { first: 200 } });
    expect((stillLaunched.data!.tenders as unknown as { nodes: { id: string }[] }).nodes.map((n) => n.id)).toContain(tender.id);
  });

  it('roles: only agency staff launch, award and cancel; inspectors read; centre and other users are refused', async () => {
    const tender = await launch();
    const inspector = testUsers.inspector;
    const centre = testUsers.centreUser(demoReferences.trainingCentres['syntra-west']);
    for (const user of [inspector, centre, testUsers.partnershipStaff('00000000-0000-4000-8000-000000000001')]) {
      expect(code(await run(LAUNCH, { input: research }, user))).toBe('FORBIDDEN');
      expect(code(await run(CANCEL, { id: tender.id, reason: 'Geen budget meer' }, user))).toBe('FORBIDDEN');
      expect(code(await run(AWARD, { tenderId: tender.id, mandateHolderId: ids.mpiris, amountInclVat: 5, awardedOn: '2018-11-01' }, user))).toBe('FORBIDDEN');
    }
    expect((await run(LIST, {}, inspector)).errors).toBeUndefined();
    expect(code(await run(LIST, {}, centre))).toBe('FORBIDDEN');
    expect(code(await run(LIST, {}, testUsers.companyUser('00000000-0000-4000-8000-000000000002')))).toBe('FORBIDDEN');
  });

  it('tenders: filter by kind and status, sorted by launch date then id, paginated; awards and history in one query each', async () => {
    await launch({ topic: 'Starters informeren en begeleiden', kind: 'TRAINING_OLD_WORK', launchedOn: '2016-02-01' });
    const old = await launch({ topic: 'Kortlopende opleidingen open aanbod', kind: 'TRAINING_OLD_WORK', launchedOn: '2016-03-01' });
    await ok(AWARD, { tenderId: old.id, mandateHolderId: ids.groendak, amountInclVat: 1_782_517.87, awardedOn: '2016-06-01' });
    const filter = { kind: 'TRAINING_OLD_WORK', launchedUntil: '2016-12-31' };
    const first = await run(LIST, { filter, sort: 'LAUNCHED_ON_ASC', page: { first: 1 } });
    const page1 = first.data!.tenders as unknown as { totalCount: number; nodes: Tender[]; pageInfo: { hasNextPage: boolean; endCursor: string } };
    expect(page1.totalCount).toBe(2);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const second = await run(LIST, { filter, sort: 'LAUNCHED_ON_ASC', page: { first: 1, after: page1.pageInfo.endCursor } });
    const page2 = second.data!.tenders as unknown as { nodes: Tender[]; pageInfo: { hasNextPage: boolean } };
    expect(page2.nodes[0]!.id).toBe(old.id);
    expect(page2.nodes[0]!.awards[0]!.amountInclVat).toBe(1_782_517.87);
    expect(page2.pageInfo.hasNextPage).toBe(false);

    statements.length = 0;
    const all = await run(LIST, { page: { first: 200 } });
    expect(all.errors).toBeUndefined();
    const awardQueries = statements.filter((sql) => /FROM "public"\."tender_award"/.test(sql));
    const historyQueries = statements.filter((sql) => /FROM "public"\."status_change"/.test(sql));
    const holderQueries = statements.filter((sql) => /FROM "public"\."mandate_holder"/.test(sql));
    expect(awardQueries).toHaveLength(1);
    expect(historyQueries).toHaveLength(1);
    expect(holderQueries.length).toBeLessThanOrEqual(1);
  });
});
