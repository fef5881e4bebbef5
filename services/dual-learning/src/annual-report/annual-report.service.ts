import { Role, badUserInput, forbidden, requireUser } from '@werkplek/subgraph-kit';
import type { DualLearningContext } from '../context.js';
import { Prisma } from '../generated/prisma/client.js';
import type {
  AgreementPartnershipFigures,
  AgreementSizeClassFigures,
  AgreementStartYearStatusFigures,
  AgreementsThatRan,
  AgreementTypeFigures,
  ApplicationsMonthFigures,
  DecisionsPerPartnership,
  PartnershipDecisionFigures,
  PartnershipHandlingActionFigures,
  PartnershipHandlingTime,
  RejectionReasonFigures,
  SubmissionsByMandate,
  SubmitterFigures,
} from './annual-report.types.js';

/** The first and last day of school year `startYear` (1 July – 30 June) as SQL date literals' text. */
function schoolYearRange(startYear: number): { from: string; to: string } {
  if (!Number.isInteger(startYear) || startYear < 2000 || startYear > 2100) {
    throw badUserInput(
      'Schooljaar moet het beginjaar zijn, tussen 2000 en 2100 (2017 = 2017-2018)',
      'School year must be its first calendar year, between 2000 and 2100 (2017 = 2017-2018)',
      { field: 'schoolYear' },
    );
  }
  return { from: `${startYear}-07-01`, to: `${startYear + 1}-06-30` };
}

/** A timestamp column as the calendar day in Belgium (timestamps are stored in UTC). */
function localDay(column: string): Prisma.Sql {
  return Prisma.raw(`((${column} AT TIME ZONE 'UTC') AT TIME ZONE 'Europe/Brussels')::date`);
}

/** The day an application was handled: its decision, or for a withdrawal without decision date its last change. */
const handledDay = Prisma.raw(
  `((COALESCE(a."decidedAt", a."updatedAt") AT TIME ZONE 'UTC') AT TIME ZONE 'Europe/Brussels')::date`,
);
const submittedDay = localDay('a."submittedAt"');
const decidedDay = localDay('a."decidedAt"');

/**
 * The annual monitoring report's aggregates (jaarrapport, §5 of the digest). Every figure is computed by PostgreSQL
 * with parameterised SQL; nothing is loaded row by row. Partnership staff see their own partnership's rows only.
 */
export class AnnualReportService {
  constructor(private readonly ctx: DualLearningContext) {}

  /** Null for agency staff and inspectors (everything); the caller's partnership for partnership staff. */
  private partnershipScope(): string | null {
    const user = requireUser(this.ctx);
    if (user.role === Role.AgencyStaff || user.role === Role.Inspector) return null;
    if (user.role === Role.PartnershipStaff && user.partnershipId) return user.partnershipId;
    throw forbidden('Geen toegang tot de jaarrapportcijfers', 'No access to the annual report figures');
  }

  private applicationScope(): Prisma.Sql {
    const partnershipId = this.partnershipScope();
    return partnershipId ? Prisma.sql`AND a."partnershipId" = ${partnershipId}::uuid` : Prisma.empty;
  }

  /** Tabel 6: submitted by month of submission; approved and rejected by month of decision. */
  async applicationsPerMonth(schoolYear: number): Promise<ApplicationsMonthFigures[]> {
    const { from, to } = schoolYearRange(schoolYear);
    const scope = this.applicationScope();
    return this.ctx.prisma.$queryRaw<ApplicationsMonthFigures[]>`
      WITH months AS (
        SELECT to_char(m, 'YYYY-MM') AS month
        FROM generate_series(${from}::date, ${to}::date, interval '1 month') AS m
      ),
      submitted AS (
        SELECT to_char(${submittedDay}, 'YYYY-MM') AS month, count(*) AS n
        FROM recognition_application a
        WHERE ${submittedDay} BETWEEN ${from}::date AND ${to}::date ${scope}
        GROUP BY 1
      ),
      decided AS (
        SELECT to_char(${decidedDay}, 'YYYY-MM') AS month,
               count(*) FILTER (WHERE a.status = 'APPROVED') AS approved,
               count(*) FILTER (WHERE a.status = 'REJECTED') AS rejected
        FROM recognition_application a
        WHERE a."decidedAt" IS NOT NULL AND ${decidedDay} BETWEEN ${from}::date AND ${to}::date ${scope}
        GROUP BY 1
      )
      SELECT months.month,
             COALESCE(submitted.n, 0)::int AS submitted,
             COALESCE(decided.approved, 0)::int AS approved,
             COALESCE(decided.rejected, 0)::int AS rejected
      FROM months
      LEFT JOIN submitted USING (month)
      LEFT JOIN decided USING (month)
      ORDER BY months.month`;
  }

