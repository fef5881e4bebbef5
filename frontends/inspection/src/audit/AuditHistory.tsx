import { formatDateTime } from '@werkplek/frontend-kit';
import type { AuditDetail } from './audit.operations.js';

/** Every step taken, oldest first, with who took it. */
export function AuditHistory({ audit }: { audit: AuditDetail }) {
  if (audit.history.length === 0) return <p>Nog geen geschiedenis.</p>;
  return (
    <ol className="wp-inspection__history">
      {audit.history.map((change) => (
        <li key={change.id}>
          <time dateTime={change.at}>{formatDateTime(change.at)}</time> — {change.step}: {change.toStatus} ({change.actorName})
          {change.note ? ` — ${change.note}` : ''}
        </li>
      ))}
    </ol>
  );
}
