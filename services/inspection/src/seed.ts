import { demoReferences } from '@werkplek/config';
import type { PrismaClient } from './generated/prisma/client.js';

const { trainingCentres, workplaces } = demoReferences;

/**
 * Demonstration inspections. The follow-up audits of apprenticeship (leertijd) at Syntra Midden-Vlaanderen and
 * Syntra West and the thematic inspection of final exams per teaching location follow the business plan 2019
 * (seed003 §4); dates are moved to the present.
 */
export const inspectionSeed = [
  { id: '5a7c1d2e-0003-4a00-8000-000000000001', title: 'Opvolgingsdoorlichting leertijd Syntra Midden-Vlaanderen', kind: 'FOLLOW_UP_AUDIT', status: 'REPORTED', plannedOn: '2026-03-17', leadInspector: 'Pieter De Smet', subjectType: 'TRAINING_CENTRE', trainingCentreId: trainingCentres['syntra-midden-vlaanderen'] },
  { id: '5a7c1d2e-0003-4a00-8000-000000000002', title: 'Opvolgingsdoorlichting leertijd Syntra West', kind: 'FOLLOW_UP_AUDIT', status: 'PLANNED', plannedOn: '2027-03-16', leadInspector: 'Pieter De Smet', subjectType: 'TRAINING_CENTRE', trainingCentreId: trainingCentres['syntra-west'] },
  { id: '5a7c1d2e-0003-4a00-8000-000000000003', title: 'Thematische inspectie eindexamens per lesplaats Syntra Limburg', kind: 'TRACK_INSPECTION', status: 'IN_PROGRESS', plannedOn: '2026-11-10', leadInspector: 'Annelies Wouters', subjectType: 'TRAINING_CENTRE', trainingCentreId: trainingCentres['syntra-limburg'] },
  { id: '5a7c1d2e-0003-4a00-8000-000000000004', title: 'Terreinbezoek Bouwonderneming Janssens', kind: 'WORKPLACE_VISIT', status: 'PLANNED', plannedOn: '2026-12-08', leadInspector: 'Annelies Wouters', subjectType: 'WORKPLACE', workplaceId: workplaces['bouwonderneming-janssens'] },
  { id: '5a7c1d2e-0003-4a00-8000-000000000005', title: 'Terreinbezoek Hotel Aan de Leie', kind: 'WORKPLACE_VISIT', status: 'CLOSED', plannedOn: '2026-06-02', leadInspector: 'Pieter De Smet', subjectType: 'WORKPLACE', workplaceId: workplaces['hotel-aan-de-leie'] },
] as const;

/** Idempotent: running it again leaves existing inspections (and edits made to them) alone. */
export async function seedInspection(prisma: PrismaClient): Promise<void> {
  for (const { plannedOn, ...inspection } of inspectionSeed) {
    await prisma.inspection.upsert({
      where: { id: inspection.id },
      update: {},
      create: { ...inspection, plannedOn: new Date(`${plannedOn}T00:00:00Z`) },
    });
  }
}
