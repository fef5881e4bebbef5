import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { createServer } from 'node:http';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { SignJWT, exportJWK, generateKeyPair } from 'jose';
import { createOidcVerifier, issueUserToken, Role, type User } from '@werkplek/auth';
import { startGateway, type GatewayOptions, type RunningGateway } from '../src/index.js';
import { operationLimits } from '../src/security/operation-limits.js';
import { centresSchema, partnershipsBehaviour, partnershipsSchema, standInSupergraph, startStandIn, type StandInSubgraph } from './support/stand-in-subgraphs.js';

/**
 * The gateway's own protections over real HTTP, in front of two small real subgraphs: operation limits, CSRF
 * prevention, body size, the per-caller rate limit, refused tokens, a slow or stopped subgraph, graceful stop.
 */
const userSecret = 'security-test-user-secret-long-enough-0123456789';
const serviceSecret = 'security-test-service-secret-long-enough-012345';
let centres: StandInSubgraph;
let partnerships: StandInSubgraph;
let supergraphSdl: string;
const gateways: RunningGateway[] = [];

const staff: User = { id: 'staff-1', name: 'Els Maes', role: Role.AgencyStaff };
const inspector: User = { id: 'insp-1', name: 'Pieter De Smet', role: Role.Inspector };

beforeAll(async () => {
  centres = await startStandIn(centresSchema);
  partnerships = await startStandIn(partnershipsSchema);
  supergraphSdl = standInSupergraph({ centres: centres.url, partnerships: partnerships.url });
});

afterEach(async () => {
  Object.assign(partnershipsBehaviour, { delayMs: 0, hang: false });
  await Promise.all(gateways.splice(0).map((gateway) => gateway.stop()));
});

afterAll(async () => {
  await centres?.stop();
  await partnerships?.stop();
});

async function startTestGateway(options: Partial<GatewayOptions> = {}): Promise<RunningGateway> {
  const gateway = await startGateway({
    supergraphSdl,
    subgraphUrls: { centres: centres.url, partnerships: partnerships.url },
    port: 0,
    devSignIn: true,
    userSecret,
    serviceSecret,
    rateLimitPerMinute: 10_000,
    subgraphTimeoutMs: 2_000,
    ...options,
  });
  gateways.push(gateway);
  return gateway;
}

async function gatewayWith(options: Partial<GatewayOptions> = {}): Promise<string> {
  return `${(await startTestGateway(options)).url}/graphql`;
}

interface GraphQLAnswer {
  status: number;
  body: { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: Record<string, unknown>; path?: unknown[] }[] };
  headers: Headers;
}

async function post(url: string, query: string, options: { token?: string; headers?: Record<string, string> } = {}): Promise<GraphQLAnswer> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(options.token ? { authorization: `Bearer ${options.token}` } : {}), ...options.headers },
    body: JSON.stringify({ query }),
  });
  return { status: response.status, body: (await response.json()) as GraphQLAnswer['body'], headers: response.headers };
}

const codes = (answer: GraphQLAnswer) => (answer.body.errors ?? []).map((error) => error.extensions?.['code']);

function nested(depth: number): string {
  let selection = 'name';
  for (let level = 1; level < depth; level += 1) selection = `parent { ${selection} }`;
  return `{ centres { ${selection} } }`;
}

describe('operation limits', () => {
  it(`answers a query ${operationLimits.maxDepth} levels deep and refuses one level more, with a code and a Dutch message`, async () => {
    const url = await gatewayWith();
    const allowed = await post(url, nested(operationLimits.maxDepth - 1));
    expect(allowed.status).toBe(200);
    expect(allowed.body.errors).toBeUndefined();
    const refused = await post(url, nested(operationLimits.maxDepth + 1));
    expect(refused.status).toBe(400);
    expect(codes(refused)).toContain('QUERY_TOO_COMPLEX');
    expect(refused.body.errors?.[0]?.message).toMatch(/^De vraag is te diep genest .* \/ The query is nested too deeply/);
    // Fragments count by the fields they hold, not as extra levels; hiding depth in them does not help either.
    const inFragments = `query { centres { ...Level } } fragment Level on Centre { parent { ${'parent { '.repeat(operationLimits.maxDepth - 3)}name${' }'.repeat(operationLimits.maxDepth - 3)} } }`;
    expect((await post(url, inFragments)).status).toBe(200);
    const tooDeepInFragments = `query { centres { ...Level } } fragment Level on Centre { parent { ${'parent { '.repeat(operationLimits.maxDepth)}name${' }'.repeat(operationLimits.maxDepth)} } }`;
    expect(codes(await post(url, tooDeepInFragments))).toEqual(['QUERY_TOO_COMPLEX']);
  });

  it('refuses more aliases than allowed (the same field asked under many names)', async () => {
    const url = await gatewayWith();
    const aliases = (count: number) => `{ ${Array.from({ length: count }, (_, index) => `a${index}: centres { name }`).join(' ')} }`;
    expect((await post(url, aliases(operationLimits.maxAliases))).status).toBe(200);
    const refused = await post(url, aliases(operationLimits.maxAliases + 1));
    expect(refused.status).toBe(400);
    expect(refused.body.errors?.[0]?.message).toMatch(/te veel aliassen/);
  });

  it('refuses an operation whose cost is too high, and one with too many tokens', async () => {
    const url = await gatewayWith();
    // Broad and deep, within the depth and alias limits: only the cost stops it.
    const wide = `{ ${Array.from({ length: operationLimits.maxAliases }, (_, index) => `a${index}: centres { ${'parent { '.repeat(operationLimits.maxDepth - 2)}id name${' }'.repeat(operationLimits.maxDepth - 2)} }`).join(' ')} }`;
    const refused = await post(url, wide);
    expect(refused.status).toBe(400);
    expect(refused.body.errors?.map((error) => error.extensions?.['limit'])).toEqual(['cost']);
    expect(codes(refused)).toEqual(['QUERY_TOO_COMPLEX']);
    const tokens = await post(url, `{ centres { ${'name '.repeat(operationLimits.maxTokens)} } }`);
    expect(tokens.status).toBe(400);
  });
});

