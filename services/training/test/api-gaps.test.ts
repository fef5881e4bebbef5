import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { User } from '@werkplek/auth';
import { demoReferences } from '@werkplek/config';
import { startTestSubgraph, testUsers, type TestSubgraph } from '@werkplek/test-kit';
import type { PrismaClient } from '../src/generated/prisma/client.js';
import type { ActionPlanStatus } from '../src/generated/prisma/enums.js';
import { createTrainingSubgraph } from '../src/index.js';
import { seedTrainingCentres } from '../src/seed.js';
import { seedCurrentRound } from '../src/seed/current-round.js';
import { sectorIdOf, seedReferenceData, stableId } from '../src/seed/reference-data.js';

// The current round of the demo seed, actionPlans(filter: { statuses }) and AnnualActionPlan.allowedSteps (issue #6).
const centres = demoReferences.trainingCentres;
const west = centres['syntra-west'];
const brussel = centres['syntra-brussel'];
const TODAY = new Date('2026-11-23T10:00:00Z');
let clock = TODAY;
let subgraph: TestSubgraph;
let prisma: PrismaClient;
const statements: string[] = [];
const roundCounts: number[] = [];
const roundId = stableId('round:2027:APRIL');

beforeAll(async () => {
  subgraph = await startTestSubgraph('training', (db) =>
    createTrainingSubgraph({
      ...db,
      now: () => clock,
      onQuery: (sql) => statements.push(sql),
      seedWith: async (client) => {
        prisma = client;
        await seedTrainingCentres(client);
        await seedReferenceData(client);
        await seedCurrentRound(client, TODAY);
        roundCounts.push(await client.actionPlanRound.count(), await client.statusChange.count());
        await seedCurrentRound(client, TODAY);
        roundCounts.push(await client.actionPlanRound.count(), await client.statusChange.count());
      },
    }),
  );
});
afterAll(() => subgraph?.stop());

// `any`: the tests read differently shaped documents field by field; a type per document would repeat each query.
async function ask(document: string, variables: Record<string, unknown>, as: User = testUsers.agencyStaff): Promise<any> {
  const result = await subgraph.query<any>(document, { variables, as });
  expect(result.errors).toBeUndefined();
  return result.data;
}

const STEPS = `query ($id: ID!) { actionPlan(id: $id) { status allowedSteps } }`;
const stepsOf = async (id: string, as: User) => (await ask(STEPS, { id }, as)).actionPlan.allowedSteps;
const setStatus = (id: string, status: ActionPlanStatus) => prisma.annualActionPlan.update({ where: { id }, data: { status } });
const addDossier = (planId: string) =>
  prisma.trainingDossier.create({
    data: { planId, kind: 'NEW_TRACK', title: 'Dronepiloot', sectorId: sectorIdOf('talen-redactie'), partners: [], requestedMarks: ['INNOVATIVE'], components: ['PROFESSIONAL_KNOWLEDGE'], durationMonths: 12 },
  });

describe('seed: the current action-plan round', () => {
  it('is the April round of next year, open, its deadline ahead, with its history; a second run adds nothing', async () => {
    const data = await ask(`{ actionPlanRounds(year: 2027) { id year season status deadline history { step } } }`, {});
    expect(data.actionPlanRounds).toEqual([
      { id: roundId, year: 2027, season: 'APRIL', status: 'OPEN', deadline: '2027-04-30T21:59:59.000Z', history: [{ step: 'open' }] },
    ]);
    expect(new Date(data.actionPlanRounds[0].deadline) > TODAY).toBe(true);
    expect(roundCounts[2]).toBe(roundCounts[0]);
    expect(roundCounts[3]).toBe(roundCounts[1]);
  });
});

