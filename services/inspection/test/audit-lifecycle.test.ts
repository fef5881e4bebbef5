import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { User } from '@werkplek/auth';
import { startTestSubgraph, testUsers, type TestSubgraph } from '@werkplek/test-kit';
import type { PrismaClient } from '../src/generated/prisma/client.js';
import { createInspectionSubgraph } from '../src/index.js';
import { answer, documents, insertFinding, publishTemplate, type AuditData } from './audit-fixtures.js';
import { auditorIds, insertAudit, insertAuditors, janssensWorkplace, limburgCentre, otherInspector, westCentre } from './fixtures.js';

let subgraph: TestSubgraph;
let prisma: PrismaClient;
let clock = new Date('2026-11-23T09:00:00Z');
const at = (day: string) => {
  clock = new Date(`${day}T09:00:00Z`);
};
let template: Awaited<ReturnType<typeof publishTemplate>>;

beforeAll(async () => {
  subgraph = await startTestSubgraph('inspection', (db) =>
    createInspectionSubgraph({
      ...db,
      seedWith: async (client) => {
        prisma = client;
        await insertAuditors(client);
        // An older and a newer published version, and a newer draft: the newest PUBLISHED one is pinned.
        await publishTemplate(client, 'TRACK_INSPECTION', 1);
        template = await publishTemplate(client, 'TRACK_INSPECTION', 2);
        await client.auditTemplate.create({ data: { kind: 'TRACK_INSPECTION', version: 3, title: 'Ontwerp', createdBy: 'fixture' } });
      },
      now: () => clock,
    }),
  );
});
afterAll(() => subgraph?.stop());
beforeEach(() => at('2026-11-23'));

const staff = testUsers.agencyStaff;
const inspector = testUsers.inspector;
const westUser = testUsers.centreUser(westCentre);
type Errors = { message: string; extensions?: Record<string, unknown> }[] | undefined;
const code = (errors: Errors) => errors?.[0]?.extensions?.code;
const extensions = (errors: Errors) => errors?.[0]?.extensions ?? {};
/** The field at fault: from a service check (`field`) or from class-validator (`fields`). */
const fieldsOf = (errors: Errors) => {
  const ext = extensions(errors);
  return (ext.fields as { field: string }[] | undefined)?.map((f) => f.field) ?? [ext.field];
};

type Step = keyof typeof documents;
async function run(step: Step, input: Record<string, unknown>, as: User = inspector) {
  const result = await subgraph.query<Record<string, AuditData>>(documents[step], { as, variables: { input } });
  const data = result.data ? Object.values(result.data)[0] : undefined;
  return { data, errors: result.errors as Errors };
}
async function ok(step: Step, input: Record<string, unknown>, as: User = inspector): Promise<AuditData> {
  const { data, errors } = await run(step, input, as);
  expect(errors, `${step}: ${JSON.stringify(errors)}`).toBeUndefined();
  return data!;
}

const trackInspection = (over: Record<string, unknown> = {}) => ({
  id: randomUUID(),
  kind: 'TRACK_INSPECTION',
  title: 'Thematische inspectie eindproeven',
  focus: 'eindproeven',
  subjectType: 'TRAINING_CENTRE',
  subjectId: westCentre,
  teachingLocation: 'Lesplaats Brugge',
  scheduledOn: '2026-12-10',
  ...over,
});
const partnershipId = randomUUID();

