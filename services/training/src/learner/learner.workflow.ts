import { defineWorkflow, Role } from '@werkplek/subgraph-kit';
import type { EnrolmentStatus } from '../generated/prisma/enums.js';

const actors = [Role.AgencyStaff, Role.CentreUser] as const;

/** An enrolment (inschrijving, §2.4): created ENROLLED; withdrawal (uitschrijving) or the result ends it. */
export const enrolmentWorkflow = defineWorkflow<EnrolmentStatus, 'withdraw' | 'recordResult'>({
  subject: { nl: 'de inschrijving', en: 'the enrolment' },
  stateLabels: { ENROLLED: 'Ingeschreven', WITHDRAWN: 'Uitgeschreven', COMPLETED: 'Afgerond' },
  steps: {
    withdraw: { from: ['ENROLLED'], to: 'WITHDRAWN', roles: actors, label: 'uitschrijven' },
    recordResult: { from: ['ENROLLED'], to: 'COMPLETED', roles: actors, label: 'het resultaat registreren' },
  },
});

export type EnrolmentStep = keyof typeof enrolmentWorkflow.steps;