describe('requests a browser could be tricked into sending', () => {
  it('refuses a GET query and a text/plain POST without a CORS preflight (CSRF), and accepts them with the header', async () => {
    const url = await gatewayWith();
    const query = encodeURIComponent('{ centres { name } }');
    expect((await fetch(`${url}?query=${query}`)).status).toBe(400);
    const plain = await fetch(url, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: JSON.stringify({ query: '{ centres { name } }' }) });
    expect(plain.status).toBe(400);
    const preflighted = await fetch(`${url}?query=${query}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(preflighted.status).toBe(200);
  });

  it('refuses a body over the limit with 413 before parsing it', async () => {
    const url = await gatewayWith({ bodyLimit: '10kb' });
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ centres { name } }', variables: { padding: 'x'.repeat(20_000) } }),
    });
    expect(response.status).toBe(413);
  });
});

describe('automatic persisted queries (the shell\'s option)', () => {
  it('answers PERSISTED_QUERY_NOT_FOUND for an unknown hash, learns it with the text, then answers the hash alone', async () => {
    const url = await gatewayWith();
    const query = '{ centres { name } }';
    const sha256Hash = createHash('sha256').update(query).digest('hex');
    const send = (body: Record<string, unknown>) =>
      fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }).then(async (response) => ({
        status: response.status,
        body: (await response.json()) as GraphQLAnswer['body'],
      }));
    const extensions = { persistedQuery: { version: 1, sha256Hash } };
    expect((await send({ extensions })).body.errors?.[0]?.extensions?.['code']).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect((await send({ query, extensions })).body.data).toEqual({ centres: [{ name: 'Syntra West' }, { name: 'Syntra Limburg' }] });
    expect((await send({ extensions })).body.data).toEqual({ centres: [{ name: 'Syntra West' }, { name: 'Syntra Limburg' }] });
    // A hash that does not belong to the text is refused, so nobody can plant another query under a known hash.
    const planted = await send({ query: '{ partnerships { name } }', extensions });
    expect(planted.status).toBe(400);
  });
});

describe('who may call', () => {
  it('refuses a token that is malformed, forged or from a turned-off development sign-in, with 401', async () => {
    const url = await gatewayWith();
    expect((await post(url, '{ centres { name } }', { headers: { authorization: 'Bearer nonsense' } })).status).toBe(401);
    const forged = await issueUserToken(staff, { secret: 'another-secret-that-is-long-enough-012345678' });
    const refused = await post(url, '{ centres { name } }', { token: forged });
    expect(refused.status).toBe(401);
    expect(codes(refused)).toEqual(['UNAUTHENTICATED']);
    const token = await issueUserToken(staff, { secret: userSecret });
    expect((await post(url, '{ centres { name } }', { token })).status).toBe(200);
    const withoutDevSignIn = await gatewayWith({ devSignIn: false });
    expect((await post(withoutDevSignIn, '{ centres { name } }', { token })).status).toBe(401);
    expect((await fetch(withoutDevSignIn.replace('/graphql', '/auth/dev-sign-in/options'))).status).toBe(404);
  });

  it('limits requests per person and per anonymous address, with a code, a Dutch message and RateLimit headers', async () => {
    const url = await gatewayWith({ rateLimitPerMinute: 3 });
    const staffToken = await issueUserToken(staff, { secret: userSecret });
    const inspectorToken = await issueUserToken(inspector, { secret: userSecret });
    const answers = [];
    for (let index = 0; index < 4; index += 1) answers.push(await post(url, '{ centres { name } }', { token: staffToken }));
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 429]);
    expect(codes(answers[3]!)).toEqual(['RATE_LIMITED']);
    expect(answers[3]!.body.errors?.[0]?.message).toMatch(/^Te veel verzoeken/);
    expect(answers[0]!.headers.get('ratelimit-policy')).toMatch(/q=3/);
    // Another person has their own budget; anonymous callers count per address.
    expect((await post(url, '{ centres { name } }', { token: inspectorToken })).status).toBe(200);
    const anonymous = [];
    for (let index = 0; index < 4; index += 1) anonymous.push((await post(url, '{ centres { name } }')).status);
    expect(anonymous).toEqual([200, 200, 200, 429]);
  });
});

describe('a subgraph that is slow, down or coming back', () => {
  const both = '{ centres { name } partnerships { name } }';

  it('answers within its deadline with the other subgraph\'s data and an error for the part that hangs', async () => {
    const url = await gatewayWith({ subgraphTimeoutMs: 300 });
    partnershipsBehaviour.hang = true;
    const answer = await post(url, both);
    expect(answer.status).toBe(200);
    expect(answer.body.data?.['centres']).toEqual([{ name: 'Syntra West' }, { name: 'Syntra Limburg' }]);
    expect(answer.body.data?.['partnerships']).toBeNull();
    expect(answer.body.errors).toEqual([
      expect.objectContaining({
        message: 'Het domein partnerships antwoordde niet binnen 300 ms / The partnerships service did not answer within 300 ms',
        extensions: expect.objectContaining({ code: 'SUBGRAPH_UNAVAILABLE', subgraph: 'partnerships' }),
      }),
    ]);
    partnershipsBehaviour.hang = false;
    const recovered = await post(url, both);
    expect(recovered.body).toEqual({ data: { centres: [{ name: 'Syntra West' }, { name: 'Syntra Limburg' }], partnerships: [{ name: 'SP Bouw' }] } });
  });

  it('keeps answering while a subgraph is stopped and started again under load, and recovers fully', async () => {
    const url = await gatewayWith();
    const seen = { full: 0, partial: 0, other: [] as string[] };
    let running = true;
    const load = (async () => {
      while (running) {
        const answers = await Promise.all(Array.from({ length: 4 }, () => post(url, both)));
        for (const answer of answers) {
          const centresThere = Array.isArray(answer.body.data?.['centres']) && (answer.body.data?.['centres'] as unknown[]).length === 2;
          if (answer.status === 200 && centresThere && !answer.body.errors) seen.full += 1;
          else if (answer.status === 200 && centresThere && answer.body.data?.['partnerships'] === null && answer.body.errors?.[0]?.extensions?.['code'] === 'SUBGRAPH_UNAVAILABLE') seen.partial += 1;
          else seen.other.push(`${answer.status} ${JSON.stringify(answer.body)}`);
        }
      }
    })();
    await new Promise((resolve) => setTimeout(resolve, 200));
    const port = partnerships.port;
    await partnerships.stop();
    await new Promise((resolve) => setTimeout(resolve, 400));
    const partialWhileDown = seen.partial;
    partnerships = await startStandIn(partnershipsSchema, port);
    await new Promise((resolve) => setTimeout(resolve, 400));
    running = false;
    await load;
    expect(seen.other).toEqual([]);
    expect(partialWhileDown).toBeGreaterThan(0);
    expect(seen.full).toBeGreaterThan(0);
    // Back: every answer is whole again.
    const after = await Promise.all(Array.from({ length: 5 }, () => post(url, both)));
    expect(after.every((answer) => answer.status === 200 && !answer.body.errors)).toBe(true);
  });
});

describe('stopping', () => {
  it('lets a request in flight finish and then refuses new connections', async () => {
    const gateway = await startTestGateway();
    partnershipsBehaviour.delayMs = 500;
    const inFlight = post(`${gateway.url}/graphql`, '{ partnerships { name } }');
    await new Promise((resolve) => setTimeout(resolve, 100));
    await gateway.stop();
    const answer = await inFlight;
    expect(answer.status).toBe(200);
    expect(answer.body.data).toEqual({ partnerships: [{ name: 'SP Bouw' }] });
    await expect(fetch(`${gateway.url}/health`)).rejects.toThrow();
  });

  it('on SIGTERM, as a process: answers the request in flight, then exits 0', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'test/support/gateway-process.ts'], {
      cwd: new URL('..', import.meta.url).pathname,
      env: {
        ...process.env,
        TEST_SUPERGRAPH_SDL: supergraphSdl,
        TEST_SUBGRAPH_URLS: JSON.stringify({ centres: centres.url, partnerships: partnerships.url }),
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    try {
      let output = '';
      const url = await new Promise<string>((resolve, reject) => {
        child.stdout.on('data', (chunk: Buffer) => {
          output += chunk.toString();
          const ready = /ready (http:\/\/\S+)/.exec(output);
          if (ready?.[1]) resolve(ready[1]);
        });
        child.once('exit', (code) => reject(new Error(`gateway exited early with ${code}: ${output}`)));
      });
      partnershipsBehaviour.delayMs = 700;
      const inFlight = post(`${url}/graphql`, '{ partnerships { name } }');
      await new Promise((resolve) => setTimeout(resolve, 150));
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      const answer = await inFlight;
      expect(answer.status).toBe(200);
      expect(answer.body.data).toEqual({ partnerships: [{ name: 'SP Bouw' }] });
      const [code] = await exited;
      expect(code).toBe(0);
      expect(output).toMatch(/SIGTERM: stopping/);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  });

  it('runs as several worker processes sharing one port (WERKPLEK_GATEWAY_WORKERS), answers there, and stops them all on SIGTERM', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'test/support/gateway-process.ts'], {
      cwd: new URL('..', import.meta.url).pathname,
      env: {
        ...process.env,
        WERKPLEK_GATEWAY_WORKERS: '2',
        TEST_SUPERGRAPH_SDL: supergraphSdl,
        TEST_SUBGRAPH_URLS: JSON.stringify({ centres: centres.url, partnerships: partnerships.url }),
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    try {
      let output = '';
      const ready = await new Promise<{ url: string; pid: string }[]>((resolve, reject) => {
        child.stdout.on('data', (chunk: Buffer) => {
          output += chunk.toString();
          const lines = [...output.matchAll(/ready (http:\/\/\S+) pid (\d+)/g)].map((m) => ({ url: m[1]!, pid: m[2]! }));
          if (lines.length === 2) resolve(lines);
        });
        child.once('exit', (code) => reject(new Error(`gateway exited early with ${code}: ${output}`)));
      });
      expect(new Set(ready.map((worker) => worker.pid)).size).toBe(2);
      expect(ready[0]!.url).toBe(ready[1]!.url);
      partnershipsBehaviour.delayMs = 0;
      const answers = await Promise.all(Array.from({ length: 10 }, () => post(`${ready[0]!.url}/graphql`, '{ partnerships { name } }')));
      expect(answers.map((answer) => answer.status)).toEqual(Array(10).fill(200));
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      const [code] = await exited;
      expect(code).toBe(0);
      expect(output).toMatch(/SIGTERM: stopping 2 workers/);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  });
});

describe('production', () => {
  it('turns introspection off, hides schema hints, has no development sign-in and accepts the identity provider\'s tokens', async () => {
    const keys = await generateKeyPair('ES256');
    const jwk = { ...(await exportJWK(keys.publicKey)), kid: 'k1', alg: 'ES256' };
    const jwks = createServer((_req, res) => res.end(JSON.stringify({ keys: [jwk] })));
    await new Promise<void>((resolve) => jwks.listen(0, '127.0.0.1', resolve));
    const jwksUri = `http://127.0.0.1:${(jwks.address() as { port: number }).port}/certs`;
    const issuer = 'https://idp.syntra.example/realms/werkplek';
    try {
      const url = await gatewayWith({
        production: true,
        devSignIn: false,
        oidc: createOidcVerifier({ issuer, audience: 'werkplek', jwksUri }),
      });
      const introspection = await post(url, '{ __schema { types { name } } }');
      expect(introspection.status).toBe(400);
      const typo = await post(url, '{ centre { name } }');
      expect(typo.body.errors?.[0]?.message).toBe('Cannot query field "centre" on type "Query".');
      expect((await fetch(url.replace('/graphql', '/auth/dev-sign-in'), { method: 'POST' })).status).toBe(404);

      const token = await new SignJWT({ werkplek_role: 'AGENCY_STAFF', name: 'Els Maes' })
        .setProtectedHeader({ alg: 'ES256', kid: 'k1' })
        .setIssuer(issuer)
        .setAudience('werkplek')
        .setSubject('idm-7')
        .setExpirationTime('5m')
        .sign(keys.privateKey);
      expect((await post(url, '{ centres { name } }', { token })).status).toBe(200);
      const developmentToken = await issueUserToken(staff, { secret: userSecret });
      expect((await post(url, '{ centres { name } }', { token: developmentToken })).status).toBe(401);
    } finally {
      await new Promise<void>((resolve) => jwks.close(() => resolve()));
    }
  });
});