describe('planAudit', () => {
  it('plans an audit; the planning inspector in the register becomes its lead', async () => {
    const audit = await ok('plan', trackInspection());
    expect(audit).toMatchObject({
      kind: 'TRACK_INSPECTION',
      status: 'PLANNED',
      statusLabel: 'Gepland',
      team: 'INSPECTION',
      version: 0,
      scheduledOn: '2026-12-10',
      trainingCentre: { id: westCentre },
      partnership: null,
      track: null,
      leadAuditor: { id: auditorIds.assigned, name: inspector.name },
      assignments: [{ role: 'LEAD', auditor: { id: auditorIds.assigned } }],
    });
    expect(audit.reference).toMatch(/^AUD-2026-\d{4}$/);
    expect(audit.history).toEqual([expect.objectContaining({ step: 'plan', fromStatus: null, toStatus: 'PLANNED', actorName: inspector.name })]);
  });

  it('answers a repeated request with the same audit, once; the same id for another subject is a CONFLICT', async () => {
    const input = trackInspection();
    const first = await ok('plan', input);
    const again = await ok('plan', { ...input, title: 'Anders getypt bij de tweede poging' });
    expect(again.id).toBe(first.id);
    expect(again.title).toBe(first.title);
    expect(again.history).toHaveLength(1);
    expect(await prisma.audit.count({ where: { id: input.id } })).toBe(1);
    expect(await prisma.auditAssignment.count({ where: { auditId: input.id } })).toBe(1);
    const conflict = await run('plan', { ...input, subjectId: limburgCentre });
    expect(code(conflict.errors)).toBe('CONFLICT');
  });

  it('lets agency staff plan without a team (annual plan) and an inspector pick it up', async () => {
    const audit = await ok('plan', trackInspection(), staff);
    expect(audit.assignments).toEqual([]);
    expect(audit.leadAuditor).toBeNull();
    // Nobody is assigned: the inspector may take it up, but cannot prepare it before being assigned.
    expect(code((await run('prepare', { auditId: audit.id })).errors)).toBe('FORBIDDEN');
    const onlyInspector = await run('assign', { auditId: audit.id, auditors: [{ auditorId: auditorIds.assigned, role: 'INSPECTOR' }] });
    expect(code(onlyInspector.errors)).toBe('BAD_USER_INPUT');
    const assigned = await ok('assign', { auditId: audit.id, auditors: [{ auditorId: auditorIds.assigned, role: 'LEAD' }] });
    expect(assigned).toMatchObject({ status: 'PLANNED', version: 1, leadAuditor: { id: auditorIds.assigned } });
    expect(assigned.history.map((h) => h.step)).toEqual(['plan', 'assign']);
  });

  it('needs a lead before the preparation', async () => {
    const audit = await ok('plan', trackInspection({ auditors: [{ auditorId: auditorIds.assigned, role: 'INSPECTOR' }] }), staff);
    const refused = await run('prepare', { auditId: audit.id });
    expect(code(refused.errors)).toBe('INVALID_STATE_TRANSITION');
    expect(extensions(refused.errors)).toMatchObject({ currentState: 'PLANNED', precondition: 'LEAD_REQUIRED' });
  });

  it('validates its input', async () => {
    const inactive = randomUUID();
    await prisma.auditor.create({ data: { id: inactive, name: 'Gepensioneerd', team: 'INSPECTION', active: false } });
    const cases: [Record<string, unknown>, string][] = [
      [trackInspection({ scheduledOn: '2026-11-22' }), 'scheduledOn'],
      [trackInspection({ title: 'ab' }), 'title'],
      [trackInspection({ title: '    ' }), 'title'],
      [trackInspection({ id: 'niet-een-uuid' }), 'id'],
      [trackInspection({ subjectId: 'niet-een-uuid' }), 'subjectId'],
      [trackInspection({ subjectType: 'WORKPLACE', subjectId: janssensWorkplace }), 'subjectType'],
      [trackInspection({ subjectType: 'TRACK', subjectId: randomUUID() }), 'trainingCentreId'],
      [trackInspection({ kind: 'PARTNERSHIP_SUPERVISION', subjectType: 'PARTNERSHIP', subjectId: partnershipId, trainingCentreId: westCentre }), 'trainingCentreId'],
      [trackInspection({ auditors: [{ auditorId: randomUUID(), role: 'LEAD' }] }), 'auditors'],
      [trackInspection({ auditors: [{ auditorId: inactive, role: 'LEAD' }] }), 'auditors'],
      [trackInspection({ auditors: [{ auditorId: auditorIds.assigned, role: 'LEAD' }, { auditorId: auditorIds.other, role: 'LEAD' }] }), 'auditors'],
      [trackInspection({ auditors: [{ auditorId: auditorIds.coAuditor, role: 'CO_AUDITOR' }] }), 'auditors'],
      [trackInspection({ auditors: [{ auditorId: auditorIds.other, role: 'PANEL_MEMBER' }] }), 'auditors'],
      [trackInspection({ followUpOfId: randomUUID() }), 'followUpOfId'],
      [trackInspection({ teachingLocation: 'x'.repeat(201) }), 'teachingLocation'],
    ];
    for (const [input, field] of cases) {
      const result = await run('plan', input);
      expect(code(result.errors), JSON.stringify(input)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(result.errors), JSON.stringify(input)).toContain(field);
    }
    const invalidDate = await run('plan', trackInspection({ scheduledOn: '2026-02-30' }));
    expect(code(invalidDate.errors)).toBe('BAD_USER_INPUT');
  });

  it('is for inspectors and agency staff only', async () => {
    expect(code((await run('plan', trackInspection(), westUser)).errors)).toBe('FORBIDDEN');
    expect(code((await run('plan', trackInspection(), testUsers.partnershipStaff(partnershipId))).errors)).toBe('FORBIDDEN');
    expect(code((await run('plan', trackInspection(), testUsers.companyUser(randomUUID()))).errors)).toBe('FORBIDDEN');
  });

  it('plans an opvolgingsdoorlichting of a reported audit of the same subject only', async () => {
    const planned = await insertAudit(prisma);
    const notReported = await run('plan', trackInspection({ followUpOfId: planned }));
    expect(fieldsOf(notReported.errors)).toContain('followUpOfId');
    const reported = await insertAudit(prisma, { status: 'REPORTED', scheduledOn: new Date('2026-06-01T00:00:00Z') });
    const otherSubject = await run('plan', trackInspection({ followUpOfId: reported, subjectId: limburgCentre }));
    expect(fieldsOf(otherSubject.errors)).toContain('followUpOfId');
    const followUp = await ok('plan', trackInspection({ followUpOfId: reported }));
    expect(followUp.followUpOf).toEqual({ id: reported });
    const original = await subgraph.query<{ audit: AuditData }>(documents.get, { as: inspector, variables: { id: reported } });
    expect(original.data!.audit.followUps).toEqual([{ id: followUp.id }]);
  });
});

