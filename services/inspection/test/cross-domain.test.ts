import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { verifyCallerToken, type User } from '@werkplek/auth';
import { createGraphClient, gatewayRiskSignals, GraphQLCallError, GraphUnavailableError } from '../src/cross-domain/index.js';
import { gatewayProposalDelivery } from '../src/revocation-proposal/index.js';

/*
 * The inspection domain's way out: a client that calls the gateway under the service identity, the risk signals read
 * through it, and the proposal delivery's reading of the answers. Against a stand-in gateway over real HTTP that
 * verifies the bearer token as the real one does (verifyCallerToken); the whole graph is in gateway/test/graph.test.ts.
 */

const secrets = { user: 'test-user-secret-that-is-long-enough-123', service: 'test-service-secret-that-is-long-enough' };

interface Seen {
  caller: User | null;
  authorization: string | undefined;
  body: { operationName?: string; query: string; variables?: Record<string, unknown> };
}

let server: Server;
let url: string;
const seen: Seen[] = [];
/** What the stand-in gateway answers next: a status and a JSON body, or 'hang' (never answers). */
let reply: (body: Seen['body']) => { status: number; json: unknown } | 'hang' = () => ({ status: 200, json: { data: {} } });

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString();
}

beforeAll(async () => {
  server = createServer(async (req, res) => {
    const body = JSON.parse(await readBody(req)) as Seen['body'];
    const authorization = req.headers.authorization;
    let caller: User | null = null;
    try {
      caller = authorization ? await verifyCallerToken(authorization.replace(/^Bearer /, ''), secrets) : null;
    } catch {
      res.writeHead(401, { 'content-type': 'application/json' }).end(JSON.stringify({ errors: [{ message: 'no', extensions: { code: 'UNAUTHENTICATED' } }] }));
      return;
    }
    seen.push({ caller, authorization, body });
    const answer = reply(body);
    if (answer === 'hang') return;
    res.writeHead(answer.status, { 'content-type': 'application/json' }).end(JSON.stringify(answer.json));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});
beforeEach(() => {
  seen.length = 0;
});

const client = () => createGraphClient({ url, secret: secrets.service, timeoutMs: 500 });

describe('the graph client', () => {
  it('calls the gateway as the inspection service with a fresh service token', async () => {
    reply = () => ({ status: 200, json: { data: { trainingCentres: [] } } });
    const data = await client().request('Centres', '{ trainingCentres { id } }', { a: 1 });
    expect(data).toEqual({ trainingCentres: [] });
    expect(seen[0]!.caller).toEqual({ id: 'service:inspection', name: 'Toezicht en inspectie', role: 'SERVICE' });
    expect(seen[0]!.body).toEqual({ operationName: 'Centres', query: '{ trainingCentres { id } }', variables: { a: 1 } });
  });

  it('is refused by the gateway when signed with another secret', async () => {
    const wrong = createGraphClient({ url, secret: `${secrets.service}-wrong`, timeoutMs: 500 });
    const error = await wrong.request('X', '{ x }').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(GraphQLCallError);
    expect((error as GraphQLCallError).code).toBe('UNAUTHENTICATED');
  });

  it('surfaces a GraphQL error with its code', async () => {
    reply = () => ({ status: 200, json: { data: null, errors: [{ message: 'Erkenning bestaat niet', extensions: { code: 'NOT_FOUND' } }] } });
    const error = await client().request('X', '{ x }').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(GraphQLCallError);
    expect(error).toMatchObject({ code: 'NOT_FOUND', operation: 'X' });
    expect((error as Error).message).toMatch(/Erkenning bestaat niet/);
  });

  it('gives up after its timeout, and on an unreachable gateway or an answer without GraphQL', async () => {
    reply = () => 'hang';
    await expect(client().request('Slow', '{ x }')).rejects.toBeInstanceOf(GraphUnavailableError);
    await expect(createGraphClient({ url: 'http://127.0.0.1:1/graphql', secret: secrets.service }).request('Down', '{ x }')).rejects.toBeInstanceOf(
      GraphUnavailableError,
    );
    reply = () => ({ status: 502, json: 'Bad Gateway' });
    await expect(client().request('Proxy', '{ x }')).rejects.toBeInstanceOf(GraphUnavailableError);
  });

  it('reads the gateway URL lazily (it may start after this subgraph)', async () => {
    let current = 'http://127.0.0.1:1/graphql';
    const lazy = createGraphClient({ url: () => current, secret: secrets.service, timeoutMs: 500 });
    current = url;
    reply = () => ({ status: 200, json: { data: { ok: true } } });
    await expect(lazy.request('Ok', '{ ok }')).resolves.toEqual({ ok: true });
  });
});

describe('risk signals through the gateway', () => {
  const period = { from: new Date('2025-01-01T00:00:00Z'), to: new Date('2025-12-31T00:00:00Z') };

  it('partnership supervision: every partnership with its complaints and early terminations', async () => {
    reply = () => ({ status: 200, json: { data: { partnershipRiskSignals: [{ partnershipId: 'p1', complaints: 3, earlyTerminations: 1 }, { partnershipId: 'p2', complaints: 0, earlyTerminations: 0 }] } } });
    const candidates = await gatewayRiskSignals(client()).candidates('PARTNERSHIP_SUPERVISION', period);
    expect(seen[0]!.body.query).toMatch(/partnershipRiskSignals\(from: \$from, to: \$to\)/);
    expect(seen[0]!.body.variables).toEqual({ from: '2025-01-01', to: '2025-12-31' });
    expect(candidates).toEqual([
      { subjectType: 'PARTNERSHIP', subjectId: 'p1', partnershipId: 'p1', complaints: 3, earlyTerminations: 1 },
      { subjectType: 'PARTNERSHIP', subjectId: 'p2', partnershipId: 'p2', complaints: 0, earlyTerminations: 0 },
    ]);
  });

  it('workplace audits: the workplaces with a signal, with their partnership', async () => {
    reply = () => ({ status: 200, json: { data: { workplaceRiskSignals: [{ workplaceId: 'w1', partnershipId: null, complaints: 1, earlyTerminations: 2 }] } } });
    const candidates = await gatewayRiskSignals(client()).candidates('WORKPLACE_AUDIT', period);
    expect(seen[0]!.body.query).toMatch(/workplaceRiskSignals/);
    expect(candidates).toEqual([{ subjectType: 'WORKPLACE', subjectId: 'w1', partnershipId: null, complaints: 1, earlyTerminations: 2 }]);
  });

  it('the training centre audits: every Syntra, without external signals', async () => {
    reply = () => ({ status: 200, json: { data: { trainingCentres: [{ id: 'c1' }, { id: 'c2' }] } } });
    for (const kind of ['TRACK_INSPECTION', 'DUAL_QUALITY_AUDIT', 'APPRENTICESHIP_FOLLOW_UP'] as const) {
      const candidates = await gatewayRiskSignals(client()).candidates(kind, period);
      expect(candidates).toEqual([
        { subjectType: 'TRAINING_CENTRE', subjectId: 'c1', trainingCentreId: 'c1', complaints: 0, earlyTerminations: 0 },
        { subjectType: 'TRAINING_CENTRE', subjectId: 'c2', trainingCentreId: 'c2', complaints: 0, earlyTerminations: 0 },
      ]);
    }
    expect(seen.every((s) => /trainingCentres \{ id \}/.test(s.body.query))).toBe(true);
  });

  it('lets a failure reach the planner (no silent empty list)', async () => {
    reply = () => ({ status: 200, json: { errors: [{ message: 'nope', extensions: { code: 'FORBIDDEN' } }] } });
    await expect(gatewayRiskSignals(client()).candidates('WORKPLACE_AUDIT', period)).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('delivering a proposal through the gateway', () => {
  const message = {
    id: '0b7c0000-0000-4000-8000-000000000001',
    auditId: '0b7c0000-0000-4000-8000-000000000002',
    auditReference: 'AUD-2026-0007',
    recognitionId: '0b7c0000-0000-4000-8000-000000000003',
    workplaceId: '0b7c0000-0000-4000-8000-000000000004',
    kind: 'EXCLUSION' as const,
    reason: 'Ernstige tekortkomingen',
    exclusionUntil: new Date('2027-06-30T00:00:00Z'),
    proposedBy: 'Pieter De Smet',
    proposedAt: new Date('2026-06-10T09:00:00Z'),
  };

  it('calls receiveRevocationProposal with the whole proposal', async () => {
    reply = () => ({ status: 200, json: { data: { receiveRevocationProposal: { id: message.id, status: 'PROPOSED' } } } });
    await expect(gatewayProposalDelivery(client()).deliver(message)).resolves.toEqual({ delivered: true });
    expect(seen[0]!.body.query).toMatch(/receiveRevocationProposal\(input: \$input\) \{ id status \}/);
    expect(seen[0]!.body.variables).toEqual({
      input: { ...message, exclusionUntil: '2027-06-30', proposedAt: '2026-06-10T09:00:00.000Z' },
    });
  });

  it('takes the owner\'s validation as a refusal for good', async () => {
    for (const code of ['BAD_USER_INPUT', 'NOT_FOUND', 'INVALID_STATE_TRANSITION', 'FORBIDDEN', 'CONFLICT']) {
      reply = () => ({ status: 200, json: { data: null, errors: [{ message: 'De erkenning is niet actief', extensions: { code } }] } });
      const outcome = await gatewayProposalDelivery(client()).deliver(message);
      expect(outcome).toEqual({ delivered: false, refusal: expect.stringContaining(code) });
    }
  });

  it('throws (to be retried) on anything else', async () => {
    reply = () => ({ status: 200, json: { data: null, errors: [{ message: 'boom', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] } });
    await expect(gatewayProposalDelivery(client()).deliver(message)).rejects.toBeInstanceOf(GraphQLCallError);
    reply = () => ({ status: 400, json: { errors: [{ message: 'Cannot query field', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }] } });
    await expect(gatewayProposalDelivery(client()).deliver(message)).rejects.toBeInstanceOf(GraphQLCallError);
    reply = () => 'hang';
    await expect(gatewayProposalDelivery(client()).deliver(message)).rejects.toBeInstanceOf(GraphUnavailableError);
  });
});
