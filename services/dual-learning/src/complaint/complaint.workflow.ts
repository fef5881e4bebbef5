import { defineWorkflow, Role } from '@werkplek/subgraph-kit';
import type { ComplaintStatus } from '../generated/prisma/enums.js';

const handlers = [Role.AgencyStaff, Role.PartnershipStaff] as const;

/**
 * The complaints and reports procedure (klachten- en meldingenprocedure, §3.8) as data. Registration creates the
 * record in REGISTERED; INADMISSIBLE and CLOSED end it.
 */
export const complaintWorkflow = defineWorkflow<
  ComplaintStatus,
  'acknowledge' | 'declareInadmissible' | 'route' | 'startInvestigation' | 'recordInvestigativeAct' | 'decide' | 'investigateFurther' | 'close'
>({
  subject: { nl: 'de klacht', en: 'the complaint' },
  stateLabels: {
    REGISTERED: 'Geregistreerd',
    ACKNOWLEDGED: 'Ontvangst bevestigd',
    INADMISSIBLE: 'Onontvankelijk',
    UNDER_INVESTIGATION: 'In onderzoek',
    DECIDED: 'Beslist door de klachtenraad',
    CLOSED: 'Afgesloten',
  },
  steps: {
    acknowledge: { from: ['REGISTERED'], to: 'ACKNOWLEDGED', roles: handlers, label: 'de ontvangst bevestigen' },
    declareInadmissible: { from: ['REGISTERED'], to: 'INADMISSIBLE', roles: handlers, label: 'onontvankelijk verklaren' },
    route: { from: ['ACKNOWLEDGED'], to: 'ACKNOWLEDGED', roles: handlers, label: 'doorverwijzen' },
    startInvestigation: { from: ['ACKNOWLEDGED'], to: 'UNDER_INVESTIGATION', roles: handlers, label: 'het onderzoek starten' },
    recordInvestigativeAct: {
      from: ['UNDER_INVESTIGATION'],
      to: 'UNDER_INVESTIGATION',
      roles: handlers,
      label: 'een onderzoeksdaad registreren',
    },
    decide: { from: ['UNDER_INVESTIGATION'], to: 'DECIDED', roles: handlers, label: 'beslissen' },
    investigateFurther: { from: ['DECIDED'], to: 'UNDER_INVESTIGATION', roles: handlers, label: 'verder onderzoeken' },
    close: { from: ['DECIDED'], to: 'CLOSED', roles: handlers, label: 'afsluiten' },
  },
});

export type ComplaintStep = keyof typeof complaintWorkflow.steps;