describe('the lifecycle of a track inspection', () => {
  it('runs from planning to closing, pinning the newest published checklist and guarding each step', async () => {
    const planned = await ok('plan', trackInspection());
    const auditId = planned.id;

    // Steps out of order are refused with the state the audit is in.
    for (const [step, input] of [
      ['start', { auditId, performedOn: '2026-11-23' }],
      ['report', { auditId, reportSummary: 'Verslag van de thematische inspectie eindproeven.' }],
      ['close', { auditId }],
      ['startFollowUp', { auditId }],
    ] as const) {
      const refused = await run(step, input);
      expect(code(refused.errors), step).toBe('INVALID_STATE_TRANSITION');
      expect(extensions(refused.errors).currentState, step).toBe('PLANNED');
    }

    const prepared = await ok('prepare', { auditId });
    expect(prepared).toMatchObject({ status: 'PREPARED', statusLabel: 'Voorbereid', preparedOn: '2026-11-23', version: 1 });
    expect((await prisma.audit.findUniqueOrThrow({ where: { id: auditId } })).templateId).toBe(template.id);

    expect(fieldsOf((await run('start', { auditId, performedOn: '2026-11-24' })).errors)).toContain('performedOn');
    expect(fieldsOf((await run('start', { auditId, performedOn: '2026-11-22' })).errors)).toContain('performedOn');
    at('2026-12-10');
    const started = await ok('start', { auditId, performedOn: '2026-12-10' });
    expect(started).toMatchObject({ status: 'IN_PROGRESS', performedOn: '2026-12-10', version: 2 });

    const [q11, q12] = template.questions.sort((a, b) => a.position - b.position);
    await answer(prisma, auditId, [q11!.id]);
    const incomplete = await run('report', { auditId, reportSummary: 'Verslag van de thematische inspectie eindproeven.' });
    expect(code(incomplete.errors)).toBe('INVALID_STATE_TRANSITION');
    expect(extensions(incomplete.errors)).toMatchObject({ precondition: 'CHECKLIST_INCOMPLETE', unansweredQuestions: ['1.2'] });
    await answer(prisma, auditId, [q12!.id]);
    expect(fieldsOf((await run('report', { auditId, reportSummary: 'Te kort' })).errors)).toContain('reportSummary');
    expect(fieldsOf((await run('report', { auditId, reportSummary: 'Verslag van de inspectie eindproeven.', reportedOn: '2026-12-09' })).errors)).toContain(
      'reportedOn',
    );
    at('2026-12-15');
    const reported = await ok('report', { auditId, reportSummary: 'Verslag van de thematische inspectie eindproeven.' });
    expect(reported).toMatchObject({ status: 'REPORTED', reportedOn: '2026-12-15', version: 3 });

    expect(fieldsOf((await run('completeReport', { auditId, reportedToFlemishPartnershipOn: '2026-12-15' })).errors)).toContain(
      'reportedToFlemishPartnershipOn',
    );
    expect(fieldsOf((await run('completeReport', { auditId, improvementPlanApprovedOn: '2026-12-15' })).errors)).toContain('improvementPlanApprovedOn');
    expect(code((await run('completeReport', { auditId })).errors)).toBe('BAD_USER_INPUT');
    expect(fieldsOf((await run('completeReport', { auditId, reportedToAuditCommitteeOn: '2026-12-16' })).errors)).toContain('reportedToAuditCommitteeOn');
    const completed = await ok('completeReport', { auditId, reportedToAuditCommitteeOn: '2026-12-15' });
    expect(completed).toMatchObject({ status: 'REPORTED', reportedToAuditCommitteeOn: '2026-12-15', version: 4 });

    const withoutRecommendation = await insertFinding(prisma, auditId, null);
    const { recommendation } = await insertFinding(prisma, auditId, 'OPEN');
    const following = await ok('startFollowUp', { auditId });
    expect(following).toMatchObject({ status: 'FOLLOW_UP', statusLabel: 'In opvolging' });
    const stillOpen = await run('close', { auditId });
    expect(code(stillOpen.errors)).toBe('INVALID_STATE_TRANSITION');
    expect(extensions(stillOpen.errors)).toMatchObject({ precondition: 'OPEN_RECOMMENDATIONS', openRecommendations: 1 });
    await prisma.recommendation.update({ where: { id: recommendation!.id }, data: { status: 'IMPLEMENTED' } });
    at('2027-03-02');
    const closed = await ok('close', { auditId, note: 'Alle aanbevelingen gerealiseerd' });
    expect(closed).toMatchObject({ status: 'CLOSED', statusLabel: 'Afgesloten', closedOn: '2027-03-02', version: 6 });
    expect((await prisma.finding.findUniqueOrThrow({ where: { id: withoutRecommendation.finding.id } })).resolvedOn?.toISOString().slice(0, 10)).toBe(
      '2027-03-02',
    );
    expect(closed.history.map((h) => [h.step, h.fromStatus, h.toStatus])).toEqual([
      ['plan', null, 'PLANNED'],
      ['prepare', 'PLANNED', 'PREPARED'],
      ['start', 'PREPARED', 'IN_PROGRESS'],
      ['report', 'IN_PROGRESS', 'REPORTED'],
      ['completeReport', 'REPORTED', 'REPORTED'],
      ['startFollowUp', 'REPORTED', 'FOLLOW_UP'],
      ['close', 'FOLLOW_UP', 'CLOSED'],
    ]);
    expect(code((await run('cancel', { auditId, reason: 'Te laat geannuleerd na het verslag' }, staff)).errors)).toBe('INVALID_STATE_TRANSITION');
  });

  it('leaves the template empty when the kind has no published checklist', async () => {
    const auditId = await insertAudit(prisma, { kind: 'DUAL_QUALITY_AUDIT' });
    await ok('prepare', { auditId });
    expect((await prisma.audit.findUniqueOrThrow({ where: { id: auditId } })).templateId).toBeNull();
  });
});

