import { badUserInput, requireUser, Role, startOfDay, type User } from '@werkplek/subgraph-kit';
import type { TrainingContext } from '../context.js';
import { Prisma } from '../generated/prisma/client.js';
import { learnersEnrolledOnSql } from '../shared/enrolment-counting.js';
import type { RoundSeason, SurveyFocusGroup, TrackMark } from '../generated/prisma/enums.js';
import { assertActsForCentre, canReadCentre } from '../shared/access.js';
import type {
  ActionPlanRecognitions,
  AwardedBudget,
  CertificateRatios,
  IndicatorRatio,
  OutflowToSelfEmployment,
  RealisationRate,
  SatisfactionIndex,
  StartableTracks,
} from './indicators.types.js';

/** The targets of §5 of the business plan (JOP 2018 / 2019). */
export const targets = {
  /** §5.5: getuigschriften beroepskennis ÷ ingeschreven op 1 juni. */
  professionalKnowledgeRatio: 25,
  /** §5.5: getuigschriften bedrijfsbeheer ÷ inschrijvingen bedrijfsbeheer. */
  businessManagementRatio: 55,
  /** §5.8: 80 % for 2018 (course year 2017-18 and before), 75 % from 2019 (course year 2018-19 on). */
  realisationRate: (courseYear: number) => (courseYear >= 2018 ? 75 : 80),
  /** §5.8: at least 90 % of the start-able innovative (flexible) tracks organised. */
  trackRealisation: 90,
  /** §2.6, §5.7: 7.5 out of 10. */
  satisfaction: 7.5,
  /** §2.8: +8 pp after one year, +12 pp after two years. */
  outflowPoints: [null, 8, 12] as const,
  /** §5.10: € 1,700,000 in 2018 (as in 2016); 2019: € 800,000 old work + € 900,000 new work. */
  awardedBudget: (year: number) => (year === 2018 ? 1_700_000 : year === 2019 ? 1_700_000 : null),
};

const marks: TrackMark[] = ['INNOVATIVE', 'INNOVATIVE_REWORK', 'FLEXIBLE'];
const seasons: RoundSeason[] = ['APRIL', 'NOVEMBER'];

/** 'YYYY-MM-DD' of a calendar date, for `::date` parameters. */
const day = (year: number, month: number, date: number) =>
  `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(date).padStart(2, '0')}`;
const iso = (date: Date) => date.toISOString().slice(0, 10);
const asDate = (value: string) => new Date(`${value}T00:00:00.000Z`);

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

export function ratio(numerator: number, denominator: number, target: number | null): IndicatorRatio {
  const percentage = denominator === 0 ? null : round1((100 * numerator) / denominator);
  return { numerator, denominator, percentage, target, meetsTarget: percentage === null || target === null ? null : percentage >= target };
}

function year(value: number, field: string): number {
  if (!Number.isInteger(value) || value < 2000 || value > 2100) {
    throw badUserInput(`${field}: een jaar tussen 2000 en 2100`, `${field}: a year between 2000 and 2100`, { field });
  }
  return value;
}

/**
 * The indicators of theme 2 and of the assigned tracks (§5.4–5.8, §5.10), each one aggregate query in PostgreSQL.
 * Agency staff and inspectors read all; a centre user reads the per-centre indicators of their own centre only.
 */
export class IndicatorsService {
  constructor(private readonly ctx: TrainingContext) {}

  private get user(): User {
    return requireUser(this.ctx);
  }

  /** A per-centre indicator: a centre user gets their own centre (and only that); others all centres or the one asked. */
  private centreScope(centreId: string | null | undefined): string | null {
    const user = this.user;
    if (user.role === Role.CentreUser) {
      const own = centreId ?? user.centreId ?? null;
      if (!own) throw badUserInput('Geen opleidingscentrum gekozen', 'No training centre chosen', { field: 'centreId' });
      assertActsForCentre(user, own);
      return own;
    }
    if (centreId && !canReadCentre(user, centreId)) {
      throw badUserInput('Dit opleidingscentrum is niet zichtbaar', 'This training centre is not visible', { field: 'centreId' });
    }
    return centreId ?? null;
  }