describe('AnnualActionPlan.allowedSteps', () => {
  let planId = '';
  beforeAll(async () => {
    clock = TODAY;
    planId = (await ask(`mutation ($roundId: ID!) { draftActionPlan(roundId: $roundId) { id } }`, { roundId }, testUsers.centreUser(west))).draftActionPlan.id;
  });

  it('a fresh draft: the centre adds dossiers; submitting needs one first', async () => {
    expect(await stepsOf(planId, testUsers.centreUser(west))).toEqual(['addTrainingDossier', 'updateTrainingDossier']);
    await addDossier(planId);
    expect(await stepsOf(planId, testUsers.centreUser(west))).toEqual(['addTrainingDossier', 'updateTrainingDossier', 'submit']);
    expect(await stepsOf(planId, testUsers.agencyStaff)).toEqual(['addTrainingDossier', 'updateTrainingDossier', 'submit']);
    expect(await stepsOf(planId, testUsers.inspector)).toEqual([]);
  });

  it("another centre does not see the plan at all", async () => {
    const result = await subgraph.query<any>(STEPS, { variables: { id: planId }, as: testUsers.centreUser(brussel) });
    expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('after the deadline a draft can no longer be submitted; a returned plan can', async () => {
    clock = new Date('2027-05-01T08:00:00Z');
    try {
      expect(await stepsOf(planId, testUsers.centreUser(west))).toEqual(['addTrainingDossier', 'updateTrainingDossier']);
      await setStatus(planId, 'RETURNED');
      expect(await stepsOf(planId, testUsers.centreUser(west))).toEqual(['addTrainingDossier', 'updateTrainingDossier', 'submit']);
    } finally {
      clock = TODAY;
      await setStatus(planId, 'DRAFT');
    }
  });

  it('in review: only the agency, by state', async () => {
    try {
      await setStatus(planId, 'SUBMITTED');
      expect(await stepsOf(planId, testUsers.agencyStaff)).toEqual(['startReview', 'returnForChanges']);
      expect(await stepsOf(planId, testUsers.centreUser(west))).toEqual([]);
      await setStatus(planId, 'UNDER_REVIEW');
      expect(await stepsOf(planId, testUsers.agencyStaff)).toEqual(['assessCriterion', 'adviseDossier', 'returnForChanges']);
      await setStatus(planId, 'ADVISED');
      expect(await stepsOf(planId, testUsers.agencyStaff)).toEqual(['assessCriterion', 'adviseDossier', 'returnForChanges', 'decide']);
      await setStatus(planId, 'DECIDED');
      expect(await stepsOf(planId, testUsers.agencyStaff)).toEqual([]);
    } finally {
      await setStatus(planId, 'DRAFT');
    }
  });

  it('nothing once the board decided on the round', async () => {
    try {
      await prisma.actionPlanRound.update({ where: { id: roundId }, data: { status: 'DECIDED' } });
      expect(await stepsOf(planId, testUsers.centreUser(west))).toEqual([]);
      expect(await stepsOf(planId, testUsers.agencyStaff)).toEqual([]);
    } finally {
      await prisma.actionPlanRound.update({ where: { id: roundId }, data: { status: 'OPEN' } });
    }
  });

  it('agrees with the step: the listed submit is taken and the list follows', async () => {
    const result = await ask(`mutation ($id: ID!) { submitActionPlan(planId: $id) { status allowedSteps } }`, { id: planId }, testUsers.centreUser(west));
    expect(result.submitActionPlan).toEqual({ status: 'SUBMITTED', allowedSteps: [] });
    await setStatus(planId, 'DRAFT');
  });
});

describe('actionPlans(filter: { statuses })', () => {
  it('any of the listed statuses, with one query each for the rounds and dossiers of the page', async () => {
    const statuses: ActionPlanStatus[] = ['DRAFT', 'SUBMITTED', 'UNDER_REVIEW', 'ADVISED'];
    const others = Object.values(centres).filter((id) => id !== west);
    for (const [index, centreId] of others.entries()) {
      await prisma.annualActionPlan.create({ data: { centreId, roundId, status: statuses[index]! } });
    }
    const query = `query ($filter: ActionPlanFilter) { actionPlans(filter: $filter, page: { first: 50 }) { totalCount nodes { status allowedSteps } } }`;
    statements.length = 0;
    const data = await ask(query, { filter: { roundId, statuses: ['SUBMITTED', 'ADVISED'] } });
    expect(data.actionPlans.nodes.map((n: any) => n.status).sort()).toEqual(['ADVISED', 'SUBMITTED']);
    expect(data.actionPlans.totalCount).toBe(2);
    expect(statements.filter((sql) => /FROM "public"\."action_plan_round"/.test(sql))).toHaveLength(1);
    expect(statements.filter((sql) => /FROM "public"\."training_dossier"/.test(sql))).toHaveLength(1);
    const draft = await ask(query, { filter: { roundId, statuses: ['DRAFT', 'UNDER_REVIEW'], status: 'DRAFT' } });
    expect(draft.actionPlans.totalCount).toBe(2); // west's plan and the one created here
    const mine = await ask(query, { filter: { statuses: ['DRAFT', 'SUBMITTED'] } }, testUsers.centreUser(west));
    expect(mine.actionPlans.totalCount).toBe(1);
    const tooMany = await subgraph.query(query, { variables: { filter: { statuses: [...statuses, 'RETURNED', 'DECIDED', 'DRAFT'] } }, as: testUsers.agencyStaff });
    expect((tooMany.errors?.[0]?.extensions as { code?: string } | undefined)?.code).toBe('BAD_USER_INPUT');
  });
});
