import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestSubgraph, testUsers, type TestSubgraph } from '@werkplek/test-kit';
import type { User } from '@werkplek/subgraph-kit';
import type { PrismaClient } from '../src/generated/prisma/client.js';
import { createDualLearningSubgraph } from '../src/index.js';
import { recognitionIds, seedRecognitionFixture } from './fixtures/recognition.js';
import { inspectionService, proposalInput, recognisedWorkplace } from './fixtures/revocation-proposal.js';

const START = '2026-03-02T09:00:00Z';
let clock = new Date(START);
let subgraph: TestSubgraph;
let prisma: PrismaClient;
const statements: string[] = [];
const sp = recognitionIds.partnership;

beforeAll(async () => {
  subgraph = await startTestSubgraph('dual-learning', (db) =>
    createDualLearningSubgraph({
      ...db,
      now: () => clock,
      onQuery: (sql) => statements.push(sql),
      seedWith: async (client) => {
        prisma = client;
        await seedRecognitionFixture(client);
      },
    }),
  );
});
afterAll(() => subgraph?.stop());
beforeEach(() => {
  clock = new Date(START);
});

// `any`: these tests read many differently shaped documents field by field; a type per document would repeat each query.
const q = (document: string, variables: Record<string, unknown>, as?: User | null) => subgraph.query<any>(document, { variables, as });
const codeOf = (result: { errors?: { extensions?: { code?: string } }[] }) => result.errors?.[0]?.extensions?.code;

const FIELDS = `id kind reason exclusionUntil auditReference audit { id } recognition { id status } proposedBy proposedAt receivedAt
  status decidedBy decidedAt decisionNote`;
const RECEIVE = `mutation ($input: ReceiveRevocationProposalInput!) { receiveRevocationProposal(input: $input) { ${FIELDS} } }`;
const DECIDE = `mutation ($input: DecideRevocationProposalInput!) { decideRevocationProposal(input: $input) { ${FIELDS} history { step toStatus note } } }`;
const RECOGNITION = `query ($id: ID!) { recognition(id: $id) { id status endedOn endReason history { step fromStatus toStatus note actorName } } }`;
const LIST = `query ($status: RevocationProposalStatus) { revocationProposals(status: $status) { id status recognition { id } } }`;

async function received(recognitionId: string, overrides: Record<string, unknown> = {}) {
  const input = proposalInput(recognitionId, overrides);
  const result = await q(RECEIVE, { input }, inspectionService);
  expect(result.errors).toBeUndefined();
  return { input, proposal: result.data.receiveRevocationProposal };
}

