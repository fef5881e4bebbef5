import type { PrismaClient } from './generated/prisma/client.js';
import { seedAnnualPlan } from './seed/annual-plan.js';
import { seedAudits } from './seed/audits.js';
import { seedAuditors } from './seed/auditors.js';
import { seedTemplates } from './seed/templates.js';

/**
 * The demonstration data of the entity Toezicht en inspectie (seed003 §4), with 2018 moved to 2026: the auditor
 * register, the versioned templates, the adopted annual plan 2026 and the audits it and the teams scheduled.
 * Idempotent: every row has a fixed id and is inserted with skipDuplicates, so a second run (every start) changes
 * nothing, and edits made in the application are kept.
 */
export async function seedInspection(prisma: PrismaClient): Promise<void> {
  await seedAuditors(prisma);
  await seedTemplates(prisma);
  await seedAnnualPlan(prisma);
  await seedAudits(prisma);
}
