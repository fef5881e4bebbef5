import { describe, expect, it } from 'vitest';
import { checkAuditTeam, resolveAuditSubject, teamOfKind, teamShortfall, type TeamMember } from '../src/audit/audit.rules.js';
import { auditReference } from '../src/shared/audit-reference.js';

const centre = '5a7c1d2e-0001-4a00-8000-000000000003';
const track = '7c000000-0000-4000-8000-000000000001';
const partnership = '7c000000-0000-4000-8000-000000000002';
const workplace = '7c000000-0000-4000-8000-000000000003';

/** The GraphQL error a rule throws: its code and the field at fault. */
function refusal(run: () => unknown) {
  try {
    run();
  } catch (error) {
    const extensions = (error as { extensions: Record<string, unknown> }).extensions;
    return { code: extensions.code, field: extensions.field };
  }
  throw new Error('expected a refusal');
}

describe('teamOfKind', () => {
  it('sends supervision and joint dual audits to Team Toezicht, the rest to Team Inspectie', () => {
    expect(teamOfKind('PARTNERSHIP_SUPERVISION')).toBe('SUPERVISION');
    expect(teamOfKind('DUAL_QUALITY_AUDIT')).toBe('SUPERVISION');
    expect(teamOfKind('TRACK_INSPECTION')).toBe('INSPECTION');
    expect(teamOfKind('APPRENTICESHIP_FOLLOW_UP')).toBe('INSPECTION');
    expect(teamOfKind('WORKPLACE_AUDIT')).toBe('SUPERVISION');
  });
});

describe('auditReference', () => {
  it('is AUD-<year of the planned day>-<number padded to 4>', () => {
    expect(auditReference({ number: 7, scheduledOn: new Date('2026-12-31T00:00:00Z') })).toBe('AUD-2026-0007');
    expect(auditReference({ number: 12345, scheduledOn: new Date('2027-01-01T00:00:00Z') })).toBe('AUD-2027-12345');
  });
});

describe('resolveAuditSubject', () => {
  it('takes the partnership from the subject of a supervision', () => {
    expect(resolveAuditSubject({ kind: 'PARTNERSHIP_SUPERVISION', subjectType: 'PARTNERSHIP', subjectId: partnership })).toEqual({
      trainingCentreId: null,
      partnershipId: partnership,
    });
  });

  it('refuses a supervision of anything but a partnership, or with another partnership or a centre', () => {
    expect(refusal(() => resolveAuditSubject({ kind: 'PARTNERSHIP_SUPERVISION', subjectType: 'WORKPLACE', subjectId: workplace }))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'subjectType',
    });
    expect(
      refusal(() =>
        resolveAuditSubject({ kind: 'PARTNERSHIP_SUPERVISION', subjectType: 'PARTNERSHIP', subjectId: partnership, partnershipId: workplace }),
      ),
    ).toEqual({ code: 'BAD_USER_INPUT', field: 'partnershipId' });
    expect(
      refusal(() =>
        resolveAuditSubject({ kind: 'PARTNERSHIP_SUPERVISION', subjectType: 'PARTNERSHIP', subjectId: partnership, trainingCentreId: centre }),
      ),
    ).toEqual({ code: 'BAD_USER_INPUT', field: 'trainingCentreId' });
  });

  it('inspects a centre, a track or a course of an inspected Syntra', () => {
    expect(resolveAuditSubject({ kind: 'TRACK_INSPECTION', subjectType: 'TRAINING_CENTRE', subjectId: centre })).toEqual({
      trainingCentreId: centre,
      partnershipId: null,
    });
    expect(resolveAuditSubject({ kind: 'TRACK_INSPECTION', subjectType: 'COURSE', subjectId: track, trainingCentreId: centre })).toEqual({
      trainingCentreId: centre,
      partnershipId: null,
    });
    expect(refusal(() => resolveAuditSubject({ kind: 'TRACK_INSPECTION', subjectType: 'TRACK', subjectId: track }))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'trainingCentreId',
    });
    expect(
      refusal(() => resolveAuditSubject({ kind: 'TRACK_INSPECTION', subjectType: 'TRACK', subjectId: track, trainingCentreId: centre, partnershipId: partnership })),
    ).toEqual({ code: 'BAD_USER_INPUT', field: 'partnershipId' });
    expect(refusal(() => resolveAuditSubject({ kind: 'TRACK_INSPECTION', subjectType: 'AGREEMENT', subjectId: track }))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'subjectType',
    });
  });

  it('refuses a centre subject that names another centre', () => {
    expect(
      refusal(() => resolveAuditSubject({ kind: 'TRACK_INSPECTION', subjectType: 'TRAINING_CENTRE', subjectId: centre, trainingCentreId: track })),
    ).toEqual({ code: 'BAD_USER_INPUT', field: 'trainingCentreId' });
  });

  it('audits a dual trajectory at a centre or track, never a course', () => {
    expect(resolveAuditSubject({ kind: 'DUAL_QUALITY_AUDIT', subjectType: 'TRACK', subjectId: track, trainingCentreId: centre }).trainingCentreId).toBe(centre);
    expect(refusal(() => resolveAuditSubject({ kind: 'DUAL_QUALITY_AUDIT', subjectType: 'COURSE', subjectId: track, trainingCentreId: centre }))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'subjectType',
    });
  });

  it('follows up leertijd at a training centre only', () => {
    expect(resolveAuditSubject({ kind: 'APPRENTICESHIP_FOLLOW_UP', subjectType: 'TRAINING_CENTRE', subjectId: centre }).trainingCentreId).toBe(centre);
    expect(
      refusal(() => resolveAuditSubject({ kind: 'APPRENTICESHIP_FOLLOW_UP', subjectType: 'TRACK', subjectId: track, trainingCentreId: centre })),
    ).toEqual({ code: 'BAD_USER_INPUT', field: 'subjectType' });
  });

  it('audits a workplace or agreement, with the responsible partnership optional and no centre', () => {
    expect(resolveAuditSubject({ kind: 'WORKPLACE_AUDIT', subjectType: 'WORKPLACE', subjectId: workplace })).toEqual({
      trainingCentreId: null,
      partnershipId: null,
    });
    expect(resolveAuditSubject({ kind: 'WORKPLACE_AUDIT', subjectType: 'AGREEMENT', subjectId: workplace, partnershipId: partnership })).toEqual({
      trainingCentreId: null,
      partnershipId: partnership,
    });
    expect(
      refusal(() => resolveAuditSubject({ kind: 'WORKPLACE_AUDIT', subjectType: 'WORKPLACE', subjectId: workplace, trainingCentreId: centre })),
    ).toEqual({ code: 'BAD_USER_INPUT', field: 'trainingCentreId' });
  });
});

