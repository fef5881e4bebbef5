import { describe, expect, it } from 'vitest';
import { offeredSteps } from '../src/applications/applicationSteps.js';
import { offeredComplaintSteps } from '../src/complaints/ComplaintSteps.js';
import { offeredAppealSteps } from '../src/appeals/AppealSteps.js';
import { canHandle } from '../src/session/permissions.js';
import { validateAgreement } from '../src/agreements/RegisterAgreementForm.js';

describe('offeredSteps (the server\'s allowedSteps)', () => {
  it('offers exactly the steps the API lists, in its order', () => {
    expect(offeredSteps(['takeUp', 'putOnHold', 'declareIncomplete', 'reject'])).toEqual(['takeUp', 'putOnHold', 'declareIncomplete', 'reject']);
    expect(offeredSteps([])).toEqual([]);
  });
  it('leaves out a step name this screen does not know', () => {
    expect(offeredSteps(['castVote', 'someFutureStep'])).toEqual(['castVote']);
  });
});

describe('offeredComplaintSteps and offeredAppealSteps (the server\'s allowedSteps)', () => {
  it('offers the complaint steps the API lists, in its order, and leaves out unknown names', () => {
    expect(offeredComplaintSteps(['acknowledge', 'declareInadmissible'])).toEqual(['acknowledge', 'declareInadmissible']);
    expect(offeredComplaintSteps(['route', 'someFutureStep', 'startInvestigation'])).toEqual(['route', 'startInvestigation']);
    expect(offeredComplaintSteps([])).toEqual([]);
  });
  it('turns confirm and annul into the one decision form of the commission', () => {
    expect(offeredAppealSteps(['sendFile', 'interimDecision', 'confirm', 'annul', 'withdraw'])).toEqual(['sendFile', 'interimDecision', 'decide', 'withdraw']);
    expect(offeredAppealSteps(['sendFile', 'withdraw'])).toEqual(['sendFile', 'withdraw']);
    expect(offeredAppealSteps(['withdraw', 'someFutureStep'])).toEqual(['withdraw']);
  });
});

describe('canHandle', () => {
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
