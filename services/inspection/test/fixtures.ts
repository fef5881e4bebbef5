import { randomUUID } from 'node:crypto';
import type { User } from '@werkplek/auth';
import { demoReferences } from '@werkplek/config';
import { testUsers } from '@werkplek/test-kit';
import type { Prisma, PrismaClient } from '../src/generated/prisma/client.js';
import { AuditKind, AuditStatus, AuditSubjectType } from '../src/generated/prisma/enums.js';

/*
 * Shared fixtures of the inspection tests: the auditor register (the test inspector is assigned; a second inspector is
 * not) and audits inserted in any state, straight into the database, so each test starts where it needs to.
 */

export const westCentre = demoReferences.trainingCentres['syntra-west'];
export const limburgCentre = demoReferences.trainingCentres['syntra-limburg'];
export const janssensWorkplace = demoReferences.workplaces['bouwonderneming-janssens'];

/** An inspector who is not assigned to the fixture audits. */
export const otherInspector: User = { id: 'test-other-inspector', name: 'Annelies Wouters', role: 'INSPECTOR' };

export const auditorIds = {
  assigned: '6b000000-0000-4000-8000-000000000001',
  other: '6b000000-0000-4000-8000-000000000002',
  coAuditor: '6b000000-0000-4000-8000-000000000003',
};

export async function insertAuditors(prisma: PrismaClient): Promise<void> {
  await prisma.auditor.createMany({
    data: [
      { id: auditorIds.assigned, userId: testUsers.inspector.id, name: testUsers.inspector.name, team: 'INSPECTION' },
      { id: auditorIds.other, userId: otherInspector.id, name: otherInspector.name, team: 'SUPERVISION' },
      { id: auditorIds.coAuditor, userId: null, name: 'Katrien Van Damme', organisation: 'EDUCATION_INSPECTORATE' },
    ],
    skipDuplicates: true,
  });
}

/** Inserts an audit (a track inspection at Syntra West by default) with the test inspector as lead. */
export async function insertAudit(
  prisma: PrismaClient,
  overrides: Partial<Prisma.AuditUncheckedCreateInput> = {},
): Promise<string> {
  await insertAuditors(prisma);
  const id = overrides.id ?? randomUUID();
  await prisma.audit.create({
    data: {
      id,
      kind: AuditKind.TRACK_INSPECTION,
      title: 'Thematische inspectie eindproeven Syntra West',
      subjectType: AuditSubjectType.TRAINING_CENTRE,
      subjectId: westCentre,
      trainingCentreId: westCentre,
      status: AuditStatus.PLANNED,
      scheduledOn: new Date('2026-12-08T00:00:00Z'),
      createdBy: 'fixture',
      ...overrides,
    },
  });
  await prisma.auditAssignment.create({ data: { auditId: id, auditorId: auditorIds.assigned, role: 'LEAD' } });
  return id;
}
