import { badUserInput, startOfDay } from '@werkplek/subgraph-kit';
import type { InspectionContext } from '../context.js';
import { AuditKind, FindingSeverity } from '../generated/prisma/enums.js';
import type { AuditIndicators } from './indicators.types.js';

const kinds = Object.values(AuditKind);
const severities = Object.values(FindingSeverity);

/** Numerator ÷ denominator in percent with one decimal; null when nothing is counted below. */
export function percentage(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : Math.round((1000 * numerator) / denominator) / 10;
}

/**
 * The inspection figures of a calendar year, each one aggregate query in PostgreSQL (tagged templates: values are
 * parameters, never spliced into the SQL). A cancelled audit counts as cancelled only, in the year it was scheduled
 * (the schema keeps no cancellation date outside the history).
 */
export class IndicatorsService {
  constructor(private readonly ctx: InspectionContext) {}

  async auditIndicators(year: number): Promise<AuditIndicators> {
    if (!Number.isInteger(year) || year < 2000 || year > 2100) {
      throw badUserInput('Een jaar tussen 2000 en 2100', 'A year between 2000 and 2100', { field: 'year' });
    }
    const from = `${year}-01-01`;
    const to = `${year}-12-31`;
    const today = startOfDay(this.ctx.now()).toISOString().slice(0, 10);
    const prisma = this.ctx.prisma;
    const [audits, unscheduled, findings, [recommendations]] = await Promise.all([
      prisma.$queryRaw<{ kind: AuditKind; planned: number; performed: number; reported: number; cancelled: number }[]>`
        SELECT a."kind"::text AS "kind",
               COUNT(*) FILTER (WHERE a."status" <> 'CANCELLED' AND a."scheduledOn" BETWEEN ${from}::date AND ${to}::date)::int AS "planned",
               COUNT(*) FILTER (WHERE a."status" <> 'CANCELLED' AND a."performedOn" BETWEEN ${from}::date AND ${to}::date)::int AS "performed",
               COUNT(*) FILTER (WHERE a."status" <> 'CANCELLED' AND a."reportedOn" BETWEEN ${from}::date AND ${to}::date)::int AS "reported",
               COUNT(*) FILTER (WHERE a."status" = 'CANCELLED' AND a."scheduledOn" BETWEEN ${from}::date AND ${to}::date)::int AS "cancelled"
        FROM "audit" a
        GROUP BY a."kind"`,
      prisma.$queryRaw<{ kind: AuditKind; items: number }[]>`
        SELECT i."kind"::text AS "kind", COUNT(*)::int AS "items"
        FROM "annual_plan_item" i
        JOIN "annual_plan" p ON p."id" = i."planId"
        LEFT JOIN "audit" a ON a."planItemId" = i."id"
        WHERE p."year" = ${year} AND p."status" = 'ADOPTED' AND i."planned" AND a."id" IS NULL
        GROUP BY i."kind"`,
      prisma.$queryRaw<{ severity: FindingSeverity; count: number }[]>`
        SELECT f."severity"::text AS "severity", COUNT(*)::int AS "count"
        FROM "finding" f JOIN "audit" a ON a."id" = f."auditId"
        WHERE a."status" <> 'CANCELLED' AND a."performedOn" BETWEEN ${from}::date AND ${to}::date
        GROUP BY f."severity"`,
      prisma.$queryRaw<{ due: number; onTime: number; late: number; notImplemented: number; openOverdue: number; openNotDue: number }[]>`
        SELECT COUNT(*)::int AS "due",
               COUNT(*) FILTER (WHERE r."status" = 'IMPLEMENTED' AND r."implementedOn" <= r."agreedDueOn")::int AS "onTime",
               COUNT(*) FILTER (WHERE r."status" = 'IMPLEMENTED' AND (r."implementedOn" IS NULL OR r."implementedOn" > r."agreedDueOn"))::int AS "late",
               COUNT(*) FILTER (WHERE r."status" = 'NOT_IMPLEMENTED')::int AS "notImplemented",
               COUNT(*) FILTER (WHERE r."status" = 'OPEN' AND r."agreedDueOn" < ${today}::date)::int AS "openOverdue",
               COUNT(*) FILTER (WHERE r."status" = 'OPEN' AND r."agreedDueOn" >= ${today}::date)::int AS "openNotDue"
        FROM "recommendation" r
        WHERE r."agreedDueOn" BETWEEN ${from}::date AND ${to}::date`,
    ]);
    const r = recommendations!;
    return {
      year,
      kinds: kinds.map((kind) => {
        const row = audits.find((a) => a.kind === kind);
        const planned = (row?.planned ?? 0) + (unscheduled.find((u) => u.kind === kind)?.items ?? 0);
        const performed = row?.performed ?? 0;
        return { kind, planned, performed, reported: row?.reported ?? 0, cancelled: row?.cancelled ?? 0, doneShare: percentage(performed, planned) };
      }),
      findings: severities.map((severity) => ({ severity, count: findings.find((f) => f.severity === severity)?.count ?? 0 })),
      recommendations: {
        due: r.due,
        implementedOnTime: r.onTime,
        implementedLate: r.late,
        notImplemented: r.notImplemented,
        openOverdue: r.openOverdue,
        openNotDue: r.openNotDue,
        onTimeShare: percentage(r.onTime, r.due),
      },
    };
  }
}

export function indicatorsServiceOf(ctx: InspectionContext): IndicatorsService {
  return ctx.scoped(IndicatorsService, () => new IndicatorsService(ctx));
}
