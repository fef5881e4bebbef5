import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestSubgraph, testUsers, type TestSubgraph } from '@werkplek/test-kit';
import { createDualLearningSubgraph } from '../src/index.js';
import { ids, seedAnnualReportFixture } from './fixtures/annual-report.js';

// The fixture's rows and the hand counts below: see test/fixtures/annual-report.ts. School year 2017 = 2017-2018.

let subgraph: TestSubgraph;

beforeAll(async () => {
  subgraph = await startTestSubgraph('dual-learning', (db) =>
    createDualLearningSubgraph({ ...db, seedWith: seedAnnualReportFixture, now: () => new Date('2018-07-15T09:00:00Z') }),
  );
});
afterAll(() => subgraph?.stop());

async function ask<T>(query: string, variables: Record<string, unknown>, as = testUsers.agencyStaff as Parameters<TestSubgraph['query']>[1] extends infer O ? O extends { as?: infer U } ? U : never : never): Promise<T> {
  const result = await subgraph.query<T>(query, { variables, as });
  expect(result.errors).toBeUndefined();
  return result.data!;
}

const PER_MONTH = 'query ($y: Int!) { applicationsPerMonth(schoolYear: $y) { month submitted approved rejected } }';
const DECISIONS = `query ($y: Int!) { decisionsPerPartnership(schoolYear: $y) {
  rows { partnershipCode partnershipKind rejected approved withdrawn total sharePercent rejectionRatePercent }
  subtotals { partnershipCode partnershipKind rejected approved withdrawn total sharePercent rejectionRatePercent }
  total { partnershipCode partnershipKind rejected approved withdrawn total sharePercent rejectionRatePercent } } }`;
const ACTIONS = `query ($y: Int!) { handlingActionsPerPartnership(schoolYear: $y) {
  partnershipCode handled administrativeCheckPercent companyContactPercent siteVisitPercent externalAdvicePercent } }`;
const REASONS = `query ($y: Int!, $p: Boolean) { rejectionReasons(schoolYear: $y, byPartnership: $p) {
  month partnershipCode reason count percent } }`;
const HANDLING_TIME = `query ($y: Int!) { handlingTime(schoolYear: $y) {
  partnershipCode decided withinTerm late withinTermPercent medianDays averageDays } }`;
const MANDATE = `query ($y: Int!) { submissionsByMandate(schoolYear: $y) {
  total withMandate withoutMandate withMandatePercent withoutMandatePercent bySubmitter { submitterType count percentOfMandated } } }`;
const RAN = `query ($y: Int!) { agreementsThatRan(schoolYear: $y) {
  total transitional publicAuthorityExcluded byType { type count } byPartnership { partnershipCode count }
  bySizeClass { sizeClass count } } }`;
const START_YEAR = `query ($d: LocalDate!) { agreementsByStartYearAndStatus(measuredOn: $d) {
  startSchoolYear schoolYearLabel running ended endedEarly total runningPercent endedPercent endedEarlyPercent } }`;
const TERMINATIONS = 'query ($y: Int!) { earlyTerminationsByReason(schoolYear: $y) { reason count percent } }';

