import { defineWorkflow, Role } from '@werkplek/subgraph-kit';
import type { SignalStatus } from '../generated/prisma/enums.js';

/** A signal (signaal, knipperlicht, §2.11, §4.6): open → in follow-up → closed (or closed at once). */
export const signalWorkflow = defineWorkflow<SignalStatus, 'followUp' | 'close'>({
  subject: { nl: 'het signaal', en: 'the signal' },
  stateLabels: { OPEN: 'Open', IN_FOLLOW_UP: 'In opvolging', CLOSED: 'Afgesloten' },
  steps: {
    followUp: { from: ['OPEN'], to: 'IN_FOLLOW_UP', roles: [Role.AgencyStaff, Role.PartnershipStaff], label: 'het signaal opvolgen' },
    close: { from: ['OPEN', 'IN_FOLLOW_UP'], to: 'CLOSED', roles: [Role.AgencyStaff, Role.PartnershipStaff], label: 'het signaal afsluiten' },
  },
});

/** Guidance-action types that are visits: only these carry a visit purpose (informerend, controlerend, inspirerend). */
export const visitTypes = ['SITE_VISIT', 'WELFARE_ADVISER_VISIT', 'ONBOARDING_VISIT', 'CONTRACT_SIGNATURE_VISIT', 'FIRST_MONTH_VISIT'] as const;
