import { EmptyState, StatusBadge, type StatusTone } from '@werkplek/ui';
import { formatDate } from '@werkplek/frontend-kit';
import type { FindingSeverity } from '../gql/graphql.js';
import type { AuditDetail } from '../audit/audit.operations.js';
import { inputOf, type FieldState } from '../offline/fieldStore.js';
import type { FieldWork } from '../offline/useFieldWork.js';
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
  /** An edit of it is still on this device. */
  editWaiting?: boolean;
  resolvedOn?: string | null;
}

/**
 * The audit's findings, with the ones (and the edits) still on this device marked as such; with `work` (while the
 * visit runs) the inspector corrects a sent one through the field queue.
 */
export function FindingsList({ audit, field, work }: { audit: AuditDetail; field?: FieldState; work?: FieldWork }) {
  const known = new Set(audit.findings.map((finding) => finding.id));
  const waiting: ListedFinding[] = (field?.queue ?? [])
    .filter((entry) => entry.operation === 'RecordFinding' && !known.has(String(inputOf(entry)['id'])))
    .map((entry) => {
      const input = inputOf(entry) as { id: string; severity: FindingSeverity; title: string; description: string };
      return { id: input.id, severity: input.severity, title: input.title, description: input.description, waiting: true };
    });
  const editsWaiting = new Set(
    (field?.queue ?? []).filter((entry) => entry.operation === 'UpdateFinding' && !entry.error).map((entry) => String(inputOf(entry)['findingId'])),
  );
  const findings: ListedFinding[] = [
    ...audit.findings.map((finding) => ({ ...finding, waiting: false, editWaiting: editsWaiting.has(finding.id) })),
    ...waiting,
  ];

  if (findings.length === 0) return <EmptyState title="Nog geen vaststellingen." />;
  return (
    <ul className="wp-inspection__findings" aria-label="Vaststellingen">
      {findings.map((finding) => (
        <li key={finding.id} className="wp-inspection__finding">
          <p className="wp-inspection__finding-title">
            <strong>{finding.title}</strong> <StatusBadge tone={severityTones[finding.severity] ?? 'neutral'}>{labelOf(severityLabels, finding.severity)}</StatusBadge>{' '}
            {finding.waiting && <StatusBadge tone="warning">Wacht op verzending</StatusBadge>}
            {finding.editWaiting && <StatusBadge tone="warning">Wijziging wacht op verzending</StatusBadge>}
            {finding.resolvedOn && <StatusBadge tone="success">Opgelost op {formatDate(finding.resolvedOn)}</StatusBadge>}
          </p>
          <p>{finding.description}</p>
          {work && !finding.waiting && (
            <Disclosure
              label={
                <>
                  Wijzigen <span className="wp-visually-hidden">— {finding.title}</span>
                </>
              }
            >
              <EditFindingForm finding={finding} work={work} />
            </Disclosure>
          )}
        </li>
      ))}
    </ul>
  );
}
