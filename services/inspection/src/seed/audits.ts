import { createHash } from 'node:crypto';
import type { PrismaClient } from '../generated/prisma/client.js';
import { AnswerType, AuditStatus, RecommendationStatus } from '../generated/prisma/enums.js';
import { auditSeed, type AnswerValue, type AuditSeed } from './audit-data.js';
import { actorOf, auditorIdOf } from './auditors.js';
import { at, day, seedAuditId, stableId } from './ids.js';
import { planItemIdOf } from './annual-plan.js';
import { questionIdOf, questionsOf, templateIdOf } from './templates.js';

const optionalDay = (value: string | undefined) => (value ? day(value) : null);

const childId = (audit: AuditSeed, kind: string, key: string) => stableId(`inspection:audit:${audit.number}:${kind}:${key}`);

interface HistoryStep {
  step: string;
  from: AuditStatus | null;
  to: AuditStatus;
  on: string;
  note?: string;
}

/** The workflow steps an audit has taken, from the dates it carries (step names of audit.workflow.ts; `plan` creates it). */
export function historyOf(audit: AuditSeed): HistoryStep[] {
  const steps: HistoryStep[] = [{ step: 'plan', from: null, to: AuditStatus.PLANNED, on: audit.plannedOn }];
  const move = (step: string, to: AuditStatus, on: string | undefined, note?: string) => {
    if (on) steps.push({ step, from: steps[steps.length - 1]!.to, to, on, note });
  };
  move('prepare', AuditStatus.PREPARED, audit.preparedOn);
  move('start', AuditStatus.IN_PROGRESS, audit.performedOn);
  move('report', AuditStatus.REPORTED, audit.reportedOn);
  move('startFollowUp', AuditStatus.FOLLOW_UP, audit.followUpOn);
  move('close', AuditStatus.CLOSED, audit.closedOn);
  const reached = steps[steps.length - 1]!.to;
  // A mistake in the data would otherwise show an audit whose history contradicts its status.
  if (reached !== audit.status) {
    throw new Error(`Seed audit ${audit.number} has status ${audit.status} but its dates lead to ${reached}`);
  }
  return steps;
}

function answerColumns(type: AnswerType, value: AnswerValue) {
  switch (type) {
    case AnswerType.YES_NO:
      return { booleanValue: value === true };
    case AnswerType.SCALE:
    case AnswerType.NUMBER:
      return { numberValue: typeof value === 'number' ? value : Number(value) };
    default:
      return { textValue: String(value) };
  }
}

/** A neutral answer for questions the data leaves open on a completed checklist. */
function defaultAnswer(type: AnswerType, choices: readonly string[] | undefined): AnswerValue {
  switch (type) {
    case AnswerType.YES_NO:
      return true;
    case AnswerType.SCALE:
      return 3;
    case AnswerType.NUMBER:
      return 0;
    case AnswerType.CHOICE:
      return choices?.[0] ?? '';
    default:
      return 'Geen opmerkingen.';
  }
}

function resolvedOn(audit: AuditSeed, findingKey: string): Date | null {
  const recommendations = (audit.recommendations ?? []).filter((recommendation) => recommendation.finding === findingKey);
  if (recommendations.length === 0) return audit.closedOn ? day(audit.closedOn) : null;
  if (!recommendations.every((recommendation) => recommendation.status === RecommendationStatus.IMPLEMENTED)) return null;
  const last = recommendations.map((recommendation) => recommendation.evaluatedOn!).sort().at(-1)!;
  return day(last);
}

const evidenceText = [
  'Verslag terreinbezoek – thematische inspectie eindproeven',
  'Syntra West, lesplaats Brugge, 9 juni 2026',
  '',
  'Bijgewoonde eindproeven: 2 (bakker, elektrotechnisch installateur).',
  'Jury bakker: twee lesgevers, geen externe deskundige.',
  'Jury elektrotechnisch installateur: twee lesgevers, geen externe deskundige.',
  'Beoordeling: gezamenlijk juryverslag, geen beoordelingsformulier per cursist.',
  '',
  'Pieter De Smet, team inspectie',
].join('\n');

