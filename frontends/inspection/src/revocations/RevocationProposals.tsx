import { EmptyState, StatusBadge } from '@werkplek/ui';
import { formatDate, formatDateTime } from '@werkplek/frontend-kit';
import type { AuditDetail } from '../audit/audit.operations.js';
import { labelOf } from '../shared/labels.js';
import { decisionLabels, deliveryLabels, revocationKindLabels } from './revocationLabels.js';

/**
 * The audit's proposals with their delivery (this domain's outbox) and, once dual learning received one, its decision
 * (Audit.recognitionRevocations, served by dual learning; same id).
 */
export function RevocationProposals({ audit }: { audit: AuditDetail }) {
  if (audit.revocationProposals.length === 0) return <EmptyState title="Nog geen voorstel tot opheffing of uitsluiting." />;
  const decisions = new Map(audit.recognitionRevocations.map((decision) => [decision.id, decision]));
  return (
    <ul className="wp-inspection__revocations" aria-label="Voorstellen tot opheffing of uitsluiting">
      {audit.revocationProposals.map((proposal) => {
        const delivery = deliveryLabels[proposal.delivery] ?? { label: proposal.delivery, tone: 'neutral' as const };
        const decision = decisions.get(proposal.id);
        const decided = decision ? (decisionLabels[decision.status] ?? { label: decision.status, tone: 'neutral' as const }) : undefined;
        return (
          <li key={proposal.id} className="wp-inspection__revocation">
            <p>
              <strong>{labelOf(revocationKindLabels, proposal.kind)}</strong>
              {proposal.exclusionUntil ? ` tot en met ${formatDate(proposal.exclusionUntil)}` : ''} — voorgesteld door {proposal.proposedBy} op{' '}
              {formatDateTime(proposal.proposedAt)}
            </p>
            <p>{proposal.reason}</p>
            <p>
              Bezorging: <StatusBadge tone={delivery.tone}>{delivery.label}</StatusBadge>
              {proposal.deliveredAt ? ` op ${formatDateTime(proposal.deliveredAt)}` : ''}
              {proposal.delivery === 'PENDING' && proposal.attempts > 0 ? ` (${proposal.attempts} poging(en))` : ''}
            </p>
            {proposal.lastError && proposal.delivery !== 'DELIVERED' && <p>Laatste melding: {proposal.lastError}</p>}
            <p>
              Beslissing van duaal leren:{' '}
              {decided ? <StatusBadge tone={decided.tone}>{decided.label}</StatusBadge> : 'nog niet ontvangen'}
              {decision?.decidedBy ? ` door ${decision.decidedBy}` : ''}
              {decision?.decidedAt ? ` op ${formatDateTime(decision.decidedAt)}` : ''}
              {decision?.decisionNote ? ` — ${decision.decisionNote}` : ''}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