  /** Tabel 12: applications handled in the school year per partnership and final status, SP/VP subtotals, total. */
  async decisionsPerPartnership(schoolYear: number): Promise<DecisionsPerPartnership> {
    const { from, to } = schoolYearRange(schoolYear);
    const scope = this.applicationScope();
    const rows = await this.ctx.prisma.$queryRaw<(PartnershipDecisionFigures & { level: number })[]>`
      WITH grouped AS (
        SELECT p.id AS "partnershipId", p.code AS "partnershipCode", p.name AS "partnershipName",
               p.kind::text AS "partnershipKind",
               GROUPING(p.kind, p.id, p.code, p.name)::int AS level,
               count(*) FILTER (WHERE a.status = 'REJECTED')::int AS rejected,
               count(*) FILTER (WHERE a.status = 'APPROVED')::int AS approved,
               count(*) FILTER (WHERE a.status = 'WITHDRAWN')::int AS withdrawn,
               count(*)::int AS total
        FROM recognition_application a
        JOIN partnership p ON p.id = a."partnershipId"
        WHERE a.status IN ('REJECTED', 'APPROVED', 'WITHDRAWN')
          AND ${handledDay} BETWEEN ${from}::date AND ${to}::date ${scope}
        GROUP BY GROUPING SETS ((p.kind, p.id, p.code, p.name), (p.kind), ())
      )
      SELECT g."partnershipId"::text AS "partnershipId", g."partnershipCode", g."partnershipName", g."partnershipKind",
             g.level, g.rejected, g.approved, g.withdrawn, g.total,
             COALESCE(round(100.0 * g.total / NULLIF(max(g.total) FILTER (WHERE g.level = 15) OVER (), 0), 1), 0)::float8
               AS "sharePercent",
             COALESCE(round(100.0 * g.rejected / NULLIF(g.total, 0), 1), 0)::float8 AS "rejectionRatePercent"
      FROM grouped g
      ORDER BY g.level, g."partnershipKind" DESC, g."partnershipName", g."partnershipId"`;
    const strip = ({ level: _level, ...figures }: PartnershipDecisionFigures & { level: number }) => figures;
    return {
      rows: rows.filter((row) => row.level === 0).map(strip),
      subtotals: rows.filter((row) => row.level !== 0 && row.level !== 15).map(strip),
      total: strip(rows.find((row) => row.level === 15)!),
    };
  }

  /** Tabel 9: per partnership, the share of its handled applications with each of the four handling actions. */
  async handlingActionsPerPartnership(schoolYear: number): Promise<PartnershipHandlingActionFigures[]> {
    const { from, to } = schoolYearRange(schoolYear);
    const scope = this.applicationScope();
    return this.ctx.prisma.$queryRaw<PartnershipHandlingActionFigures[]>`
      WITH flags AS (
        SELECT x."applicationId",
               bool_or(x.action = 'ADMINISTRATIVE_CHECK') AS administrative_check,
               bool_or(x.action = 'COMPANY_CONTACT') AS company_contact,
               bool_or(x.action = 'SITE_VISIT') AS site_visit,
               bool_or(x.action = 'EXTERNAL_ADVICE') AS external_advice
        FROM application_action x
        GROUP BY x."applicationId"
      )
      SELECT p.id::text AS "partnershipId", p.code AS "partnershipCode", p.name AS "partnershipName",
             count(*)::int AS handled,
             round(100.0 * count(*) FILTER (WHERE f.administrative_check) / count(*), 1)::float8 AS "administrativeCheckPercent",
             round(100.0 * count(*) FILTER (WHERE f.company_contact) / count(*), 1)::float8 AS "companyContactPercent",
             round(100.0 * count(*) FILTER (WHERE f.site_visit) / count(*), 1)::float8 AS "siteVisitPercent",
             round(100.0 * count(*) FILTER (WHERE f.external_advice) / count(*), 1)::float8 AS "externalAdvicePercent"
      FROM recognition_application a
      JOIN partnership p ON p.id = a."partnershipId"
      LEFT JOIN flags f ON f."applicationId" = a.id
      WHERE a.status IN ('REJECTED', 'APPROVED', 'WITHDRAWN')
        AND ${handledDay} BETWEEN ${from}::date AND ${to}::date ${scope}
      GROUP BY p.id, p.code, p.name
      ORDER BY p.name, p.id`;
  }