describe('who takes the steps', () => {
  it('refuses an inspector who is not assigned, and roles that never take the step', async () => {
    const auditId = await insertAudit(prisma);
    expect(code((await run('prepare', { auditId }, otherInspector)).errors)).toBe('FORBIDDEN');
    expect(code((await run('prepare', { auditId }, staff)).errors)).toBe('FORBIDDEN');
    expect(code((await run('prepare', { auditId }, westUser)).errors)).toBe('FORBIDDEN');
    expect(code((await run('reschedule', { auditId, scheduledOn: '2026-12-20' }, otherInspector)).errors)).toBe('FORBIDDEN');
    expect(code((await run('assign', { auditId, auditors: [{ auditorId: auditorIds.other, role: 'LEAD' }] }, otherInspector)).errors)).toBe('FORBIDDEN');
    expect(code((await run('cancel', { auditId, reason: 'Niet meer nodig dit jaar' }, otherInspector)).errors)).toBe('FORBIDDEN');
    expect(code((await run('cancel', { auditId, reason: 'Niet meer nodig dit jaar' }, westUser)).errors)).toBe('FORBIDDEN');
    const untouched = await prisma.audit.findUniqueOrThrow({ where: { id: auditId } });
    expect(untouched).toMatchObject({ status: 'PLANNED', version: 0 });
    const inProgress = await insertAudit(prisma, { status: 'IN_PROGRESS', performedOn: new Date('2026-11-20T00:00:00Z') });
    const reportInput = { auditId: inProgress, reportSummary: 'Verslag van een inspectie door een ander.' };
    expect(code((await run('report', reportInput, otherInspector)).errors)).toBe('FORBIDDEN');
    expect(code((await run('report', reportInput, staff)).errors)).toBe('FORBIDDEN');
  });

  it('answers NOT_FOUND for an audit that does not exist', async () => {
    expect(code((await run('prepare', { auditId: randomUUID() })).errors)).toBe('NOT_FOUND');
    expect(fieldsOf((await run('prepare', { auditId: 'geen-id' })).errors)).toContain('auditId');
  });
});

