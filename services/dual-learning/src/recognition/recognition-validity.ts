import type { PrismaClient } from '../generated/prisma/client.js';
import { RecognitionStatus } from '../generated/prisma/enums.js';
import { startOfDay } from '../shared/calendar.js';

/**
 * The recognition that makes a workplace fit for a training on `date` (BR-31 for agreements): ACTIVE and
 * validFrom ≤ date ≤ validUntil. Null when there is none. For several pairs at once, use `recognitionsValidOn`.
 */
export async function recognitionValidOn(prisma: PrismaClient, workplaceId: string, trainingId: string, date: Date) {
  const [found] = await recognitionsValidOn(prisma, [{ workplaceId, trainingId }], date);
  return found ?? null;
}

/** Batched form: the valid recognitions for all given (workplace, training) pairs on `date`, in one query. */
export function recognitionsValidOn(prisma: PrismaClient, pairs: readonly { workplaceId: string; trainingId: string }[], date: Date) {
  const day = startOfDay(date);
  if (pairs.length === 0) return Promise.resolve([]);
  return prisma.recognition.findMany({
    where: {
      status: RecognitionStatus.ACTIVE,
      validFrom: { lte: day },
      validUntil: { gte: day },
      OR: pairs.map((pair) => ({ workplaceId: pair.workplaceId, trainingId: pair.trainingId })),
    },
    orderBy: [{ validFrom: 'desc' }, { id: 'asc' }],
  });
}
