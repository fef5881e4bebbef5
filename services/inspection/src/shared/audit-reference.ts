import type { Audit } from '../generated/prisma/client.js';

/**
 * The public reference of an audit, AUD-<year of the planned day>-<running number, 4 digits>: what inspectors, the
 * audited party and the dual-learning domain (a revocation's history) quote.
 */
export function auditReference(audit: Pick<Audit, 'number' | 'scheduledOn'>): string {
  return `AUD-${audit.scheduledOn.getUTCFullYear()}-${String(audit.number).padStart(4, '0')}`;
}
