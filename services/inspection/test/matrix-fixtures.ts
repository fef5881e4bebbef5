import { randomUUID } from 'node:crypto';
import { testUsers, type MatrixCaller, type Scope } from '@werkplek/test-kit';
import type { User } from '@werkplek/auth';
import type { PrismaClient } from '../src/generated/prisma/client.js';
import { insertFinding, publishTemplate } from './audit-fixtures.js';
import { auditorIds, insertAudit, limburgCentre, westCentre } from './fixtures.js';

/*
 * Own and foreign records of the authorization matrix and the mutation fuzzer (issue #7): the "own" audit is a finished
 * (REPORTED) track inspection at Syntra West, supervised partnership P-own, with the test inspector as lead; the
 * "foreign" one is the same at Syntra Limburg / P-foreign, led by another inspector. Each has a finding, an open
 * recommendation and an evidence file. Templates, plans and auditors belong to nobody: the same in both scopes.
 */

export interface AuditFiles {
  audit: string;
  finding: string;
  recommendation: string;
  evidence: string;
  centre: string;
  partnership: string;
}

export interface MatrixFixtures {
  own: AuditFiles;
  foreign: AuditFiles;
  template: string;
  question: string;
  /** An auditor nobody's assignment depends on (deactivating it changes no scope). */
  spareAuditor: string;
}

async function filesOf(prisma: PrismaClient, centre: string, partnership: string, lead: 'assigned' | 'other'): Promise<AuditFiles> {
  const audit = await insertAudit(prisma, {
    status: 'REPORTED',
    subjectId: centre,
    trainingCentreId: centre,
    partnershipId: partnership,
    scheduledOn: new Date('2026-06-01T00:00:00Z'),
    reportedOn: new Date('2026-10-01T00:00:00Z'),
  });
  if (lead === 'other') {
    await prisma.auditAssignment.deleteMany({ where: { auditId: audit } });
    await prisma.auditAssignment.create({ data: { auditId: audit, auditorId: auditorIds.other, role: 'LEAD' } });
  }
  const { finding, recommendation } = await insertFinding(prisma, audit, 'OPEN');
  const content = Buffer.from('aanwezigheidslijst');
  const evidence = await prisma.evidenceFile.create({
    data: {
      auditId: audit,
      findingId: finding.id,
      fileName: 'aanwezigheden.txt',
      mediaType: 'text/plain',
      sizeBytes: content.length,
      sha256: 'a'.repeat(64),
      content,
      uploadedById: 'test-inspector',
      uploadedBy: 'Pieter De Smet',
      uploadedAt: new Date('2026-06-01T10:00:00Z'),
    },
  });
  return { audit, finding: finding.id, recommendation: recommendation!.id, evidence: evidence.id, centre, partnership };
}

export async function insertMatrixFixtures(prisma: PrismaClient): Promise<MatrixFixtures> {
  const own = await filesOf(prisma, westCentre, randomUUID(), 'assigned');
  const foreign = await filesOf(prisma, limburgCentre, randomUUID(), 'other');
  const template = await publishTemplate(prisma, 'TRACK_INSPECTION', 90);
  const spare = await prisma.auditor.create({ data: { name: 'Reserve auditor', team: 'INSPECTION' } });
  return { own, foreign, template: template.id, question: template.questions[0]!.id, spareAuditor: spare.id };
}

export const callers: MatrixCaller[] = [
  { label: 'anoniem', user: null, scoped: false },
  { label: 'agentschap', user: testUsers.agencyStaff, scoped: false },
  { label: 'inspecteur', user: testUsers.inspector, scoped: true },
  { label: 'centrum', user: testUsers.centreUser('bound-later'), scoped: true },
  { label: 'partnerschap', user: testUsers.partnershipStaff('bound-later'), scoped: true },
  { label: 'onderneming', user: testUsers.companyUser('matrix-company'), scoped: false },
  { label: 'school', user: testUsers.schoolUser, scoped: false },
  { label: 'dienst', user: testUsers.inspectionService, scoped: false },
];

/** The caller with its organisation bound to the own records (known only after seeding). */
export function bound(user: User | null, fixtures: MatrixFixtures): User | null {
  if (!user) return null;
  if (user.role === 'CENTRE_USER') return { ...user, centreId: fixtures.own.centre };
  if (user.role === 'PARTNERSHIP_STAFF') return { ...user, partnershipId: fixtures.own.partnership };
  return user;
}

/** Which record an `id` / `…Id` argument names, by operation and name; undefined: let the generator choose. */
export function idFor(fixtures: MatrixFixtures, scope: Scope, operation: string, name: string): string | undefined {
  const files = fixtures[scope];
  switch (name) {
    case 'auditId':
    case 'followUpOfId':
      return files.audit;
    case 'findingId':
      return files.finding;
    case 'recommendationId':
      return files.recommendation;
    case 'templateId':
      return fixtures.template;
    case 'questionId':
      return fixtures.question;
    case 'auditorId':
      return auditorIds.assigned;
    case 'id':
      if (/[Ee]vidence/.test(operation)) return files.evidence;
      if (/[Rr]ecommendation$/.test(operation)) return files.recommendation;
      if (/[Tt]emplate$/.test(operation)) return fixtures.template;
      if (/Auditor$/.test(operation)) return fixtures.spareAuditor;
      if (/[Aa]udit$|Audit\w*$/.test(operation)) return files.audit;
      return undefined;
    default:
      return undefined;
  }
}

/** Valid values for fields whose generated value would be refused by validation before any access check. */
export function validValue(operation: string, name: string): unknown {
  if (name === 'reportSummary') return 'Het verslag van de doorlichting, met alle vaststellingen.';
  if (name === 'mediaType') return 'text/plain';
  if (name === 'fileName') return 'aanwezigheden.txt';
  if (name === 'contentBase64') return Buffer.from('aanwezigheidslijst lesdag 3').toString('base64');
  // A recognition of dual learning (this subgraph does not check it exists before the proposal is refused or made).
  if (name === 'recognitionId') return '00000000-0000-4000-8000-0000000000c1';
  if (name === 'reason') return 'Ernstige tekortkomingen bij de doorlichting';
  if (operation === 'Mutation.updateFinding' && name === 'title') return 'Aanwezigheden onvolledig';
  // The test inspector is on the inspection team, which writes the frameworks of track inspections.
  if (operation === 'Mutation.draftAuditTemplate' && name === 'kind') return 'TRACK_INSPECTION';
  return undefined;
}
