import { defineWorkflow, Role } from '@werkplek/subgraph-kit';
import type { AppealStatus } from '../generated/prisma/enums.js';

const open: AppealStatus[] = ['LODGED', 'UNDER_INVESTIGATION', 'SCHEDULED', 'INTERIM_DECISION'];

/**
 * The appeal procedure (beroepsprocedure, §3.7) before the appeals commission of the Flemish Partnership, as data.
 * Lodging creates the record in LODGED, or INADMISSIBLE when the registered letter came too late (BR-40).
 * CONFIRMED, ANNULLED, INADMISSIBLE and WITHDRAWN_BY_APPELLANT end it.
 */
export const appealWorkflow = defineWorkflow<
  AppealStatus,
  'assignCaseHandler' | 'scheduleSession' | 'sendFile' | 'interimDecision' | 'confirm' | 'annul' | 'withdraw'
>({
  subject: { nl: 'het beroep', en: 'the appeal' },
  stateLabels: {
    LODGED: 'Ingediend',
    INADMISSIBLE: 'Onontvankelijk',
    UNDER_INVESTIGATION: 'In onderzoek',
    SCHEDULED: 'Geagendeerd',
    INTERIM_DECISION: 'Tussenbeslissing',
    CONFIRMED: 'Beslissing bevestigd',
    ANNULLED: 'Beslissing vernietigd',
    WITHDRAWN_BY_APPELLANT: 'Ingetrokken door de appellant',
  },
  steps: {
    assignCaseHandler: { from: ['LODGED'], to: 'UNDER_INVESTIGATION', roles: [Role.AgencyStaff], label: 'een dossierbehandelaar toewijzen' },
    scheduleSession: {
      from: ['UNDER_INVESTIGATION', 'INTERIM_DECISION'],
      to: 'SCHEDULED',
      roles: [Role.AgencyStaff],
      label: 'de zitting van de beroepscommissie plannen',
    },
    sendFile: { from: ['SCHEDULED'], to: 'SCHEDULED', roles: [Role.AgencyStaff], label: 'het dossier aan de commissie bezorgen' },
    interimDecision: { from: ['SCHEDULED'], to: 'INTERIM_DECISION', roles: [Role.AgencyStaff], label: 'een tussenbeslissing nemen' },
    confirm: { from: ['SCHEDULED'], to: 'CONFIRMED', roles: [Role.AgencyStaff], label: 'de beslissing bevestigen' },
    annul: { from: ['SCHEDULED'], to: 'ANNULLED', roles: [Role.AgencyStaff], label: 'de beslissing vernietigen' },
    withdraw: { from: open, to: 'WITHDRAWN_BY_APPELLANT', roles: [Role.AgencyStaff, Role.CompanyUser], label: 'het beroep intrekken' },
  },
});

export type AppealStep = keyof typeof appealWorkflow.steps;