describe('idempotent steps', () => {
  it('takes a step once per clientMutationId and answers the repeat with the audit as it is', async () => {
    const auditId = await insertAudit(prisma);
    const clientMutationId = randomUUID();
    const first = await ok('prepare', { auditId, clientMutationId });
    const repeat = await ok('prepare', { auditId, clientMutationId });
    expect(repeat).toEqual(first);
    expect(await prisma.statusChange.count({ where: { entityId: auditId, step: 'prepare' } })).toBe(1);
    // Without the id, a second prepare is a real second request and the state refuses it.
    expect(code((await run('prepare', { auditId })).errors)).toBe('INVALID_STATE_TRANSITION');
    const reused = await run('start', { auditId, performedOn: '2026-11-23', clientMutationId });
    expect(code(reused.errors)).toBe('CONFLICT');
    expect((await prisma.audit.findUniqueOrThrow({ where: { id: auditId } })).status).toBe('PREPARED');
  });

  it('changes the team once per clientMutationId, also when the queued repeat arrives at the same time', async () => {
    const auditId = await insertAudit(prisma);
    const team = [
      { auditorId: auditorIds.assigned, role: 'LEAD' },
      { auditorId: auditorIds.other, role: 'INSPECTOR' },
    ];
    const later = await ok('assign', { auditId, auditors: team, clientMutationId: randomUUID() });
    const sequentialRepeat = await ok('assign', { auditId, auditors: team, clientMutationId: (await prisma.clientMutation.findFirstOrThrow({ where: { entityId: auditId } })).id });
    expect(sequentialRepeat).toEqual(later);

    // The device sent the change, lost the answer, and its queue sent it again while the first was still running.
    const clientMutationId = randomUUID();
    const smaller = [{ auditorId: auditorIds.assigned, role: 'LEAD' }];
    const answers = await Promise.all([run('assign', { auditId, auditors: smaller, clientMutationId }), run('assign', { auditId, auditors: smaller, clientMutationId })]);
    expect(answers.map((answer) => answer.errors)).toEqual([undefined, undefined]);
    expect(answers[0]!.data).toEqual(answers[1]!.data);
    expect(await prisma.statusChange.count({ where: { entityId: auditId, step: 'assign' } })).toBe(2);
    expect(await prisma.auditAssignment.findMany({ where: { auditId }, select: { auditorId: true, role: true } })).toEqual(smaller);
  });
});

