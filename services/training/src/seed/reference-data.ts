import type { PrismaClient } from '../generated/prisma/client.js';

/** Teaching locations, sectors, criteria versions, tracks and modules, mandate holders (filled in by the offer module). */
export async function seedReferenceData(_prisma: PrismaClient): Promise<void> {}
