import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestSubgraph, testUsers, type TestSubgraph } from '@werkplek/test-kit';
import type { User } from '@werkplek/subgraph-kit';
import type { PrismaClient } from '../src/generated/prisma/client.js';
import { createDualLearningSubgraph } from '../src/index.js';
import { createWorkplace, recognitionIds, seedRecognitionFixture } from './fixtures/recognition.js';

const clock = new Date('2026-03-02T09:00:00Z');
let subgraph: TestSubgraph;
let workplaceId = '';

const day = (iso: string) => new Date(iso);

/**
 * Complaints (term: closeDueOn = receivedOn + 45 calendar days, BR-47), hand-computed for 2025 and 2026:
 *   c1 received 1/3/2025, due 15/4, closed 15/4/2025 (day 45)           → 2025, in time
 *   c2 received 1/3/2025, due 15/4, closed 16/4/2025 (day 46)           → 2025, late
 *   c3 received 20/11/2025, due 4/1/2026, closed 31/12/2025             → 2025, in time
 *   c4 received 20/11/2025, due 4/1/2026, closed 1/1/2026               → 2026, in time
 *   c5 inadmissible, received 1/5/2025, closed 5/5/2025                  → never counted
 *   c6 open, received 1/10/2025, due 15/11/2025                          → open past term at the end of 2025 and today
 *   c7 open, received 1/12/2025, due 15/1/2026                           → open past term today (2/3/2026), not at 31/12/2025
 *   c9 received 1/9/2025, due 16/10/2025, closed 1/2/2026                → open past term at 31/12/2025; 2026, late
 * 2025: closed 3 (c1 c2 c3), in time 2, open past term 2 (c6 c9). 2026 (to today): closed 2 (c4 c9), in time 1, open
 * past term 2 (c6 c7).
 *
 * Appeals (term: decisionDueOn = lodgedOn + 60 days, BR-44):
 *   a1 NON_RECOGNITION lodged 10/1/2025, due 11/3, confirmed 11/3/2025 (day 60)   → 2025, in time
 *   a2 NON_RECOGNITION lodged 10/1/2025, due 11/3, annulled 12/3/2025 (day 61)    → 2025, late
 *   a3 WITHDRAWAL lodged 1/11/2025, due 31/12, confirmed 31/12/2025               → 2025, in time
 *   a4 NON_RECOGNITION lodged 2/11/2025, due 1/1/2026, confirmed 1/1/2026         → 2026, in time
 *   a5 withdrawn by the appellant, a6 inadmissible                               → never counted
 *   a7 EXCLUSION scheduled, lodged 1/9/2025, due 31/10/2025                       → open past term
 * 2025: decided 3, in time 2, open past term 1; NON_RECOGNITION only: decided 2, in time 1, open past term 0.
 */
async function seedHandling(prisma: PrismaClient) {
  await seedRecognitionFixture(prisma);
  workplaceId = (await createWorkplace(prisma, { jointCommittees: ['124'] })).workplace.id;
  const complaint = (receivedOn: string, closeDueOn: string, status: 'CLOSED' | 'INADMISSIBLE' | 'UNDER_INVESTIGATION', closedOn: string | null) =>
    prisma.complaint.create({
      data: {
        kind: 'COMPLAINT',
        subject: 'Klacht over de werkplekcomponent',
        description: 'Geen begeleiding',
        submitterName: 'Ouder',
        receivedOn: day(receivedOn),
        acknowledgeDueOn: day(receivedOn),
        closeDueOn: day(closeDueOn),
        status,
        closedOn: closedOn ? day(closedOn) : null,
        partnershipId: recognitionIds.partnership.bouw,
      },
    });
  await complaint('2025-03-01', '2025-04-15', 'CLOSED', '2025-04-15');
  await complaint('2025-03-01', '2025-04-15', 'CLOSED', '2025-04-16');
  await complaint('2025-11-20', '2026-01-04', 'CLOSED', '2025-12-31');
  await complaint('2025-11-20', '2026-01-04', 'CLOSED', '2026-01-01');
  await complaint('2025-05-01', '2025-06-15', 'INADMISSIBLE', '2025-05-05');
  await complaint('2025-10-01', '2025-11-15', 'UNDER_INVESTIGATION', null);
  await complaint('2025-12-01', '2026-01-15', 'UNDER_INVESTIGATION', null);
  await complaint('2025-09-01', '2025-10-16', 'CLOSED', '2026-02-01');

  type AppealStatus = 'CONFIRMED' | 'ANNULLED' | 'WITHDRAWN_BY_APPELLANT' | 'INADMISSIBLE' | 'SCHEDULED';
  const appeal = (decisionType: 'NON_RECOGNITION' | 'WITHDRAWAL' | 'EXCLUSION', lodgedOn: string, due: string, status: AppealStatus, decidedOn: string | null) =>
    prisma.appeal.create({
      data: {
        decisionType,
        workplaceId,
        notifiedOn: day(lodgedOn),
        lodgedOn: day(lodgedOn),
        motivation: 'De werkplek voldoet wel aan de voorwaarden',
        decisionDueOn: day(due),
        status,
        decidedOn: decidedOn ? day(decidedOn) : null,
      },
    });
  await appeal('NON_RECOGNITION', '2025-01-10', '2025-03-11', 'CONFIRMED', '2025-03-11');
  await appeal('NON_RECOGNITION', '2025-01-10', '2025-03-11', 'ANNULLED', '2025-03-12');
  await appeal('WITHDRAWAL', '2025-11-01', '2025-12-31', 'CONFIRMED', '2025-12-31');
  await appeal('NON_RECOGNITION', '2025-11-02', '2026-01-01', 'CONFIRMED', '2026-01-01');
  await appeal('NON_RECOGNITION', '2025-02-01', '2025-04-02', 'WITHDRAWN_BY_APPELLANT', null);
  await appeal('NON_RECOGNITION', '2025-02-01', '2025-04-02', 'INADMISSIBLE', null);
  await appeal('EXCLUSION', '2025-09-01', '2025-10-31', 'SCHEDULED', null);
}