  /**
   * Tabel 10 (byPartnership false: per month of decision and reason, plus a year total per reason) or Tabel 11
   * (byPartnership true: per partnership and reason, plus a year total per reason).
   */
  async rejectionReasons(schoolYear: number, byPartnership: boolean): Promise<RejectionReasonFigures[]> {
    const { from, to } = schoolYearRange(schoolYear);
    const scope = this.applicationScope();
    const base = Prisma.sql`
      SELECT to_char(${decidedDay}, 'YYYY-MM') AS month, p.id::text AS pid, p.code AS pcode, p.name AS pname,
             COALESCE(a."rejectionReason"::text, 'UNKNOWN') AS reason
      FROM recognition_application a
      JOIN partnership p ON p.id = a."partnershipId"
      WHERE a.status = 'REJECTED' AND a."decidedAt" IS NOT NULL
        AND ${decidedDay} BETWEEN ${from}::date AND ${to}::date ${scope}`;
    if (byPartnership) {
      return this.ctx.prisma.$queryRaw<RejectionReasonFigures[]>`
        WITH base AS (${base}),
        grouped AS (
          SELECT pid, pcode, pname, reason, GROUPING(pid, pcode, pname)::int AS level, count(*)::int AS count
          FROM base GROUP BY GROUPING SETS ((pid, pcode, pname, reason), (reason))
        )
        SELECT NULL::text AS month, pid AS "partnershipId", pcode AS "partnershipCode", pname AS "partnershipName",
               reason, count,
               round(100.0 * count / sum(count) OVER (PARTITION BY level, pid), 1)::float8 AS percent
        FROM grouped
        ORDER BY level, pname, pid, count DESC, reason`;
    }
    return this.ctx.prisma.$queryRaw<RejectionReasonFigures[]>`
      WITH base AS (${base}),
      grouped AS (
        SELECT month, reason, GROUPING(month)::int AS level, count(*)::int AS count
        FROM base GROUP BY GROUPING SETS ((month, reason), (reason))
      )
      SELECT month, NULL::text AS "partnershipId", NULL::text AS "partnershipCode", NULL::text AS "partnershipName",
             reason, count,
             round(100.0 * count / sum(count) OVER (PARTITION BY level, month), 1)::float8 AS percent
      FROM grouped
      ORDER BY level, month, count DESC, reason`;
  }

  /** Per partnership: decisions in the school year taken by the due date (day 14, BR-01) or late; median, average. */
  async handlingTime(schoolYear: number): Promise<PartnershipHandlingTime[]> {
    const { from, to } = schoolYearRange(schoolYear);
    const scope = this.applicationScope();
    return this.ctx.prisma.$queryRaw<PartnershipHandlingTime[]>`
      WITH decided AS (
        SELECT a."partnershipId", ${decidedDay} AS decided_on, a."dueOn" AS due_on,
               (${decidedDay} - ${submittedDay}) AS days
        FROM recognition_application a
        WHERE a.status IN ('APPROVED', 'REJECTED') AND a."decidedAt" IS NOT NULL
          AND ${decidedDay} BETWEEN ${from}::date AND ${to}::date ${scope}
      )
      SELECT p.id::text AS "partnershipId", p.code AS "partnershipCode", p.name AS "partnershipName",
             count(*)::int AS decided,
             count(*) FILTER (WHERE d.decided_on <= d.due_on)::int AS "withinTerm",
             count(*) FILTER (WHERE d.decided_on > d.due_on)::int AS late,
             round(100.0 * count(*) FILTER (WHERE d.decided_on <= d.due_on) / count(*), 1)::float8 AS "withinTermPercent",
             round((percentile_cont(0.5) WITHIN GROUP (ORDER BY d.days))::numeric, 1)::float8 AS "medianDays",
             round(avg(d.days), 1)::float8 AS "averageDays"
      FROM decided d
      JOIN partnership p ON p.id = d."partnershipId"
      GROUP BY p.id, p.code, p.name
      ORDER BY p.name, p.id`;
  }