describe('receiveRevocationProposal', () => {
  it('stores the proposal as PROPOSED and writes the recognition history naming the audit and the kind', async () => {
    const { recognitionId } = await recognisedWorkplace(prisma);
    const { input, proposal } = await received(recognitionId);
    expect(proposal).toMatchObject({
      id: input.id,
      kind: 'WITHDRAWAL',
      auditReference: 'AUD-2026-0007',
      audit: { id: input.auditId },
      recognition: { id: recognitionId, status: 'ACTIVE' },
      proposedBy: 'Pieter De Smet',
      proposedAt: '2026-03-01T15:00:00.000Z',
      receivedAt: '2026-03-02T09:00:00.000Z',
      status: 'PROPOSED',
      exclusionUntil: null,
      decidedBy: null,
    });
    const history = (await q(RECOGNITION, { id: recognitionId }, testUsers.agencyStaff)).data.recognition.history;
    expect(history.at(-1)).toMatchObject({ step: 'revocationProposed', fromStatus: 'ACTIVE', toStatus: 'ACTIVE', actorName: inspectionService.name });
    expect(history.at(-1).note).toContain('AUD-2026-0007');
    expect(history.at(-1).note).toContain('opheffing van de erkenning');
  });

  it('is idempotent by id: a repeated delivery returns the stored proposal, one row, one history entry; another recognition is CONFLICT', async () => {
    const { recognitionId } = await recognisedWorkplace(prisma);
    const other = await recognisedWorkplace(prisma);
    const { input, proposal } = await received(recognitionId);
    at('2026-03-02T10:30:00Z');
    const again = await q(RECEIVE, { input: { ...input, reason: 'Een latere, andere formulering van de reden' } }, inspectionService);
    expect(again.errors).toBeUndefined();
    expect(again.data.receiveRevocationProposal).toEqual(proposal);
    expect(await prisma.revocationProposal.count({ where: { id: input.id } })).toBe(1);
    expect(await prisma.statusChange.count({ where: { entityId: recognitionId, step: 'revocationProposed' } })).toBe(1);

    const conflict = await q(RECEIVE, { input: { ...input, recognitionId: other.recognitionId } }, inspectionService);
    expect(codeOf(conflict)).toBe('CONFLICT');
    expect(codeOf(await q(RECEIVE, { input: { ...input, kind: 'EXCLUSION' } }, inspectionService))).toBe('CONFLICT');
    expect(await prisma.revocationProposal.count({ where: { recognitionId: other.recognitionId } })).toBe(0);
  });

  it('is for the service identity only', async () => {
    const { recognitionId, company } = await recognisedWorkplace(prisma);
    const input = proposalInput(recognitionId);
    for (const user of [testUsers.agencyStaff, testUsers.inspector, testUsers.partnershipStaff(sp.bouw), testUsers.companyUser(company.id)]) {
      expect(codeOf(await q(RECEIVE, { input }, user))).toBe('FORBIDDEN');
    }
    expect(codeOf(await q(RECEIVE, { input }, null))).toBe('UNAUTHENTICATED');
    expect(await prisma.revocationProposal.count({ where: { id: input.id } })).toBe(0);
  });

  it('refuses an unknown, withdrawn or expired recognition, and wrong input', async () => {
    const withdrawn = await recognisedWorkplace(prisma, { status: 'WITHDRAWN' });
    const expired = await recognisedWorkplace(prisma, { validUntil: '2026-03-01' });
    const lastDay = await recognisedWorkplace(prisma, { validUntil: '2026-03-02' });
    const active = await recognisedWorkplace(prisma);

    expect(codeOf(await q(RECEIVE, { input: proposalInput(randomUUID()) }, inspectionService))).toBe('NOT_FOUND');
    const refused = await q(RECEIVE, { input: proposalInput(withdrawn.recognitionId) }, inspectionService);
    expect(codeOf(refused)).toBe('INVALID_STATE_TRANSITION');
    expect(refused.errors?.[0]?.message).toContain('opgeheven');
    const late = await q(RECEIVE, { input: proposalInput(expired.recognitionId) }, inspectionService);
    expect(codeOf(late)).toBe('INVALID_STATE_TRANSITION');
    expect(late.errors?.[0]?.message).toContain('verlopen');
    expect((await q(RECEIVE, { input: proposalInput(lastDay.recognitionId) }, inspectionService)).errors).toBeUndefined();

    const bad = async (overrides: Record<string, unknown>) => {
      const result = await q(RECEIVE, { input: proposalInput(active.recognitionId, overrides) }, inspectionService);
      expect(codeOf(result), JSON.stringify(overrides)).toBe('BAD_USER_INPUT');
      return result.errors?.[0];
    };
    expect((await bad({ kind: 'EXCLUSION', exclusionUntil: '2026-03-01' }))?.extensions?.field).toBe('exclusionUntil');
    expect((await bad({ kind: 'WITHDRAWAL', exclusionUntil: '2026-12-31' }))?.extensions?.field).toBe('exclusionUntil');
    await bad({ id: 'niet-een-uuid' });
    await bad({ auditId: 'AUD-2026-0007' });
    await bad({ reason: 'kort' });
    await bad({ auditReference: '' });
    await bad({ kind: 'OPHEFFING' });
    // An audit of one workplace grounds no revocation of another workplace's recognition.
    expect((await bad({ workplaceId: randomUUID() }))?.extensions?.field).toBe('recognitionId');
    expect(await prisma.revocationProposal.count({ where: { recognitionId: active.recognitionId } })).toBe(0);
    expect((await q(RECEIVE, { input: proposalInput(lastDay.recognitionId, { id: randomUUID(), workplaceId: lastDay.workplace.id }) }, inspectionService)).errors).toBeUndefined();
    // An exclusion until today is fine.
    expect((await q(RECEIVE, { input: proposalInput(active.recognitionId, { kind: 'EXCLUSION', exclusionUntil: '2026-03-02' }) }, inspectionService)).errors).toBeUndefined();
  });
});

