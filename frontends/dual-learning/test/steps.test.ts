import { describe, expect, it } from 'vitest';
import { offeredSteps } from '../src/applications/applicationSteps.js';
import { complaintSteps } from '../src/complaints/complaintSteps.js';
import { appealSteps } from '../src/appeals/appealSteps.js';
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

describe('complaintSteps and appealSteps (mirrored workflows)', () => {
  it('offers inadmissibility only for complaints, and the investigation only after routing', () => {
    expect(complaintSteps({ status: 'REGISTERED', kind: 'COMPLAINT', handlerBody: null })).toEqual(['acknowledge', 'declareInadmissible']);
    expect(complaintSteps({ status: 'REGISTERED', kind: 'REPORT', handlerBody: null })).toEqual(['acknowledge']);
    expect(complaintSteps({ status: 'ACKNOWLEDGED', kind: 'COMPLAINT', handlerBody: null })).toEqual(['route']);
    expect(complaintSteps({ status: 'ACKNOWLEDGED', kind: 'COMPLAINT', handlerBody: 'AGENCY' })).toEqual(['route', 'startInvestigation']);
    expect(complaintSteps({ status: 'CLOSED', kind: 'COMPLAINT', handlerBody: 'AGENCY' })).toEqual([]);
  });
  it('lets the commission decide only after the file was sent, and the company only withdraw', () => {
    const agency = { role: 'AGENCY_STAFF' } as const;
    expect(appealSteps({ status: 'SCHEDULED', fileSentOn: null }, agency)).toEqual(['sendFile', 'withdraw']);
    expect(appealSteps({ status: 'SCHEDULED', fileSentOn: '2026-11-20' }, agency)).toEqual(['sendFile', 'decide', 'interimDecision', 'withdraw']);
    expect(appealSteps({ status: 'LODGED', fileSentOn: null }, { role: 'COMPANY_USER' })).toEqual(['withdraw']);
    expect(appealSteps({ status: 'LODGED', fileSentOn: null }, { role: 'PARTNERSHIP_STAFF' })).toEqual([]);
    expect(appealSteps({ status: 'CONFIRMED', fileSentOn: '2026-11-20' }, agency)).toEqual([]);
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
