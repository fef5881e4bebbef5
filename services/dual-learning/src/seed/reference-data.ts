import type { PrismaClient } from '../generated/prisma/client.js';

/** The Flemish Partnership, the 16 sectoral partnerships, trainings and companies (filled in by the partnership module). */
export async function seedReferenceData(_prisma: PrismaClient): Promise<void> {}
