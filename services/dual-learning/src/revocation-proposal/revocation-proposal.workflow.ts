import { defineWorkflow, Role } from '@werkplek/subgraph-kit';
import { RevocationProposalStatus } from '../generated/prisma/enums.js';

/**
 * A revocation proposal's life: received PROPOSED, then accepted (the recognition is withdrawn or the company excluded
 * in the same transaction) or rejected. Which of the two roles may decide which kind is checked by the service.
 */
export const revocationProposalWorkflow = defineWorkflow({
  subject: { nl: 'het voorstel tot opheffing of uitsluiting', en: 'the revocation proposal' },
  stateLabels: { PROPOSED: 'Voorgesteld', ACCEPTED: 'Aanvaard', REJECTED: 'Afgewezen' },
  steps: {
    accept: {
      from: [RevocationProposalStatus.PROPOSED],
      to: RevocationProposalStatus.ACCEPTED,
      roles: [Role.AgencyStaff, Role.PartnershipStaff],
      label: 'het voorstel aanvaarden',
    },
    reject: {
      from: [RevocationProposalStatus.PROPOSED],
      to: RevocationProposalStatus.REJECTED,
      roles: [Role.AgencyStaff, Role.PartnershipStaff],
      label: 'het voorstel afwijzen',
    },
  },
});