/** The demonstration audits with their team, checklist answers, findings, recommendations, evidence and history. */
export async function seedAudits(prisma: PrismaClient): Promise<void> {
  const history = auditSeed.map((audit) => ({ audit, steps: historyOf(audit) }));

  // Only the missing ones: a skipped duplicate would still draw an audit number, leaving gaps in the references.
  const existing = await prisma.audit.findMany({ where: { id: { in: auditSeed.map((audit) => seedAuditId(audit.number)) } }, select: { id: true } });
  const existingIds = new Set(existing.map((audit) => audit.id));
  await prisma.audit.createMany({
    data: auditSeed.filter((audit) => !existingIds.has(seedAuditId(audit.number))).map((audit) => {
      const lead = audit.team.find(([, role]) => role === 'LEAD')?.[0] ?? audit.team[0]![0];
      return {
        id: seedAuditId(audit.number),
        kind: audit.kind,
        title: audit.title,
        focus: audit.focus ?? null,
        subjectType: audit.subjectType,
        subjectId: audit.subjectId,
        trainingCentreId: audit.trainingCentreId ?? null,
        partnershipId: audit.partnershipId ?? null,
        teachingLocation: audit.teachingLocation ?? null,
        templateId: audit.template ? templateIdOf(audit.template) : null,
        status: audit.status,
        scheduledOn: day(audit.scheduledOn),
        preparedOn: optionalDay(audit.preparedOn),
        preparationPackReceivedOn: optionalDay(audit.preparationPackReceivedOn),
        performedOn: optionalDay(audit.performedOn),
        result: audit.result ?? null,
        reportSummary: audit.reportSummary ?? null,
        advice: audit.advice ?? null,
        reportedOn: optionalDay(audit.reportedOn),
        reportedToFlemishPartnershipOn: optionalDay(audit.reportedToFlemishPartnershipOn),
        improvementPlanApprovedOn: optionalDay(audit.improvementPlanApprovedOn),
        planItemId: audit.planned ? planItemIdOf(audit.kind, audit.subjectId) : null,
        closedOn: optionalDay(audit.closedOn),
        notes: audit.notes ?? null,
        createdBy: actorOf(lead).id,
        version: history.find((entry) => entry.audit === audit)!.steps.length - 1,
        createdAt: at(audit.plannedOn),
      };
    }),
    skipDuplicates: true,
  });

  await prisma.auditAssignment.createMany({
    data: auditSeed.flatMap((audit) =>
      audit.team.map(([auditor, role]) => ({
        id: childId(audit, 'assignment', auditor),
        auditId: seedAuditId(audit.number),
        auditorId: auditorIdOf(auditor),
        role,
        createdAt: at(audit.plannedOn),
      })),
    ),
    skipDuplicates: true,
  });

  await prisma.checklistAnswer.createMany({
    data: auditSeed.flatMap((audit) => {
      if (!audit.answers || !audit.template || !audit.performedOn) return [];
      const { complete, values } = audit.answers;
      const lead = actorOf(audit.team[0]![0]);
      return questionsOf(audit.template)
        .filter((question) => complete || question.code in values)
        .map((question) => ({
          id: childId(audit, 'answer', question.code),
          auditId: seedAuditId(audit.number),
          questionId: questionIdOf(audit.template!, question.code),
          ...answerColumns(question.answerType, values[question.code] ?? defaultAnswer(question.answerType, question.choices)),
          answeredById: lead.id,
          answeredBy: lead.name,
          answeredAt: at(audit.performedOn!, '11:00'),
        }));
    }),
    skipDuplicates: true,
  });

  await prisma.finding.createMany({
    data: auditSeed.flatMap((audit) =>
      (audit.findings ?? []).map((finding) => {
        const lead = actorOf(audit.team[0]![0]);
        return {
          id: childId(audit, 'finding', finding.key),
          auditId: seedAuditId(audit.number),
          questionId: finding.question && audit.template ? questionIdOf(audit.template, finding.question) : null,
          severity: finding.severity,
          title: finding.title,
          description: finding.description,
          resolvedOn: resolvedOn(audit, finding.key),
          createdById: lead.id,
          createdBy: lead.name,
          createdAt: at(audit.performedOn ?? audit.scheduledOn, '12:00'),
        };
      }),
    ),
    skipDuplicates: true,
  });

  await prisma.recommendation.createMany({
    data: auditSeed.flatMap((audit) =>
      (audit.recommendations ?? []).map((recommendation) => {
        const lead = actorOf(audit.team[0]![0]);
        return {
          id: childId(audit, 'recommendation', recommendation.key),
          auditId: seedAuditId(audit.number),
          findingId: recommendation.finding ? childId(audit, 'finding', recommendation.finding) : null,
          kind: recommendation.kind,
          description: recommendation.description,
          owner: recommendation.owner,
          agreedDueOn: day(recommendation.agreedDueOn),
          status: recommendation.status,
          implementedOn: optionalDay(recommendation.implementedOn),
          evaluatedOn: optionalDay(recommendation.evaluatedOn),
          evaluationNote: recommendation.evaluationNote ?? null,
          evaluatedBy: recommendation.evaluatedOn ? lead.name : null,
          createdById: lead.id,
          createdBy: lead.name,
          createdAt: at(audit.reportedOn ?? audit.performedOn ?? audit.scheduledOn, '14:00'),
        };
      }),
    ),
    skipDuplicates: true,
  });

  const content = new TextEncoder().encode(evidenceText);
  const brugge = auditSeed.find((audit) => audit.number === 6)!;
  await prisma.evidenceFile.createMany({
    data: [
      {
        id: childId(brugge, 'evidence', 'site-visit-notes'),
        auditId: seedAuditId(brugge.number),
        findingId: childId(brugge, 'finding', 'jury'),
        fileName: 'terreinbezoek-eindproeven-brugge.txt',
        mediaType: 'text/plain',
        sizeBytes: content.byteLength,
        sha256: createHash('sha256').update(content).digest('hex'),
        content,
        description: 'Notities van het terreinbezoek: samenstelling van de jury per eindproef.',
        uploadedById: actorOf('pieter').id,
        uploadedBy: actorOf('pieter').name,
        uploadedAt: at('2026-06-09', '16:30'),
      },
    ],
    skipDuplicates: true,
  });

  // In order, so that `sequence` keeps steps of one day in the order they were taken.
  await prisma.statusChange.createMany({
    data: history.flatMap(({ audit, steps }) => {
      const lead = actorOf(audit.team[0]![0]);
      return steps.map((step, index) => ({
        id: childId(audit, 'history', String(index)),
        entityType: 'Audit',
        entityId: seedAuditId(audit.number),
        step: step.step,
        fromStatus: step.from,
        toStatus: step.to,
        actorId: lead.id,
        actorName: lead.name,
        note: step.note ?? null,
        at: at(step.on, `${String(9 + index).padStart(2, '0')}:00`),
      }));
    }),
    skipDuplicates: true,
  });
}
