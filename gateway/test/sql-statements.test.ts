import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueUserToken, userTokenSecret } from '@werkplek/auth';
import { createDualLearningSubgraph, buildDualLearningSchema } from '@werkplek/dual-learning';
import { createInspectionSubgraph, buildInspectionSchema } from '@werkplek/inspection';
import { createTrainingSubgraph, buildTrainingSchema } from '@werkplek/training';
import { graphqlRequest, startTestSubgraph, testUsers, type TestSubgraph } from '@werkplek/test-kit';
import { composeSupergraph, startGateway, type RunningGateway } from '../src/index.js';

/**
 * Issue #8: federated references and nested lists cost one SQL statement per entity type per request (DataLoader),
 * not one per row. Each list operation below (the frontends' lists with what they show from other subgraphs) is sent
 * through the gateway for a page of 15 and a page of 45 rows (both pages hold every kind of subject); every subgraph must send the same number of statements
 * for both, read from its /metrics (werkplek_sql_statements_total). A resolver that queries per row fails it.
 */
let subgraphs: Record<'dual-learning' | 'training' | 'inspection', TestSubgraph>;
let gateway: RunningGateway;
let token: string;

beforeAll(async () => {
  token = await issueUserToken(testUsers.agencyStaff, { secret: userTokenSecret() });
  const [dualLearning, training, inspection] = await Promise.all([
    startTestSubgraph('dual-learning', (db) => createDualLearningSubgraph({ ...db, seed: true })),
    startTestSubgraph('training', (db) => createTrainingSubgraph({ ...db, seed: true })),
    startTestSubgraph('inspection', (db) => createInspectionSubgraph({ ...db, seed: true, gatewayUrl: () => `${gateway.url}/graphql`, relayIntervalMs: 2_000_000_000 })),
  ]);
  subgraphs = { 'dual-learning': dualLearning, training, inspection };
  const { supergraphSdl } = composeSupergraph([
    { name: 'dual-learning', url: dualLearning.url, schema: await buildDualLearningSchema() },
    { name: 'training', url: training.url, schema: await buildTrainingSchema() },
    { name: 'inspection', url: inspection.url, schema: await buildInspectionSchema() },
  ]);
  gateway = await startGateway({
    supergraphSdl,
    subgraphUrls: { 'dual-learning': dualLearning.url, training: training.url, inspection: inspection.url },
    port: 0,
  });
}, 120_000);

afterAll(async () => {
  await gateway?.stop();
  await Promise.all(Object.values(subgraphs ?? {}).map((s) => s.stop()));
});

async function statementsSoFar(): Promise<Record<string, number>> {
  const entries = await Promise.all(
    Object.entries(subgraphs).map(async ([name, subgraph]) => {
      const text = await (await fetch(subgraph.url.replace(/\/graphql$/, '/metrics'))).text();
      const total = text
        .split('\n')
        .filter((line) => line.startsWith('werkplek_sql_statements_total{'))
        .reduce((sum, line) => sum + Number(line.slice(line.lastIndexOf(' ') + 1)), 0);
      return [name, total] as const;
    }),
  );
  return Object.fromEntries(entries);
}

/** The statements each subgraph sent for one request (the gateway's health checks do not reach the database). */
async function statementsOf(document: string, first: number): Promise<Record<string, number>> {
  const before = await statementsSoFar();
  const answer = await graphqlRequest<Record<string, { nodes?: unknown[] } | unknown[]>>(`${gateway.url}/graphql`, document, {
    variables: { first },
    headers: { authorization: `Bearer ${token}` },
  });
  expect(answer.errors).toBeUndefined();
  const list = Object.values(answer.data!)[0]!;
  expect((Array.isArray(list) ? list : (list.nodes ?? [])).length, 'the page holds rows').toBeGreaterThan(10);
  const after = await statementsSoFar();
  return Object.fromEntries(Object.keys(after).map((name) => [name, after[name]! - before[name]!]));
}

const operations: Record<string, string> = {
  'audits with their subjects from dual learning and training': `query ($first: Int!) { audits(page: { first: $first }) { nodes {
    id title leadAuditor { name } openRecommendationCount workplace { name municipality } trainingCentre { name } partnership { name } } } }`,
  'recognition applications with workplace, training, partnership, mentors': `query ($first: Int!) { recognitionApplications(page: { first: $first }) { nodes {
    id status workplace { name } training { name } partnership { name } mentors { name } recognition { id } } } }`,
  'agreements with workplace, training, learner and mentor': `query ($first: Int!) { agreements(page: { first: $first }) { nodes {
    id status workplace { name } training { name } learner { name } mentor { name } } } }`,
  'tracks with sector, centre, modules, marks and audits': `query ($first: Int!) { tracks(page: { first: $first }) { nodes {
    id name sector { name } centre { name } modules { code } marks { mark } audits { id } } } }`,
  'enrolments with learner and track': `query ($first: Int!) { enrolments(page: { first: $first }) { nodes { id status learner { id } track { name } } } }`,
};

describe('SQL statements per request (issue #8: no N+1)', () => {
  it.each(Object.entries(operations))('%s: the same number for 15 rows as for 45, in every subgraph', async (_name, document) => {
    await statementsOf(document, 15); // warms what is cached per process (plans, prepared statements)
    const few = await statementsOf(document, 15);
    const many = await statementsOf(document, 45);
    console.log(`${_name}: ${JSON.stringify(many)}`);
    expect(many).toEqual(few);
  });
});
