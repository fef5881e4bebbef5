import { defineWorkflow, Role } from '@werkplek/subgraph-kit';
import type { TenderStatus } from '../generated/prisma/enums.js';

const staff = [Role.AgencyStaff] as const;

/**
 * A tender for assigned tracks (§6.8, old approach "tender → award (gunning, amount incl. VAT) → execution"; the new
 * approach's research and training tenders follow the same steps). Launching creates it in LAUNCHED.
 */
export const tenderWorkflow = defineWorkflow<TenderStatus, 'award' | 'cancel'>({
  subject: { nl: 'de tender', en: 'the tender' },
  stateLabels: { LAUNCHED: 'Gelanceerd', AWARDED: 'Gegund', CANCELLED: 'Geannuleerd' },
  steps: {
    award: { from: ['LAUNCHED'], to: 'AWARDED', roles: staff, label: 'de tender gunnen' },
    cancel: { from: ['LAUNCHED'], to: 'CANCELLED', roles: staff, label: 'de tender annuleren' },
  },
});

export type TenderStep = keyof typeof tenderWorkflow.steps;
