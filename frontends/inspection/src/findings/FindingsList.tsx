import { EmptyState, StatusBadge, type StatusTone } from '@werkplek/ui';
import { formatDate } from '@werkplek/frontend-kit';
import type { FindingSeverity } from '../gql/graphql.js';
import type { AuditDetail } from '../audit/audit.operations.js';
import type { FieldState } from '../offline/fieldStore.js';
import { labelOf, severityLabels } from '../shared/labels.js';
import { Disclosure } from '../shared/Disclosure.js';
import { EditFindingForm } from './EditFindingForm.js';

const severityTones: Record<FindingSeverity, StatusTone> = {
  POSITIVE: 'success',
  OBSERVATION: 'info',
  SHORTCOMING: 'warning',
  SERIOUS_SHORTCOMING: 'error',
};

interface ListedFinding {
  id: string;
  severity: FindingSeverity;
  title: string;
  description: string;
  waiting: boolean;
  resolvedOn?: string | null;
}

/**
 * The audit's findings, with the ones still on this device (waiting to be sent) marked as such; `editable` (while the
 * visit runs) lets the inspector correct a sent one.
 */
export function FindingsList({ audit, field, editable = false }: { audit: AuditDetail; field?: FieldState; editable?: boolean }) {
  const known = new Set(audit.findings.map((finding) => finding.id));
  const waiting: ListedFinding[] = (field?.queue ?? [])
    .filter((entry) => entry.operation === 'RecordFinding' && !known.has(String(entry.variables.input['id'])))
    .map((entry) => {
      const input = entry.variables.input as { id: string; severity: FindingSeverity; title: string; description: string };
      return { id: input.id, severity: input.severity, title: input.title, description: input.description, waiting: true };
    });
  const findings: ListedFinding[] = [...audit.findings.map((finding) => ({ ...finding, waiting: false })), ...waiting];

  if (findings.length === 0) return <EmptyState title="Nog geen vaststellingen." />;
  return (
    <ul className="wp-inspection__findings" aria-label="Vaststellingen">
      {findings.map((finding) => (
        <li key={finding.id} className="wp-inspection__finding">
          <p className="wp-inspection__finding-title">
            <strong>{finding.title}</strong> <StatusBadge tone={severityTones[finding.severity] ?? 'neutral'}>{labelOf(severityLabels, finding.severity)}</StatusBadge>{' '}
            {finding.waiting && <StatusBadge tone="warning">Wacht op verzending</StatusBadge>}
            {finding.resolvedOn && <StatusBadge tone="success">Opgelost op {formatDate(finding.resolvedOn)}</StatusBadge>}
          </p>
          <p>{finding.description}</p>
          {editable && !finding.waiting && (
            <Disclosure
              label={
                <>
                  Wijzigen <span className="wp-visually-hidden">— {finding.title}</span>
                </>
              }
            >
              <EditFindingForm finding={finding} />
            </Disclosure>
          )}
        </li>
      ))}
    </ul>
  );
}
