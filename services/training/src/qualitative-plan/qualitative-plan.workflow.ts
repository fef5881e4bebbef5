import { defineWorkflow, Role } from '@werkplek/subgraph-kit';
import { QualitativePlanStatus } from '../generated/prisma/enums.js';

/**
 * The qualitative annual plan (kwalitatief jaarplan, §2.12 B, §6.6) as data: the centre drafts and submits it per the
 * template; regie ondernemersvorming assesses it against the JOP goals; in the "ronde van Vlaanderen" the realisation
 * of each item is recorded, and the plan is REVIEWED once every item has one.
 */
export const qualitativePlanWorkflow = defineWorkflow({
  subject: { nl: 'het kwalitatief jaarplan', en: 'the qualitative annual plan' },
  stateLabels: {
    DRAFT: 'Ontwerp',
    SUBMITTED: 'Ingediend',
    ASSESSED: 'Beoordeeld',
    REVIEWED: 'Realisaties besproken',
  },
  steps: {
    addItem: { from: [QualitativePlanStatus.DRAFT], to: QualitativePlanStatus.DRAFT, roles: [Role.CentreUser], label: 'een item toevoegen' },
    submit: { from: [QualitativePlanStatus.DRAFT], to: QualitativePlanStatus.SUBMITTED, roles: [Role.CentreUser], label: 'het jaarplan indienen' },
    assess: {
      from: [QualitativePlanStatus.SUBMITTED],
      to: QualitativePlanStatus.ASSESSED,
      roles: [Role.AgencyStaff],
      label: 'het jaarplan beoordelen',
    },
    recordRealisation: {
      from: [QualitativePlanStatus.ASSESSED],
      to: QualitativePlanStatus.REVIEWED,
      roles: [Role.AgencyStaff],
      label: 'een realisatie vastleggen',
    },
  },
});

export type QualitativePlanStep = keyof typeof qualitativePlanWorkflow.steps;
