import { defineWorkflow, Role } from '@werkplek/subgraph-kit';
import type { CourseStatus } from '../generated/prisma/enums.js';

const actors = [Role.AgencyStaff, Role.CentreUser] as const;

/** A course (cursus) as the centre requests it (§6.7): requested, then effectively started or cancelled. */
export const courseWorkflow = defineWorkflow<CourseStatus, 'start' | 'cancel'>({
  subject: { nl: 'de cursus', en: 'the course' },
  stateLabels: { REQUESTED: 'Aangevraagd', STARTED: 'Gestart', CANCELLED: 'Geannuleerd' },
  steps: {
    start: { from: ['REQUESTED'], to: 'STARTED', roles: actors, label: 'de cursus starten' },
    cancel: { from: ['REQUESTED'], to: 'CANCELLED', roles: actors, label: 'de cursus annuleren' },
  },
});

export type CourseStep = keyof typeof courseWorkflow.steps;