beforeAll(async () => {
  subgraph = await startTestSubgraph('dual-learning', (db) => createDualLearningSubgraph({ ...db, seedWith: seedHandling, now: () => clock }));
});
afterAll(() => subgraph?.stop());

// `any`: the documents' shapes are read field by field.
const q = (document: string, variables: Record<string, unknown>, as: User | null = testUsers.agencyStaff) => subgraph.query<any>(document, { variables, as });
const codeOf = (result: { errors?: { extensions?: { code?: string } }[] }) => result.errors?.[0]?.extensions?.code;
const FIELDS = 'closed closedWithinTerm share target met openPastTerm';
const COMPLAINTS = `query ($from: LocalDate!, $to: LocalDate!) { complaintHandlingTimes(from: $from, to: $to) { ${FIELDS} } }`;
const APPEALS = `query ($from: LocalDate!, $to: LocalDate!, $type: AppealDecisionType) { appealHandlingTimes(from: $from, to: $to, decisionType: $type) { ${FIELDS} } }`;

async function figures(document: string, variables: Record<string, unknown>, as?: User) {
  const result = await q(document, variables, as);
  expect(result.errors).toBeUndefined();
  return result.data[document === COMPLAINTS ? 'complaintHandlingTimes' : 'appealHandlingTimes'];
}

describe('complaintHandlingTimes (45 days, BR-47; target 75 %)', () => {
  it('2025: day 45 in time, day 46 late, closed on 31/12 counts, on 1/1 not; inadmissible left out', async () => {
    const year = await figures(COMPLAINTS, { from: '2025-01-01', to: '2025-12-31' });
    expect(year).toMatchObject({ closed: 3, closedWithinTerm: 2, target: 0.75, met: false, openPastTerm: 2 });
    expect(year.share).toBeCloseTo(2 / 3, 10);
  });

  it('2026 (running: open cases judged today): the case closed on 1/1 belongs here', async () => {
    expect(await figures(COMPLAINTS, { from: '2026-01-01', to: '2026-12-31' }, testUsers.inspector)).toEqual({
      closed: 2,
      closedWithinTerm: 1,
      share: 0.5,
      target: 0.75,
      met: false,
      openPastTerm: 2,
    });
  });

  it('a single day: the target met; an empty period: no share', async () => {
    expect(await figures(COMPLAINTS, { from: '2025-04-15', to: '2025-04-15' })).toMatchObject({ closed: 1, closedWithinTerm: 1, share: 1, met: true });
    expect(await figures(COMPLAINTS, { from: '2025-04-16', to: '2025-04-16' })).toMatchObject({ closed: 1, closedWithinTerm: 0, share: 0, met: false });
    expect(await figures(COMPLAINTS, { from: '2025-05-01', to: '2025-05-31' })).toMatchObject({ closed: 0, closedWithinTerm: 0, share: null, met: null });
  });
});

describe('appealHandlingTimes (60 days, BR-44; target 75 %)', () => {
  it('2025: day 60 in time, day 61 late, decided on 31/12 counts, on 1/1 not; withdrawn and inadmissible left out', async () => {
    const year = await figures(APPEALS, { from: '2025-01-01', to: '2025-12-31' });
    expect(year).toMatchObject({ closed: 3, closedWithinTerm: 2, met: false, openPastTerm: 1 });
    expect(year.share).toBeCloseTo(2 / 3, 10);
    expect(await figures(APPEALS, { from: '2025-01-01', to: '2025-12-31', type: 'NON_RECOGNITION' })).toMatchObject({
      closed: 2,
      closedWithinTerm: 1,
      share: 0.5,
      openPastTerm: 0,
    });
    expect(await figures(APPEALS, { from: '2026-01-01', to: '2026-12-31' })).toMatchObject({ closed: 1, closedWithinTerm: 1, share: 1, met: true, openPastTerm: 1 });
  });
});

describe('access and input', () => {
  it('agency staff and inspectors only; the period is checked', async () => {
    for (const document of [COMPLAINTS, APPEALS]) {
      const year = { from: '2025-01-01', to: '2025-12-31' };
      expect(codeOf(await q(document, year, testUsers.partnershipStaff(recognitionIds.partnership.bouw)))).toBe('FORBIDDEN');
      expect(codeOf(await q(document, year, testUsers.schoolUser))).toBe('FORBIDDEN');
      expect(codeOf(await q(document, year, null))).toBe('UNAUTHENTICATED');
      expect(codeOf(await q(document, { from: '2025-12-31', to: '2025-12-30' }))).toBe('BAD_USER_INPUT');
      expect(codeOf(await q(document, { from: '2020-01-01', to: '2025-12-31' }))).toBe('BAD_USER_INPUT');
    }
  });
});
