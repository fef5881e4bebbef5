import { startOfDay } from '@werkplek/subgraph-kit';
import type { DualLearningContext } from '../context.js';
import type { AppealDecisionType } from '../generated/prisma/enums.js';
import { Prisma } from '../generated/prisma/client.js';
import { checkPeriod, type Period } from '../risk-signals/period.js';
import type { HandlingTimes } from './handling-times.types.js';

/** seed003 §4.7: 75 % of complaints within 45 days, 75 % of appeals within 60 days. */
export const HANDLING_TARGET = 0.75;

interface Counts {
  closed: number;
  closedWithinTerm: number;
  openPastTerm: number;
}

/**
 * The handling-time KPIs of complaints and appeals (seed003 §4.7, §6.13), computed by PostgreSQL. The term is the due
 * day stored on the record when it was registered (complaint: receivedOn + 45 calendar days, BR-47; appeal: lodgedOn
 * + 60 days, BR-44): handled on the due day itself is in time, the day after is late. A case counts in the period in
 * which it was closed or decided, both days of the period included.
 *
 * Left out, on purpose:
 * - complaints declared inadmissible (onontvankelijk): they end at acknowledgement (BR-46, its own 10-day term) and no
 *   complaint is handled on its merits; counting them would lift the share with cases never investigated;
 * - appeals withdrawn by the appellant (ingetrokken) or inadmissible (too late, BR-40): the commission took no final
 *   decision. Only CONFIRMED and ANNULLED appeals count.
 */
export class HandlingTimesService {
  constructor(private readonly ctx: DualLearningContext) {}

  /** The last day that open cases are judged on: the period's end, or today when the period runs on. */
  private openOn(period: Period): string {
    const today = startOfDay(this.ctx.now()).toISOString().slice(0, 10);
    return today < period.to ? today : period.to;
  }

  async complaints(fromDay: Date, toDay: Date): Promise<HandlingTimes> {
    const period = checkPeriod(fromDay, toDay);
    const { from, to } = period;
    const on = this.openOn(period);
    const [counts] = await this.ctx.prisma.$queryRaw<Counts[]>`
      SELECT
        count(*) FILTER (WHERE c.status = 'CLOSED' AND c."closedOn" BETWEEN ${from}::date AND ${to}::date)::int AS closed,
        count(*) FILTER (
          WHERE c.status = 'CLOSED' AND c."closedOn" BETWEEN ${from}::date AND ${to}::date AND c."closedOn" <= c."closeDueOn"
        )::int AS "closedWithinTerm",
        count(*) FILTER (
          WHERE c.status <> 'INADMISSIBLE' AND c."receivedOn" <= ${on}::date AND c."closeDueOn" < ${on}::date
            AND (c."closedOn" IS NULL OR c."closedOn" > ${on}::date)
        )::int AS "openPastTerm"
      FROM complaint c`;
    return figures(counts!);
  }

  /** Appeals; `decisionType` narrows to one kind of contested decision (the KPI is about non-recognition). */
  async appeals(fromDay: Date, toDay: Date, decisionType: AppealDecisionType | null | undefined): Promise<HandlingTimes> {
    const period = checkPeriod(fromDay, toDay);
    const { from, to } = period;
    const on = this.openOn(period);
    const kind = decisionType ? Prisma.sql`AND a."decisionType" = ${decisionType}::"AppealDecisionType"` : Prisma.empty;
    const [counts] = await this.ctx.prisma.$queryRaw<Counts[]>`
      SELECT
        count(*) FILTER (
          WHERE a.status IN ('CONFIRMED', 'ANNULLED') AND a."decidedOn" BETWEEN ${from}::date AND ${to}::date
        )::int AS closed,
        count(*) FILTER (
          WHERE a.status IN ('CONFIRMED', 'ANNULLED') AND a."decidedOn" BETWEEN ${from}::date AND ${to}::date
            AND a."decidedOn" <= a."decisionDueOn"
        )::int AS "closedWithinTerm",
        count(*) FILTER (
          WHERE a.status NOT IN ('INADMISSIBLE', 'WITHDRAWN_BY_APPELLANT') AND a."lodgedOn" <= ${on}::date
            AND a."decisionDueOn" < ${on}::date AND (a."decidedOn" IS NULL OR a."decidedOn" > ${on}::date)
        )::int AS "openPastTerm"
      FROM appeal a
      WHERE true ${kind}`;
    return figures(counts!);
  }
}

function figures(counts: Counts): HandlingTimes {
  const share = counts.closed === 0 ? null : counts.closedWithinTerm / counts.closed;
  return { ...counts, share, target: HANDLING_TARGET, met: share === null ? null : share >= HANDLING_TARGET };
}

export function handlingTimesServiceOf(ctx: DualLearningContext): HandlingTimesService {
  return ctx.scoped(HandlingTimesService, () => new HandlingTimesService(ctx));
}
