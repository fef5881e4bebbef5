import { createHash } from 'node:crypto';
import { demoReferences } from '@werkplek/config';
import type { PrismaClient } from '../generated/prisma/client.js';
import { ApplicationStatus, DecisionOutcome, MentorTrainingStatus, SubmitterType } from '../generated/prisma/enums.js';
import { addDays, addYears, startOfDay } from '../shared/calendar.js';
import { RECOGNITION_YEARS } from '../recognition-application/recognition-application.service.js';
import { partnershipIdOf, stableId, trainingIdOf } from './reference-data.js';

/*
 * A small current slice on top of the 2017-2018 report's records (which stay as they are: the indicators are tested
 * against the report's figures per school year). Dated relative to the day it is seeded, so that a fresh demo always
 * has recognitions valid today and an inbox with work in it: the demo workplaces each get a mentor, four of them a
 * recognition with its approved application, and two applications are being handled (one two days before its term).
 */

type WorkplaceKey = keyof typeof demoReferences.workplaces;

interface SliceApplication {
  key: string;
  workplace: WorkplaceKey;
  training: string;
  partnership: string;
  /** Days before today it was submitted. */
  submittedDaysAgo: number;
  status: ApplicationStatus;
  /** Approved applications: the recognition starts on the decision day, this many days after submission. */
  decidedAfterDays?: number;
}

export const currentSliceApplications: readonly SliceApplication[] = [
  { key: 'bakkerij-brood', workplace: 'bakkerij-vandenbroucke', training: 'brood-en-banketbakkerij-duaal', partnership: 'sp-voeding', submittedDaysAgo: 410, status: ApplicationStatus.APPROVED, decidedAfterDays: 9 },
  { key: 'janssens-metselaar', workplace: 'bouwonderneming-janssens', training: 'metselaar', partnership: 'sp-bouw', submittedDaysAgo: 75, status: ApplicationStatus.APPROVED, decidedAfterDays: 12 },
  { key: 'lotte-kapper', workplace: 'kapsalon-lotte', training: 'kapper', partnership: 'sp-haartooi', submittedDaysAgo: 1100, status: ApplicationStatus.APPROVED, decidedAfterDays: 6 },
  { key: 'leie-hulpkok', workplace: 'hotel-aan-de-leie', training: 'hulpkok', partnership: 'sp-horeca', submittedDaysAgo: 210, status: ApplicationStatus.APPROVED, decidedAfterDays: 13 },
  // Being handled: near the 14-day term (BR-01), and one just submitted.
  { key: 'leie-keukenmedewerker', workplace: 'hotel-aan-de-leie', training: 'keukenmedewerker', partnership: 'sp-horeca', submittedDaysAgo: 12, status: ApplicationStatus.IN_PROGRESS },
  { key: 'wouters-elektrotechnicus', workplace: 'elektro-wouters', training: 'elektrotechnicus-duaal', partnership: 'sp-elektriciens', submittedDaysAgo: 3, status: ApplicationStatus.SUBMITTED },
];

const mentorNames: Record<WorkplaceKey, string> = {
  'bakkerij-vandenbroucke': 'Koen Vandenbroucke',
  'bouwonderneming-janssens': 'Marc Janssens',
  'garage-peeters': 'Tom Peeters',
  'hotel-aan-de-leie': 'Sofie De Clercq',
  'kapsalon-lotte': 'Lotte Verbeke',
  'elektro-wouters': 'Bart Wouters',
};

const HANDLER = { id: 'seed:current-slice', name: 'Sectorconsulent (demonstratie)' };
const sliceId = (kind: string, key: string) => stableId(`current-slice:${kind}:${key}`);
export const currentSliceApplicationId = (key: string) => sliceId('application', key);
export const currentSliceRecognitionId = (key: string) => sliceId('recognition', key);

/**
 * Idempotent: rows are created under stable ids only when missing (a repeat, or a later day, changes nothing).
 * Needs the reference data and the demo workplaces; without them it does nothing.
 */
