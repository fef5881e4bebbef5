import { createHmac, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { issueUserToken, serviceTokenSecret, signServiceToken, userTokenSecret, type User } from '@werkplek/auth';
import { demoReferences } from '@werkplek/config';
import { createDualLearningSubgraph, buildDualLearningSchema, seedDualLearning } from '@werkplek/dual-learning';
import { createInspectionSubgraph, buildInspectionSchema } from '@werkplek/inspection';
import { createTrainingSubgraph, buildTrainingSchema } from '@werkplek/training';
import { graphqlRequest, startTestSubgraph, testUsers, type TestSubgraph } from '@werkplek/test-kit';
import { composeSupergraph, startGateway, type RunningGateway } from '../src/index.js';

/**
 * The whole graph over real HTTP: three subgraphs on their own fresh databases, the gateway composed from their SDL,
 * and a client that signs in through the development sign-in and queries across subgraphs.
 */
let subgraphs: TestSubgraph[] = [];
let gateway: RunningGateway;
const { trainingCentres, workplaces } = demoReferences;

/*
 * Dual learning and training run on their demonstration seed; the inspection subgraph on audits of its own (below), so
 * these tests do not depend on the inspection demo seed: a reported workplace audit with a shortcoming at
 * Bouwonderneming Janssens (the test inspector leads it), and reported audits of Syntra West and Syntra Limburg.
 */
const auditIds = { janssens: randomUUID(), west: randomUUID(), limburg: randomUUID() };
const JANSSENS_AUDIT_NUMBER = 42;
/** A recognition of Bouwonderneming Janssens active today (the demonstration seed's have all ended). */
const activeRecognitionId = randomUUID();

type InspectionClient = Parameters<NonNullable<Parameters<typeof createInspectionSubgraph>[0]>['seedWith'] & {}>[0];

async function seedAudits(prisma: InspectionClient) {
  const auditorId = randomUUID();
  await prisma.auditor.create({ data: { id: auditorId, userId: testUsers.inspector.id, name: testUsers.inspector.name, team: 'INSPECTION' } });
  const audits = [
    {
      id: auditIds.janssens,
      number: JANSSENS_AUDIT_NUMBER,
      kind: 'WORKPLACE_AUDIT' as const,
      title: 'Terreinbezoek Bouwonderneming Janssens',
      subjectType: 'WORKPLACE' as const,
      subjectId: workplaces['bouwonderneming-janssens'],
    },
    {
      id: auditIds.west,
      kind: 'APPRENTICESHIP_FOLLOW_UP' as const,
      title: 'Opvolgingsdoorlichting leertijd Syntra West',
      subjectType: 'TRAINING_CENTRE' as const,
      subjectId: trainingCentres['syntra-west'],
      trainingCentreId: trainingCentres['syntra-west'],
    },
    {
      id: auditIds.limburg,
      kind: 'TRACK_INSPECTION' as const,
      title: 'Inspectie ondernemerschapstrajecten Syntra Limburg',
      subjectType: 'TRAINING_CENTRE' as const,
      subjectId: trainingCentres['syntra-limburg'],
      trainingCentreId: trainingCentres['syntra-limburg'],
    },
  ];
  for (const audit of audits) {
    await prisma.audit.create({
      data: { ...audit, status: 'REPORTED', scheduledOn: new Date('2026-05-04T00:00:00Z'), reportedOn: new Date('2026-05-20T00:00:00Z'), createdBy: 'test' },
    });
    await prisma.auditAssignment.create({ data: { auditId: audit.id, auditorId, role: 'LEAD' } });
  }
  await prisma.finding.create({
    data: {
      auditId: auditIds.janssens,
      severity: 'SERIOUS_SHORTCOMING',
      title: 'Geen mentor op de werkvloer',
      description: 'Tijdens het terreinbezoek was er geen erkende mentor aanwezig en ontbrak het opleidingsplan',
      createdById: testUsers.inspector.id,
      createdBy: testUsers.inspector.name,
    },
  });
}

beforeAll(async () => {
  subgraphs = await Promise.all([
    startTestSubgraph('dual-learning', (db) =>
      createDualLearningSubgraph({
        ...db,
        seedWith: async (prisma) => {
          await seedDualLearning(prisma);
          const workplace = await prisma.workplace.findUniqueOrThrow({ where: { id: workplaces['bouwonderneming-janssens'] } });
          const partnership = await prisma.partnership.findFirstOrThrow({ where: { name: workplace.sectoralPartnership } });
          const training = await prisma.training.findFirstOrThrow({ orderBy: { code: 'asc' } });
          await prisma.recognition.create({
            data: {
              id: activeRecognitionId,
              workplaceId: workplace.id,
              trainingId: training.id,
              partnershipId: partnership.id,
              validFrom: new Date(Date.UTC(new Date().getUTCFullYear() - 1, 0, 1)),
              validUntil: new Date(Date.UTC(new Date().getUTCFullYear() + 3, 11, 31)),
            },
          });
        },
      }),
    ),
    startTestSubgraph('training', (db) => createTrainingSubgraph({ ...db, seed: true })),
    // Its outbox relay calls the gateway, which starts after the subgraphs: the URL is read when it is needed.
    startTestSubgraph('inspection', (db) =>
      createInspectionSubgraph({ ...db, seedWith: seedAudits, gatewayUrl: () => `${gateway.url}/graphql`, relayIntervalMs: 500 }),
    ),
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

/** A user token for a known user (the development sign-in makes up a new id, and audits are assigned by user id). */
function tokenFor(user: User) {
  return issueUserToken(user, { secret: userTokenSecret() });
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

  it('resolves an audit\'s subject from the other subgraphs for a signed-in inspector', async () => {
    const result = await query<{ audits: { nodes: { title: string; workplace: { name: string; municipality: string } | null; trainingCentre: { name: string } | null }[] } }>(
      '{ audits(page: { first: 50 }) { nodes { title workplace { name municipality } trainingCentre { name } } } }',
      await tokenFor(testUsers.inspector),
    );
    expect(result.errors).toBeUndefined();
    const byTitle = new Map(result.data!.audits.nodes.map((a) => [a.title, a]));
    expect(byTitle.get('Opvolgingsdoorlichting leertijd Syntra West')?.trainingCentre).toEqual({ name: 'Syntra West' });
    expect(byTitle.get('Terreinbezoek Bouwonderneming Janssens')?.workplace).toEqual({
      name: 'Bouwonderneming Janssens',
      municipality: 'Hasselt',
    });
  });

  it('adds audits to workplaces and training centres the other way round', async () => {
    const { body } = await signIn({ role: 'AGENCY_STAFF' });
    const result = await query<{
      workplaces: { id: string; audits: { title: string }[] }[];
      trainingCentres: { name: string; audits: { title: string }[] }[];
    }>('{ workplaces { id audits { title } } trainingCentres { name audits { title } } }', body.token);
    expect(result.errors).toBeUndefined();
    expect(result.data!.workplaces.find((w) => w.id === workplaces['bouwonderneming-janssens'])?.audits).toEqual([
      { title: 'Terreinbezoek Bouwonderneming Janssens' },
    ]);
    expect(result.data!.trainingCentres.find((c) => c.name === 'Syntra West')?.audits).toEqual([
      { title: 'Opvolgingsdoorlichting leertijd Syntra West' },
    ]);
  });

  it('counts each subgraph\'s GraphQL requests and SQL statements at its /metrics (Prometheus), per operation', async () => {
    const training = subgraphs[1]!;
    const sample = async (name: string) => {
      const text = await (await fetch(training.url.replace(/\/graphql$/, '/metrics'))).text();
      return text
        .split('\n')
        .filter((line) => line.startsWith(`${name}{`) || line.startsWith(`${name} `))
        .reduce((sum, line) => sum + Number(line.slice(line.lastIndexOf(' ') + 1)), 0);
    };
    const statements = await sample('werkplek_sql_statements_total');
    const requests = await sample('werkplek_graphql_request_duration_seconds_count');
    const { body } = await signIn({ role: 'AGENCY_STAFF' });
    expect((await query('{ tracks(page: { first: 20 }) { nodes { code sector { name } centre { name } } } }', body.token)).errors).toBeUndefined();
    expect(await sample('werkplek_graphql_request_duration_seconds_count')).toBe(requests + 1);
    // A page of tracks with their sectors and centres: batched, a handful of statements, not one per track.
    const used = (await sample('werkplek_sql_statements_total')) - statements;
    expect(used).toBeGreaterThan(0);
    expect(used).toBeLessThan(10);
    const text = await (await fetch(training.url.replace(/\/graphql$/, '/metrics'))).text();
    expect(text).toMatch(/^werkplek_process_resident_memory_bytes\{service="training"\} \d+/m);
  });

  it('binds a centre user to their centre: their own reported audits, no workplaces', async () => {
    const { status, body } = await signIn({ role: 'CENTRE_USER', centreId: trainingCentres['syntra-west'] });
    expect(status).toBe(200);
    const own = await query<{ trainingCentre: { name: string; audits: { title: string }[] } }>(
      'query ($id: ID!) { trainingCentre(id: $id) { name audits { title } } }',
      body.token,
      { id: trainingCentres['syntra-west'] },
    );
    expect(own.errors).toBeUndefined();
    expect(own.data?.trainingCentre.audits).toEqual([{ title: 'Opvolgingsdoorlichting leertijd Syntra West' }]);
    const all = await query<{ audits: { nodes: { title: string }[] } }>('{ audits { nodes { title } } }', body.token);
    expect(all.data?.audits.nodes.map((a) => a.title)).toEqual(['Opvolgingsdoorlichting leertijd Syntra West']);
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

describe('a revocation proposal from an audit to the dual-learning decision', () => {
  const serviceToken = () => signServiceToken({ service: 'inspection', secret: serviceTokenSecret() });

  it('goes from the inspector\'s proposal through the outbox and the gateway to the recognition\'s withdrawal', async () => {
    const staff = await tokenFor(testUsers.agencyStaff);
    const inspector = await tokenFor(testUsers.inspector);
    const recognitionId = activeRecognitionId;
    const proposalId = randomUUID();

    const proposed = await query<{ proposeRevocation: { id: string; delivery: string } }>(
      `mutation ($input: ProposeRevocationInput!) { proposeRevocation(input: $input) { id delivery } }`,
      inspector,
      {
        input: {
          id: proposalId,
          auditId: auditIds.janssens,
          recognitionId,
          kind: 'WITHDRAWAL',
          reason: 'Geen mentor op de werkvloer en geen opleidingsplan, ondanks eerdere aanmaning',
        },
      },
    );
    expect(proposed.errors).toBeUndefined();
    expect(proposed.data!.proposeRevocation).toEqual({ id: proposalId, delivery: 'PENDING' });

    // The relay delivers it under the inspection's service identity, through this gateway, to dual learning.
    await vi.waitFor(
      async () => {
        const outbox = await query<{ proposedRevocations: { id: string; delivery: string; lastError: string | null }[] }>(
          '{ proposedRevocations { id delivery lastError } }',
          inspector,
        );
        expect(outbox.data!.proposedRevocations.find((p) => p.id === proposalId)).toMatchObject({ delivery: 'DELIVERED', lastError: null });
      },
      { timeout: 20_000, interval: 200 },
    );

    // Both sides of the graph see it: the audit's own proposal with its recognition, and dual learning's copy.
    const audit = await query<{
      audit: { reference: string; revocationProposals: { id: string; recognition: { id: string; status: string } }[]; recognitionRevocations: { id: string; status: string }[] };
    }>(
      'query ($id: ID!) { audit(id: $id) { reference revocationProposals { id recognition { id status } } recognitionRevocations { id status } } }',
      staff,
      { id: auditIds.janssens },
    );
    expect(audit.errors).toBeUndefined();
    const reference = `AUD-2026-00${JANSSENS_AUDIT_NUMBER}`;
    expect(audit.data!.audit.reference).toBe(reference);
    expect(audit.data!.audit.revocationProposals).toEqual([{ id: proposalId, recognition: { id: recognitionId, status: 'ACTIVE' } }]);
    expect(audit.data!.audit.recognitionRevocations).toEqual([{ id: proposalId, status: 'PROPOSED' }]);

    const received = await query<{ recognition: { revocationProposals: { id: string; status: string; auditReference: string; audit: { id: string } }[] } }>(
      'query ($id: ID!) { recognition(id: $id) { revocationProposals { id status auditReference audit { id } } } }',
      staff,
      { id: recognitionId },
    );
    expect(received.errors).toBeUndefined();
    expect(received.data!.recognition.revocationProposals).toEqual([{ id: proposalId, status: 'PROPOSED', auditReference: reference, audit: { id: auditIds.janssens } }]);

    // A second delivery of the same proposal (e.g. the relay died before recording DELIVERED) changes nothing.
    const again = await query<{ receiveRevocationProposal: { id: string; status: string } }>(
      `mutation ($input: ReceiveRevocationProposalInput!) { receiveRevocationProposal(input: $input) { id status } }`,
      await serviceToken(),
      {
        input: {
          id: proposalId,
          auditId: auditIds.janssens,
          auditReference: reference,
          recognitionId,
          kind: 'WITHDRAWAL',
          reason: 'Geen mentor op de werkvloer en geen opleidingsplan, ondanks eerdere aanmaning',
          exclusionUntil: null,
          proposedBy: testUsers.inspector.name,
          proposedAt: new Date().toISOString(),
        },
      },
    );
    expect(again.errors).toBeUndefined();
    expect(again.data!.receiveRevocationProposal).toEqual({ id: proposalId, status: 'PROPOSED' });

    // The agency decides: the recognition is withdrawn in the same step, its history names the audit.
    const decided = await query<{ decideRevocationProposal: { status: string } }>(
      'mutation ($input: DecideRevocationProposalInput!) { decideRevocationProposal(input: $input) { status } }',
      staff,
      { input: { id: proposalId, accept: true, note: 'Vaststellingen bevestigd door het agentschap' } },
    );
    expect(decided.errors).toBeUndefined();
    expect(decided.data!.decideRevocationProposal.status).toBe('ACCEPTED');

    const after = await query<{ recognition: { status: string; history: { note: string | null }[]; revocationProposals: { id: string; status: string }[] } }>(
      'query ($id: ID!) { recognition(id: $id) { status history { note } revocationProposals { id status } } }',
      staff,
      { id: recognitionId },
    );
    expect(after.errors).toBeUndefined();
    expect(after.data!.recognition.status).toBe('WITHDRAWN');
    expect(after.data!.recognition.history.some((h) => h.note?.includes(reference))).toBe(true);
    expect(after.data!.recognition.revocationProposals).toEqual([{ id: proposalId, status: 'ACCEPTED' }]);
  });

  it('lets a service token read the risk signals, and refuses a company user', async () => {
    const signals = '{ workplaceRiskSignals(from: "2025-01-01", to: "2025-12-31") { workplaceId partnershipId complaints earlyTerminations } }';
    const asService = await query<{ workplaceRiskSignals: unknown[] }>(signals, await serviceToken());
    expect(asService.errors).toBeUndefined();
    expect(Array.isArray(asService.data!.workplaceRiskSignals)).toBe(true);
    const company = await tokenFor(testUsers.companyUser(randomUUID()));
    const asCompany = await query(signals, company);
    expect(asCompany.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses people the service\'s mutation and the service a person\'s', async () => {
    const input = {
      id: randomUUID(),
      auditId: auditIds.janssens,
      auditReference: 'AUD-2026-0042',
      recognitionId: randomUUID(),
      kind: 'WITHDRAWAL',
      reason: 'Poging van buitenaf',
      proposedBy: 'Mallory',
      proposedAt: new Date().toISOString(),
    };
    const receive = 'mutation ($input: ReceiveRevocationProposalInput!) { receiveRevocationProposal(input: $input) { id } }';
    const asStaff = await query(receive, await tokenFor(testUsers.agencyStaff), { input });
    expect(asStaff.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const decide = 'mutation ($input: DecideRevocationProposalInput!) { decideRevocationProposal(input: $input) { id } }';
    const asService = await query(decide, await serviceToken(), { input: { id: randomUUID(), accept: true, note: 'Zelf beslissen' } });
    expect(asService.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('service identity at the gateway', () => {
  /** A token signed with the users' secret and issuer, but claiming role SERVICE (as a forged sign-in would). */
  function userTokenClaimingService(): string {
    const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const now = Math.floor(Date.now() / 1000);
    const unsigned = `${encode({ alg: 'HS256' })}.${encode({ sub: 'service:inspection', name: 'Mallory', role: 'SERVICE', iss: 'werkplek-sign-in', aud: 'werkplek-gateway', iat: now, exp: now + 600 })}`;
    return `${unsigned}.${createHmac('sha256', userTokenSecret()).update(unsigned).digest('base64url')}`;
  }

  it('refuses a user token claiming role SERVICE with 401, and a service token signed with the users\' secret', async () => {
    const forged = await query('{ trainingCentres { name } }', userTokenClaimingService());
    expect(forged.status).toBe(401);
    expect(forged.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const wrongSecret = await signServiceToken({ service: 'inspection', secret: userTokenSecret() });
    const refused = await query('{ trainingCentres { name } }', wrongSecret);
    expect(refused.status).toBe(401);
  });

  it('refuses role SERVICE at the development sign-in', async () => {
    const { status, body } = await signIn({ role: 'SERVICE' });
    expect(status).toBe(400);
    expect(body.error?.code).toBe('BAD_USER_INPUT');
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