  /** §5.5: certificates of the exam year (second calendar year of the course year) vs the enrolments of the course year. */
  async certificateRatios(courseYear: number, centreId?: string | null): Promise<CertificateRatios> {
    year(courseYear, 'courseYear');
    const centre = this.centreScope(centreId);
    const examYear = courseYear + 1;
    const october = day(courseYear, 10, 1);
    const february = day(examYear, 2, 1);
    const june = day(examYear, 6, 1);
    const enrolmentCentre = centre ? Prisma.sql`AND e."centreId" = ${centre}::uuid` : Prisma.empty;
    const certificateCentre = centre ? Prisma.sql`AND c."centreId" = ${centre}::uuid` : Prisma.empty;
    const on = learnersEnrolledOnSql;
    const [enrolled] = await this.ctx.prisma.$queryRaw<{ october: number; february: number; june: number; bbh: number }[]>`
      SELECT ${on(october)} AS "october", ${on(february)} AS "february", ${on(june)} AS "june",
             COUNT(*) FILTER (WHERE e."component" = 'BUSINESS_MANAGEMENT')::int AS "bbh"
      FROM "enrolment" e JOIN "track" t ON t."id" = e."trackId"
      WHERE e."courseYear" = ${courseYear} AND t."type" = 'ENTREPRENEURSHIP' ${enrolmentCentre}`;
    const [certificates] = await this.ctx.prisma.$queryRaw<{ bk: number; bbh: number; diplomas: number; sme: number }[]>`
      SELECT COUNT(*) FILTER (WHERE c."type" = 'PROFESSIONAL_KNOWLEDGE_CERTIFICATE')::int AS "bk",
             COUNT(*) FILTER (WHERE c."type" = 'BUSINESS_MANAGEMENT_CERTIFICATE')::int AS "bbh",
             COUNT(*) FILTER (WHERE c."type" = 'ENTREPRENEURSHIP_DIPLOMA')::int AS "diplomas",
             COUNT(*) FILTER (WHERE c."type" = 'SME_EMPLOYEE_CERTIFICATE')::int AS "sme"
      FROM "certificate" c
      WHERE c."examYear" = ${examYear} AND c."revokedOn" IS NULL ${certificateCentre}`;
    return {
      courseYear,
      examYear,
      centreId: centre,
      enrolled: [
        { onDate: asDate(october), learners: enrolled!.october },
        { onDate: asDate(february), learners: enrolled!.february },
        { onDate: asDate(june), learners: enrolled!.june },
      ],
      professionalKnowledge: ratio(certificates!.bk, enrolled!.june, targets.professionalKnowledgeRatio),
      businessManagement: ratio(certificates!.bbh, enrolled!.bbh, targets.businessManagementRatio),
      diplomas: certificates!.diplomas,
      smeEmployeeCertificates: certificates!.sme,
    };
  }

