import { demoReferences } from '@werkplek/config';
import type { PrismaClient } from './generated/prisma/client.js';
import { seedCurrentRound } from './seed/current-round.js';
import { seedGeneratedRecords } from './seed/generated-records.js';
import { seedReferenceData } from './seed/reference-data.js';

/**
 * The five Syntra centres named in the agency's business plan 2019 (seed003 §2), under their umbrella.
 * Campus lists are illustrative: the documents mention campuses and teaching locations without listing them.
 */
export const trainingCentreSeed = [
  { code: 'syntra-midden-vlaanderen', name: 'Syntra Midden-Vlaanderen', campuses: ['Gent', 'Aalst', 'Sint-Niklaas'] },
  { code: 'syntra-brussel', name: 'Syntra Brussel', campuses: ['Brussel'] },
  { code: 'syntra-west', name: 'Syntra West', campuses: ['Brugge', 'Kortrijk', 'Roeselare'] },
  { code: 'syntra-antwerpen-vlaams-brabant', name: 'Syntra Antwerpen en Vlaams-Brabant', campuses: ['Antwerpen', 'Mechelen', 'Leuven'] },
  { code: 'syntra-limburg', name: 'Syntra Limburg', campuses: ['Hasselt', 'Genk'] },
] as const;

/** Idempotent: running it again leaves existing centres (and edits made to them) alone. */
export async function seedTrainingCentres(prisma: PrismaClient): Promise<void> {
  for (const centre of trainingCentreSeed) {
    await prisma.trainingCentre.upsert({
      where: { code: centre.code },
      update: {},
      create: {
        ...centre,
        id: demoReferences.trainingCentres[centre.code],
        campuses: [...centre.campuses],
        umbrella: 'SYNTRA Vlaanderen',
      },
    });
  }
}

/** The demonstration data, in dependency order; each part is idempotent. `now` dates the current round. */
export async function seedTraining(prisma: PrismaClient, now: Date = new Date()): Promise<void> {
  await seedTrainingCentres(prisma);
  await seedReferenceData(prisma);
  await seedGeneratedRecords(prisma);
  await seedCurrentRound(prisma, now);
}