describe('decideRevocationProposal', () => {
  it('accepting a withdrawal withdraws the recognition in the same step, naming the audit; a repeat is refused, a re-delivery is not', async () => {
    const { recognitionId, applicationId, agreementId } = await recognisedWorkplace(prisma, { runningAgreement: true });
    const { input } = await received(recognitionId);
    at('2026-03-10T14:00:00Z');
    const decided = await q(DECIDE, { input: { id: input.id, accept: true, note: 'Vaststellingen bevestigd door het partnerschap' } }, testUsers.partnershipStaff(sp.bouw));
    expect(decided.errors).toBeUndefined();
    expect(decided.data.decideRevocationProposal).toMatchObject({
      status: 'ACCEPTED',
      decidedBy: 'Koen Janssens',
      decidedAt: '2026-03-10T14:00:00.000Z',
      decisionNote: 'Vaststellingen bevestigd door het partnerschap',
      recognition: { id: recognitionId, status: 'WITHDRAWN' },
    });
    expect(decided.data.decideRevocationProposal.history.map((h: { step: string }) => h.step)).toEqual(['receive', 'accept']);

    const recognition = (await q(RECOGNITION, { id: recognitionId }, testUsers.agencyStaff)).data.recognition;
    expect(recognition).toMatchObject({ status: 'WITHDRAWN', endedOn: '2026-03-10' });
    expect(recognition.endReason).toBe(`Opgeheven na doorlichting AUD-2026-0007: ${input.reason}`);
    expect(recognition.history.map((h: { step: string }) => h.step)).toEqual(['revocationProposed', 'withdraw']);
    expect(recognition.history.at(-1).note).toContain('Opgeheven na doorlichting AUD-2026-0007');
    expect((await prisma.recognitionApplication.findUniqueOrThrow({ where: { id: applicationId } })).status).toBe('WITHDRAWN');
    const agreement = await prisma.agreement.findUniqueOrThrow({ where: { id: agreementId! } });
    expect(agreement).toMatchObject({ status: 'ENDED_EARLY', terminationReason: 'RECOGNITION_WITHDRAWN' });

    const twice = await q(DECIDE, { input: { id: input.id, accept: false, note: 'Toch afwijzen' } }, testUsers.agencyStaff);
    expect(codeOf(twice)).toBe('INVALID_STATE_TRANSITION');
    // The outbox may deliver again after the decision: the same proposal comes back, no error, nothing changes.
    const redelivered = await q(RECEIVE, { input }, inspectionService);
    expect(redelivered.errors).toBeUndefined();
    expect(redelivered.data.receiveRevocationProposal).toMatchObject({ id: input.id, status: 'ACCEPTED' });
  });

  it('accepting an exclusion (agency staff) excludes the whole company until the proposed or the decided day', async () => {
    const first = await recognisedWorkplace(prisma);
    const proposed = await received(first.recognitionId, { kind: 'EXCLUSION', exclusionUntil: '2026-12-31' });
    expect(proposed.proposal.exclusionUntil).toBe('2026-12-31');
    const accepted = await q(DECIDE, { input: { id: proposed.input.id, accept: true, note: 'Zware inbreuken vastgesteld' } }, testUsers.agencyStaff);
    expect(accepted.data.decideRevocationProposal).toMatchObject({ status: 'ACCEPTED', recognition: { status: 'EXCLUDED' } });
    const [exclusion] = await prisma.companyExclusion.findMany({ where: { recognitionId: first.recognitionId } });
    expect(exclusion).toMatchObject({ companyId: first.company.id, workplaceId: null, decidedById: 'test-staff' });
    expect(exclusion!.endsOn?.toISOString().slice(0, 10)).toBe('2026-12-31');
    expect(exclusion!.reason).toContain('Uitgesloten na doorlichting AUD-2026-0007');

    const second = await recognisedWorkplace(prisma);
    const other = await received(second.recognitionId, { kind: 'EXCLUSION', exclusionUntil: '2026-12-31' });
    const past = await q(DECIDE, { input: { id: other.input.id, accept: true, note: 'Zware inbreuken', exclusionUntil: '2026-03-01' } }, testUsers.agencyStaff);
    expect(codeOf(past)).toBe('BAD_USER_INPUT');
    expect(past.errors?.[0]?.extensions?.field).toBe('exclusionUntil');
    const later = await q(DECIDE, { input: { id: other.input.id, accept: true, note: 'Zware inbreuken', exclusionUntil: '2027-06-30' } }, testUsers.agencyStaff);
    expect(later.errors).toBeUndefined();
    const [longer] = await prisma.companyExclusion.findMany({ where: { recognitionId: second.recognitionId } });
    expect(longer!.endsOn?.toISOString().slice(0, 10)).toBe('2027-06-30');
  });

  it('rejecting leaves the recognition unchanged, with the note in both histories', async () => {
    const { recognitionId } = await recognisedWorkplace(prisma);
    const { input } = await received(recognitionId);
    const withDate = await q(DECIDE, { input: { id: input.id, accept: false, note: 'Onvoldoende bewijs', exclusionUntil: '2026-12-31' } }, testUsers.agencyStaff);
    expect(codeOf(withDate)).toBe('BAD_USER_INPUT');
    const rejected = await q(DECIDE, { input: { id: input.id, accept: false, note: 'Onvoldoende bewijs in het toezichtverslag' } }, testUsers.partnershipStaff(sp.bouw));
    expect(rejected.data.decideRevocationProposal).toMatchObject({
      status: 'REJECTED',
      decisionNote: 'Onvoldoende bewijs in het toezichtverslag',
      recognition: { status: 'ACTIVE' },
    });
    const recognition = (await q(RECOGNITION, { id: recognitionId }, testUsers.agencyStaff)).data.recognition;
    expect(recognition).toMatchObject({ status: 'ACTIVE', endedOn: null, endReason: null });
    expect(recognition.history.at(-1)).toMatchObject({ step: 'revocationRejected', fromStatus: 'ACTIVE', toStatus: 'ACTIVE' });
    expect(recognition.history.at(-1).note).toContain('Onvoldoende bewijs in het toezichtverslag');
    expect(recognition.history.at(-1).note).toContain('AUD-2026-0007');
  });

  it('denies other roles, other partnerships and partnership staff on an exclusion; validates the note and the id', async () => {
    const { recognitionId, company } = await recognisedWorkplace(prisma);
    const withdrawal = (await received(recognitionId)).input;
    const exclusion = (await received(recognitionId, { kind: 'EXCLUSION' })).input;
    const decide = (id: string, as: User, note = 'Vaststellingen bevestigd') => q(DECIDE, { input: { id, accept: true, note } }, as);
    for (const user of [testUsers.inspector, testUsers.companyUser(company.id), testUsers.schoolUser, inspectionService]) {
      expect(codeOf(await decide(withdrawal.id, user)), user.role).toBe('FORBIDDEN');
    }
    expect(codeOf(await decide(withdrawal.id, testUsers.partnershipStaff(sp.horeca)))).toBe('FORBIDDEN');
    const theirs = await decide(exclusion.id, testUsers.partnershipStaff(sp.bouw));
    expect(codeOf(theirs)).toBe('FORBIDDEN');
    expect(theirs.errors?.[0]?.message).toContain('agentschap');
    expect(codeOf(await decide(withdrawal.id, testUsers.agencyStaff, 'kort'))).toBe('BAD_USER_INPUT');
    expect(codeOf(await decide(withdrawal.id, testUsers.agencyStaff, 'x'.repeat(1001)))).toBe('BAD_USER_INPUT');
    expect(codeOf(await decide('niet-een-uuid', testUsers.agencyStaff))).toBe('BAD_USER_INPUT');
    expect(codeOf(await decide(randomUUID(), testUsers.agencyStaff))).toBe('NOT_FOUND');
    expect(await prisma.revocationProposal.count({ where: { recognitionId, status: 'PROPOSED' } })).toBe(2);
    expect((await prisma.recognition.findUniqueOrThrow({ where: { id: recognitionId } })).status).toBe('ACTIVE');
  });

  it('a second proposal on a recognition already withdrawn cannot be accepted (and stays PROPOSED), but can be rejected', async () => {
    const { recognitionId } = await recognisedWorkplace(prisma);
    const first = (await received(recognitionId)).input;
    const second = (await received(recognitionId, { auditReference: 'AUD-2026-0011' })).input;
    expect((await q(DECIDE, { input: { id: first.id, accept: true, note: 'Opheffing bevestigd' } }, testUsers.agencyStaff)).errors).toBeUndefined();
    const refused = await q(DECIDE, { input: { id: second.id, accept: true, note: 'Opheffing bevestigd' } }, testUsers.agencyStaff);
    expect(codeOf(refused)).toBe('INVALID_STATE_TRANSITION');
    expect((await prisma.revocationProposal.findUniqueOrThrow({ where: { id: second.id } })).status).toBe('PROPOSED');
    const rejected = await q(DECIDE, { input: { id: second.id, accept: false, note: 'Al opgeheven na AUD-2026-0007' } }, testUsers.agencyStaff);
    expect(rejected.data.decideRevocationProposal.status).toBe('REJECTED');
  });
});

