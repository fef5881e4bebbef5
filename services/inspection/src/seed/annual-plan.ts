import type { PrismaClient } from '../generated/prisma/client.js';
import { AuditKind, AuditSubjectType, RiskFactor } from '../generated/prisma/enums.js';
import { auditSeed, centres, partnerships, workplaces } from './audit-data.js';
import { actorOf } from './auditors.js';
import { at, day, stableId } from './ids.js';

/** The default weights (no risk_weight rows are seeded), as the planning applies them when no row exists. */
export const defaultRiskWeights: Record<RiskFactor, number> = {
  COMPLAINTS: 2,
  EARLY_TERMINATIONS: 1.5,
  OVERDUE_RECOMMENDATIONS: 3,
  NEGATIVE_PREVIOUS_RESULT: 4,
  YEARS_SINCE_LAST_AUDIT: 1,
};

const planYear = 2026;
export const annualPlanId = stableId(`inspection:annual-plan:${planYear}`);
export const planItemIdOf = (kind: AuditKind, subjectId: string) => stableId(`inspection:annual-plan:${planYear}:${kind}:${subjectId}`);

type Inputs = [complaints: number, earlyTerminations: number, overdue: number, negative: number, years: number];

interface CandidateSeed {
  kind: AuditKind;
  subjectType: AuditSubjectType;
  subjectId: string;
  trainingCentreId?: string;
  partnershipId?: string;
  inputs: Inputs;
  quarter?: number;
  manualReason?: string;
}

const { APPRENTICESHIP_FOLLOW_UP, TRACK_INSPECTION, PARTNERSHIP_SUPERVISION, WORKPLACE_AUDIT, DUAL_QUALITY_AUDIT } = AuditKind;
const centre = (id: string) => ({ subjectType: AuditSubjectType.TRAINING_CENTRE, subjectId: id, trainingCentreId: id });
const partnership = (id: string) => ({ subjectType: AuditSubjectType.PARTNERSHIP, subjectId: id, partnershipId: id });
const workplace = (id: string, partnershipId: string) => ({ subjectType: AuditSubjectType.WORKPLACE, subjectId: id, partnershipId });

/**
 * The jaarplanning 2026, adopted in December 2025: risk-ranked candidates per kind. A candidate with a quarter was
 * planned, and its audit is one of the seeded audits (rotation of the leertijd audits, sector rotation of the
 * try-outs, the SP processes and workplaces with signals).
 */
const candidates: CandidateSeed[] = [
  { kind: APPRENTICESHIP_FOLLOW_UP, ...centre(centres['syntra-midden-vlaanderen']), inputs: [3, 0, 2, 1, 2], quarter: 1 },
  { kind: APPRENTICESHIP_FOLLOW_UP, ...centre(centres['syntra-brussel']), inputs: [2, 0, 1, 1, 2], quarter: 2 },
  { kind: APPRENTICESHIP_FOLLOW_UP, ...centre(centres['syntra-west']), inputs: [1, 0, 0, 0, 3] },
  { kind: TRACK_INSPECTION, ...centre(centres['syntra-west']), inputs: [2, 0, 0, 0, 5], quarter: 2 },
  { kind: TRACK_INSPECTION, ...centre(centres['syntra-midden-vlaanderen']), inputs: [3, 0, 0, 0, 5], quarter: 2 },
  {
    kind: TRACK_INSPECTION, ...centre(centres['syntra-limburg']), inputs: [0, 0, 0, 0, 5], quarter: 1,
    manualReason: 'Sector-try-out groensector: de sectoren wisselen elk jaar, ongeacht de score.',
  },
  { kind: TRACK_INSPECTION, ...centre(centres['syntra-brussel']), inputs: [1, 0, 1, 0, 1] },
  { kind: PARTNERSHIP_SUPERVISION, ...partnership(partnerships.bouw), inputs: [4, 6, 0, 0, 5], quarter: 4 },
  { kind: PARTNERSHIP_SUPERVISION, ...partnership(partnerships.horeca), inputs: [5, 4, 0, 0, 5], quarter: 4 },
  {
    kind: PARTNERSHIP_SUPERVISION, ...partnership(partnerships.groen), inputs: [0, 1, 0, 0, 5], quarter: 2,
    manualReason: 'Proeftoezicht (fase 1): de instrumenten testen bij een partnerschap dat zich kandidaat stelde.',
  },
  { kind: PARTNERSHIP_SUPERVISION, ...partnership(partnerships.auto), inputs: [2, 2, 0, 0, 5] },
  { kind: WORKPLACE_AUDIT, ...workplace(workplaces['bouwonderneming-janssens'], partnerships.bouw), inputs: [3, 2, 0, 0, 5], quarter: 4 },
  { kind: WORKPLACE_AUDIT, ...workplace(workplaces['hotel-aan-de-leie'], partnerships.horeca), inputs: [2, 2, 0, 0, 5], quarter: 2 },
  { kind: WORKPLACE_AUDIT, ...workplace(workplaces['garage-peeters'], partnerships.auto), inputs: [1, 1, 0, 0, 5] },
  { kind: DUAL_QUALITY_AUDIT, ...centre(centres['syntra-west']), inputs: [0, 1, 0, 0, 5], quarter: 4 },
];

