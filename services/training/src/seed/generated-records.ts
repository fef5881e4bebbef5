import { createHash } from 'node:crypto';
import type { PrismaClient } from '../generated/prisma/client.js';
import type { CertificateType, SurveyFocusGroup } from '../generated/prisma/enums.js';

/**
 * Generated demonstration records whose totals follow the business plan's tables (§5 of the digest),
 * **scaled down by 1:100** (24,393 enrolled on 1 October 2017 → 244): courses, learners, enrolments, certificates,
 * final exams and self-employment periods, satisfaction surveys, tenders and awards.
 *
 * Deterministic (mulberry32 with a fixed seed, ids hashed from names) and fast (bulk `createMany`). Idempotent: does
 * nothing when enrolments already exist, nor when the reference data (the offer module's tracks) is absent.
 */

/** Course years 2014-15 … 2017-18 by their first calendar year. */
export const generatedCourseYears = [2014, 2015, 2016, 2017] as const;

/** §5.5 scaled 1:100 (rounded): per course year. */
export const scaledEnrolmentTable = {
  october: [284, 276, 264, 244],
  february: [337, 324, 312, 285],
  june: [358, 343, 331, 300],
  diplomas: [38, 35, 30, 24],
  professionalKnowledge: [91, 82, 77, 66],
  smeEmployee: [23, 23, 21, 17],
  businessManagement: [45, 43, 35, 23],
  businessManagementEnrolments: [61, 61, 55, 40],
} as const;

/** §5.8: 71 % realised in 2017-18; the earlier values are chart-only in the source (illustrative, declining). */
export const generatedRealisationRates = [0.78, 0.76, 0.74, 0.71] as const;

/** §5.6, OT cohorts scaled 1:100: passed, and the shares self-employed at the exam, after 1 and 2 years (null: not yet known). */
export const outflowTable: { courseYear: number; passed: number; shares: [number, number | null, number | null] }[] = [
  { courseYear: 2012, passed: 110, shares: [18.1, 26.3, 30.8] },
  { courseYear: 2013, passed: 108, shares: [16.7, 25.1, 30.1] },
  { courseYear: 2014, passed: 118, shares: [21.3, 28.5, 33.0] },
  { courseYear: 2015, passed: 115, shares: [21.4, 29.2, null] },
  { courseYear: 2016, passed: 108, shares: [22.5, null, null] },
];

/** §5.7: the latest score per sector with its survey year (schooljaar, 2016 = 16-17). */
export const sectorScoreTable: [string, number, number][] = [
  ['Talen en redactie', 6.54, 2016],
  ['Ontwerpen', 6.64, 2016],
  ['Administratie en onthaal', 6.75, 2014],
  ['Dieren', 6.87, 2014],
  ['Verkoop en marketing', 6.95, 2016],
  ['Elektriciteit', 7.06, 2015],
  ['Gezondheid en sport', 7.06, 2015],
  ['Vastgoed', 7.07, 2014],
  ['Groensector', 7.09, 2014],
  ['Financiën en verzekeringen', 7.11, 2015],
  ['Veiligheid en milieu', 7.16, 2015],
  ['Informatica', 7.17, 2016],
  ['Voeding', 7.19, 2015],
  ['Grafische en audiovisuele technieken', 7.22, 2016],
  ['Management en bedrijfsbeheer', 7.23, 2016],
  ['Technologie voor medische diagnostiek', 7.24, 2014],
  ['Horeca', 7.27, 2014],
  ['Toerisme en recreatie', 7.27, 2014],
  ['Cultuur en podiumkunsten', 7.32, 2016],
  ['Bouw en hout', 7.42, 2015],
  ['Voertuigen en metaal', 7.45, 2016],
  ['Personenverzorging', 7.48, 2014],
  ['Mode en kledij', 7.81, 2015],
  ['Transport en logistiek', 7.86, 2015],
  ['Kunst, antiek en ambachten', 7.88, 2015],
];

/** §5.7: 2017-18 by focus group, and the general index of 2014-15 and 2016-17 (7.2). */
const focusGroupTable: [number, SurveyFocusGroup, number][] = [
  [2014, 'GENERAL', 7.2],
  [2016, 'GENERAL', 7.2],
  [2017, 'GENERAL', 7.2],
  [2017, 'ESTABLISHMENT_LAW', 7.27],
  [2017, 'INNOVATIVE', 6.4],
  [2017, 'FLEXIBLE', 6.86],
];

