import { describe, expect, it } from 'vitest';
import { Role, type User } from '@werkplek/auth';
import { checkStep, defineWorkflow } from '../src/workflow.js';

const workflow = defineWorkflow({
  subject: { nl: 'de aanvraag', en: 'the application' },
  stateLabels: { SUBMITTED: 'Ingediend', IN_PROGRESS: 'In behandeling', APPROVED: 'Goedgekeurd' },
  steps: {
    takeUp: { from: ['SUBMITTED'], to: 'IN_PROGRESS', roles: [Role.AgencyStaff, Role.PartnershipStaff], label: 'in behandeling nemen' },
    approve: { from: ['IN_PROGRESS'], to: 'APPROVED', roles: [Role.AgencyStaff], label: 'goedkeuren' },
  },
});
const staff: User = { id: 's', name: 'S', role: Role.AgencyStaff };
const inspector: User = { id: 'i', name: 'I', role: Role.Inspector };

describe('checkStep', () => {
  it('gives the next state for a legal step by an allowed role', () => {
    expect(checkStep(workflow, 'takeUp', 'SUBMITTED', staff)).toEqual({ from: 'SUBMITTED', to: 'IN_PROGRESS' });
  });
  it('refuses a step from the wrong state, naming the current state', () => {
    expect(() => checkStep(workflow, 'approve', 'SUBMITTED', staff)).toThrow(/de aanvraag is 'Ingediend'/);
    try {
      checkStep(workflow, 'approve', 'SUBMITTED', staff);
    } catch (error) {
      expect((error as { extensions: Record<string, unknown> }).extensions).toMatchObject({
        code: 'INVALID_STATE_TRANSITION',
        currentState: 'SUBMITTED',
      });
    }
  });
  it('refuses a role that may not take the step, whatever the state', () => {
    expect(() => checkStep(workflow, 'takeUp', 'SUBMITTED', inspector)).toThrow(/Je mag niet in behandeling nemen/);
  });
});
