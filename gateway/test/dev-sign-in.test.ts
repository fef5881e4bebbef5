import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { verifyUserToken } from '@werkplek/auth';
import { buildDualLearningSchema } from '@werkplek/dual-learning';
import { buildInspectionSchema } from '@werkplek/inspection';
import { buildTrainingSchema } from '@werkplek/training';
import { devSignInRoutes, type OperationRunner } from '../src/dev-sign-in.js';
import { composeSupergraph, startGateway, type RunningGateway } from '../src/index.js';

const secret = 'a-test-secret-that-is-long-enough-for-the-sign-in';
const centreId = '4b0a6c1e-7d3f-4e55-9a1b-2c3d4e5f6a7b';

/** Stands in for the gateway's ApolloServer: answers the operations the sign-in routes run as the gateway itself. */
function fakeGraph(answer: (query: string, variables: Record<string, unknown> | undefined) => { data?: unknown; errors?: unknown[] }) {
  const executeOperation = vi.fn(async (request: { query: string; variables?: Record<string, unknown> }, _options: { contextValue: unknown }) => ({
    http: { status: undefined, headers: new Map() },
    body: { kind: 'single', singleResult: answer(request.query, request.variables) },
  }));
  return { runner: { executeOperation } as unknown as OperationRunner, executeOperation };
}

const servers: Server[] = [];
async function serve(runner: OperationRunner): Promise<string> {
  const app = express();
  app.use('/auth/dev-sign-in', devSignInRoutes(runner, secret));
  const server = createServer(app);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
  vi.restoreAllMocks();
});

const optionsData = {
  trainingCentres: [
    { id: 'tc-w', name: 'Syntra West' },
    { id: 'tc-a', name: 'Syntra Antwerpen en Vlaams-Brabant' },
  ],
  partnerships: [
    { id: 'p-v', name: 'Vlaams Partnerschap Duaal Leren' },
    { id: 'p-b', name: 'SP Bouw' },
  ],
  companies: { nodes: [{ id: 'c-1', name: 'Bakkerij Vandenbroucke' }] },
  auditors: [
    { id: 'a-2', name: 'Pieter De Smet', team: 'INSPECTION', userId: 'demo-inspector-pieter' },
    { id: 'a-1', name: 'Els Claes', team: 'SUPERVISION', userId: 'demo-supervisor-els' },
    { id: 'a-3', name: 'Onderwijsinspecteur zonder account', team: null, userId: null },
  ],
};

describe('GET /auth/dev-sign-in/options', () => {
  it('lists centres, partnerships, companies and the auditors who can sign in, asked as agency staff', async () => {
    const { runner, executeOperation } = fakeGraph(() => ({ data: optionsData }));
    const url = await serve(runner);
    const response = await fetch(`${url}/auth/dev-sign-in/options`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toEqual({
      trainingCentres: [
        { id: 'tc-a', name: 'Syntra Antwerpen en Vlaams-Brabant' },
        { id: 'tc-w', name: 'Syntra West' },
      ],
      partnerships: [
        { id: 'p-b', name: 'SP Bouw' },
        { id: 'p-v', name: 'Vlaams Partnerschap Duaal Leren' },
      ],
      companies: [{ id: 'c-1', name: 'Bakkerij Vandenbroucke' }],
      auditors: [
        { id: 'a-1', name: 'Els Claes', team: 'SUPERVISION', userId: 'demo-supervisor-els' },
        { id: 'a-2', name: 'Pieter De Smet', team: 'INSPECTION', userId: 'demo-inspector-pieter' },
      ],
    });
    const [request, options] = executeOperation.mock.calls[0]!;
    expect(request.query).toMatch(/auditors\(active: true\) \{ id name team userId \}/);
    expect(request.query).toMatch(/companies\(sort: NAME, page: \{ first: 100 \}\)/);
    expect(options.contextValue).toEqual({ user: expect.objectContaining({ role: 'AGENCY_STAFF' }) });
  });

  it('answers 502 with a Dutch message when the graph fails', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { runner } = fakeGraph(() => ({ errors: [{ message: 'subgraph down' }] }));
    const url = await serve(runner);
    const response = await fetch(`${url}/auth/dev-sign-in/options`);
    expect(response.status).toBe(502);
    expect(((await response.json()) as { error: { message: string } }).error.message).toMatch(/^De keuzelijsten/);
  });
});

describe('POST /auth/dev-sign-in with a userId', () => {
  it('signs the inspector in as the seeded person', async () => {
    const { runner, executeOperation } = fakeGraph(() => ({ data: {} }));
    const url = await serve(runner);
    const response = await fetch(`${url}/auth/dev-sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ role: 'INSPECTOR', name: 'Pieter De Smet', userId: 'demo-inspector-pieter' }),
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { token: string; user: { id: string } };
    expect(body.user).toEqual({ id: 'demo-inspector-pieter', name: 'Pieter De Smet', role: 'INSPECTOR' });
    await expect(verifyUserToken(body.token, secret)).resolves.toMatchObject({ id: 'demo-inspector-pieter' });
    // An inspector is bound to no organisation: nothing to look up.
    expect(executeOperation).not.toHaveBeenCalled();
  });

  it('refuses a malformed userId with 400', async () => {
    const { runner } = fakeGraph(() => ({ data: {} }));
    const url = await serve(runner);
    const response = await fetch(`${url}/auth/dev-sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ role: 'CENTRE_USER', centreId, userId: 'not allowed/..' }),
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { code: string; message: string } }).error).toMatchObject({
      code: 'BAD_USER_INPUT',
      message: expect.stringMatching(/Ongeldige gebruikers-id/),
    });
  });
});

describe('the development sign-in in the gateway', () => {
  let supergraphSdl: string;
  const gateways: RunningGateway[] = [];
  // Subgraphs that are not running: these tests only ask whether the routes exist.
  const subgraphUrls = { 'dual-learning': 'http://127.0.0.1:9/graphql', training: 'http://127.0.0.1:9/graphql', inspection: 'http://127.0.0.1:9/graphql' };

  beforeAll(async () => {
    ({ supergraphSdl } = composeSupergraph([
      { name: 'dual-learning', url: subgraphUrls['dual-learning'], schema: await buildDualLearningSchema() },
      { name: 'training', url: subgraphUrls.training, schema: await buildTrainingSchema() },
      { name: 'inspection', url: subgraphUrls.inspection, schema: await buildInspectionSchema() },
    ]));
  });

  afterAll(async () => {
    await Promise.all(gateways.map((gateway) => gateway.stop()));
  });

  it('is off when switched off (as in production): no sign-in, no options', async () => {
    const gateway = await startGateway({ supergraphSdl, subgraphUrls, port: 0, devSignIn: false, userSecret: secret });
    gateways.push(gateway);
    expect((await fetch(`${gateway.url}/auth/dev-sign-in/options`)).status).toBe(404);
    const signIn = await fetch(`${gateway.url}/auth/dev-sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ role: 'AGENCY_STAFF' }),
    });
    expect(signIn.status).toBe(404);
  });

  it('serves the options route when on (here failing politely: the subgraphs are not running)', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const gateway = await startGateway({ supergraphSdl, subgraphUrls, port: 0, devSignIn: true, userSecret: secret });
    gateways.push(gateway);
    const response = await fetch(`${gateway.url}/auth/dev-sign-in/options`);
    expect(response.status).toBe(502);
  });
});
