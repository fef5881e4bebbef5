import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { User } from '@werkplek/auth';
import { demoReferences } from '@werkplek/config';
import { startTestSubgraph, testUsers, type TestSubgraph } from '@werkplek/test-kit';
import type { PrismaClient } from '../src/generated/prisma/client.js';
import { createTrainingSubgraph } from '../src/index.js';
import { seedTrainingCentres } from '../src/seed.js';

const WEST = demoReferences.trainingCentres['syntra-west'];
const LIMBURG = demoReferences.trainingCentres['syntra-limburg'];
/** Fixed ids: `id(n)`. */
const id = (n: number) => `1d000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const d = (value: string) => new Date(`${value}T00:00:00Z`);

/**
 * A small world whose figures are computed by hand in the comments of each test.
 * Tracks: T1 (West, entrepreneurship, start-able 1/9/2017, INNOVATIVE + FLEXIBLE granted 1/6/2017),
 * T2 (Limburg, start-able 1/9/2018, INNOVATIVE granted 1/6/2018), T3 (West, start-able 1/9/2016, INNOVATIVE_REWORK +
 * FLEXIBLE granted 1/6/2017), T4 (West, apprenticeship: never counted in the entrepreneurship indicators).
 */
async function seedIndicatorFixture(prisma: PrismaClient) {
  const [horeca, bouw] = [id(1), id(2)];
  await prisma.sector.createMany({ data: [{ id: horeca, code: 'horeca', name: 'Horeca' }, { id: bouw, code: 'bouw', name: 'Bouw en hout' }] });
  const track = (n: number, centreId: string, type: 'ENTREPRENEURSHIP' | 'APPRENTICESHIP', startableFrom: string) => ({
    id: id(10 + n), code: `T${n}`, name: `Traject ${n}`, type, sectorId: horeca, centreId, durationMonths: 24,
    components: ['PROFESSIONAL_KNOWLEDGE', 'BUSINESS_MANAGEMENT'] as ('PROFESSIONAL_KNOWLEDGE' | 'BUSINESS_MANAGEMENT')[],
    startableFrom: d(startableFrom),
  });
  await prisma.track.createMany({
    data: [track(1, WEST, 'ENTREPRENEURSHIP', '2017-09-01'), track(2, LIMBURG, 'ENTREPRENEURSHIP', '2018-09-01'),
      track(3, WEST, 'ENTREPRENEURSHIP', '2016-09-01'), track(4, WEST, 'APPRENTICESHIP', '2016-09-01')],
  });
  const [T1, T2, T3, T4] = [id(11), id(12), id(13), id(14)];
  await prisma.module.createMany({
    data: [
      { id: id(21), trackId: T1, code: 'BK', name: 'Beroepskennis', component: 'PROFESSIONAL_KNOWLEDGE', hours: 120 },
      { id: id(22), trackId: T1, code: 'BBH', name: 'Bedrijfsbeheer', component: 'BUSINESS_MANAGEMENT', hours: 60 },
      { id: id(23), trackId: T2, code: 'BK', name: 'Beroepskennis', component: 'PROFESSIONAL_KNOWLEDGE', hours: 120 },
      { id: id(24), trackId: T3, code: 'BK', name: 'Beroepskennis', component: 'PROFESSIONAL_KNOWLEDGE', hours: 120 },
      { id: id(25), trackId: T4, code: 'BK', name: 'Beroepskennis', component: 'PROFESSIONAL_KNOWLEDGE', hours: 120 },
    ],
  });
  const course = (n: number, moduleId: string, centreId: string, status: 'REQUESTED' | 'STARTED' | 'CANCELLED', startedOn: string | null) => ({
    id: id(30 + n), moduleId, centreId, courseYear: 2017, requestedOn: d('2017-05-01'), startedOn: startedOn ? d(startedOn) : null, status, capacity: 20,
  });
  await prisma.course.createMany({
    data: [
      course(1, id(21), WEST, 'STARTED', '2017-11-15'), // counts: on 15 November
      course(2, id(22), WEST, 'STARTED', '2017-11-16'), // requested, started too late
      course(3, id(23), LIMBURG, 'STARTED', '2017-10-01'), // counts
      course(4, id(24), WEST, 'REQUESTED', null), // requested, never started
      course(5, id(21), WEST, 'CANCELLED', null), // requested, cancelled
      course(6, id(25), WEST, 'STARTED', '2017-10-01'), // apprenticeship: not counted
    ],
  });
  await prisma.learner.createMany({ data: [1, 2, 3, 4, 5, 6].map((n) => ({ id: id(40 + n), name: `Cursist ${n}` })) });
  const L = (n: number) => id(40 + n);
  const enrolment = (n: number, learner: number, trackId: string, component: 'PROFESSIONAL_KNOWLEDGE' | 'BUSINESS_MANAGEMENT', centreId: string, enrolledOn: string, leftOn: string | null, courseYear = 2017) => ({
    id: id(50 + n), learnerId: L(learner), trackId, component, centreId, courseYear, enrolledOn: d(enrolledOn), leftOn: leftOn ? d(leftOn) : null,
    status: leftOn ? ('WITHDRAWN' as const) : ('ENROLLED' as const),
  });
  await prisma.enrolment.createMany({
    data: [
      enrolment(1, 1, T1, 'PROFESSIONAL_KNOWLEDGE', WEST, '2017-09-15', null),
      enrolment(2, 1, T1, 'BUSINESS_MANAGEMENT', WEST, '2017-09-15', null),
      enrolment(3, 2, T1, 'PROFESSIONAL_KNOWLEDGE', WEST, '2017-09-20', '2018-05-31'), // left 31 May: not on 1 June
      enrolment(4, 3, T1, 'PROFESSIONAL_KNOWLEDGE', WEST, '2017-09-20', '2018-06-02'), // left 2 June: on 1 June
      enrolment(5, 4, T2, 'BUSINESS_MANAGEMENT', LIMBURG, '2018-01-10', null),
      enrolment(6, 5, T4, 'PROFESSIONAL_KNOWLEDGE', WEST, '2017-09-01', null), // apprenticeship
      enrolment(7, 6, T3, 'BUSINESS_MANAGEMENT', WEST, '2018-03-01', '2018-04-01'),
      enrolment(8, 6, T1, 'PROFESSIONAL_KNOWLEDGE', WEST, '2016-09-01', null, 2016), // another course year
    ],
  });
  const certificate = (n: number, type: string, learner: number, trackId: string, centreId: string, examYear: number, issuedOn: string, revokedOn?: string) => ({
    id: id(60 + n), number: `OV-${n}`, type: type as 'ENTREPRENEURSHIP_DIPLOMA', learnerId: L(learner), trackId, centreId, examYear,
    issuedOn: d(issuedOn), issuer: 'AGENCY' as const, revokedOn: revokedOn ? d(revokedOn) : null,
  });
  await prisma.certificate.createMany({
    data: [
      certificate(1, 'PROFESSIONAL_KNOWLEDGE_CERTIFICATE', 1, T1, WEST, 2018, '2018-06-20'),
      certificate(2, 'PROFESSIONAL_KNOWLEDGE_CERTIFICATE', 3, T1, WEST, 2019, '2019-01-15'), // the next exam year
      certificate(3, 'PROFESSIONAL_KNOWLEDGE_CERTIFICATE', 4, T2, LIMBURG, 2018, '2018-01-20'),
      certificate(4, 'BUSINESS_MANAGEMENT_CERTIFICATE', 1, T1, WEST, 2018, '2018-06-20'),
      certificate(5, 'BUSINESS_MANAGEMENT_CERTIFICATE', 4, T2, LIMBURG, 2018, '2018-06-21', '2018-09-01'), // revoked
      certificate(6, 'BUSINESS_MANAGEMENT_CERTIFICATE', 6, T3, WEST, 2018, '2018-06-22'),
      certificate(7, 'ENTREPRENEURSHIP_DIPLOMA', 1, T1, WEST, 2018, '2018-06-20'),
      certificate(8, 'SME_EMPLOYEE_CERTIFICATE', 2, T1, WEST, 2018, '2018-06-20'),
    ],
  });
  await prisma.finalExam.createMany({
    data: [
      { learnerId: L(1), trackId: T1, courseYear: 2015, passedOn: d('2016-06-15') },
      { learnerId: L(2), trackId: T1, courseYear: 2015, passedOn: d('2016-06-20') },
      { learnerId: L(3), trackId: T1, courseYear: 2015, passedOn: d('2016-06-20') },
      { learnerId: L(4), trackId: T1, courseYear: 2015, passedOn: d('2016-06-25') },
      { learnerId: L(5), trackId: T1, courseYear: 2015, passedOn: d('2016-01-10') },
      { learnerId: L(5), trackId: T3, courseYear: 2015, passedOn: d('2016-06-30') }, // the same learner once, from the first
      { learnerId: L(6), trackId: T1, courseYear: 2017, passedOn: d('2018-06-10') },
    ],
  });
  await prisma.selfEmploymentPeriod.createMany({
    data: [
      { learnerId: L(1), startsOn: d('2016-01-01'), endsOn: null },
      { learnerId: L(2), startsOn: d('2017-03-01'), endsOn: d('2017-12-31') },
      { learnerId: L(3), startsOn: d('2017-06-20'), endsOn: null }, // exactly one year after the exam
      { learnerId: L(5), startsOn: d('2018-01-05'), endsOn: null },
    ],
  });
  await prisma.satisfactionSurvey.createMany({
    data: [
      { schoolYear: 2017, focusGroup: 'GENERAL', score: '7.20', respondents: 500 },
      { schoolYear: 2017, focusGroup: 'ESTABLISHMENT_LAW', score: '7.27', respondents: 200 },
      { schoolYear: 2017, focusGroup: 'INNOVATIVE', score: '6.40', respondents: 30 },
      { schoolYear: 2017, focusGroup: 'INNOVATIVE', score: '7.00', respondents: 10 },
      { schoolYear: 2017, focusGroup: 'FLEXIBLE', score: '6.86', respondents: 60 },
      { schoolYear: 2014, sectorId: horeca, score: '7.27', respondents: 80 },
      { schoolYear: 2018, sectorId: horeca, score: '7.60', respondents: 80 },
      { schoolYear: 2015, sectorId: bouw, score: '7.42', respondents: 40 },
    ],
  });
  await prisma.criteriaVersion.create({ data: { id: id(70), code: 'kader-2018', name: 'Kader 2018-19', validFrom: d('2017-01-01') } });
  const round = (n: number, year: number, season: 'APRIL' | 'NOVEMBER') => ({
    id: id(70 + n), year, season, deadline: new Date(`${year}-${season === 'APRIL' ? '04' : '11'}-15T22:00:00Z`), criteriaVersionId: id(70), status: 'DECIDED' as const,
  });
  await prisma.actionPlanRound.createMany({ data: [round(1, 2017, 'APRIL'), round(2, 2018, 'APRIL'), round(3, 2018, 'NOVEMBER')] });
  const grant = (trackId: string, mark: 'INNOVATIVE' | 'INNOVATIVE_REWORK' | 'FLEXIBLE', roundId: string, grantedOn: string) => ({
    trackId, mark, roundId, criteriaVersionId: id(70), grantedOn: d(grantedOn),
  });
  await prisma.trackMarkGrant.createMany({
    data: [
      grant(T1, 'INNOVATIVE', id(71), '2017-06-01'), grant(T1, 'FLEXIBLE', id(71), '2017-06-01'),
      grant(T3, 'INNOVATIVE_REWORK', id(71), '2017-06-01'), grant(T3, 'FLEXIBLE', id(71), '2017-06-01'),
      grant(T2, 'INNOVATIVE', id(72), '2018-06-01'),
    ],
  });
  await prisma.annualActionPlan.createMany({
    data: [
      { id: id(81), centreId: WEST, roundId: id(72), status: 'DECIDED' },
      { id: id(82), centreId: LIMBURG, roundId: id(72), status: 'DECIDED' },
      { id: id(83), centreId: WEST, roundId: id(73), status: 'DECIDED' },
    ],
  });
  const dossier = (n: number, planId: string, advice: 'INNOVATIVE' | 'FLEXIBLE' | 'INNOVATIVE_AND_FLEXIBLE' | 'INNOVATIVE_REWORK' | 'NOT_RECOGNISED' | null) => ({
    id: id(90 + n), planId, kind: advice === 'INNOVATIVE_REWORK' ? ('INNOVATIVE_REWORK' as const) : ('NEW_TRACK' as const),
    title: `Dossier ${n}`, sectorId: bouw, durationMonths: 12, advice,
  });
  await prisma.trainingDossier.createMany({
    data: [
      dossier(1, id(81), 'INNOVATIVE'), dossier(2, id(81), 'INNOVATIVE_AND_FLEXIBLE'), dossier(3, id(82), 'NOT_RECOGNISED'),
      dossier(4, id(82), null), dossier(5, id(83), 'FLEXIBLE'), dossier(6, id(83), 'INNOVATIVE_REWORK'),
    ],
  });
  await prisma.mandateHolder.create({ data: { id: id(100), name: 'Mpiris' } });
  const tender = (n: number, kind: 'TRAINING_OLD_WORK' | 'RESEARCH', status: 'AWARDED' | 'CANCELLED', launchedOn: string) => ({
    id: id(100 + n), topic: `Tender ${n}`, kind, status, launchedOn: d(launchedOn),
  });
  await prisma.tender.createMany({
    data: [tender(1, 'TRAINING_OLD_WORK', 'AWARDED', '2016-01-10'), tender(2, 'TRAINING_OLD_WORK', 'AWARDED', '2016-10-01'),
      tender(3, 'RESEARCH', 'AWARDED', '2018-10-01'), tender(4, 'TRAINING_OLD_WORK', 'AWARDED', '2017-11-01'),
      tender(5, 'TRAINING_OLD_WORK', 'AWARDED', '2016-11-01')],
  });
  const award = (tenderN: number, amountInclVat: string, awardedOn: string) => ({ tenderId: id(100 + tenderN), mandateHolderId: id(100), amountInclVat, awardedOn: d(awardedOn) });
  await prisma.tenderAward.createMany({
    data: [award(1, '1000000.00', '2016-05-10'), award(2, '782517.87', '2016-12-31'), award(3, '250000.00', '2018-11-05'),
      award(4, '240000.00', '2018-01-01'), award(5, '825547.10', '2017-01-01')],
  });
}

let subgraph: TestSubgraph;
const statements: string[] = [];
const clock = new Date('2018-11-05T09:00:00Z');

beforeAll(async () => {
  subgraph = await startTestSubgraph('training', (db) =>
    createTrainingSubgraph({
      ...db,
      seedWith: async (prisma) => {
        await seedTrainingCentres(prisma);
        await seedIndicatorFixture(prisma);
      },
      now: () => clock,
      onQuery: (sql) => statements.push(sql),
    }),
  );
});
afterAll(() => subgraph?.stop());

const RATIO = 'numerator denominator percentage target meetsTarget';
const CERTIFICATES = `query ($courseYear: Int!, $centreId: ID) { certificateRatios(courseYear: $courseYear, centreId: $centreId) {
  courseYear examYear centreId enrolled { onDate learners } professionalKnowledge { ${RATIO} } businessManagement { ${RATIO} } diplomas smeEmployeeCertificates } }`;
const REALISATION = `query ($courseYear: Int!, $centreId: ID) { realisationRate(courseYear: $courseYear, centreId: $centreId) {
  courseYear centreId snapshotOn modules { ${RATIO} } tracks { mark ratio { ${RATIO} } } } }`;
const SATISFACTION = `query ($schoolYear: Int!) { satisfactionIndex(schoolYear: $schoolYear) {
  schoolYear target overall meetsTarget focusGroups { focusGroup score respondents meetsTarget } sectors { sectorName score surveyYear meetsTarget } } }`;
const OUTFLOW = `query ($courseYear: Int!) { outflowToSelfEmployment(courseYear: $courseYear) {
  courseYear passed shares { yearsAfter selfEmployed percentage differencePoints targetPoints meetsTarget } } }`;
const STARTABLE = `query ($onDate: LocalDate!) { startableTracks(onDate: $onDate) { onDate byMark { mark tracks } distinctTracks } }`;
const RECOGNITIONS = `query ($year: Int!) { actionPlanRecognitions(year: $year) {
  year rounds { season dossiers innovative flexible innovativeRework notRecognised pending } } }`;
const BUDGET = `query ($year: Int!) { awardedBudget(year: $year) { year amountInclVat oldWork newWork awards target meetsTarget } }`;

async function run(query: string, variables: Record<string, unknown>, as: User = testUsers.agencyStaff) {
  return subgraph.query<Record<string, Record<string, unknown>>>(query, { variables, as });
}
async function value(query: string, variables: Record<string, unknown>, as: User = testUsers.agencyStaff) {
  const result = await run(query, variables, as);
  expect(result.errors).toBeUndefined();
  return Object.values(result.data!)[0]!;
}
const code = (result: { errors?: readonly { extensions?: Record<string, unknown> }[] }) => result.errors?.[0]?.extensions?.code;
const r = (numerator: number, denominator: number, percentage: number | null, target: number | null) => ({
  numerator, denominator, percentage, target, meetsTarget: percentage === null || target === null ? null : percentage >= target,
});

describe('§5.5 certificate ratios', () => {
  it('§5.5: getuigschriften beroepskennis of exam year 2018 ÷ enrolled on 1 June 2018; BBH certificates ÷ BBH enrolments', async () => {
    // Enrolled (distinct learners, entrepreneurship tracks, course year 2017): 1 Oct 2017: L1, L2, L3 = 3;
    // 1 Feb 2018: + L4 = 4; 1 June 2018: L1, L3 (left 2 June), L4 = 3 (L2 left 31 May).
    // BK certificates exam year 2018: K1 (L1), K3 (L4) = 2 (K2 is of exam year 2019) → 2 / 3 = 66.7 %.
    // BBH certificates 2018: K4, K6 = 2 (K5 revoked); BBH enrolments: E2, E5, E7 = 3 → 66.7 %.
    const ratios = await value(CERTIFICATES, { courseYear: 2017 });
    expect(ratios).toEqual({
      courseYear: 2017,
      examYear: 2018,
      centreId: null,
      enrolled: [{ onDate: '2017-10-01', learners: 3 }, { onDate: '2018-02-01', learners: 4 }, { onDate: '2018-06-01', learners: 3 }],
      professionalKnowledge: r(2, 3, 66.7, 25),
      businessManagement: r(2, 3, 66.7, 55),
      diplomas: 1,
      smeEmployeeCertificates: 1,
    });
  });

  it('§2.4: an enrolment that left on 31 May is not counted on 1 June; one that left on 2 June is', async () => {
    // Syntra West only: 1 June: L1, L3 = 2 (L2 left 31 May, L3 left 2 June); BK: K1 = 1 → 50.0 %; BBH: K4, K6 ÷ E2, E7 = 100.0 %.
    const ratios = (await value(CERTIFICATES, { courseYear: 2017, centreId: WEST })) as { enrolled: { learners: number }[]; professionalKnowledge: unknown; businessManagement: unknown };
    expect(ratios.enrolled.map((e) => e.learners)).toEqual([3, 3, 2]);
    expect(ratios.professionalKnowledge).toEqual(r(1, 2, 50, 25));
    expect(ratios.businessManagement).toEqual(r(2, 2, 100, 55));
  });

  it('§2.5: a certificate is counted in its exam year: issued in 2019 it belongs to course year 2018-19', async () => {
    // Course year 2018: exam year 2019 has K2 only; no enrolments in course year 2018 → percentage empty.
    const ratios = (await value(CERTIFICATES, { courseYear: 2018 })) as { professionalKnowledge: unknown };
    expect(ratios.professionalKnowledge).toEqual(r(1, 0, null, 25));
  });

  it('§5.5 is two aggregate statements in PostgreSQL, whatever the number of rows', async () => {
    statements.length = 0;
    await value(CERTIFICATES, { courseYear: 2017 });
    expect(statements.filter((sql) => /"enrolment"|"certificate"/.test(sql))).toHaveLength(2);
  });
});

describe('§2.7 / §5.8 realisation rate', () => {
  it('§2.7: a course started on 15 November counts as realised, one started on 16 November does not', async () => {
    // Requested 2017 (entrepreneurship): C1..C5 = 5; started by 15 Nov: C1 (15 Nov), C3 = 2 → 40.0 % (target 80 %).
    // Track level (1 Sep 2017): innovative T1, started (C1) → 1/1; rework T3, C4 never started → 0/1; flexible T1, T3 → 1/2.
    const rate = await value(REALISATION, { courseYear: 2017 });
    expect(rate).toEqual({
      courseYear: 2017,
      centreId: null,
      snapshotOn: '2017-11-15',
      modules: r(2, 5, 40, 80),
      tracks: [
        { mark: 'INNOVATIVE', ratio: r(1, 1, 100, 90) },
        { mark: 'INNOVATIVE_REWORK', ratio: r(0, 1, 0, 90) },
        { mark: 'FLEXIBLE', ratio: r(1, 2, 50, 90) },
      ],
    });
  });

  it('§5.8: the target is 80 % up to 2017-18 and 75 % from 2018-19 (JOP 2019)', async () => {
    const rate = (await value(REALISATION, { courseYear: 2018 })) as { modules: unknown };
    expect(rate.modules).toEqual(r(0, 0, null, 75));
  });

  it('§2.7 per centre: a centre user sees their own centre by default, and no other', async () => {
    // Syntra West: C1, C2, C4, C5 requested; C1 started by 15 Nov → 25.0 %.
    const own = (await value(REALISATION, { courseYear: 2017 }, testUsers.centreUser(WEST))) as { centreId: string; modules: unknown };
    expect(own.centreId).toBe(WEST);
    expect(own.modules).toEqual(r(1, 4, 25, 80));
    const limburg = (await value(REALISATION, { courseYear: 2017, centreId: LIMBURG }, testUsers.inspector)) as { modules: unknown };
    expect(limburg.modules).toEqual(r(1, 1, 100, 80));
    expect(code(await run(REALISATION, { courseYear: 2017, centreId: LIMBURG }, testUsers.centreUser(WEST)))).toBe('FORBIDDEN');
    expect(code(await run(CERTIFICATES, { courseYear: 2017, centreId: LIMBURG }, testUsers.centreUser(WEST)))).toBe('FORBIDDEN');
  });
});

describe('§5.7 satisfaction', () => {
  it('§5.7: 2017-18 overall and per focus group vs 7.5; per sector the latest survey up to the school year', async () => {
    // Innovative: (6.40 × 30 + 7.00 × 10) / 40 = 6.55. Horeca: the 2014 survey (the 2018 one is later); Bouw en hout 2015.
    const index = await value(SATISFACTION, { schoolYear: 2017 });
    expect(index).toEqual({
      schoolYear: 2017,
      target: 7.5,
      overall: 7.2,
      meetsTarget: false,
      focusGroups: [
        // In the order of the focus groups: general, establishment law, innovative, flexible.
        { focusGroup: 'GENERAL', score: 7.2, respondents: 500, meetsTarget: false },
        { focusGroup: 'ESTABLISHMENT_LAW', score: 7.27, respondents: 200, meetsTarget: false },
        { focusGroup: 'INNOVATIVE', score: 6.55, respondents: 40, meetsTarget: false },
        { focusGroup: 'FLEXIBLE', score: 6.86, respondents: 60, meetsTarget: false },
      ],
      sectors: [
        { sectorName: 'Horeca', score: 7.27, surveyYear: 2014, meetsTarget: false },
        { sectorName: 'Bouw en hout', score: 7.42, surveyYear: 2015, meetsTarget: false },
      ],
    });
  });

  it('§5.7: without a general focus group the index is the weighted mean of the year’s sector surveys', async () => {
    const index = (await value(SATISFACTION, { schoolYear: 2018 })) as { overall: number; meetsTarget: boolean };
    expect(index.overall).toBe(7.6); // Horeca 2018 only
    expect(index.meetsTarget).toBe(true);
  });
});

describe('§2.8 / §5.6 outflow to self-employment', () => {
  it('§2.8: shares self-employed at the exam date, +1 and +2 years, and the difference in points vs +8 / +12', async () => {
    // Cohort 2015-16: L1 … L5 = 5 (L5 once, from 10/1/2016). At the exam: L1 = 20.0 %.
    // +1 year: L1, L2 (1/3–31/12/2017), L3 (starts exactly on the anniversary) = 60.0 % → +40.0 pp.
    // +2 years: L1, L3, L5 (from 5/1/2018, anniversary 10/1/2018) = 60.0 % → +40.0 pp (L2 ended 31/12/2017).
    const outflow = await value(OUTFLOW, { courseYear: 2015 });
    expect(outflow).toEqual({
      courseYear: 2015,
      passed: 5,
      shares: [
        { yearsAfter: 0, selfEmployed: 1, percentage: 20, differencePoints: null, targetPoints: null, meetsTarget: null },
        { yearsAfter: 1, selfEmployed: 3, percentage: 60, differencePoints: 40, targetPoints: 8, meetsTarget: true },
        { yearsAfter: 2, selfEmployed: 3, percentage: 60, differencePoints: 40, targetPoints: 12, meetsTarget: true },
      ],
    });
  });

  it('§2.8: a share is empty while a year has not passed since the cohort’s last exam (today 5/11/2018)', async () => {
    const outflow = (await value(OUTFLOW, { courseYear: 2017 })) as { passed: number; shares: { percentage: number | null }[] };
    expect(outflow.passed).toBe(1);
    expect(outflow.shares.map((s) => s.percentage)).toEqual([0, null, null]);
  });
});

describe('§5.4 start-able tracks, §6.5 recognitions, §5.10 budget', () => {
  it('§5.4: tracks start-able on 1 September per mark; one track may count for several marks', async () => {
    expect(await value(STARTABLE, { onDate: '2017-09-01' })).toEqual({
      onDate: '2017-09-01',
      byMark: [{ mark: 'INNOVATIVE', tracks: 1 }, { mark: 'INNOVATIVE_REWORK', tracks: 1 }, { mark: 'FLEXIBLE', tracks: 2 }],
      distinctTracks: 2,
    });
    // 1 Sep 2018: T2 becomes start-able with its 2018 innovative mark.
    const later = (await value(STARTABLE, { onDate: '2018-09-01' })) as { byMark: { tracks: number }[]; distinctTracks: number };
    expect(later.byMark.map((m) => m.tracks)).toEqual([2, 1, 2]);
    expect(later.distinctTracks).toBe(3);
  });

  it('§6.5: (non-)recognitions per round from the dossiers’ advice', async () => {
    expect(await value(RECOGNITIONS, { year: 2018 })).toEqual({
      year: 2018,
      rounds: [
        { season: 'APRIL', dossiers: 4, innovative: 2, flexible: 1, innovativeRework: 0, notRecognised: 1, pending: 1 },
        { season: 'NOVEMBER', dossiers: 2, innovative: 0, flexible: 1, innovativeRework: 1, notRecognised: 0, pending: 0 },
      ],
    });
  });

  it('§5.10: the awarded budget per calendar year (2016: € 1,782,517.87 incl. 31 December) vs the 2018 target', async () => {
    expect(await value(BUDGET, { year: 2016 })).toEqual({
      year: 2016, amountInclVat: 1_782_517.87, oldWork: 1_782_517.87, newWork: 0, awards: 2, target: null, meetsTarget: null,
    });
    expect(await value(BUDGET, { year: 2017 })).toMatchObject({ amountInclVat: 825_547.1, awards: 1 });
    expect(await value(BUDGET, { year: 2018 })).toEqual({
      year: 2018, amountInclVat: 490_000, oldWork: 240_000, newWork: 250_000, awards: 2, target: 1_700_000, meetsTarget: false,
    });
  });
});

describe('indicators: roles and input', () => {
  it('agency-wide indicators refuse centre users and the dual-learning roles; inspectors read them', async () => {
    const queries: [string, Record<string, unknown>][] = [
      [SATISFACTION, { schoolYear: 2017 }], [OUTFLOW, { courseYear: 2015 }], [STARTABLE, { onDate: '2017-09-01' }],
      [RECOGNITIONS, { year: 2018 }], [BUDGET, { year: 2018 }],
    ];
    for (const [query, variables] of queries) {
      expect((await run(query, variables, testUsers.inspector)).errors).toBeUndefined();
      expect(code(await run(query, variables, testUsers.centreUser(WEST)))).toBe('FORBIDDEN');
      expect(code(await run(query, variables, testUsers.schoolUser))).toBe('FORBIDDEN');
    }
    expect(code(await run(CERTIFICATES, { courseYear: 2017 }, testUsers.partnershipStaff(id(999))))).toBe('FORBIDDEN');
    expect(code(await run(REALISATION, { courseYear: 2017 }, testUsers.companyUser(id(998))))).toBe('FORBIDDEN');
  });

  it('bad input: a year outside 2000–2100', async () => {
    expect(code(await run(CERTIFICATES, { courseYear: 1800 }))).toBe('BAD_USER_INPUT');
    expect(code(await run(BUDGET, { year: 3000 }))).toBe('BAD_USER_INPUT');
  });
});