  /**
   * §2.7, §5.8: courses started on or before 15 November ÷ courses requested (module level, entrepreneurship tracks);
   * per mark: approved tracks start-able on 1 September with the mark ÷ those of them started in the course year.
   */
  async realisationRate(courseYear: number, centreId?: string | null): Promise<RealisationRate> {
    year(courseYear, 'courseYear');
    const centre = this.centreScope(centreId);
    const snapshot = day(courseYear, 11, 15);
    const september = day(courseYear, 9, 1);
    const courseCentre = centre ? Prisma.sql`AND c."centreId" = ${centre}::uuid` : Prisma.empty;
    const trackCentre = centre ? Prisma.sql`AND t."centreId" = ${centre}::uuid` : Prisma.empty;
    const [modules] = await this.ctx.prisma.$queryRaw<{ requested: number; started: number }[]>`
      SELECT COUNT(*)::int AS "requested",
             COUNT(*) FILTER (WHERE c."startedOn" <= ${snapshot}::date AND c."status" <> 'CANCELLED')::int AS "started"
      FROM "course" c JOIN "module" m ON m."id" = c."moduleId" JOIN "track" t ON t."id" = m."trackId"
      WHERE c."courseYear" = ${courseYear} AND t."type" = 'ENTREPRENEURSHIP' ${courseCentre}`;
    const rows = await this.ctx.prisma.$queryRaw<{ mark: TrackMark; approved: number; started: number }[]>`
      SELECT g."mark"::text AS "mark", COUNT(DISTINCT t."id")::int AS "approved",
             COUNT(DISTINCT t."id") FILTER (WHERE s."trackId" IS NOT NULL)::int AS "started"
      FROM "track" t
      JOIN "track_mark_grant" g ON g."trackId" = t."id" AND g."grantedOn" <= ${september}::date
      LEFT JOIN (
        SELECT DISTINCT m."trackId" FROM "course" c JOIN "module" m ON m."id" = c."moduleId"
        WHERE c."courseYear" = ${courseYear} AND c."startedOn" IS NOT NULL AND c."status" <> 'CANCELLED'
      ) s ON s."trackId" = t."id"
      WHERE t."startableFrom" <= ${september}::date ${trackCentre}
      GROUP BY g."mark"`;
    return {
      courseYear,
      centreId: centre,
      snapshotOn: asDate(snapshot),
      modules: ratio(modules!.started, modules!.requested, targets.realisationRate(courseYear)),
      tracks: marks.map((mark) => {
        const row = rows.find((r) => r.mark === mark);
        return { mark, ratio: ratio(row?.started ?? 0, row?.approved ?? 0, targets.trackRealisation) };
      }),
    };
  }

  /** §5.7: per focus group of the school year, and per sector its latest survey (three-year rotation), vs 7.5. */
  async satisfactionIndex(schoolYear: number): Promise<SatisfactionIndex> {
    year(schoolYear, 'schoolYear');
    const groups = await this.ctx.prisma.$queryRaw<{ focusGroup: SurveyFocusGroup; score: string; respondents: number }[]>`
      SELECT s."focusGroup"::text AS "focusGroup",
             ROUND(SUM(s."score" * GREATEST(s."respondents", 1)) / SUM(GREATEST(s."respondents", 1)), 2)::text AS "score",
             SUM(s."respondents")::int AS "respondents"
      FROM "satisfaction_survey" s
      WHERE s."schoolYear" = ${schoolYear} AND s."focusGroup" IS NOT NULL
      GROUP BY s."focusGroup" ORDER BY s."focusGroup"`;
    const sectors = await this.ctx.prisma.$queryRaw<{ sectorId: string; sectorName: string; score: string; surveyYear: number }[]>`
      SELECT latest."sectorId"::text AS "sectorId", latest."name" AS "sectorName", latest."score"::text AS "score",
             latest."schoolYear"::int AS "surveyYear"
      FROM (
        SELECT DISTINCT ON (s."sectorId") s."sectorId", sec."name", s."score", s."schoolYear"
        FROM "satisfaction_survey" s JOIN "sector" sec ON sec."id" = s."sectorId"
        WHERE s."schoolYear" <= ${schoolYear} AND s."focusGroup" IS NULL
        ORDER BY s."sectorId", s."schoolYear" DESC, s."createdAt" DESC
      ) latest
      ORDER BY latest."score", latest."name"`;
    const [sectorAverage] = await this.ctx.prisma.$queryRaw<{ score: string | null }[]>`
      SELECT ROUND(SUM(s."score" * GREATEST(s."respondents", 1)) / NULLIF(SUM(GREATEST(s."respondents", 1)), 0), 2)::text AS "score"
      FROM "satisfaction_survey" s WHERE s."schoolYear" = ${schoolYear} AND s."focusGroup" IS NULL`;
    const general = groups.find((g) => g.focusGroup === 'GENERAL');
    const overall = general ? Number(general.score) : sectorAverage?.score != null ? Number(sectorAverage.score) : null;
    const target = targets.satisfaction;
    return {
      schoolYear,
      target,
      overall,
      meetsTarget: overall === null ? null : overall >= target,
      focusGroups: groups.map((g) => ({ focusGroup: g.focusGroup, score: Number(g.score), respondents: g.respondents, meetsTarget: Number(g.score) >= target })),
      sectors: sectors.map((s) => ({ ...s, score: Number(s.score), meetsTarget: Number(s.score) >= target })),
    };
  }

