import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestSubgraph, testUsers, type TestSubgraph } from '@werkplek/test-kit';
import type { User } from '@werkplek/subgraph-kit';
import type { PrismaClient } from '../src/generated/prisma/client.js';
import { createDualLearningSubgraph } from '../src/index.js';
import { createWorkplace, recognitionIds, seedRecognitionFixture } from './fixtures/recognition.js';
import { inspectionService } from './fixtures/revocation-proposal.js';

let subgraph: TestSubgraph;
const statements: string[] = [];
const sp = recognitionIds.partnership;
const trainingId = recognitionIds.training.metselaar;
const ids = { w1: '', w2: '', w3: '', w4: '', company: '' };

/**
 * Hand-computed fixture for 2025 (both days included):
 * - W1: recognised by Bouw (2020) then Horeca (2024, the latest); complaints on 1/1/2025 and 31/12/2025 (counted), on
 *   31/12/2024 and 1/1/2026 (not); ended early on 30/6/2025 under Horeca (counted), ended normally in 2025 and ended
 *   early on 1/1/2026 (not). Expected: Horeca, 2 complaints, 1 early termination.
 * - W2: never recognised; 1 complaint (assigned to Bouw) and 1 transitional agreement ended early. Expected: null, 1, 1
 *   (the transitional agreement counts for no partnership).
 * - W3: recognised by Bouw; 1 early termination. Expected: Bouw, 0, 1.
 * - W4: a complaint in 2024 only: not listed.
 * - A complaint assigned to Elektriciens about no workplace: counts for Elektriciens only.
 */
async function seedSignals(prisma: PrismaClient) {
  await seedRecognitionFixture(prisma);
  const [w1, w2, w3, w4] = await Promise.all([1, 2, 3, 4].map(() => createWorkplace(prisma, { jointCommittees: ['124'] })));
  Object.assign(ids, { w1: w1!.workplace.id, w2: w2!.workplace.id, w3: w3!.workplace.id, w4: w4!.workplace.id, company: w1!.company.id });
  const recognition = (workplaceId: string, partnershipId: string, validFrom: string) =>
    prisma.recognition.create({
      data: { workplaceId, trainingId, partnershipId, validFrom: new Date(validFrom), validUntil: new Date(`${Number(validFrom.slice(0, 4)) + 5}${validFrom.slice(4)}`) },
    });
  await recognition(ids.w1, sp.bouw, '2020-01-01');
  const horeca = await recognition(ids.w1, sp.horeca, '2024-01-01');
  const bouw = await recognition(ids.w3, sp.bouw, '2022-09-01');

  const complaint = (receivedOn: string, workplaceId: string | null, partnershipId: string | null) =>
    prisma.complaint.create({
      data: {
        kind: 'COMPLAINT',
        subject: 'Klacht',
        description: 'Leerling krijgt geen begeleiding',
        submitterName: 'Ouder',
        receivedOn: new Date(receivedOn),
        acknowledgeDueOn: new Date(receivedOn),
        closeDueOn: new Date(receivedOn),
        workplaceId,
        partnershipId,
      },
    });
  await complaint('2025-01-01', ids.w1, sp.horeca);
  await complaint('2025-12-31', ids.w1, sp.horeca);
  await complaint('2024-12-31', ids.w1, sp.horeca);
  await complaint('2026-01-01', ids.w1, sp.horeca);
  await complaint('2025-05-05', ids.w2, sp.bouw);
  await complaint('2024-06-01', ids.w4, sp.bouw);
  await complaint('2025-07-07', null, sp.elektriciens);

  const learner = await prisma.learner.create({ data: { name: 'Leerling', trainingProvider: 'Campus Gent' } });
  const agreement = (workplaceId: string, recognitionId: string | null, status: 'ENDED' | 'ENDED_EARLY', actualEndDate: string) =>
    prisma.agreement.create({
      data: {
        type: recognitionId ? 'OAO' : 'TRANSITIONAL',
        workplaceId,
        recognitionId,
        trainingId,
        learnerId: learner.id,
        startDate: new Date('2024-09-01'),
        plannedEndDate: new Date('2026-06-30'),
        actualEndDate: new Date(actualEndDate),
        status,
        terminationReason: status === 'ENDED_EARLY' ? 'LEARNER_STOPPED_TRAINING' : null,
        registeredById: 'test-company-user',
      },
    });
  await agreement(ids.w1, horeca.id, 'ENDED_EARLY', '2025-06-30');
  await agreement(ids.w1, horeca.id, 'ENDED', '2025-06-30');
  await agreement(ids.w1, horeca.id, 'ENDED_EARLY', '2026-01-01');
  await agreement(ids.w2, null, 'ENDED_EARLY', '2025-03-15');
  await agreement(ids.w3, bouw.id, 'ENDED_EARLY', '2025-12-31');
}