describe('rescheduling, reassigning and cancelling', () => {
  it('moves an audit before the visit, keeping its state', async () => {
    const auditId = await insertAudit(prisma, { status: 'PREPARED', preparedOn: new Date('2026-11-20T00:00:00Z') });
    expect(fieldsOf((await run('reschedule', { auditId, scheduledOn: '2026-11-22' })).errors)).toContain('scheduledOn');
    const moved = await ok('reschedule', { auditId, scheduledOn: '2027-01-12', reason: 'Eindproeven verplaatst' });
    expect(moved).toMatchObject({ status: 'PREPARED', scheduledOn: '2027-01-12', version: 1 });
    expect(moved.history.at(-1)).toMatchObject({ step: 'reschedule', fromStatus: 'PREPARED', toStatus: 'PREPARED' });
    expect(moved.history.at(-1)!.note).toContain('2027-01-12');
    const byStaff = await ok('reschedule', { auditId, scheduledOn: '2027-01-19' }, staff);
    expect(byStaff.version).toBe(2);
    const started = await insertAudit(prisma, { status: 'IN_PROGRESS' });
    expect(code((await run('reschedule', { auditId: started, scheduledOn: '2027-01-12' })).errors)).toBe('INVALID_STATE_TRANSITION');
  });

  it('cancels with a reason, by agency staff or the assigned inspector', async () => {
    const auditId = await insertAudit(prisma);
    expect(fieldsOf((await run('cancel', { auditId, reason: 'kort' }, staff)).errors)).toContain('reason');
    const cancelled = await ok('cancel', { auditId, reason: 'Syntra West organiseert dit jaar geen eindproeven' }, staff);
    expect(cancelled).toMatchObject({ status: 'CANCELLED', statusLabel: 'Geannuleerd', cancelledReason: 'Syntra West organiseert dit jaar geen eindproeven' });
    expect(code((await run('prepare', { auditId })).errors)).toBe('INVALID_STATE_TRANSITION');
    const mine = await insertAudit(prisma, { status: 'IN_PROGRESS' });
    expect((await ok('cancel', { auditId: mine, reason: 'Lesplaats gesloten wegens verbouwing' })).status).toBe('CANCELLED');
  });

  it('replaces the team and hands the audit to another inspector', async () => {
    const auditId = await insertAudit(prisma);
    const handed = await ok('assign', { auditId, auditors: [{ auditorId: auditorIds.other, role: 'LEAD' }] });
    expect(handed.assignments).toEqual([{ role: 'LEAD', auditor: expect.objectContaining({ id: auditorIds.other }) }]);
    // The first inspector is no longer on it.
    expect(code((await run('prepare', { auditId })).errors)).toBe('FORBIDDEN');
    expect((await ok('prepare', { auditId }, otherInspector)).status).toBe('PREPARED');
  });
});