  /** Tabel 7/8: applications submitted in the school year, with or without mandate, and who submitted under one. */
  async submissionsByMandate(schoolYear: number): Promise<SubmissionsByMandate> {
    const { from, to } = schoolYearRange(schoolYear);
    const scope = this.applicationScope();
    const submitted = Prisma.sql`
      SELECT a."submitterType"::text AS submitter_type
      FROM recognition_application a
      WHERE ${submittedDay} BETWEEN ${from}::date AND ${to}::date ${scope}`;
    const [summary] = await this.ctx.prisma.$queryRaw<Omit<SubmissionsByMandate, 'bySubmitter'>[]>`
      WITH s AS (${submitted})
      SELECT count(*)::int AS total,
             count(*) FILTER (WHERE submitter_type <> 'COMPANY')::int AS "withMandate",
             count(*) FILTER (WHERE submitter_type = 'COMPANY')::int AS "withoutMandate",
             COALESCE(round(100.0 * count(*) FILTER (WHERE submitter_type <> 'COMPANY') / NULLIF(count(*), 0), 1), 0)::float8
               AS "withMandatePercent",
             COALESCE(round(100.0 * count(*) FILTER (WHERE submitter_type = 'COMPANY') / NULLIF(count(*), 0), 1), 0)::float8
               AS "withoutMandatePercent"
      FROM s`;
    const bySubmitter = await this.ctx.prisma.$queryRaw<SubmitterFigures[]>`
      WITH s AS (${submitted}),
      counted AS (
        SELECT t.submitter_type, t.position, count(s.submitter_type)::int AS count
        FROM unnest(ARRAY['UNKNOWN', 'TRAINING_INSTITUTION', 'SECTORAL_PARTNERSHIP', 'WORKPLACE_COACH'])
               WITH ORDINALITY AS t(submitter_type, position)
        LEFT JOIN s ON s.submitter_type = t.submitter_type
        GROUP BY t.submitter_type, t.position
      )
      SELECT submitter_type AS "submitterType", count,
             COALESCE(round(100.0 * count / NULLIF(sum(count) OVER (), 0), 1), 0)::float8 AS "percentOfMandated"
      FROM counted
      ORDER BY position`;
    return { ...summary!, bySubmitter };
  }

  /**
   * Tabel 15/19/20: agreements that ran at least one day in the school year (BR-33): start ≤ 30 June and (actual
   * end, else planned end) ≥ 1 July.
   */
  async agreementsThatRan(schoolYear: number): Promise<AgreementsThatRan> {
    const { from, to } = schoolYearRange(schoolYear);
    const partnershipId = this.partnershipScope();
    const scope = partnershipId ? Prisma.sql`AND r."partnershipId" = ${partnershipId}::uuid` : Prisma.empty;
    const ran = Prisma.sql`
      SELECT g.id, g.type, g."recognitionId", r."partnershipId",
             COALESCE(c."sizeClass", 'UNKNOWN'::"CompanySizeClass") AS size_class,
             COALESCE(c."publicAuthority", false) AS public_authority
      FROM agreement g
      LEFT JOIN recognition r ON r.id = g."recognitionId"
      LEFT JOIN workplace w ON w.id = g."workplaceId"
      LEFT JOIN company c ON c.id = w."companyId"
      WHERE g."startDate" <= ${to}::date AND COALESCE(g."actualEndDate", g."plannedEndDate") >= ${from}::date ${scope}`;
    const [summary] = await this.ctx.prisma.$queryRaw<
      Pick<AgreementsThatRan, 'total' | 'transitional' | 'publicAuthorityExcluded'>[]
    >`
      WITH ran AS (${ran})
      SELECT count(*)::int AS total,
             count(*) FILTER (WHERE "recognitionId" IS NULL)::int AS transitional,
             count(*) FILTER (WHERE "recognitionId" IS NOT NULL AND public_authority)::int AS "publicAuthorityExcluded"
      FROM ran`;
    const byType = await this.ctx.prisma.$queryRaw<AgreementTypeFigures[]>`
      WITH ran AS (${ran})
      SELECT ran.type::text AS type, count(*)::int AS count FROM ran GROUP BY ran.type ORDER BY ran.type`;
    const byPartnership = await this.ctx.prisma.$queryRaw<AgreementPartnershipFigures[]>`
      WITH ran AS (${ran})
      SELECT p.id::text AS "partnershipId", p.code AS "partnershipCode", p.name AS "partnershipName",
             count(*)::int AS count
      FROM ran JOIN partnership p ON p.id = ran."partnershipId"
      GROUP BY p.id, p.code, p.name, p.kind
      ORDER BY p.kind DESC, p.name, p.id`;
    const bySizeClass = await this.ctx.prisma.$queryRaw<AgreementSizeClassFigures[]>`
      WITH ran AS (${ran})
      SELECT size_class::text AS "sizeClass", count(*)::int AS count
      FROM ran
      WHERE "recognitionId" IS NOT NULL AND NOT public_authority
      GROUP BY size_class
      ORDER BY size_class`;
    return { ...summary!, byType, byPartnership, bySizeClass };
  }

