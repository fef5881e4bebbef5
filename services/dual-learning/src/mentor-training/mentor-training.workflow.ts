import { defineWorkflow, Role } from '@werkplek/subgraph-kit';
import type { MentorTrainingStatus } from '../generated/prisma/enums.js';

/** A mentor's mentor training (BR-20 … BR-22): not registered → registered → completed, or exempted. */
export const mentorTrainingWorkflow = defineWorkflow<MentorTrainingStatus, 'register' | 'complete' | 'exempt'>({
  subject: { nl: 'de mentoropleiding', en: 'the mentor training' },
  stateLabels: { NOT_REGISTERED: 'Niet ingeschreven', REGISTERED: 'Ingeschreven', COMPLETED: 'Gevolgd', EXEMPTED: 'Vrijgesteld' },
  steps: {
    register: {
      from: ['NOT_REGISTERED'],
      to: 'REGISTERED',
      roles: [Role.AgencyStaff, Role.PartnershipStaff, Role.CompanyUser],
      label: 'de mentor inschrijven',
    },
    complete: {
      from: ['NOT_REGISTERED', 'REGISTERED'],
      to: 'COMPLETED',
      roles: [Role.AgencyStaff, Role.PartnershipStaff],
      label: 'de opleiding als gevolgd registreren',
    },
    exempt: {
      from: ['NOT_REGISTERED', 'REGISTERED'],
      to: 'EXEMPTED',
      roles: [Role.AgencyStaff, Role.PartnershipStaff],
      label: 'een vrijstelling toekennen',
    },
  },
});
