import { demoReferences } from '@werkplek/config';
import { seedCurrentSlice } from './seed/current-slice.js';
import { seedGeneratedRecords } from './seed/generated-records.js';
import { seedReferenceData } from './seed/reference-data.js';
import type { PrismaClient } from './generated/prisma/client.js';
import { withCheckDigits } from './workplace/belgian-numbers.js';
import { provinceOfPostalCode } from './workplace/province.js';

/**
 * Demonstration workplaces in the sectors the annual report 2017-2018 names. The companies are fictitious;
 * their KBO numbers are made up but carry valid check digits.
 */
export const workplaceSeed = [
  { key: 'bakkerij-vandenbroucke', establishment: '21345678', enterprise: '04561237', name: 'Bakkerij Vandenbroucke', companyName: 'Bakkerij Vandenbroucke BV', street: 'Grote Markt 12', postalCode: '8500', municipality: 'Kortrijk', sectoralPartnership: 'SP Voedingsnijverheid' },
  { key: 'bouwonderneming-janssens', establishment: '21456789', enterprise: '04672348', name: 'Bouwonderneming Janssens', companyName: 'Bouwonderneming Janssens NV', street: 'Industrieweg 45', postalCode: '3500', municipality: 'Hasselt', sectoralPartnership: 'SP Bouw' },
  { key: 'garage-peeters', establishment: '21567890', enterprise: '04783459', name: 'Garage Peeters', companyName: 'Garage Peeters BV', street: 'Mechelsesteenweg 210', postalCode: '2018', municipality: 'Antwerpen', sectoralPartnership: 'SP Auto en aanverwante sectoren' },
  { key: 'hotel-aan-de-leie', establishment: '21678901', enterprise: '04894560', name: 'Hotel Aan de Leie', companyName: 'Leiehotels BV', street: 'Graslei 8', postalCode: '9000', municipality: 'Gent', sectoralPartnership: 'SP Horeca' },
  { key: 'kapsalon-lotte', establishment: '21789012', enterprise: '07905671', name: 'Kapsalon Lotte', companyName: 'Lotte Verbeke', street: 'Diestsestraat 77', postalCode: '3000', municipality: 'Leuven', sectoralPartnership: 'SP Haartooi, Fitness en schoonheidszorgen' },
  { key: 'elektro-wouters', establishment: '21890123', enterprise: '08016782', name: 'Elektro Wouters', companyName: 'Elektro Wouters BV', street: 'Hoogstraat 150', postalCode: '1000', municipality: 'Brussel', sectoralPartnership: 'SP Elektriciens: installatie en distributie' },
] as const;

/** Idempotent: running it again leaves existing workplaces (and edits made to them) alone. */
export async function seedWorkplaces(prisma: PrismaClient): Promise<void> {
  for (const seed of workplaceSeed) {
    const establishmentNumber = withCheckDigits(seed.establishment);
    await prisma.workplace.upsert({
      where: { establishmentNumber },
      update: {},
      create: {
        id: demoReferences.workplaces[seed.key],
        establishmentNumber,
        enterpriseNumber: withCheckDigits(seed.enterprise),
        name: seed.name,
        companyName: seed.companyName,
        street: seed.street,
        postalCode: seed.postalCode,
        municipality: seed.municipality,
        province: provinceOfPostalCode(seed.postalCode)!,
        sectoralPartnership: seed.sectoralPartnership,
      },
    });
  }
}

/**
 * The demonstration data, in dependency order: reference data (partnerships, trainings, companies), the workplaces
 * other subgraphs refer to, then generated records (2016-2019, the annual report's), then a current slice dated from
 * `now` (after the generated records: they stand back when applications exist). Each part is idempotent.
 */
export async function seedDualLearning(prisma: PrismaClient, now: Date = new Date()): Promise<void> {
  await seedReferenceData(prisma);
  await seedWorkplaces(prisma);
  await seedGeneratedRecords(prisma);
  await seedCurrentSlice(prisma, now);
}