const member = (over: Partial<TeamMember>): TeamMember => ({
  auditorId: over.auditorId ?? `a-${Math.random()}`,
  name: 'Auditor',
  role: 'INSPECTOR',
  organisation: 'AGENCY',
  active: true,
  ...over,
});
const lead = member({ auditorId: 'lead', role: 'LEAD' });
const education = (role: TeamMember['role']) => member({ auditorId: 'edu', organisation: 'EDUCATION_INSPECTORATE', role });

describe('checkAuditTeam', () => {
  it('accepts an agency team, a co-auditor on a dual audit and a paritair college on a leertijd audit', () => {
    expect(() => checkAuditTeam('TRACK_INSPECTION', [lead, member({ auditorId: 'b' })])).not.toThrow();
    expect(() => checkAuditTeam('DUAL_QUALITY_AUDIT', [lead, education('CO_AUDITOR')])).not.toThrow();
    expect(() => checkAuditTeam('APPRENTICESHIP_FOLLOW_UP', [lead, education('PANEL_MEMBER'), member({ auditorId: 'c', role: 'PANEL_MEMBER' })])).not.toThrow();
    expect(() => checkAuditTeam('WORKPLACE_AUDIT', [])).not.toThrow();
  });

  it('refuses two leads, a member twice and inactive auditors', () => {
    expect(refusal(() => checkAuditTeam('TRACK_INSPECTION', [lead, member({ auditorId: 'b', role: 'LEAD' })])).field).toBe('auditors');
    expect(refusal(() => checkAuditTeam('TRACK_INSPECTION', [lead, member({ auditorId: 'lead' })])).code).toBe('BAD_USER_INPUT');
    expect(refusal(() => checkAuditTeam('TRACK_INSPECTION', [member({ role: 'LEAD', active: false })])).code).toBe('BAD_USER_INPUT');
  });

  it('keeps the education inspectorate to joint kinds, in their own roles', () => {
    expect(refusal(() => checkAuditTeam('TRACK_INSPECTION', [lead, education('CO_AUDITOR')])).code).toBe('BAD_USER_INPUT');
    expect(refusal(() => checkAuditTeam('WORKPLACE_AUDIT', [lead, education('PANEL_MEMBER')])).code).toBe('BAD_USER_INPUT');
    expect(refusal(() => checkAuditTeam('DUAL_QUALITY_AUDIT', [education('LEAD')])).code).toBe('BAD_USER_INPUT');
    expect(refusal(() => checkAuditTeam('DUAL_QUALITY_AUDIT', [lead, education('PANEL_MEMBER')])).code).toBe('BAD_USER_INPUT');
    expect(refusal(() => checkAuditTeam('APPRENTICESHIP_FOLLOW_UP', [lead, education('CO_AUDITOR')])).code).toBe('BAD_USER_INPUT');
    expect(refusal(() => checkAuditTeam('DUAL_QUALITY_AUDIT', [lead, member({ role: 'CO_AUDITOR' })])).code).toBe('BAD_USER_INPUT');
    expect(refusal(() => checkAuditTeam('TRACK_INSPECTION', [lead, member({ role: 'PANEL_MEMBER' })])).code).toBe('BAD_USER_INPUT');
  });
});

describe('teamShortfall', () => {
  it('needs a lead before the preparation', () => {
    expect(teamShortfall('TRACK_INSPECTION', [])?.precondition).toBe('LEAD_REQUIRED');
    expect(teamShortfall('TRACK_INSPECTION', [member({ role: 'INSPECTOR' })])?.precondition).toBe('LEAD_REQUIRED');
    expect(teamShortfall('TRACK_INSPECTION', [lead])).toBeNull();
  });

  it('needs a paritair college with both inspectorates on a leertijd follow-up audit', () => {
    expect(teamShortfall('APPRENTICESHIP_FOLLOW_UP', [lead])?.precondition).toBe('PARITAIR_COLLEGE_INCOMPLETE');
    expect(teamShortfall('APPRENTICESHIP_FOLLOW_UP', [lead, education('PANEL_MEMBER')])).toBeNull();
  });
});