describe('the kinds', () => {
  it('supervises a partnership: preparation pack, advice and toezichtverslag, report to the Vlaams Partnerschap', async () => {
    const audit = await ok(
      'plan',
      trackInspection({ kind: 'PARTNERSHIP_SUPERVISION', title: 'Toezicht proces erkenning', focus: 'erkenning', subjectType: 'PARTNERSHIP', subjectId: partnershipId, teachingLocation: null }),
    );
    expect(audit).toMatchObject({ team: 'SUPERVISION', partnership: { id: partnershipId }, trainingCentre: null });
    const auditId = audit.id;
    expect(fieldsOf((await run('prepare', { auditId })).errors)).toContain('preparationPackReceivedOn');
    expect(fieldsOf((await run('prepare', { auditId, preparationPackReceivedOn: '2026-11-24' })).errors)).toContain('preparationPackReceivedOn');
    const prepared = await ok('prepare', { auditId, preparationPackReceivedOn: '2026-11-20' });
    expect(prepared.preparationPackReceivedOn).toBe('2026-11-20');
    await ok('start', { auditId, performedOn: '2026-11-23' });
    const summary = 'Toezichtverslag over het proces erkenning van ondernemingen.';
    expect(fieldsOf((await run('report', { auditId, reportSummary: summary })).errors)).toContain('advice');
    const reported = await ok('report', { auditId, reportSummary: summary, advice: 'Borg het tweede-lijnstoezicht op erkenningen.' });
    expect(reported.advice).toBe('Borg het tweede-lijnstoezicht op erkenningen.');
    expect(fieldsOf((await run('completeReport', { auditId, reportedToAuditCommitteeOn: '2026-11-23' })).errors)).toContain('reportedToAuditCommitteeOn');
    const toVp = await ok('completeReport', { auditId, reportedToFlemishPartnershipOn: '2026-11-23' });
    expect(toVp.reportedToFlemishPartnershipOn).toBe('2026-11-23');
  });

  it('refuses a preparation pack on other kinds', async () => {
    const auditId = await insertAudit(prisma);
    expect(fieldsOf((await run('prepare', { auditId, preparationPackReceivedOn: '2026-11-20' })).errors)).toContain('preparationPackReceivedOn');
  });

  it('runs a leertijd follow-up audit by a paritair college with both inspectorates and a result', async () => {
    const audit = await ok(
      'plan',
      trackInspection({ kind: 'APPRENTICESHIP_FOLLOW_UP', title: 'Opvolgingsdoorlichting leertijd Syntra West', focus: null, teachingLocation: null }),
    );
    const auditId = audit.id;
    const incomplete = await run('prepare', { auditId });
    expect(extensions(incomplete.errors)).toMatchObject({ code: 'INVALID_STATE_TRANSITION', precondition: 'PARITAIR_COLLEGE_INCOMPLETE' });
    const college = [
      { auditorId: auditorIds.assigned, role: 'LEAD' },
      { auditorId: auditorIds.coAuditor, role: 'PANEL_MEMBER' },
    ];
    await ok('assign', { auditId, auditors: college });
    await ok('prepare', { auditId });
    // Once prepared, the college cannot lose its education inspector.
    const shrunk = await run('assign', { auditId, auditors: [college[0]] });
    expect(extensions(shrunk.errors)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'auditors', precondition: 'PARITAIR_COLLEGE_INCOMPLETE' });
    await ok('start', { auditId, performedOn: '2026-11-23' });
    const summary = 'Doorlichtingsverslag van de opvolgingsdoorlichting leertijd.';
    expect(fieldsOf((await run('report', { auditId, reportSummary: summary })).errors)).toContain('result');
    const reported = await ok('report', { auditId, reportSummary: summary, result: 'NOT_POSITIVE' });
    expect(reported).toMatchObject({ result: 'NOT_POSITIVE', team: 'INSPECTION' });
    const approved = await ok('completeReport', { auditId, improvementPlanApprovedOn: '2026-11-23' });
    expect(approved.improvementPlanApprovedOn).toBe('2026-11-23');
  });

  it('takes a co-auditor of the Onderwijsinspectie on a dual quality audit of a track', async () => {
    const track = randomUUID();
    const audit = await ok(
      'plan',
      trackInspection({
        kind: 'DUAL_QUALITY_AUDIT',
        title: 'Proefdoorlichting duaal traject',
        subjectType: 'TRACK',
        subjectId: track,
        trainingCentreId: westCentre,
        auditors: [{ auditorId: auditorIds.coAuditor, role: 'CO_AUDITOR' }],
      }),
    );
    expect(audit).toMatchObject({ team: 'SUPERVISION', track: { id: track }, trainingCentre: { id: westCentre } });
    expect(audit.assignments.map((a) => a.role).sort()).toEqual(['CO_AUDITOR', 'LEAD']);
  });

  it('audits a workplace, with the responsible partnership', async () => {
    const audit = await ok(
      'plan',
      trackInspection({
        kind: 'WORKPLACE_AUDIT',
        title: 'Doorlichting werkplek Bouwonderneming Janssens',
        subjectType: 'WORKPLACE',
        subjectId: janssensWorkplace,
        partnershipId,
        teachingLocation: null,
      }),
    );
    expect(audit).toMatchObject({ workplace: { id: janssensWorkplace }, partnership: { id: partnershipId }, trainingCentre: null, team: 'SUPERVISION' });
  });
});