beforeAll(async () => {
  subgraph = await startTestSubgraph('dual-learning', (db) =>
    createDualLearningSubgraph({ ...db, seedWith: seedSignals, onQuery: (sql) => statements.push(sql) }),
  );
});
afterAll(() => subgraph?.stop());

// `any`: the documents' shapes are read field by field.
const q = (document: string, variables: Record<string, unknown>, as?: User | null) => subgraph.query<any>(document, { variables, as });
const codeOf = (result: { errors?: { extensions?: { code?: string } }[] }) => result.errors?.[0]?.extensions?.code;
const WORKPLACES = `query ($from: LocalDate!, $to: LocalDate!) { workplaceRiskSignals(from: $from, to: $to) { workplaceId partnershipId complaints earlyTerminations } }`;
const PARTNERSHIPS = `query ($from: LocalDate!, $to: LocalDate!) { partnershipRiskSignals(from: $from, to: $to) { partnershipId complaints earlyTerminations } }`;
const YEAR = { from: '2025-01-01', to: '2025-12-31' };

describe('risk signals for the risk-based annual planning', () => {
  it('workplaceRiskSignals: counts per workplace in the period, the latest recognition’s partnership, in one query', async () => {
    statements.length = 0;
    const result = await q(WORKPLACES, YEAR, inspectionService);
    expect(result.errors).toBeUndefined();
    expect(statements).toHaveLength(1);
    expect(result.data.workplaceRiskSignals).toEqual([
      { workplaceId: ids.w1, partnershipId: sp.horeca, complaints: 2, earlyTerminations: 1 },
      { workplaceId: ids.w2, partnershipId: null, complaints: 1, earlyTerminations: 1 },
      { workplaceId: ids.w3, partnershipId: sp.bouw, complaints: 0, earlyTerminations: 1 },
    ]);
    const nextDay = await q(WORKPLACES, { from: '2026-01-01', to: '2026-01-01' }, testUsers.inspector);
    expect(nextDay.data.workplaceRiskSignals).toEqual([{ workplaceId: ids.w1, partnershipId: sp.horeca, complaints: 1, earlyTerminations: 1 }]);
  });

  it('partnershipRiskSignals: every partnership, zeros included, in one query', async () => {
    statements.length = 0;
    const result = await q(PARTNERSHIPS, YEAR, testUsers.agencyStaff);
    expect(result.errors).toBeUndefined();
    expect(statements).toHaveLength(1);
    const byId = new Map(result.data.partnershipRiskSignals.map((row: { partnershipId: string }) => [row.partnershipId, row]));
    expect(byId.size).toBe(6);
    expect(byId.get(sp.horeca)).toMatchObject({ complaints: 2, earlyTerminations: 1 });
    expect(byId.get(sp.bouw)).toMatchObject({ complaints: 1, earlyTerminations: 1 });
    expect(byId.get(sp.elektriciens)).toMatchObject({ complaints: 1, earlyTerminations: 0 });
    for (const id of [sp.vp, sp.socialProfit, sp.tech]) expect(byId.get(id)).toMatchObject({ complaints: 0, earlyTerminations: 0 });
  });

  it('only the service, agency staff and inspectors; the period is checked', async () => {
    for (const document of [WORKPLACES, PARTNERSHIPS]) {
      expect(codeOf(await q(document, YEAR, testUsers.partnershipStaff(sp.bouw)))).toBe('FORBIDDEN');
      expect(codeOf(await q(document, YEAR, testUsers.companyUser(ids.company)))).toBe('FORBIDDEN');
      expect(codeOf(await q(document, YEAR, null))).toBe('UNAUTHENTICATED');
      const backwards = await q(document, { from: '2025-12-31', to: '2025-01-01' }, testUsers.agencyStaff);
      expect(codeOf(backwards)).toBe('BAD_USER_INPUT');
      expect(codeOf(await q(document, { from: '2023-01-01', to: '2026-01-01' }, testUsers.agencyStaff))).toBe('BAD_USER_INPUT');
      expect((await q(document, { from: '2023-01-01', to: '2025-12-31' }, testUsers.agencyStaff)).errors).toBeUndefined();
      expect(codeOf(await q(document, { from: '2025-02-30', to: '2025-12-31' }, testUsers.agencyStaff))).toBe('BAD_USER_INPUT');
    }
  });
});
