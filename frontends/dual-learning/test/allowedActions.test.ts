import { describe, expect, it } from 'vitest';
import { allowedSteps } from '../src/applications/allowedActions.js';
import { canHandle } from '../src/shared/user.js';
import { validateAgreement } from '../src/agreements/RegisterAgreementForm.js';

describe('allowedSteps (the application workflow)', () => {
  it('offers taking up, on hold, incomplete and rejection for a submitted application', () => {
    expect(allowedSteps('SUBMITTED', 'CONSULTANT_DECISION')).toEqual(['takeUp', 'putOnHold', 'declareIncomplete', 'reject']);
  });
  it('offers approval only where a consultant decides (or tacit approval)', () => {
    expect(allowedSteps('IN_PROGRESS', 'CONSULTANT_DECISION')).toContain('approve');
    expect(allowedSteps('IN_PROGRESS', 'UNANIMOUS_WEEKLY_VOTE')).not.toContain('approve');
    expect(allowedSteps('IN_PROGRESS', 'UNANIMOUS_WEEKLY_VOTE')).toContain('reject');
  });
  it('offers nothing once decided', () => {
    expect(allowedSteps('APPROVED', 'CONSULTANT_DECISION')).toEqual([]);
    expect(allowedSteps('REJECTED', 'CONSULTANT_DECISION')).toEqual([]);
  });
  it('lets partnership staff handle only their own partnership, and other roles nothing', () => {
    expect(canHandle({ role: 'PARTNERSHIP_STAFF', partnershipId: 'p1' }, 'p1')).toBe(true);
    expect(canHandle({ role: 'PARTNERSHIP_STAFF', partnershipId: 'p1' }, 'p2')).toBe(false);
    expect(canHandle({ role: 'INSPECTOR' }, 'p1')).toBe(false);
    expect(canHandle({ role: 'AGENCY_STAFF' }, 'p1')).toBe(true);
  });
});

describe('validateAgreement', () => {
  const id = (name: string) => name;
  const valid = { type: 'OAO', mentorId: 'm1', learnerName: 'Lena', trainingProvider: 'Syntra West', studyDirection: '', birthDate: '', startDate: '2026-09-01', plannedEndDate: '2027-06-30', weeklyHours: '' };
  it('accepts a complete agreement within the recognition', () => {
    expect(validateAgreement(valid, id, '2025-01-01', '2030-01-01')).toEqual([]);
  });
  it('gives Dutch messages next to the fields', () => {
    const errors = validateAgreement({ ...valid, type: '', learnerName: ' ', startDate: '2031-01-01', plannedEndDate: '2030-01-01', weeklyHours: '99' }, id, '2025-01-01', '2030-01-01');
    expect(errors.map((error) => error.fieldId)).toEqual(['type', 'learnerName', 'startDate', 'plannedEndDate', 'weeklyHours']);
    expect(errors[2]?.message).toMatch(/binnen de geldigheid van de erkenning/);
  });
});
