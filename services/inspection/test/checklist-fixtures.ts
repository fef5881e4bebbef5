import { randomUUID } from 'node:crypto';
import type { PrismaClient } from '../src/generated/prisma/client.js';
import type { AnswerType, AuditKind, TemplateStatus } from '../src/generated/prisma/enums.js';

/*
 * Fixtures of the checklist and evidence tests: a template version inserted straight into the database (published by
 * default), so a test can pin it on an audit without going through the template API.
 */

export interface QuestionSpec {
  code: string;
  answerType: AnswerType;
  weight?: number;
  required?: boolean;
  choices?: string[];
}

let nextVersion = 1000;

export async function insertTemplate(
  prisma: PrismaClient,
  questions: QuestionSpec[],
  options: { kind?: AuditKind; status?: TemplateStatus } = {},
): Promise<{ templateId: string; questionIds: Record<string, string> }> {
  const templateId = randomUUID();
  await prisma.auditTemplate.create({
    data: {
      id: templateId,
      kind: options.kind ?? 'TRACK_INSPECTION',
      version: nextVersion++,
      title: 'Inspectiekader eindproeven (test)',
      status: options.status ?? 'PUBLISHED',
      publishedAt: new Date('2026-09-01T08:00:00Z'),
      createdBy: 'fixture',
    },
  });
  const questionIds: Record<string, string> = {};
  for (const [index, spec] of questions.entries()) {
    const id = randomUUID();
    questionIds[spec.code] = id;
    await prisma.templateQuestion.create({
      data: {
        id,
        templateId,
        code: spec.code,
        section: 'Eindproeven',
        text: `Vraag ${spec.code}`,
        answerType: spec.answerType,
        choices: spec.choices ?? [],
        weight: spec.weight ?? 1,
        required: spec.required ?? true,
        position: index + 1,
      },
    });
  }
  return { templateId, questionIds };
}
