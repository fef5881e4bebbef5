import { defineWorkflow, Role } from '@werkplek/subgraph-kit';
import { RecognitionStatus } from '../generated/prisma/enums.js';

/** A recognition's life (§3.6): active until withdrawn (opheffing) or ended by an exclusion (uitsluiting). */
export const recognitionWorkflow = defineWorkflow({
  subject: { nl: 'de erkenning', en: 'the recognition' },
  stateLabels: { ACTIVE: 'Actief', WITHDRAWN: 'Opgeheven', EXCLUDED: 'Uitgesloten' },
  steps: {
    withdraw: {
      from: [RecognitionStatus.ACTIVE],
      to: RecognitionStatus.WITHDRAWN,
      roles: [Role.AgencyStaff, Role.PartnershipStaff],
      label: 'de erkenning opheffen',
    },
    exclude: {
      from: [RecognitionStatus.ACTIVE],
      to: RecognitionStatus.EXCLUDED,
      roles: [Role.AgencyStaff, Role.PartnershipStaff],
      label: 'de onderneming uitsluiten',
    },
  },
});