  /**
   * §2.8, §5.6: the learners who passed the final exam in the course year; the share self-employed on the exam date,
   * one and two years later, and the difference in percentage points (targets +8 and +12). A share is left empty
   * while the cohort's last exam plus that many years lies after today.
   */
  async outflowToSelfEmployment(courseYear: number): Promise<OutflowToSelfEmployment> {
    year(courseYear, 'courseYear');
    const selfEmployedAt = (years: number) => Prisma.sql`SUM(CASE WHEN EXISTS (
        SELECT 1 FROM "self_employment_period" p
        WHERE p."learnerId" = c."learnerId"
          AND p."startsOn" <= (c."passedOn" + make_interval(years => ${years}))::date
          AND (p."endsOn" IS NULL OR p."endsOn" >= (c."passedOn" + make_interval(years => ${years}))::date)
      ) THEN 1 ELSE 0 END)::int`;
    const [row] = await this.ctx.prisma.$queryRaw<{ passed: number; s0: number; s1: number; s2: number; latest: Date | null }[]>`
      WITH c AS (
        SELECT f."learnerId", MIN(f."passedOn") AS "passedOn" FROM "final_exam" f
        WHERE f."courseYear" = ${courseYear} GROUP BY f."learnerId"
      )
      SELECT COUNT(*)::int AS "passed", COALESCE(${selfEmployedAt(0)}, 0) AS "s0", COALESCE(${selfEmployedAt(1)}, 0) AS "s1",
             COALESCE(${selfEmployedAt(2)}, 0) AS "s2", MAX(c."passedOn") AS "latest"
      FROM c`;
    const { passed, latest } = row!;
    const counts = [row!.s0, row!.s1, row!.s2];
    const today = iso(startOfDay(this.ctx.now()));
    const measurable = (years: number) => {
      if (passed === 0 || !latest) return false;
      const last = new Date(latest);
      last.setUTCFullYear(last.getUTCFullYear() + years);
      return iso(last) <= today;
    };
    const base = passed === 0 ? null : (100 * counts[0]!) / passed;
    return {
      courseYear,
      passed,
      shares: [0, 1, 2].map((yearsAfter) => {
        const ok = measurable(yearsAfter);
        const share = ok ? (100 * counts[yearsAfter]!) / passed : null;
        const difference = yearsAfter === 0 || share === null || base === null ? null : round1(share - base);
        const targetPoints = targets.outflowPoints[yearsAfter] ?? null;
        return {
          yearsAfter,
          selfEmployed: ok ? counts[yearsAfter]! : 0,
          percentage: share === null ? null : round1(share),
          differencePoints: difference,
          targetPoints,
          meetsTarget: difference === null || targetPoints === null ? null : difference >= targetPoints,
        };
      }),
    };
  }