  /**
   * Tabel 16: agreements started on or before the measurement date, by school year of start, with their status as
   * of that date: ended early (actual end ≤ date and status ENDED_EARLY), ended (actual or planned end ≤ date),
   * otherwise running.
   */
  async agreementsByStartYearAndStatus(measuredOn: Date): Promise<AgreementStartYearStatusFigures[]> {
    const day = measuredOn.toISOString().slice(0, 10);
    const partnershipId = this.partnershipScope();
    const scope = partnershipId ? Prisma.sql`AND r."partnershipId" = ${partnershipId}::uuid` : Prisma.empty;
    return this.ctx.prisma.$queryRaw<AgreementStartYearStatusFigures[]>`
      WITH measured AS (
        SELECT (CASE WHEN extract(month FROM g."startDate") >= 7 THEN extract(year FROM g."startDate")
                     ELSE extract(year FROM g."startDate") - 1 END)::int AS start_year,
               CASE
                 WHEN g.status = 'ENDED_EARLY' AND g."actualEndDate" <= ${day}::date THEN 'ENDED_EARLY'
                 WHEN COALESCE(g."actualEndDate", g."plannedEndDate") <= ${day}::date THEN 'ENDED'
                 ELSE 'RUNNING'
               END AS status
        FROM agreement g
        LEFT JOIN recognition r ON r.id = g."recognitionId"
        WHERE g."startDate" <= ${day}::date ${scope}
      )
      SELECT start_year AS "startSchoolYear",
             start_year::text || '-' || (start_year + 1)::text AS "schoolYearLabel",
             count(*) FILTER (WHERE status = 'RUNNING')::int AS running,
             count(*) FILTER (WHERE status = 'ENDED')::int AS ended,
             count(*) FILTER (WHERE status = 'ENDED_EARLY')::int AS "endedEarly",
             count(*)::int AS total,
             round(100.0 * count(*) FILTER (WHERE status = 'RUNNING') / count(*), 1)::float8 AS "runningPercent",
             round(100.0 * count(*) FILTER (WHERE status = 'ENDED') / count(*), 1)::float8 AS "endedPercent",
             round(100.0 * count(*) FILTER (WHERE status = 'ENDED_EARLY') / count(*), 1)::float8 AS "endedEarlyPercent"
      FROM measured
      GROUP BY start_year
      ORDER BY start_year DESC`;
  }

  /** Tabel 17: agreements ended early within the school year (all start years), by termination reason. */
  async earlyTerminationsByReason(schoolYear: number): Promise<{ reason: string; count: number; percent: number }[]> {
    const { from, to } = schoolYearRange(schoolYear);
    const partnershipId = this.partnershipScope();
    const scope = partnershipId ? Prisma.sql`AND r."partnershipId" = ${partnershipId}::uuid` : Prisma.empty;
    return this.ctx.prisma.$queryRaw`
      WITH counted AS (
        SELECT COALESCE(g."terminationReason"::text, 'UNKNOWN') AS reason, count(*)::int AS count
        FROM agreement g
        LEFT JOIN recognition r ON r.id = g."recognitionId"
        WHERE g.status = 'ENDED_EARLY' AND g."actualEndDate" BETWEEN ${from}::date AND ${to}::date ${scope}
        GROUP BY 1
      )
      SELECT reason, count, round(100.0 * count / sum(count) OVER (), 1)::float8 AS percent
      FROM counted
      ORDER BY count DESC, reason`;
  }
}

export function annualReportServiceOf(ctx: DualLearningContext) {
  return ctx.scoped(AnnualReportService, () => new AnnualReportService(ctx));
}
