import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoReferences } from '@werkplek/config';
import { createDualLearningSubgraph, buildDualLearningSchema } from '@werkplek/dual-learning';
import { createInspectionSubgraph, buildInspectionSchema } from '@werkplek/inspection';
import { createTrainingSubgraph, buildTrainingSchema } from '@werkplek/training';
import { graphqlRequest, startTestSubgraph, type TestSubgraph } from '@werkplek/test-kit';
import { composeSupergraph, startGateway, type RunningGateway } from '../src/index.js';

/**
 * The whole graph over real HTTP: three subgraphs on their own fresh databases, the gateway composed from their SDL,
 * and a client that signs in through the development sign-in and queries across subgraphs.
 */
let subgraphs: TestSubgraph[] = [];
let gateway: RunningGateway;
const { trainingCentres } = demoReferences;

beforeAll(async () => {
  subgraphs = await Promise.all([
    startTestSubgraph('dual-learning', (db) => createDualLearningSubgraph({ ...db, seed: true })),
    startTestSubgraph('training', (db) => createTrainingSubgraph({ ...db, seed: true })),
    startTestSubgraph('inspection', (db) => createInspectionSubgraph({ ...db, seed: true })),
  ]);
  const [dualLearning, training, inspection] = subgraphs.map((s) => s.url) as [string, string, string];
  const { supergraphSdl } = composeSupergraph([
    { name: 'dual-learning', url: dualLearning, schema: await buildDualLearningSchema() },
    { name: 'training', url: training, schema: await buildTrainingSchema() },
    { name: 'inspection', url: inspection, schema: await buildInspectionSchema() },
  ]);
  gateway = await startGateway({
    supergraphSdl,
    subgraphUrls: { 'dual-learning': dualLearning, training, inspection },
    port: 0,
  });
});

afterAll(async () => {
  await gateway?.stop();
  await Promise.all(subgraphs.map((s) => s.stop()));
});

