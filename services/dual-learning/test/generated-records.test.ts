import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestSubgraph, testUsers, type TestSubgraph } from '@werkplek/test-kit';
import type { PrismaClient } from '../src/generated/prisma/client.js';
import { createDualLearningSubgraph } from '../src/index.js';
import { seedGeneratedRecords } from '../src/seed/generated-records.js';

// The 17 partnerships of the reference data (normally written by seedReferenceData, which runs first).
const partnerships: [code: string, name: string][] = [
  ['vp', 'Vlaams Partnerschap Duaal Leren'],
  ['sp-auto', 'SP Auto en aanverwante sectoren'],
  ['sp-bouw', 'SP Bouw'],
  ['sp-chemie', 'SP Chemie, Kunststoffen en Life sciences'],
  ['sp-elektriciens', 'SP Elektriciens: installatie en distributie'],
  ['sp-groene-sectoren', 'SP Groene Sectoren'],
  ['sp-haartooi', 'SP Haartooi, Fitness en schoonheidszorgen'],
  ['sp-horeca', 'SP Horeca'],
  ['sp-hout', 'SP Houtsectoren'],
  ['sp-kleding', 'SP Kleding en confectie'],
  ['sp-social-profit', 'SP Social Profit'],
  ['sp-textiel', 'SP Textiel'],
  ['sp-transport', 'SP Transport en logistiek en afhandeling op luchthavens'],
  ['sp-textielverzorging', 'SP Textielverzorging'],
  ['sp-voeding', 'SP Voedingsnijverheid'],
  ['sp-technologische-industrie', 'SP Technologische industrie'],
  ['sp-lokale-besturen', 'SP Lokale besturen'],
];

const observed = { withoutReferenceData: -1, applications: 0, afterSecondRun: 0, milliseconds: 0, recognitions: 0, agreements: 0 };

async function fill(prisma: PrismaClient) {
  await seedGeneratedRecords(prisma);
  observed.withoutReferenceData = await prisma.recognitionApplication.count();
  await prisma.partnership.createMany({
    data: partnerships.map(([code, name]) => ({ code, name, kind: code === 'vp' ? 'FLEMISH' : 'SECTORAL', jointCommittees: [] })),
  });
  // CPU time of this process (PGlite runs in it): independent of the other processes sharing the machine.
  const started = process.cpuUsage();
  await seedGeneratedRecords(prisma);
  const used = process.cpuUsage(started);
  observed.milliseconds = (used.user + used.system) / 1000;
  observed.applications = await prisma.recognitionApplication.count();
  observed.recognitions = await prisma.recognition.count();
  observed.agreements = await prisma.agreement.count();
  await seedGeneratedRecords(prisma);
  observed.afterSecondRun = await prisma.recognitionApplication.count();
}

let subgraph: TestSubgraph;
beforeAll(async () => {
  subgraph = await startTestSubgraph('dual-learning', (db) => createDualLearningSubgraph({ ...db, seedWith: fill }));
});
afterAll(() => subgraph?.stop());

async function ask<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const result = await subgraph.query<T>(query, { variables, as: testUsers.agencyStaff });
  expect(result.errors).toBeUndefined();
  return result.data!;
}

const share = (part: number, whole: number) => (100 * part) / whole;