describe('annual report: applications (Tabel 6, 7/8, 9, 10/11, 12)', () => {
  it('BR-33 Tabel 6: submitted by month of submission, approved/rejected by month of decision, 1 July – 30 June', async () => {
    const data = await ask<{ applicationsPerMonth: { month: string; submitted: number; approved: number; rejected: number }[] }>(
      PER_MONTH,
      { y: 2017 },
    );
    // Submitted: A5 (26/6/2017) belongs to 2016-2017; Sep A1 A2, Oct A3 A4, Nov A7 A8, Jan A9, Mar A10, Jun A6.
    // Approved by decision month: Jul A5 (3/7/2017), Sep A1, Oct A3, Mar A10. Rejected: Sep A2, Nov A7 A8;
    // A6 decided 2/7/2018 belongs to 2018-2019.
    expect(data.applicationsPerMonth).toEqual([
      { month: '2017-07', submitted: 0, approved: 1, rejected: 0 },
      { month: '2017-08', submitted: 0, approved: 0, rejected: 0 },
      { month: '2017-09', submitted: 2, approved: 1, rejected: 1 },
      { month: '2017-10', submitted: 2, approved: 1, rejected: 0 },
      { month: '2017-11', submitted: 2, approved: 0, rejected: 2 },
      { month: '2017-12', submitted: 0, approved: 0, rejected: 0 },
      { month: '2018-01', submitted: 1, approved: 0, rejected: 0 },
      { month: '2018-02', submitted: 0, approved: 0, rejected: 0 },
      { month: '2018-03', submitted: 1, approved: 1, rejected: 0 },
      { month: '2018-04', submitted: 0, approved: 0, rejected: 0 },
      { month: '2018-05', submitted: 0, approved: 0, rejected: 0 },
      { month: '2018-06', submitted: 1, approved: 0, rejected: 0 },
    ]);
  });

  it('Tabel 12: handled applications per partnership and status, with SP and VP subtotals and shares', async () => {
    const data = await ask<{ decisionsPerPartnership: Record<string, unknown> }>(DECISIONS, { y: 2017 });
    // Handled in 2017-2018: Bouw A1 A3 approved, A2 rejected, A4 withdrawn = 4; Horeca A5 approved, A7 rejected = 2
    // (A6 decided in 2018-2019); VP A8 rejected, A10 approved = 2 (A9 still open). Grand total 8.
    // Shares 4/8 = 50.0, 2/8 = 25.0; SP subtotal 6/8 = 75.0; rejection rates 1/4 = 25.0, 1/2 = 50.0, SP 2/6 = 33.3,
    // total 3/8 = 37.5.
    expect(data.decisionsPerPartnership).toEqual({
      rows: [
        { partnershipCode: 'sp-bouw', partnershipKind: 'SECTORAL', rejected: 1, approved: 2, withdrawn: 1, total: 4, sharePercent: 50, rejectionRatePercent: 25 },
        { partnershipCode: 'sp-horeca', partnershipKind: 'SECTORAL', rejected: 1, approved: 1, withdrawn: 0, total: 2, sharePercent: 25, rejectionRatePercent: 50 },
        { partnershipCode: 'vp', partnershipKind: 'FLEMISH', rejected: 1, approved: 1, withdrawn: 0, total: 2, sharePercent: 25, rejectionRatePercent: 50 },
      ],
      subtotals: [
        { partnershipCode: null, partnershipKind: 'SECTORAL', rejected: 2, approved: 3, withdrawn: 1, total: 6, sharePercent: 75, rejectionRatePercent: 33.3 },
        { partnershipCode: null, partnershipKind: 'FLEMISH', rejected: 1, approved: 1, withdrawn: 0, total: 2, sharePercent: 25, rejectionRatePercent: 50 },
      ],
      total: { partnershipCode: null, partnershipKind: null, rejected: 3, approved: 4, withdrawn: 1, total: 8, sharePercent: 100, rejectionRatePercent: 37.5 },
    });
  });

  it('Tabel 9: share of handled applications with each action, an action taken twice counting once', async () => {
    const data = await ask<{ handlingActionsPerPartnership: unknown[] }>(ACTIONS, { y: 2017 });
    // Bouw (4 handled): admin A1 (twice) A2 A3 = 3/4 = 75.0; contact A1 = 25.0; visit 0; external A3 = 25.0.
    // Horeca (A5, A7): admin, contact, visit 2/2 = 100.0; external 0. VP (A8, A10): admin 100.0, contact A10 50.0,
    // visit A8 50.0, external 0.
    expect(data.handlingActionsPerPartnership).toEqual([
      { partnershipCode: 'sp-bouw', handled: 4, administrativeCheckPercent: 75, companyContactPercent: 25, siteVisitPercent: 0, externalAdvicePercent: 25 },
      { partnershipCode: 'sp-horeca', handled: 2, administrativeCheckPercent: 100, companyContactPercent: 100, siteVisitPercent: 100, externalAdvicePercent: 0 },
      { partnershipCode: 'vp', handled: 2, administrativeCheckPercent: 100, companyContactPercent: 50, siteVisitPercent: 50, externalAdvicePercent: 0 },
    ]);
  });

  it('BR-08 Tabel 10: rejection reasons per month of decision, then the year total per reason', async () => {
    const data = await ask<{ rejectionReasons: unknown[] }>(REASONS, { y: 2017, p: false });
    // Rejected in 2017-2018: A2 Sep equipment, A7 Nov equipment, A8 Nov no mentor (A6 is 2018-2019).
    // Year: equipment 2/3 = 66.7, no mentor 1/3 = 33.3.
    expect(data.rejectionReasons).toEqual([
      { month: '2017-09', partnershipCode: null, reason: 'INSUFFICIENT_EQUIPMENT', count: 1, percent: 100 },
      { month: '2017-11', partnershipCode: null, reason: 'INSUFFICIENT_EQUIPMENT', count: 1, percent: 50 },
      { month: '2017-11', partnershipCode: null, reason: 'NO_QUALIFYING_MENTOR', count: 1, percent: 50 },
      { month: null, partnershipCode: null, reason: 'INSUFFICIENT_EQUIPMENT', count: 2, percent: 66.7 },
      { month: null, partnershipCode: null, reason: 'NO_QUALIFYING_MENTOR', count: 1, percent: 33.3 },
    ]);
  });

  it('BR-08 Tabel 11: rejection reasons per partnership, then the year total per reason', async () => {
    const data = await ask<{ rejectionReasons: unknown[] }>(REASONS, { y: 2017, p: true });
    expect(data.rejectionReasons).toEqual([
      { month: null, partnershipCode: 'sp-bouw', reason: 'INSUFFICIENT_EQUIPMENT', count: 1, percent: 100 },
      { month: null, partnershipCode: 'sp-horeca', reason: 'INSUFFICIENT_EQUIPMENT', count: 1, percent: 100 },
      { month: null, partnershipCode: 'vp', reason: 'NO_QUALIFYING_MENTOR', count: 1, percent: 100 },
      { month: null, partnershipCode: null, reason: 'INSUFFICIENT_EQUIPMENT', count: 2, percent: 66.7 },
      { month: null, partnershipCode: null, reason: 'NO_QUALIFYING_MENTOR', count: 1, percent: 33.3 },
    ]);
  });

  it('BR-01: a decision on day 14 is within the term, on day 15 late; median and average days', async () => {
    const data = await ask<{ handlingTime: unknown[] }>(HANDLING_TIME, { y: 2017 });
    // Bouw: A1 day 14 (within), A2 day 15 (late), A3 day 3 → 2 of 3 = 66.7; median of 3, 14, 15 = 14; average 32/3 = 10.7.
    // Horeca: A5 7, A7 4 → both within; median = average = 5.5. VP: A8 21 (late), A10 7 → median = average = 14.
    // The withdrawal A4 is no decision.
    expect(data.handlingTime).toEqual([
      { partnershipCode: 'sp-bouw', decided: 3, withinTerm: 2, late: 1, withinTermPercent: 66.7, medianDays: 14, averageDays: 10.7 },
      { partnershipCode: 'sp-horeca', decided: 2, withinTerm: 2, late: 0, withinTermPercent: 100, medianDays: 5.5, averageDays: 5.5 },
      { partnershipCode: 'vp', decided: 2, withinTerm: 1, late: 1, withinTermPercent: 50, medianDays: 14, averageDays: 14 },
    ]);
  });

  it('BR-07/BR-14 Tabel 7/8: submissions with and without mandate, and who submitted under mandate', async () => {
    const data = await ask<{ submissionsByMandate: unknown }>(MANDATE, { y: 2017 });
    // Submitted in 2017-2018: A1 A2 A3 A4 A6 A7 A8 A9 A10 = 9; company A1 A7 A10 = 3 (33.3); mandated 6 (66.7):
    // unknown A8 1/6 = 16.7, training institution A2 A3 A9 3/6 = 50.0, SP A6 16.7, workplace coach A4 16.7.
    expect(data.submissionsByMandate).toEqual({
      total: 9,
      withMandate: 6,
      withoutMandate: 3,
      withMandatePercent: 66.7,
      withoutMandatePercent: 33.3,
      bySubmitter: [
        { submitterType: 'UNKNOWN', count: 1, percentOfMandated: 16.7 },
        { submitterType: 'TRAINING_INSTITUTION', count: 3, percentOfMandated: 50 },
        { submitterType: 'SECTORAL_PARTNERSHIP', count: 1, percentOfMandated: 16.7 },
        { submitterType: 'WORKPLACE_COACH', count: 1, percentOfMandated: 16.7 },
      ],
    });
  });
});