async function signIn(body: Record<string, unknown>) {
  const response = await fetch(`${gateway.url}/auth/dev-sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as { token: string; error?: { code: string; message: string } } };
}

async function query<Data>(document: string, token?: string, variables?: Record<string, unknown>) {
  return graphqlRequest<Data>(`${gateway.url}/graphql`, document, {
    variables,
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
}

describe('the graph through the gateway', () => {
  it('reports itself and every subgraph healthy', async () => {
    const response = await fetch(`${gateway.url}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      status: 'ok',
      subgraphs: { 'dual-learning': 'ok', training: 'ok', inspection: 'ok' },
    });
  });

  it('resolves an inspection\'s subject from the other subgraphs for a signed-in inspector', async () => {
    const { body } = await signIn({ role: 'INSPECTOR', name: 'Pieter De Smet' });
    const result = await query<{ inspections: { title: string; workplace: { name: string; municipality: string } | null; trainingCentre: { name: string } | null }[] }>(
      '{ inspections { title workplace { name municipality } trainingCentre { name } } }',
      body.token,
    );
    expect(result.errors).toBeUndefined();
    const byTitle = new Map(result.data!.inspections.map((i) => [i.title, i]));
    expect(byTitle.get('Opvolgingsdoorlichting leertijd Syntra Midden-Vlaanderen')?.trainingCentre).toEqual({
      name: 'Syntra Midden-Vlaanderen',
    });
    expect(byTitle.get('Terreinbezoek Bouwonderneming Janssens')?.workplace).toEqual({
      name: 'Bouwonderneming Janssens',
      municipality: 'Hasselt',
    });
  });

  it('adds inspections to workplaces and training centres the other way round', async () => {
    const { body } = await signIn({ role: 'AGENCY_STAFF' });
    const result = await query<{
      workplaces: { name: string; inspections: { title: string }[] }[];
      trainingCentres: { name: string; inspections: { title: string }[] }[];
    }>('{ workplaces { name inspections { title } } trainingCentres { name inspections { title } } }', body.token);
    expect(result.errors).toBeUndefined();
    expect(result.data!.workplaces.find((w) => w.name === 'Hotel Aan de Leie')?.inspections).toEqual([
      { title: 'Terreinbezoek Hotel Aan de Leie' },
    ]);
    expect(result.data!.trainingCentres.find((c) => c.name === 'Syntra West')?.inspections).toEqual([
      { title: 'Opvolgingsdoorlichting leertijd Syntra West' },
    ]);
  });

  it('binds a centre user to their centre: their own inspections, not another centre\'s, no workplaces', async () => {
    const { status, body } = await signIn({ role: 'CENTRE_USER', centreId: trainingCentres['syntra-west'] });
    expect(status).toBe(200);
    const own = await query<{ trainingCentre: { name: string; inspections: { title: string }[] } }>(
      'query ($id: ID!) { trainingCentre(id: $id) { name inspections { title } } }',
      body.token,
      { id: trainingCentres['syntra-west'] },
    );
    expect(own.data?.trainingCentre.inspections).toEqual([{ title: 'Opvolgingsdoorlichting leertijd Syntra West' }]);
    const other = await query(
      'query ($id: ID!) { trainingCentre(id: $id) { name inspections { title } } }',
      body.token,
      { id: trainingCentres['syntra-limburg'] },
    );
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const workplaces = await query('{ workplaces { name } }', body.token);
    expect(workplaces.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('carries a mutation through to its subgraph with the caller\'s identity', async () => {
    const { body } = await signIn({ role: 'CENTRE_USER', centreId: trainingCentres['syntra-limburg'], name: 'Lien Maes' });
    const result = await query<{ updateTrainingCentreContact: { phone: string } }>(
      'mutation ($id: ID!) { updateTrainingCentreContact(id: $id, input: { phone: "011 26 00 00" }) { phone } }',
      body.token,
      { id: trainingCentres['syntra-limburg'] },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.updateTrainingCentreContact.phone).toBe('011 26 00 00');
  });

  it('signs in partnership staff bound to an existing partnership, who then see only their partnership\'s applications', async () => {
    const partnerships = await query<{ partnerships: { id: string; code: string }[] }>('{ partnerships { id code } }');
    const horeca = partnerships.data!.partnerships.find((p) => p.code === 'sp-horeca')!;
    const { status, body } = await signIn({ role: 'PARTNERSHIP_STAFF', partnershipId: horeca.id, name: 'Koen Janssens' });
    expect(status).toBe(200);
    const result = await query<{ recognitionApplications: { totalCount: number; nodes: { partnership: { code: string } }[] } }>(
      '{ recognitionApplications(page: { first: 50 }) { totalCount nodes { partnership { code } } } }',
      body.token,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.recognitionApplications.totalCount).toBeGreaterThan(0);
    expect(new Set(result.data!.recognitionApplications.nodes.map((n) => n.partnership.code))).toEqual(new Set(['sp-horeca']));
    const unknown = await signIn({ role: 'PARTNERSHIP_STAFF', partnershipId: '00000000-0000-4000-8000-000000000000' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error?.message).toMatch(/Onbekend partnerschap/);
  });

  it('signs in a company user bound to an existing company, who reads their own company only', async () => {
    const { body: staff } = await signIn({ role: 'AGENCY_STAFF' });
    const companies = await query<{ companies: { nodes: { id: string; name: string }[] } }>(
      '{ companies(page: { first: 2 }) { nodes { id name } } }',
      staff.token,
    );
    const [own, other] = companies.data!.companies.nodes;
    const { status, body } = await signIn({ role: 'COMPANY_USER', companyId: own!.id });
    expect(status).toBe(200);
    const mine = await query<{ company: { name: string } }>('query ($id: ID!) { company(id: $id) { name } }', body.token, { id: own!.id });
    expect(mine.data?.company.name).toBe(own!.name);
    const theirs = await query('query ($id: ID!) { company(id: $id) { name } }', body.token, { id: other!.id });
    expect(['FORBIDDEN', 'NOT_FOUND']).toContain(theirs.errors?.[0]?.extensions?.code);
    const unknown = await signIn({ role: 'COMPANY_USER', companyId: '00000000-0000-4000-8000-000000000000' });
    expect(unknown.status).toBe(400);
  });

  it('serves public queries to anonymous callers and refuses them the rest', async () => {
    const centres = await query<{ trainingCentres: { name: string }[] }>('{ trainingCentres { name } }');
    expect(centres.data?.trainingCentres).toHaveLength(5);
    const workplaces = await query('{ workplaces { name } }');
    expect(workplaces.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a request with an invalid or forged token with 401', async () => {
    for (const token of ['not-a-jwt', 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4Iiwicm9sZSI6IkFHRU5DWV9TVEFGRiJ9.c2lnbmF0dXJl']) {
      const result = await query('{ trainingCentres { name } }', token);
      expect(result.status).toBe(401);
      expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(result.data ?? null).toBeNull();
    }
  });

  it('refuses a sign-in with an unknown role or an unknown centre', async () => {
    const role = await signIn({ role: 'ADMIN' });
    expect(role.status).toBe(400);
    expect(role.body.error?.code).toBe('BAD_USER_INPUT');
    const centre = await signIn({ role: 'CENTRE_USER', centreId: '00000000-0000-4000-8000-000000000000' });
    expect(centre.status).toBe(400);
    expect(centre.body.error?.message).toMatch(/Onbekend opleidingscentrum/);
  });

  it('refuses oversized documents before planning them: a token limit on parsing and a body limit', async () => {
    const tooManyTokens = `{ ${'__typename '.repeat(12_000)}}`;
    const parsed = await query(tooManyTokens);
    expect(parsed.status).toBe(400);
    expect(parsed.errors?.[0]?.message).toMatch(/more th(at|an) 10000 tokens/);
    const response = await fetch(`${gateway.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ trainingCentres { name } }', variables: { padding: 'x'.repeat(1_100_000) } }),
    });
    expect(response.status).toBe(413);
  });

  it('answers a browser preflight from the shell\'s origin only', async () => {
    const preflight = (origin: string) =>
      fetch(`${gateway.url}/graphql`, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,content-type' },
      });
    expect((await preflight('http://localhost:3000')).headers.get('access-control-allow-origin')).toBe('http://localhost:3000');
    expect((await preflight('http://evil.example')).headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('composition', () => {
  it('fails on subgraphs that cannot be composed', async () => {
    const schema = await buildTrainingSchema();
    expect(() =>
      composeSupergraph([
        { name: 'training', url: 'http://127.0.0.1:1/graphql', schema },
        { name: 'training-copy', url: 'http://127.0.0.1:2/graphql', schema },
      ]),
    ).toThrow(/composition failed/);
  });
});
