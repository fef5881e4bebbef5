import { randomUUID } from 'node:crypto';
import type { PrismaClient } from '../src/generated/prisma/client.js';
import type { AuditKind } from '../src/generated/prisma/enums.js';

/*
 * Fixtures of the audit core's tests: a published checklist (inspectiekader) per kind, its answers, and the
 * GraphQL documents of the audit's lifecycle.
 */

/** Publishes a template of the kind with two required questions and one optional; returns its ids. */
export async function publishTemplate(prisma: PrismaClient, kind: AuditKind, version: number) {
  const template = await prisma.auditTemplate.create({
    data: {
      kind,
      version,
      title: `Inspectiekader ${kind} v${version}`,
      status: 'PUBLISHED',
      publishedAt: new Date('2026-01-01T00:00:00Z'),
      createdBy: 'fixture',
      questions: {
        create: [
          { code: '1.1', section: 'Organisatie', text: 'Is de lesplaats aangemeld?', answerType: 'YES_NO', position: 1 },
          { code: '1.2', section: 'Eindproeven', text: 'Hoeveel eindproeven werden bijgewoond?', answerType: 'NUMBER', position: 2 },
          { code: '2.1', section: 'Opmerkingen', text: 'Andere opmerkingen', answerType: 'TEXT', position: 3, required: false },
        ],
      },
    },
    include: { questions: true },
  });
  return template;
}

/** Answers the given questions of an audit's checklist, as the checklist module would. */
export async function answer(prisma: PrismaClient, auditId: string, questionIds: string[]) {
  for (const questionId of questionIds) {
    await prisma.checklistAnswer.create({
      data: {
        auditId,
        questionId,
        booleanValue: true,
        answeredById: 'test-inspector',
        answeredBy: 'Pieter De Smet',
        answeredAt: new Date('2026-11-23T10:00:00Z'),
      },
    });
  }
}

export async function insertFinding(prisma: PrismaClient, auditId: string, withRecommendation: 'OPEN' | 'IMPLEMENTED' | null) {
  const finding = await prisma.finding.create({
    data: {
      id: randomUUID(),
      auditId,
      severity: 'SHORTCOMING',
      title: 'Aanwezigheden niet volledig',
      description: 'Op twee lesdagen ontbrak de aanwezigheidslijst.',
      createdById: 'test-inspector',
      createdBy: 'Pieter De Smet',
    },
  });
  const recommendation = withRecommendation
    ? await prisma.recommendation.create({
        data: {
          auditId,
          findingId: finding.id,
          description: 'Digitaliseer de aanwezigheidsregistratie',
          owner: 'Kwaliteitscoördinator',
          agreedDueOn: new Date('2027-03-01T00:00:00Z'),
          status: withRecommendation,
          createdById: 'test-inspector',
          createdBy: 'Pieter De Smet',
        },
      })
    : null;
  return { finding, recommendation };
}

export const AUDIT_FIELDS = `id reference kind title status statusLabel team version scheduledOn preparedOn preparationPackReceivedOn
  performedOn reportedOn result advice reportSummary closedOn cancelledReason reportedToFlemishPartnershipOn
  reportedToAuditCommitteeOn improvementPlanApprovedOn subjectType subjectId
  trainingCentre { id } partnership { id } track { id } course { id } workplace { id } agreement { id }
  assignments { role auditor { id name organisation } } leadAuditor { id name }
  followUpOf { id } followUps { id }
  history { step fromStatus toStatus actorName note }`;

export interface AuditData {
  id: string;
  reference: string;
  kind: string;
  title: string;
  status: string;
  statusLabel: string;
  team: string;
  version: number;
  scheduledOn: string;
  preparedOn: string | null;
  preparationPackReceivedOn: string | null;
  performedOn: string | null;
  reportedOn: string | null;
  result: string | null;
  advice: string | null;
  reportSummary: string | null;
  closedOn: string | null;
  cancelledReason: string | null;
  reportedToFlemishPartnershipOn: string | null;
  reportedToAuditCommitteeOn: string | null;
  improvementPlanApprovedOn: string | null;
  subjectType: string;
  subjectId: string;
  trainingCentre: { id: string } | null;
  partnership: { id: string } | null;
  track: { id: string } | null;
  course: { id: string } | null;
  workplace: { id: string } | null;
  agreement: { id: string } | null;
  assignments: { role: string; auditor: { id: string; name: string; organisation: string } }[];
  leadAuditor: { id: string; name: string } | null;
  followUpOf: { id: string } | null;
  followUps: { id: string }[];
  history: { step: string; fromStatus: string | null; toStatus: string; actorName: string; note: string | null }[];
}

const mutation = (name: string, input: string) =>
  `mutation ($input: ${input}!) { ${name}(input: $input) { ${AUDIT_FIELDS} } }`;

export const documents = {
  plan: mutation('planAudit', 'PlanAuditInput'),
  reschedule: mutation('rescheduleAudit', 'RescheduleAuditInput'),
  assign: mutation('assignAuditors', 'AssignAuditorsInput'),
  prepare: mutation('prepareAudit', 'PrepareAuditInput'),
  start: mutation('startAudit', 'StartAuditInput'),
  report: mutation('reportAudit', 'ReportAuditInput'),
  completeReport: mutation('completeAuditReport', 'CompleteAuditReportInput'),
  startFollowUp: mutation('startAuditFollowUp', 'AuditStepInput'),
  close: mutation('closeAudit', 'CloseAuditInput'),
  cancel: mutation('cancelAudit', 'CancelAuditInput'),
  get: `query ($id: ID!) { audit(id: $id) { ${AUDIT_FIELDS} } }`,
};