describe('annual report: agreements (Tabel 15, 16, 17, 19, 20)', () => {
  it('BR-33 Tabel 15/19/20: ran at least one day; ended 30 June and starting 1 July fall outside, public authority left out of size classes', async () => {
    const data = await ask<{ agreementsThatRan: unknown }>(RAN, { y: 2017 });
    // G1 ended 30/6/2017 and G2 starts 1/7/2018: out. G10 ended 2016. Ran: G3 (ended 1/7/2017), G4, G5 (starts
    // 30/6/2018), G6, G7, G8, G9 = 7. Transitional (no recognition): G8. By type (enum order): OAO G3 G6 G9 = 3,
    // OAO_STAGE G5, DA_SM G7, DA G4, TRANSITIONAL G8. Per partnership (recognised): Bouw G3 G7 G9 = 3, Horeca G4 G5
    // = 2, VP G6 = 1. Size classes (recognised, not public): 1-4 G4 G5 = 2, 10-19 G3 G9 = 2, unknown (no company) G7 = 1;
    // G6 at Gemeente Zonnebeke is excluded.
    expect(data.agreementsThatRan).toEqual({
      total: 7,
      transitional: 1,
      publicAuthorityExcluded: 1,
      byType: [
        { type: 'OAO', count: 3 },
        { type: 'OAO_STAGE', count: 1 },
        { type: 'DA_SM', count: 1 },
        { type: 'DA', count: 1 },
        { type: 'TRANSITIONAL', count: 1 },
      ],
      byPartnership: [
        { partnershipCode: 'sp-bouw', count: 3 },
        { partnershipCode: 'sp-horeca', count: 2 },
        { partnershipCode: 'vp', count: 1 },
      ],
      bySizeClass: [
        { sizeClass: 'SIZE_1_4', count: 2 },
        { sizeClass: 'SIZE_10_19', count: 2 },
        { sizeClass: 'UNKNOWN', count: 1 },
      ],
    });
    // 2016-2017: G1, G3, G8, G10 (ended 1/12/2016) ran; G7 and G4 started later.
    const previous = await ask<{ agreementsThatRan: { total: number } }>(RAN, { y: 2016 });
    expect(previous.agreementsThatRan.total).toBe(4);
  });

  it('BR-33 Tabel 16: status as of the measurement date, by school year of start', async () => {
    const data = await ask<{ agreementsByStartYearAndStatus: unknown[] }>(START_YEAR, { d: '2018-06-30' });
    // Started by 30/6/2018 (G2 not). 2017-2018: G4 G5 running, G7 ended (30/6 = the date), G6 G9 ended early → 5:
    // 40.0 / 20.0 / 40.0. 2016-2017: G1 ended, G8 ended (planned end reached, status not yet updated), G3 ended early
    // → 3: 0 / 66.7 / 33.3. 2015-2016: G10 ended early.
    expect(data.agreementsByStartYearAndStatus).toEqual([
      { startSchoolYear: 2017, schoolYearLabel: '2017-2018', running: 2, ended: 1, endedEarly: 2, total: 5, runningPercent: 40, endedPercent: 20, endedEarlyPercent: 40 },
      { startSchoolYear: 2016, schoolYearLabel: '2016-2017', running: 0, ended: 2, endedEarly: 1, total: 3, runningPercent: 0, endedPercent: 66.7, endedEarlyPercent: 33.3 },
      { startSchoolYear: 2015, schoolYearLabel: '2015-2016', running: 0, ended: 0, endedEarly: 1, total: 1, runningPercent: 0, endedPercent: 0, endedEarlyPercent: 100 },
    ]);
    // As of 31/12/2017, G6 (ended early 15/2/2018) and G9 (30/6/2018) were still running; G5 had not started.
    const earlier = await ask<{ agreementsByStartYearAndStatus: { startSchoolYear: number; running: number; total: number }[] }>(
      START_YEAR,
      { d: '2017-12-31' },
    );
    expect(earlier.agreementsByStartYearAndStatus[0]).toMatchObject({ startSchoolYear: 2017, running: 4, total: 4 });
  });

  it('BR-34 Tabel 17: early terminations within the school year by reason, all start years', async () => {
    const data = await ask<{ earlyTerminationsByReason: unknown[] }>(TERMINATIONS, { y: 2017 });
    // Ended early 1/7/2017 – 30/6/2018: G3 (1/7/2017) and G9 (30/6/2018) learner stopped, G6 force majeure; G10 is 2016.
    expect(data.earlyTerminationsByReason).toEqual([
      { reason: 'LEARNER_STOPPED_TRAINING', count: 2, percent: 66.7 },
      { reason: 'FORCE_MAJEURE', count: 1, percent: 33.3 },
    ]);
  });
});

