import { badUserInput, requireUser, startOfDay, type User } from '@werkplek/subgraph-kit';
import type { InspectionContext } from '../context.js';
import type { Prisma, PrismaClient } from '../generated/prisma/client.js';
import type { RiskFactor } from '../generated/prisma/enums.js';
import { defaultRiskWeights, riskFactors, type RiskWeights } from './risk-score.js';
import type { RiskWeightSetting, SetRiskWeightInput } from './risk.types.js';

export const MAX_RISK_WEIGHT = 100;

/** The settings valid on a day: per factor the newest row on or before it, else the default. One query. */
export async function riskWeightsOn(prisma: PrismaClient | Prisma.TransactionClient, day: Date): Promise<RiskWeightSetting[]> {
  const rows = await prisma.riskWeight.findMany({
    where: { validFrom: { lte: startOfDay(day) } },
    orderBy: [{ validFrom: 'desc' }],
  });
  return riskFactors.map((factor) => {
    const row = rows.find((candidate) => candidate.factor === factor);
    if (!row) return { factor, weight: defaultRiskWeights[factor], validFrom: null, changedBy: null, reason: null, isDefault: true };
    return { factor, weight: row.weight.toNumber(), validFrom: row.validFrom, changedBy: row.changedBy, reason: row.reason, isDefault: false };
  });
}

export function weightsOf(settings: readonly RiskWeightSetting[]): RiskWeights {
  const weights = { ...defaultRiskWeights } as Record<RiskFactor, number>;
  for (const setting of settings) weights[setting.factor] = setting.weight;
  return weights;
}

/** The configurable weights of the risk-based planning (§4.8). Staff set them; plans snapshot them when scoring. */
export class RiskWeightService {
  constructor(private readonly ctx: InspectionContext) {}

  private get user(): User {
    return requireUser(this.ctx);
  }

  weightsOn(day: Date | null | undefined): Promise<RiskWeightSetting[]> {
    return riskWeightsOn(this.ctx.prisma, day ?? this.ctx.now());
  }

  /**
   * A weight from a day on. The day is today or later: a weight that was in force stays as it was, so an older plan's
   * scores stay explainable. Setting the same factor and day again replaces that row: a future weight is a plan, not
   * history (who changed it last is kept).
   */
  async setWeight(input: SetRiskWeightInput): Promise<RiskWeightSetting> {
    const user = this.user;
    const weight = input.weight;
    if (!Number.isFinite(weight) || weight < 0 || weight > MAX_RISK_WEIGHT) {
      throw badUserInput(`Het gewicht ligt tussen 0 en ${MAX_RISK_WEIGHT}`, `The weight is between 0 and ${MAX_RISK_WEIGHT}`, { field: 'weight' });
    }
    if (Math.abs(weight * 100 - Math.round(weight * 100)) > 1e-6) {
      throw badUserInput('Het gewicht heeft hoogstens 2 decimalen', 'The weight has at most 2 decimals', { field: 'weight' });
    }
    const today = startOfDay(this.ctx.now());
    if (input.validFrom < today) {
      throw badUserInput(
        'Een gewicht geldt vanaf vandaag of later, niet in het verleden',
        'A weight applies from today or later, not in the past',
        { field: 'validFrom' },
      );
    }
    const reason = (input.reason ?? '').trim();
    if (reason.length < 5 || reason.length > 1000) {
      throw badUserInput('Motivering: 5 tot 1000 tekens', 'Reason: 5 to 1000 characters', { field: 'reason' });
    }
    const data = {
      weight: Math.round(weight * 100) / 100,
      changedById: user.id,
      changedBy: user.name,
      changedAt: this.ctx.now(),
      reason,
    };
    const row = await this.ctx.prisma.riskWeight.upsert({
      where: { factor_validFrom: { factor: input.factor, validFrom: input.validFrom } },
      create: { factor: input.factor, validFrom: input.validFrom, ...data },
      update: data,
    });
    return { factor: row.factor, weight: row.weight.toNumber(), validFrom: row.validFrom, changedBy: row.changedBy, reason: row.reason, isDefault: false };
  }

  /** Every weight set from a day on (the planned changes), oldest first. */
  async scheduled(from: Date): Promise<RiskWeightSetting[]> {
    const rows = await this.ctx.prisma.riskWeight.findMany({
      where: { validFrom: { gt: startOfDay(from) } },
      orderBy: [{ validFrom: 'asc' }, { factor: 'asc' }],
    });
    return rows.map((row) => ({
      factor: row.factor,
      weight: row.weight.toNumber(),
      validFrom: row.validFrom,
      changedBy: row.changedBy,
      reason: row.reason,
      isDefault: false,
    }));
  }
}

/** The request's RiskWeightService. */
export function riskWeightServiceOf(ctx: InspectionContext): RiskWeightService {
  return ctx.scoped(RiskWeightService, () => new RiskWeightService(ctx));
}
