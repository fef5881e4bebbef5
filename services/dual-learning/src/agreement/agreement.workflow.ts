import { defineWorkflow, Role } from '@werkplek/subgraph-kit';
import type { AgreementStatus } from '../generated/prisma/enums.js';

/**
 * The agreement lifecycle (§3.9): Lopend → Afgelopen (planned end reached) or Vroegtijdig beëindigd (+ reason, BR-34).
 * A suspension (schorsing) keeps the agreement running until it ends (endSuspension, the agreement resumes) or, after
 * more than 60 days, the agreement is terminated early for it (BR-32).
 */
export const agreementWorkflow = defineWorkflow<AgreementStatus, 'register' | 'end' | 'terminateEarly' | 'suspend' | 'endSuspension'>({
  subject: { nl: 'de overeenkomst', en: 'the agreement' },
  stateLabels: { RUNNING: 'Lopend', ENDED: 'Afgelopen', ENDED_EARLY: 'Vroegtijdig beëindigd' },
  steps: {
    register: { from: [], to: 'RUNNING', roles: [Role.AgencyStaff, Role.CompanyUser], label: 'een overeenkomst registreren' },
    end: { from: ['RUNNING'], to: 'ENDED', roles: [Role.AgencyStaff, Role.CompanyUser], label: 'de overeenkomst afsluiten' },
    terminateEarly: {
      from: ['RUNNING'],
      to: 'ENDED_EARLY',
      roles: [Role.AgencyStaff, Role.CompanyUser, Role.PartnershipStaff],
      label: 'de overeenkomst vroegtijdig beëindigen',
    },
    suspend: { from: ['RUNNING'], to: 'RUNNING', roles: [Role.AgencyStaff, Role.CompanyUser], label: 'de overeenkomst schorsen' },
    endSuspension: {
      from: ['RUNNING'],
      to: 'RUNNING',
      roles: [Role.AgencyStaff, Role.CompanyUser],
      label: 'de schorsing van de overeenkomst beëindigen',
    },
  },
});

export type AgreementStep = keyof typeof agreementWorkflow.steps;
