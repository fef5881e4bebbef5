import { defineWorkflow, Role } from '@werkplek/subgraph-kit';

/** A certificate's state, derived from revokedOn: VALID until the agency revokes it. */
export type CertificateState = 'VALID' | 'REVOKED';

export const certificateWorkflow = defineWorkflow<CertificateState, 'revoke'>({
  subject: { nl: 'het attest', en: 'the certificate' },
  stateLabels: { VALID: 'Geldig', REVOKED: 'Ingetrokken' },
  steps: {
    revoke: { from: ['VALID'], to: 'REVOKED', roles: [Role.AgencyStaff], label: 'het attest intrekken' },
  },
});