export async function seedCurrentSlice(prisma: PrismaClient, now: Date = new Date()): Promise<void> {
  const today = startOfDay(now);
  const workplaces = await prisma.workplace.findMany({ where: { id: { in: Object.values(demoReferences.workplaces) } }, select: { id: true, companyId: true } });
  const trainings = await prisma.training.count({ where: { id: { in: currentSliceApplications.map((a) => trainingIdOf(a.training)) } } });
  if (workplaces.length !== Object.keys(demoReferences.workplaces).length || trainings !== new Set(currentSliceApplications.map((a) => a.training)).size) return;

  for (const [key, workplaceId] of Object.entries(demoReferences.workplaces) as [WorkplaceKey, string][]) {
    const nationalRegisterHash = createHash('sha256').update(`demo-mentor:${key}`).digest('hex');
    await prisma.mentor.upsert({
      where: { workplaceId_nationalRegisterHash: { workplaceId, nationalRegisterHash } },
      update: {},
      create: {
        id: sliceId('mentor', key),
        workplaceId,
        name: mentorNames[key],
        nationalRegisterHash,
        birthDate: new Date('1979-05-14T00:00:00Z'),
        yearsOfExperience: 12,
        trainingStatus: MentorTrainingStatus.COMPLETED,
        trainingRegisteredOn: addYears(today, -3),
        trainingCompletedOn: addDays(addYears(today, -3), 60),
      },
    });
  }

  for (const seed of currentSliceApplications) {
    const id = currentSliceApplicationId(seed.key);
    if (await prisma.recognitionApplication.findUnique({ where: { id }, select: { id: true } })) continue;
    const workplaceId = demoReferences.workplaces[seed.workplace];
    const mentorId = (await prisma.mentor.findFirstOrThrow({ where: { workplaceId }, orderBy: { createdAt: 'asc' }, select: { id: true } })).id;
    const submittedDay = addDays(today, -seed.submittedDaysAgo);
    const submittedAt = new Date(submittedDay.getTime() + 9.5 * 3_600_000);
    const decidedDay = seed.decidedAfterDays === undefined ? null : addDays(submittedDay, seed.decidedAfterDays);
    const decidedAt = decidedDay && new Date(decidedDay.getTime() + 14 * 3_600_000);
    const partnershipId = partnershipIdOf(seed.partnership);
    const checked = seed.status !== ApplicationStatus.SUBMITTED;
    const submitter = { id: `seed:company:${seed.workplace}`, name: mentorNames[seed.workplace] };
    await prisma.$transaction(async (tx) => {
      await tx.recognitionApplication.create({
        data: {
          id,
          workplaceId,
          trainingId: trainingIdOf(seed.training),
          partnershipId,
          submitterType: SubmitterType.COMPANY,
          submittedById: submitter.id,
          submittedByName: submitter.name,
          status: seed.status,
          submittedAt,
          dueOn: addDays(submittedDay, 14),
          companyInOrder: checked ? true : null,
          equipmentSufficient: decidedAt ? true : null,
          financiallyCapable: decidedAt ? true : null,
          noConvictions: decidedAt ? true : null,
          missingItems: [],
          excludedActivities: [],
          outcome: decidedAt ? DecisionOutcome.APPROVAL : null,
          decidedAt,
          decidedById: decidedAt ? HANDLER.id : null,
          decidedByName: decidedAt ? HANDLER.name : null,
          mentors: { create: [{ mentorId }] },
        },
      });
      const history: { step: string; from: ApplicationStatus | null; to: ApplicationStatus; at: Date; actor: typeof HANDLER }[] = [{ step: 'submit', from: null, to: ApplicationStatus.SUBMITTED, at: submittedAt, actor: submitter }];
      if (checked) history.push({ step: 'takeUp', from: ApplicationStatus.SUBMITTED, to: ApplicationStatus.IN_PROGRESS, at: new Date(submittedAt.getTime() + 24 * 3_600_000), actor: HANDLER });
      if (decidedAt) history.push({ step: 'decide', from: ApplicationStatus.IN_PROGRESS, to: ApplicationStatus.APPROVED, at: decidedAt, actor: HANDLER });
      await tx.statusChange.createMany({
        data: history.map((entry) => ({
          entityType: 'RecognitionApplication',
          entityId: id,
          step: entry.step,
          fromStatus: entry.from,
          toStatus: entry.to,
          actorId: entry.actor.id,
          actorName: entry.actor.name,
          at: entry.at,
        })),
      });
      if (!decidedDay || !decidedAt) return;
      const recognitionId = currentSliceRecognitionId(seed.key);
      await tx.recognition.create({
        data: {
          id: recognitionId,
          applicationId: id,
          workplaceId,
          trainingId: trainingIdOf(seed.training),
          partnershipId,
          validFrom: decidedDay,
          // BR-13, as the service grants it.
          validUntil: addYears(decidedDay, RECOGNITION_YEARS),
          mentors: { create: [{ mentorId }] },
        },
      });
      await tx.statusChange.create({
        data: { entityType: 'Recognition', entityId: recognitionId, step: 'grant', fromStatus: null, toStatus: 'ACTIVE', actorId: HANDLER.id, actorName: HANDLER.name, at: decidedAt },
      });
    });
  }
}