describe('reading proposals', () => {
  it('revocationProposals: agency staff all, partnership staff their own partnership only, by status', async () => {
    const bouw = await recognisedWorkplace(prisma);
    const horeca = await recognisedWorkplace(prisma, { partnershipId: sp.horeca });
    const ofBouw = (await received(bouw.recognitionId)).input;
    const ofHoreca = (await received(horeca.recognitionId)).input;
    const ids = (result: any) => result.data.revocationProposals.map((p: { id: string }) => p.id);
    const all = ids(await q(LIST, { status: 'PROPOSED' }, testUsers.agencyStaff));
    expect(all).toEqual(expect.arrayContaining([ofBouw.id, ofHoreca.id]));
    const own = ids(await q(LIST, { status: 'PROPOSED' }, testUsers.partnershipStaff(sp.horeca)));
    expect(own).toContain(ofHoreca.id);
    expect(own).not.toContain(ofBouw.id);
    expect(ids(await q(LIST, { status: 'ACCEPTED' }, testUsers.partnershipStaff(sp.horeca)))).not.toContain(ofHoreca.id);
    expect(codeOf(await q(LIST, {}, testUsers.companyUser(bouw.company.id)))).toBe('FORBIDDEN');
    expect(codeOf(await q(LIST, {}, testUsers.inspector))).toBe('FORBIDDEN');
  });

  it('Recognition.revocationProposals and Audit.recognitionRevocations load in one query for many parents', async () => {
    const auditIds = [randomUUID(), randomUUID()];
    const recognitions: string[] = [];
    for (let n = 0; n < 4; n += 1) {
      const { recognitionId } = await recognisedWorkplace(prisma);
      recognitions.push(recognitionId);
      await received(recognitionId, { auditId: auditIds[n % 2] });
    }
    const fromProposals = () => statements.filter((sql) => /FROM\s+"(public"\.")?revocation_proposal"/.test(sql)).length;

    statements.length = 0;
    const byRecognition = await q(
      `query ($filter: RecognitionFilter) { recognitions(filter: $filter, page: { first: 50 }) { nodes { id revocationProposals { id auditReference } } } }`,
      { filter: { status: 'ACTIVE' } },
      testUsers.agencyStaff,
    );
    expect(byRecognition.errors).toBeUndefined();
    const nodes = byRecognition.data.recognitions.nodes.filter((node: { id: string }) => recognitions.includes(node.id));
    expect(nodes).toHaveLength(4);
    expect(nodes.every((node: { revocationProposals: unknown[] }) => node.revocationProposals.length === 1)).toBe(true);
    expect(fromProposals()).toBe(1);
    const company = await recognisedWorkplace(prisma);
    await received(company.recognitionId);
    const asCompany = await q(`query ($id: ID!) { recognition(id: $id) { id revocationProposals { id } } }`, { id: company.recognitionId }, testUsers.companyUser(company.company.id));
    expect(codeOf(asCompany)).toBe('FORBIDDEN');

    const ENTITIES = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Audit { id recognitionRevocations { id recognition { id } } } } }`;
    const representations = [...auditIds, 'geen-uuid'].map((id) => ({ __typename: 'Audit', id }));
    statements.length = 0;
    const byAudit = await q(ENTITIES, { r: representations }, inspectionService);
    expect(byAudit.errors).toBeUndefined();
    expect(byAudit.data._entities.map((audit: { recognitionRevocations: unknown[] }) => audit.recognitionRevocations.length)).toEqual([2, 2, 0]);
    expect(byAudit.data._entities[0].recognitionRevocations[0].recognition.id).toEqual(expect.any(String));
    expect(fromProposals()).toBe(1);
    expect((await q(ENTITIES, { r: representations }, testUsers.inspector)).errors).toBeUndefined();
    expect(codeOf(await q(ENTITIES, { r: representations }, testUsers.partnershipStaff(sp.bouw)))).toBe('FORBIDDEN');
  });
});

function at(iso: string) {
  clock = new Date(iso);
}