  /** §5.4: tracks start-able on the date with each mark granted by then; one track may count for several marks. */
  async startableTracks(onDate: Date): Promise<StartableTracks> {
    const date = iso(startOfDay(onDate));
    const rows = await this.ctx.prisma.$queryRaw<{ mark: TrackMark | null; tracks: number }[]>`
      SELECT g."mark"::text AS "mark", COUNT(DISTINCT t."id")::int AS "tracks"
      FROM "track" t JOIN "track_mark_grant" g ON g."trackId" = t."id"
      WHERE t."startableFrom" <= ${date}::date AND g."grantedOn" <= ${date}::date
      GROUP BY ROLLUP (g."mark")`;
    return {
      onDate: asDate(date),
      byMark: marks.map((mark) => ({ mark, tracks: rows.find((r) => r.mark === mark)?.tracks ?? 0 })),
      distinctTracks: rows.find((r) => r.mark === null)?.tracks ?? 0,
    };
  }

  /** §6.5: the advice on the training dossiers of the year's rounds: recognised innovative / flexible / rework, or not. */
  async actionPlanRecognitions(forYear: number): Promise<ActionPlanRecognitions> {
    year(forYear, 'year');
    const rows = await this.ctx.prisma.$queryRaw<
      { season: RoundSeason; dossiers: number; innovative: number; flexible: number; rework: number; notRecognised: number; pending: number }[]
    >`
      SELECT r."season"::text AS "season", COUNT(d."id")::int AS "dossiers",
             COUNT(d."id") FILTER (WHERE d."advice" IN ('INNOVATIVE', 'INNOVATIVE_AND_FLEXIBLE'))::int AS "innovative",
             COUNT(d."id") FILTER (WHERE d."advice" IN ('FLEXIBLE', 'INNOVATIVE_AND_FLEXIBLE'))::int AS "flexible",
             COUNT(d."id") FILTER (WHERE d."advice" = 'INNOVATIVE_REWORK')::int AS "rework",
             COUNT(d."id") FILTER (WHERE d."advice" = 'NOT_RECOGNISED')::int AS "notRecognised",
             COUNT(d."id") FILTER (WHERE d."advice" IS NULL)::int AS "pending"
      FROM "action_plan_round" r
      JOIN "annual_action_plan" p ON p."roundId" = r."id"
      JOIN "training_dossier" d ON d."planId" = p."id"
      WHERE r."year" = ${forYear}
      GROUP BY r."season"`;
    return {
      year: forYear,
      rounds: seasons
        .map((season) => rows.find((r) => r.season === season))
        .filter((row) => row !== undefined)
        .map((row) => ({
          season: row.season,
          dossiers: row.dossiers,
          innovative: row.innovative,
          flexible: row.flexible,
          innovativeRework: row.rework,
          notRecognised: row.notRecognised,
          pending: row.pending,
        })),
    };
  }

  /** §5.10: the sum of the award amounts incl. VAT of the calendar year (cancelled tenders never have awards). */
  async awardedBudget(forYear: number): Promise<AwardedBudget> {
    year(forYear, 'year');
    const [row] = await this.ctx.prisma.$queryRaw<{ total: string; old: string; awards: number }[]>`
      SELECT COALESCE(SUM(a."amountInclVat"), 0)::text AS "total",
             COALESCE(SUM(a."amountInclVat") FILTER (WHERE t."kind" = 'TRAINING_OLD_WORK'), 0)::text AS "old",
             COUNT(a."id")::int AS "awards"
      FROM "tender_award" a JOIN "tender" t ON t."id" = a."tenderId"
      WHERE a."awardedOn" >= ${day(forYear, 1, 1)}::date AND a."awardedOn" < ${day(forYear + 1, 1, 1)}::date
        AND t."status" = 'AWARDED'`;
    const total = Number(row!.total);
    const oldWork = Number(row!.old);
    const target = targets.awardedBudget(forYear);
    return {
      year: forYear,
      amountInclVat: total,
      oldWork,
      newWork: Math.round((total - oldWork) * 100) / 100,
      awards: row!.awards,
      target,
      meetsTarget: target === null ? null : total >= target,
    };
  }
}

export function indicatorsServiceOf(ctx: TrainingContext) {
  return ctx.scoped(IndicatorsService, () => new IndicatorsService(ctx));
}
