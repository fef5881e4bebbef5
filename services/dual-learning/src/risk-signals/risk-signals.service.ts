import type { DualLearningContext } from '../context.js';
import { checkPeriod } from './period.js';
import type { PartnershipRiskSignal, WorkplaceRiskSignal } from './risk-signals.types.js';

/**
 * The risk signals dual learning knows, read by the inspection for its risk-based annual planning (jaarplanning,
 * seed003 §4.8): complaints and reports (klachten en meldingen) by the day they were received, and agreements ended
 * early (ENDED_EARLY) by their actual end date. One grouped SQL query per list; both days of the period count.
 */
export class RiskSignalsService {
  constructor(private readonly ctx: DualLearningContext) {}

  /** Workplaces with at least one signal, most signals first. */
  workplaces(fromDay: Date, toDay: Date): Promise<WorkplaceRiskSignal[]> {
    const { from, to } = checkPeriod(fromDay, toDay);
    return this.ctx.prisma.$queryRaw<WorkplaceRiskSignal[]>`
      WITH complaints AS (
        SELECT c."workplaceId" AS id, count(*)::int AS n
        FROM complaint c
        WHERE c."workplaceId" IS NOT NULL AND c."receivedOn" BETWEEN ${from}::date AND ${to}::date
        GROUP BY 1
      ),
      terminations AS (
        SELECT a."workplaceId" AS id, count(*)::int AS n
        FROM agreement a
        WHERE a.status = 'ENDED_EARLY' AND a."actualEndDate" BETWEEN ${from}::date AND ${to}::date
        GROUP BY 1
      ),
      signals AS (
        SELECT COALESCE(c.id, t.id) AS id, COALESCE(c.n, 0) AS complaints, COALESCE(t.n, 0) AS "earlyTerminations"
        FROM complaints c
        FULL JOIN terminations t ON t.id = c.id
      )
      SELECT s.id::text AS "workplaceId", latest."partnershipId"::text AS "partnershipId", s.complaints, s."earlyTerminations"
      FROM signals s
      LEFT JOIN LATERAL (
        SELECT r."partnershipId"
        FROM recognition r
        WHERE r."workplaceId" = s.id
        ORDER BY r."validFrom" DESC, r."createdAt" DESC, r.id
        LIMIT 1
      ) latest ON true
      ORDER BY s.complaints + s."earlyTerminations" DESC, s.id`;
  }

  /**
   * Every partnership, zeros included. Complaints by the partnership they were assigned to; early terminations by the
   * partnership of the agreement's recognition (transitional agreements without a recognition count for none).
   */
  partnerships(fromDay: Date, toDay: Date): Promise<PartnershipRiskSignal[]> {
    const { from, to } = checkPeriod(fromDay, toDay);
    return this.ctx.prisma.$queryRaw<PartnershipRiskSignal[]>`
      WITH complaints AS (
        SELECT c."partnershipId" AS id, count(*)::int AS n
        FROM complaint c
        WHERE c."partnershipId" IS NOT NULL AND c."receivedOn" BETWEEN ${from}::date AND ${to}::date
        GROUP BY 1
      ),
      terminations AS (
        SELECT r."partnershipId" AS id, count(*)::int AS n
        FROM agreement a
        JOIN recognition r ON r.id = a."recognitionId"
        WHERE a.status = 'ENDED_EARLY' AND a."actualEndDate" BETWEEN ${from}::date AND ${to}::date
        GROUP BY 1
      )
      SELECT p.id::text AS "partnershipId", COALESCE(c.n, 0)::int AS complaints, COALESCE(t.n, 0)::int AS "earlyTerminations"
      FROM partnership p
      LEFT JOIN complaints c ON c.id = p.id
      LEFT JOIN terminations t ON t.id = p.id
      ORDER BY p.code`;
  }
}

export function riskSignalsServiceOf(ctx: DualLearningContext): RiskSignalsService {
  return ctx.scoped(RiskSignalsService, () => new RiskSignalsService(ctx));
}