describe('annual report: who may read it', () => {
  it('lets inspectors read everything', async () => {
    const data = await ask<{ decisionsPerPartnership: { total: { total: number } } }>(DECISIONS, { y: 2017 }, testUsers.inspector);
    expect(data.decisionsPerPartnership.total.total).toBe(8);
  });

  it("restricts partnership staff to their own partnership's rows", async () => {
    const bouw = testUsers.partnershipStaff(ids.bouw);
    const decisions = await ask<{ decisionsPerPartnership: { rows: { partnershipCode: string }[]; total: { total: number; sharePercent: number } } }>(
      DECISIONS,
      { y: 2017 },
      bouw,
    );
    expect(decisions.decisionsPerPartnership.rows.map((row) => row.partnershipCode)).toEqual(['sp-bouw']);
    expect(decisions.decisionsPerPartnership.total).toMatchObject({ total: 4, sharePercent: 100 });
    const mandate = await ask<{ submissionsByMandate: { total: number } }>(MANDATE, { y: 2017 }, bouw);
    expect(mandate.submissionsByMandate.total).toBe(4); // A1 A2 A3 A4
    const ran = await ask<{ agreementsThatRan: { total: number; transitional: number } }>(RAN, { y: 2017 }, testUsers.partnershipStaff(ids.horeca));
    expect(ran.agreementsThatRan).toMatchObject({ total: 2, transitional: 0 }); // G4 G5
  });

  it('refuses companies, schools, training centres and anonymous callers', async () => {
    for (const user of [testUsers.companyUser(ids.companyClaeys), testUsers.schoolUser, testUsers.centreUser(ids.vp)]) {
      for (const [query, variables] of [[DECISIONS, { y: 2017 }], [START_YEAR, { d: '2018-06-30' }]] as const) {
        const result = await subgraph.query(query, { variables, as: user });
        expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      }
    }
    const anonymous = await subgraph.query(PER_MONTH, { variables: { y: 2017 } });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('rejects a school year out of range and an impossible measurement date', async () => {
    const year = await subgraph.query(PER_MONTH, { variables: { y: 17 }, as: testUsers.agencyStaff });
    expect(year.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const day = await subgraph.query(START_YEAR, { variables: { d: '2018-02-30' }, as: testUsers.agencyStaff });
    expect(day.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
