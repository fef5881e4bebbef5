import { defineWorkflow, Role } from '@werkplek/subgraph-kit';
import { AnnualPlanStatus } from '../generated/prisma/enums.js';

const planners = [Role.AgencyStaff, Role.Inspector] as const;

/**
 * The annual planning (jaarplanning, §4.8): drafted from the risk ranking, adjusted (rescore, choices by hand) while it
 * is a draft, then adopted, which schedules its audits. An adopted plan does not change: its audits are planned and
 * moved in the audit workflow from then on.
 */
export const annualPlanWorkflow = defineWorkflow({
  subject: { nl: 'de jaarplanning', en: 'the annual plan' },
  stateLabels: { DRAFT: 'Ontwerp', ADOPTED: 'Vastgesteld' },
  steps: {
    rescore: { from: [AnnualPlanStatus.DRAFT], to: AnnualPlanStatus.DRAFT, roles: planners, label: 'de jaarplanning herberekenen' },
    choose: { from: [AnnualPlanStatus.DRAFT], to: AnnualPlanStatus.DRAFT, roles: planners, label: 'een kandidaat plannen of schrappen' },
    adopt: { from: [AnnualPlanStatus.DRAFT], to: AnnualPlanStatus.ADOPTED, roles: planners, label: 'de jaarplanning vaststellen' },
  },
});