describe('generated records', () => {
  it('does nothing without the reference data, generates a few hundred records fast, and is idempotent', () => {
    expect(observed.withoutReferenceData).toBe(0);
    expect(observed.applications).toBeGreaterThanOrEqual(300);
    expect(observed.applications).toBeLessThan(1500);
    expect(observed.recognitions).toBeGreaterThan(200);
    expect(observed.agreements).toBeGreaterThan(200);
    expect(observed.afterSecondRun).toBe(observed.applications);
    expect(observed.milliseconds).toBeLessThan(3000);
  });

  it('Tabel 12: approved share within 5 points of the report (85.5%), VP share near 29.6% (32% less Lokale besturen)', async () => {
    const { decisionsPerPartnership: d } = await ask<{
      decisionsPerPartnership: { total: { approved: number; rejected: number; total: number }; subtotals: { partnershipKind: string; sharePercent: number }[] };
    }>('{ decisionsPerPartnership(schoolYear: 2017) { total { approved rejected total } subtotals { partnershipKind sharePercent } } }');
    expect(d.total.total).toBeGreaterThan(150);
    expect(share(d.total.approved, d.total.total)).toBeGreaterThan(85.5 - 5);
    expect(share(d.total.approved, d.total.total)).toBeLessThan(85.5 + 5);
    expect(share(d.total.rejected, d.total.total)).toBeCloseTo(12.7, -1);
    const vp = d.subtotals.find((row) => row.partnershipKind === 'FLEMISH')!;
    expect(Math.abs(vp.sharePercent - 29.6)).toBeLessThan(5);
  });

  it('Tabel 9: handling actions per partnership close to the report (Bouw contact 77%, Horeca visit 90%, Bouw visit 0%)', async () => {
    const { handlingActionsPerPartnership: rows } = await ask<{
      handlingActionsPerPartnership: { partnershipCode: string; administrativeCheckPercent: number; companyContactPercent: number; siteVisitPercent: number }[];
    }>('{ handlingActionsPerPartnership(schoolYear: 2017) { partnershipCode administrativeCheckPercent companyContactPercent siteVisitPercent } }');
    const bouw = rows.find((row) => row.partnershipCode === 'sp-bouw')!;
    const horeca = rows.find((row) => row.partnershipCode === 'sp-horeca')!;
    expect(Math.abs(bouw.companyContactPercent - 77)).toBeLessThan(10);
    expect(bouw.siteVisitPercent).toBe(0);
    expect(bouw.administrativeCheckPercent).toBe(100);
    expect(Math.abs(horeca.siteVisitPercent - 90)).toBeLessThan(10);
  });

  it('Tabel 10: insufficient equipment is the main rejection reason, about 62%', async () => {
    const { rejectionReasons: rows } = await ask<{ rejectionReasons: { month: string | null; reason: string; percent: number }[] }>(
      '{ rejectionReasons(schoolYear: 2017) { month reason percent } }',
    );
    const year = rows.filter((row) => row.month === null);
    expect(year[0]!.reason).toBe('INSUFFICIENT_EQUIPMENT');
    expect(Math.abs(year[0]!.percent - 62.4)).toBeLessThan(12);
  });

  it('Tabel 6 and 7/8: September is the busiest month; 64% submitted with a mandate, mostly by training institutions', async () => {
    const { applicationsPerMonth: months } = await ask<{ applicationsPerMonth: { month: string; submitted: number }[] }>(
      '{ applicationsPerMonth(schoolYear: 2017) { month submitted } }',
    );
    const busiest = [...months].sort((a, b) => b.submitted - a.submitted)[0]!;
    expect(busiest.month).toBe('2017-09');
    const { submissionsByMandate: m } = await ask<{
      submissionsByMandate: { withMandatePercent: number; bySubmitter: { submitterType: string; percentOfMandated: number }[] };
    }>('{ submissionsByMandate(schoolYear: 2017) { withMandatePercent bySubmitter { submitterType percentOfMandated } } }');
    expect(Math.abs(m.withMandatePercent - 64)).toBeLessThan(5);
    const institution = m.bySubmitter.find((row) => row.submitterType === 'TRAINING_INSTITUTION')!;
    expect(institution.percentOfMandated).toBeGreaterThan(55);
  });

  it('Tabel 15/19/20: mostly OAO, transitional agreements, size class 1-4 the largest, public authorities left out', async () => {
    const { agreementsThatRan: a } = await ask<{
      agreementsThatRan: { total: number; transitional: number; publicAuthorityExcluded: number; byType: { type: string; count: number }[]; bySizeClass: { sizeClass: string; count: number }[] };
    }>('{ agreementsThatRan(schoolYear: 2017) { total transitional publicAuthorityExcluded byType { type count } bySizeClass { sizeClass count } } }');
    expect(a.total).toBeGreaterThan(100);
    const oao = a.byType.find((row) => row.type === 'OAO')!.count;
    expect(share(oao, a.total - a.transitional)).toBeGreaterThan(91.8 - 7);
    expect(a.transitional).toBeGreaterThan(0);
    expect([...a.bySizeClass].sort((x, y) => y.count - x.count)[0]!.sizeClass).toBe('SIZE_1_4');
    expect(a.bySizeClass.reduce((sum, row) => sum + row.count, 0) + a.publicAuthorityExcluded + a.transitional).toBe(a.total);
  });

  it('Tabel 16: of the agreements started in 2017-2018, about 38% running, 25% ended, 36% ended early on 30/6/2018', async () => {
    const { agreementsByStartYearAndStatus: rows } = await ask<{
      agreementsByStartYearAndStatus: { startSchoolYear: number; runningPercent: number; endedPercent: number; endedEarlyPercent: number }[];
    }>('{ agreementsByStartYearAndStatus(measuredOn: "2018-06-30") { startSchoolYear runningPercent endedPercent endedEarlyPercent } }');
    const cohort = rows.find((row) => row.startSchoolYear === 2017)!;
    expect(Math.abs(cohort.runningPercent - 38.9)).toBeLessThan(5);
    expect(Math.abs(cohort.endedPercent - 25.2)).toBeLessThan(5);
    expect(Math.abs(cohort.endedEarlyPercent - 35.9)).toBeLessThan(5);
  });

  it('Tabel 17: learners stopping and hindered progress are the main reasons for early termination', async () => {
    const { earlyTerminationsByReason: rows } = await ask<{ earlyTerminationsByReason: { reason: string; percent: number }[] }>(
      '{ earlyTerminationsByReason(schoolYear: 2017) { reason percent } }',
    );
    const top = rows.slice(0, 2).map((row) => row.reason).sort();
    expect(top).toEqual(['LEARNER_STOPPED_TRAINING', 'PROGRESS_SERIOUSLY_HINDERED']);
    expect(Math.abs(rows[0]!.percent + rows[1]!.percent - 70.2)).toBeLessThan(12);
  });
});
