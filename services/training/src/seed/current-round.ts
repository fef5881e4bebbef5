import type { PrismaClient } from '../generated/prisma/client.js';
import { RoundSeason, RoundStatus } from '../generated/prisma/enums.js';
import { dutchDateTime, ROUND_ENTITY } from '../action-plan/action-plan.service.js';
import { criteriaVersionIdOf, stableId } from './reference-data.js';

/** The criteria version in force for rounds from 2018-2019 on (validUntil open). */
const CURRENT_CRITERIA = '2018_2019';

/**
 * A current round, so that a fresh demo has a round the centres can draft and submit in: the April round (§2.12:
 * rounds in April and November) of the year after the seeding day, OPEN, its deadline 30 April 23:59 Brussels time
 * (summer time, UTC+2), still ahead. The seeded historic rounds (2015-2018, decided) stay as they are.
 * Idempotent: created (with its history row) only when the year's April round is missing; never changed after.
 */
export async function seedCurrentRound(prisma: PrismaClient, now: Date = new Date()): Promise<void> {
  const year = now.getUTCFullYear() + 1;
  const where = { year_season: { year, season: RoundSeason.APRIL } };
  if (await prisma.actionPlanRound.findUnique({ where, select: { id: true } })) return;
  if (!(await prisma.criteriaVersion.findUnique({ where: { id: criteriaVersionIdOf(CURRENT_CRITERIA) }, select: { id: true } }))) return;
  await prisma.$transaction(async (tx) => {
    const round = await tx.actionPlanRound.create({
      data: {
        id: stableId(`round:${year}:APRIL`),
        year,
        season: RoundSeason.APRIL,
        deadline: new Date(`${year}-04-30T21:59:59Z`),
        criteriaVersionId: criteriaVersionIdOf(CURRENT_CRITERIA),
        status: RoundStatus.OPEN,
      },
    });
    await tx.statusChange.create({
      data: {
        entityType: ROUND_ENTITY,
        entityId: round.id,
        step: 'open',
        fromStatus: null,
        toStatus: round.status,
        actorId: 'seed:current-round',
        actorName: 'Regie ondernemersvorming (demonstratie)',
        note: `Indienen tot ${dutchDateTime(round.deadline)}; criteria ${CURRENT_CRITERIA}`,
        at: now,
      },
    });
  });
}