const factorOrder: RiskFactor[] = [
  RiskFactor.COMPLAINTS,
  RiskFactor.EARLY_TERMINATIONS,
  RiskFactor.OVERDUE_RECOMMENDATIONS,
  RiskFactor.NEGATIVE_PREVIOUS_RESULT,
  RiskFactor.YEARS_SINCE_LAST_AUDIT,
];

const round2 = (value: number) => Math.round(value * 100) / 100;

/** Σ weight × value with the inputs kept, so that the score stays explainable. */
export function scoreOf(inputs: Inputs) {
  const riskInputs = factorOrder.map((factor, index) => {
    const weight = defaultRiskWeights[factor];
    return { factor, value: inputs[index]!, weight, contribution: round2(weight * inputs[index]!) };
  });
  return { riskInputs, riskScore: round2(riskInputs.reduce((sum, input) => sum + input.contribution, 0)) };
}

/** Rank within the kind: highest score first, ties by subject id (stable). */
function rankOf(candidate: CandidateSeed): number {
  const score = scoreOf(candidate.inputs).riskScore;
  const sameKind = candidates.filter((other) => other.kind === candidate.kind);
  return (
    1 +
    sameKind.filter((other) => {
      const otherScore = scoreOf(other.inputs).riskScore;
      return otherScore > score || (otherScore === score && other.subjectId < candidate.subjectId);
    }).length
  );
}

export async function seedAnnualPlan(prisma: PrismaClient): Promise<void> {
  const planner = actorOf('jan');
  await prisma.annualPlan.createMany({
    data: [
      {
        id: annualPlanId,
        year: planYear,
        status: 'ADOPTED',
        weights: factorOrder.map((factor) => ({ factor, weight: defaultRiskWeights[factor], validFrom: null, isDefault: true })),
        adoptedOn: day('2025-12-12'),
        createdById: planner.id,
        createdBy: planner.name,
        createdAt: at('2025-11-24'),
      },
    ],
    skipDuplicates: true,
  });
  const counts = new Map<AuditKind, number>();
  for (const candidate of candidates) {
    if (candidate.quarter) counts.set(candidate.kind, (counts.get(candidate.kind) ?? 0) + 1);
  }
  await prisma.annualPlanCapacity.createMany({
    data: [...counts].map(([kind, count]) => ({ id: stableId(`inspection:annual-plan:${planYear}:capacity:${kind}`), planId: annualPlanId, kind, count })),
    skipDuplicates: true,
  });
  await prisma.annualPlanItem.createMany({
    data: candidates.map((candidate) => ({
      id: planItemIdOf(candidate.kind, candidate.subjectId),
      planId: annualPlanId,
      kind: candidate.kind,
      subjectType: candidate.subjectType,
      subjectId: candidate.subjectId,
      trainingCentreId: candidate.trainingCentreId ?? null,
      partnershipId: candidate.partnershipId ?? null,
      ...scoreOf(candidate.inputs),
      rank: rankOf(candidate),
      planned: candidate.quarter !== undefined,
      quarter: candidate.quarter ?? null,
      manualReason: candidate.manualReason ?? null,
    })),
    skipDuplicates: true,
  });
  await prisma.statusChange.createMany({
    data: [
      { id: stableId(`inspection:annual-plan:${planYear}:history:0`), step: 'draft', fromStatus: null, toStatus: 'DRAFT', at: at('2025-11-24') },
      { id: stableId(`inspection:annual-plan:${planYear}:history:1`), step: 'adopt', fromStatus: 'DRAFT', toStatus: 'ADOPTED', at: at('2025-12-12') },
    ].map((entry) => ({ ...entry, entityType: 'AnnualPlan', entityId: annualPlanId, actorId: planner.id, actorName: planner.name, note: null })),
    skipDuplicates: true,
  });
}

/** Every seeded audit that says it was planned must have a planned item of its kind and subject (checked by the tests). */
export function plannedAuditsWithoutItem(): number[] {
  return auditSeed
    .filter((audit) => audit.planned)
    .filter((audit) => !candidates.some((candidate) => candidate.quarter && candidate.kind === audit.kind && candidate.subjectId === audit.subjectId))
    .map((audit) => audit.number);
}