/** The seeded PRNG (mulberry32). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function generatedId(name: string): string {
  const hex = createHash('sha256').update(`werkplek:training:generated:${name}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

const DAY = 24 * 60 * 60 * 1000;
const utc = (year: number, month: number, day: number) => new Date(Date.UTC(year, month - 1, day));
const plusDays = (date: Date, days: number) => new Date(date.getTime() + days * DAY);
const plusYears = (date: Date, years: number) => utc(date.getUTCFullYear() + years, date.getUTCMonth() + 1, date.getUTCDate());

const firstNames = ['Lotte', 'Jens', 'Sofie', 'Pieter', 'Elke', 'Wout', 'Nele', 'Bram', 'Hanne', 'Tom', 'Fien', 'Arne', 'Lien', 'Koen', 'Ines', 'Ruben', 'Marie', 'Stijn', 'Eline', 'Dries'];
const lastNames = ['Peeters', 'Janssens', 'Maes', 'Jacobs', 'Mertens', 'Willems', 'Claes', 'Goossens', 'Wouters', 'De Smet', 'Dubois', 'Vermeulen', 'Hermans', 'Aerts', 'Van Damme', 'Declercq', 'Lambrecht', 'De Backer'];

export async function seedGeneratedRecords(prisma: PrismaClient): Promise<void> {
  if ((await prisma.enrolment.count()) > 0) return;
  const tracks = await prisma.track.findMany({
    where: { type: 'ENTREPRENEURSHIP', centreId: { not: null }, startableFrom: { not: null } },
    include: { modules: { orderBy: { code: 'asc' } }, marks: true },
    orderBy: { code: 'asc' },
  });
  if (tracks.length === 0) return;

  const random = mulberry32(20190101);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const between = (from: Date, to: Date) => plusDays(from, Math.floor(random() * (Math.round((to.getTime() - from.getTime()) / DAY) + 1)));
  let learnerSeq = 0;
  const learners: { id: string; name: string; birthDate: Date }[] = [];
  const newLearner = (bornAround: number) => {
    learnerSeq += 1;
    const learner = {
      id: generatedId(`learner:${learnerSeq}`),
      name: `${pick(firstNames)} ${pick(lastNames)}`,
      birthDate: utc(bornAround - Math.floor(random() * 25), 1 + Math.floor(random() * 12), 1 + Math.floor(random() * 28)),
    };
    learners.push(learner);
    return learner;
  };

  type EnrolmentRow = {
    id: string; learnerId: string; trackId: string; centreId: string; component: 'PROFESSIONAL_KNOWLEDGE' | 'BUSINESS_MANAGEMENT';
    courseYear: number; enrolledOn: Date; leftOn: Date | null; status: 'ENROLLED' | 'WITHDRAWN' | 'COMPLETED'; result: 'PASSED' | 'FAILED' | null;
  };
  const enrolments: EnrolmentRow[] = [];
  const certificates: {
    id: string; number: string; type: CertificateType; learnerId: string; trackId: string; centreId: string; examYear: number; issuedOn: Date; issuer: 'AGENCY';
  }[] = [];
  const courses: {
    id: string; moduleId: string; centreId: string; courseYear: number; requestedOn: Date; startedOn: Date | null; status: 'REQUESTED' | 'STARTED' | 'CANCELLED'; capacity: number;
  }[] = [];

  generatedCourseYears.forEach((courseYear, index) => {
    const t = scaledEnrolmentTable;
    const september = utc(courseYear, 9, 1);
    const open = tracks.filter((track) => track.startableFrom! <= september);
    // Enrolled on 1 Oct = A; on 1 Feb = A + B; on 1 June = A − W + B + C (W leave between 2 Feb and 31 May).
    const a = t.october[index]!;
    const w = Math.round(a * 0.05);
    const b = t.february[index]! - a;
    const c = t.june[index]! - t.february[index]! + w;
    const cohort: EnrolmentRow[] = [];
    const enrol = (enrolledOn: Date, leftOn: Date | null) => {
      const track = pick(open);
      const learner = newLearner(courseYear - 20);
      const row: EnrolmentRow = {
        id: generatedId(`enrolment:${courseYear}:${cohort.length}`),
        learnerId: learner.id,
        trackId: track.id,
        centreId: track.centreId!,
        component: 'PROFESSIONAL_KNOWLEDGE',
        courseYear,
        enrolledOn,
        leftOn,
        status: leftOn ? 'WITHDRAWN' : courseYear === 2017 ? 'ENROLLED' : 'COMPLETED',
        result: null,
      };
      cohort.push(row);
    };
    for (let i = 0; i < a; i++) {
      const leaves = i < w ? between(utc(courseYear + 1, 2, 2), utc(courseYear + 1, 5, 31)) : null;
      enrol(between(utc(courseYear, 8, 20), utc(courseYear, 10, 1)), leaves);
    }
    for (let i = 0; i < b; i++) enrol(between(utc(courseYear, 10, 2), utc(courseYear + 1, 2, 1)), null);
    for (let i = 0; i < c; i++) enrol(between(utc(courseYear + 1, 2, 2), utc(courseYear + 1, 6, 1)), null);
    // BBH enrolments: the business-management component of learners already counted, on the same dates.
    const bbh = cohort.slice(w, w + t.businessManagementEnrolments[index]!).map((row, i) => ({
      ...row,
      id: generatedId(`enrolment:${courseYear}:bbh:${i}`),
      component: 'BUSINESS_MANAGEMENT' as const,
    }));
    enrolments.push(...cohort, ...bbh);

    // Certificates of the exam year (the second calendar year of the course year), mostly in June, some in January.
    const examYear = courseYear + 1;
    const stayers = cohort.filter((row) => row.leftOn === null);
    let certificateSeq = 0;
    const issue = (type: CertificateType, count: number, from: readonly EnrolmentRow[]) => {
      // Consecutive rows from a spread-out start: each learner gets a type at most once (one certificate in force per
      // learner, track and type), while the types still go to overlapping learners.
      if (count > from.length) throw new Error(`${count} × ${type} for ${from.length} learners in ${examYear}`);
      const start = (certificateSeq * 7) % from.length;
      for (let i = 0; i < count; i++) {
        const row = from[(start + i) % from.length]!;
        certificateSeq += 1;
        certificates.push({
          id: generatedId(`certificate:${examYear}:${certificateSeq}`),
          number: `OV-${examYear}-${String(certificateSeq).padStart(5, '0')}`,
          type,
          learnerId: row.learnerId,
          trackId: row.trackId,
          centreId: row.centreId,
          examYear,
          issuedOn: random() < 0.25 ? between(utc(examYear, 1, 10), utc(examYear, 1, 31)) : between(utc(examYear, 6, 10), utc(examYear, 6, 30)),
          issuer: 'AGENCY',
        });
      }
    };
    issue('ENTREPRENEURSHIP_DIPLOMA', t.diplomas[index]!, stayers);
    issue('PROFESSIONAL_KNOWLEDGE_CERTIFICATE', t.professionalKnowledge[index]!, stayers);
    issue('SME_EMPLOYEE_CERTIFICATE', t.smeEmployee[index]!, stayers);
    issue('BUSINESS_MANAGEMENT_CERTIFICATE', t.businessManagement[index]!, bbh);

    // Courses: three runs of each module of every start-able track; the realisation rate of §5.8 at 15 November.
    const yearCourses = open.flatMap((track) =>
      track.modules.flatMap((module) =>
        [0, 1, 2].map((run) => ({ track, module, run, id: generatedId(`course:${courseYear}:${module.id}:${run}`) })),
      ),
    );
    const marked = new Set(open.filter((track) => track.marks.length > 0).map((track) => track.id));
    // Marked tracks' first runs first (the innovative and flexible tracks are nearly all organised, §5.8), then shuffled.
    const order = yearCourses
      .map((course) => ({ course, key: marked.has(course.track.id) && course.run === 0 ? -1 : random() }))
      .sort((x, y) => x.key - y.key)
      .map((entry) => entry.course);
    const onTime = Math.round(order.length * generatedRealisationRates[index]!);
    const late = Math.round((order.length - onTime) * 0.5);
    order.forEach((course, position) => {
      const startedOn =
        position < onTime
          ? between(utc(courseYear, 9, 1), utc(courseYear, 11, 15))
          : position < onTime + late
            ? between(utc(courseYear, 11, 16), utc(courseYear, 12, 20))
            : null;
      courses.push({
        id: course.id,
        moduleId: course.module.id,
        centreId: course.track.centreId!,
        courseYear,
        requestedOn: between(utc(courseYear, 4, 1), utc(courseYear, 6, 30)),
        startedOn,
        status: startedOn ? 'STARTED' : 'CANCELLED',
        capacity: 12 + Math.floor(random() * 13),
      });
    });
  });

  // §5.6: cohorts who passed the final exam, and their self-employment periods reproducing the shares.
  const finalExams: { id: string; learnerId: string; trackId: string; courseYear: number; passedOn: Date }[] = [];
  const periods: { id: string; learnerId: string; startsOn: Date; endsOn: Date | null }[] = [];
  for (const cohort of outflowTable) {
    const [s0, s1, s2] = cohort.shares;
    const atExam = Math.round((cohort.passed * s0) / 100);
    const afterOne = s1 === null ? atExam : Math.round((cohort.passed * s1) / 100);
    const afterTwo = s2 === null ? afterOne : Math.round((cohort.passed * s2) / 100);
    for (let i = 0; i < cohort.passed; i++) {
      const track = pick(tracks);
      const learner = newLearner(cohort.courseYear - 22);
      const passedOn = between(utc(cohort.courseYear + 1, 6, 15), utc(cohort.courseYear + 1, 6, 30));
      finalExams.push({ id: generatedId(`final-exam:${cohort.courseYear}:${i}`), learnerId: learner.id, trackId: track.id, courseYear: cohort.courseYear, passedOn });
      const startsOn =
        i < atExam
          ? between(plusDays(passedOn, -900), plusDays(passedOn, -30))
          : i < afterOne
            ? between(plusDays(passedOn, 30), plusDays(plusYears(passedOn, 1), -30))
            : i < afterTwo
              ? between(plusDays(plusYears(passedOn, 1), 30), plusDays(plusYears(passedOn, 2), -30))
              : null;
      if (startsOn) periods.push({ id: generatedId(`self-employment:${cohort.courseYear}:${i}`), learnerId: learner.id, startsOn, endsOn: null });
    }
  }

  // §5.7: the 25 sector scores with their survey years, and the focus groups.
  const sectors = new Map((await prisma.sector.findMany()).map((sector) => [sector.name, sector.id]));
  const surveys = [
    ...sectorScoreTable
      .filter(([name]) => sectors.has(name))
      .map(([name, score, schoolYear]) => ({ id: generatedId(`survey:${name}`), schoolYear, sectorId: sectors.get(name)!, focusGroup: null, score: score.toFixed(2), respondents: 40 + Math.floor(random() * 360) })),
    ...focusGroupTable.map(([schoolYear, focusGroup, score]) => ({
      id: generatedId(`survey:${schoolYear}:${focusGroup}`), schoolYear, sectorId: null, focusGroup, score: score.toFixed(2), respondents: 100 + Math.floor(random() * 900),
    })),
  ];

  await prisma.$transaction(async (tx) => {
    await tx.learner.createMany({ data: learners });
    await tx.course.createMany({ data: courses });
    await tx.enrolment.createMany({ data: enrolments });
    await tx.certificate.createMany({ data: certificates });
    await tx.finalExam.createMany({ data: finalExams });
    await tx.selfEmploymentPeriod.createMany({ data: periods });
    await tx.satisfactionSurvey.createMany({ data: surveys });
  });
  await seedTenders(prisma);
}

/** §2.10, §5.10: old-work tenders awarded in 2016 (€ 1,782,517.87) and 2017 (€ 825,547.10); the new work from 2018. */
async function seedTenders(prisma: PrismaClient): Promise<void> {
  const holders = await prisma.mandateHolder.findMany({ orderBy: { name: 'asc' } });
  if (holders.length === 0) return;
  const holder = (name: string) => holders.find((h) => h.name === name) ?? holders[0]!;
  const other = holders.find((h) => h.name !== 'Mpiris') ?? holders[0]!;
  const tenders: {
    key: string; topic: string; kind: 'TRAINING_OLD_WORK' | 'RESEARCH' | 'TRAINING'; cluster: string | null; launchedOn: Date;
    status: 'LAUNCHED' | 'AWARDED' | 'CANCELLED'; award?: { holderId: string; amount: string; on: Date }; note?: string;
  }[] = [
    { key: 'starters-2016', topic: 'Het informeren en begeleiden van personen die starten met een eigen zaak', kind: 'TRAINING_OLD_WORK', cluster: null, launchedOn: utc(2016, 1, 15), status: 'AWARDED', award: { holderId: other.id, amount: '812345.60', on: utc(2016, 4, 12) } },
    { key: 'open-aanbod-2016', topic: 'Het erkennen en financieren van kortlopende opleidingen georganiseerd in het kader van (inschrijven) op open aanbod bij middel van een raamovereenkomst', kind: 'TRAINING_OLD_WORK', cluster: null, launchedOn: utc(2016, 3, 1), status: 'AWARDED', award: { holderId: (holders[2] ?? other).id, amount: '598172.27', on: utc(2016, 6, 20) } },
    { key: 'groendak-2016', topic: 'Het ontwikkelen en organiseren van een opleidingstraject voor een professioneel groendak', kind: 'TRAINING_OLD_WORK', cluster: null, launchedOn: utc(2016, 5, 2), status: 'AWARDED', award: { holderId: other.id, amount: '372000.00', on: utc(2016, 9, 14) } },
    { key: 'starters-2017', topic: 'Het informeren en begeleiden van personen die starten met een eigen zaak (2017)', kind: 'TRAINING_OLD_WORK', cluster: null, launchedOn: utc(2017, 1, 16), status: 'AWARDED', award: { holderId: other.id, amount: '525547.10', on: utc(2017, 3, 30) } },
    { key: 'open-aanbod-2017', topic: 'Kortlopende opleidingen op open aanbod (raamovereenkomst 2017)', kind: 'TRAINING_OLD_WORK', cluster: null, launchedOn: utc(2017, 2, 1), status: 'AWARDED', award: { holderId: (holders[2] ?? other).id, amount: '300000.00', on: utc(2017, 5, 15) } },
    { key: 'afbouw-2017', topic: 'Kortlopende opleidingen tweede semester 2017', kind: 'TRAINING_OLD_WORK', cluster: null, launchedOn: utc(2017, 7, 3), status: 'CANCELLED', note: 'Minder uitbestedingen in het tweede semester (mismatch tussen vraag en aanbod)' },
    { key: 'oude-werking-2018', topic: 'Kortlopende opleidingen op open aanbod (afbouw oude werking 2018)', kind: 'TRAINING_OLD_WORK', cluster: null, launchedOn: utc(2018, 2, 5), status: 'AWARDED', award: { holderId: other.id, amount: '240000.00', on: utc(2018, 5, 15) } },
    { key: 'onderzoek-creatief-2018', topic: 'Competentieprognose creatieve cluster (onderzoekstender)', kind: 'RESEARCH', cluster: 'Creatieve industrie', launchedOn: utc(2018, 10, 1), status: 'AWARDED', award: { holderId: holder('Mpiris').id, amount: '250000.00', on: utc(2018, 12, 3) } },
    { key: 'scope-esf-2019', topic: 'Generieke en technische competentienoden uit SCOPE-ESF', kind: 'RESEARCH', cluster: 'Speerpuntclusters (SCOPE)', launchedOn: utc(2019, 2, 11), status: 'LAUNCHED' },
  ];
  const actor = { actorId: 'seed', actorName: 'SYNTRA Vlaanderen (demonstratiegegevens)' };
  await prisma.$transaction(async (tx) => {
    await tx.tender.createMany({
      data: tenders.map((t) => ({ id: generatedId(`tender:${t.key}`), topic: t.topic, kind: t.kind, cluster: t.cluster, launchedOn: t.launchedOn, status: t.status })),
    });
    await tx.tenderAward.createMany({
      data: tenders
        .filter((t) => t.award)
        .map((t) => ({ id: generatedId(`award:${t.key}`), tenderId: generatedId(`tender:${t.key}`), mandateHolderId: t.award!.holderId, amountInclVat: t.award!.amount, awardedOn: t.award!.on })),
    });
    await tx.statusChange.createMany({
      data: tenders.flatMap((t) => {
        const entityId = generatedId(`tender:${t.key}`);
        const launch = { entityType: 'Tender', entityId, step: 'launch', fromStatus: null, toStatus: 'LAUNCHED', note: null, at: t.launchedOn, ...actor };
        if (t.status === 'AWARDED') return [launch, { entityType: 'Tender', entityId, step: 'award', fromStatus: 'LAUNCHED', toStatus: 'AWARDED', note: null, at: t.award!.on, ...actor }];
        if (t.status === 'CANCELLED') return [launch, { entityType: 'Tender', entityId, step: 'cancel', fromStatus: 'LAUNCHED', toStatus: 'CANCELLED', note: t.note ?? null, at: plusDays(t.launchedOn, 60), ...actor }];
        return [launch];
      }),
    });
  });
}
