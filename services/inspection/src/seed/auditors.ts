import type { PrismaClient } from '../generated/prisma/client.js';
import { AuditorOrganisation, InspectionTeam } from '../generated/prisma/enums.js';
import { stableId } from './ids.js';

interface AuditorSeed {
  name: string;
  organisation: AuditorOrganisation;
  team: InspectionTeam | null;
  /**
   * Fixed sign-in subjects for the two people the development sign-in can act as (issue #6); the others have no
   * account in the demonstration.
   */
  userId?: string;
  active?: boolean;
}

/**
 * A part of the entity Toezicht en inspectie (22 heads in Nov 2017, 18 in Nov 2018, §4.1) and two co-auditors of the
 * Onderwijsinspectie for the joint dual audits and the Paritair Colleges. One inspector left during the year.
 */
export const auditorSeed = {
  pieter: { name: 'Pieter De Smet', organisation: AuditorOrganisation.AGENCY, team: InspectionTeam.INSPECTION, userId: 'demo-inspector-pieter' },
  sofie: { name: 'Sofie Maes', organisation: AuditorOrganisation.AGENCY, team: InspectionTeam.INSPECTION },
  jan: { name: 'Jan Wouters', organisation: AuditorOrganisation.AGENCY, team: InspectionTeam.INSPECTION },
  lies: { name: 'Lies Van den Bossche', organisation: AuditorOrganisation.AGENCY, team: InspectionTeam.INSPECTION },
  bart: { name: 'Bart Peeters', organisation: AuditorOrganisation.AGENCY, team: InspectionTeam.INSPECTION, active: false },
  els: { name: 'Els Claes', organisation: AuditorOrganisation.AGENCY, team: InspectionTeam.SUPERVISION, userId: 'demo-supervisor-els' },
  tom: { name: 'Tom Verhoeven', organisation: AuditorOrganisation.AGENCY, team: InspectionTeam.SUPERVISION },
  hanne: { name: 'Hanne Goossens', organisation: AuditorOrganisation.AGENCY, team: InspectionTeam.SUPERVISION },
  koen: { name: 'Koen Jacobs', organisation: AuditorOrganisation.AGENCY, team: InspectionTeam.SUPERVISION },
  marleen: { name: 'Marleen De Backer', organisation: AuditorOrganisation.EDUCATION_INSPECTORATE, team: null },
  dirk: { name: 'Dirk Willems', organisation: AuditorOrganisation.EDUCATION_INSPECTORATE, team: null },
} satisfies Record<string, AuditorSeed>;

export type AuditorKey = keyof typeof auditorSeed;

export const auditorIdOf = (key: AuditorKey) => stableId(`inspection:auditor:${key}`);

/** Who an auditor acts as in history and answers: the sign-in subject, or a seed actor for people without one. */
export function actorOf(key: AuditorKey): { id: string; name: string } {
  const auditor: AuditorSeed = auditorSeed[key];
  return { id: auditor.userId ?? `seed:${key}`, name: auditor.name };
}

function emailOf(auditor: AuditorSeed): string {
  const local = auditor.name
    .toLowerCase()
    .replace(/\s+/g, '.')
    .replace(/[^a-z.]/g, '');
  return auditor.organisation === AuditorOrganisation.AGENCY ? `${local}@syntravlaanderen.be` : `${local}@onderwijsinspectie.be`;
}

export async function seedAuditors(prisma: PrismaClient): Promise<void> {
  await prisma.auditor.createMany({
    data: Object.entries(auditorSeed).map(([key, seed]: [string, AuditorSeed]) => ({
      id: auditorIdOf(key as AuditorKey),
      userId: seed.userId ?? null,
      name: seed.name,
      email: emailOf(seed),
      organisation: seed.organisation,
      team: seed.team,
      active: seed.active ?? true,
    })),
    skipDuplicates: true,
  });
}
