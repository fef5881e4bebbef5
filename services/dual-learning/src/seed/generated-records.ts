import type { PrismaClient } from '../generated/prisma/client.js';

/** Applications, recognitions, agreements, … in the proportions of the annual report's tables (§5 of the digest). */
export async function seedGeneratedRecords(_prisma: PrismaClient): Promise<void> {}
