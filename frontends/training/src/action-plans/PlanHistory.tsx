import { DataTable, type DataTableColumn } from '@werkplek/ui';
import { formatDateTime } from '@werkplek/frontend-kit';
import { actionPlanStatusLabels } from '../shared/labels.js';
import type { ActionPlan } from './ActionPlanDetail.js';

type Change = ActionPlan['history'][number];

function statusLabel(status: string | null): string {
  if (!status) return '–';
  return (actionPlanStatusLabels as Record<string, string>)[status] ?? status;
}

const columns: readonly DataTableColumn<Change>[] = [
  { key: 'at', header: 'Wanneer', rowHeader: true, render: (row) => formatDateTime(row.at) },
  { key: 'status', header: 'Status', render: (row) => (row.fromStatus && row.fromStatus !== row.toStatus ? `${statusLabel(row.fromStatus)} → ${statusLabel(row.toStatus)}` : statusLabel(row.toStatus)) },
  { key: 'actor', header: 'Door', render: (row) => row.actorName },
  { key: 'note', header: 'Toelichting', render: (row) => row.note ?? '–' },
];

/** Every step of the plan, oldest first, as the service records it. */
export function PlanHistory({ history }: { history: readonly Change[] }) {
  return (
    <section aria-labelledby="training-plan-history">
      <h3 id="training-plan-history">Geschiedenis</h3>
      <DataTable caption="Geschiedenis van het jaaractieplan" columns={columns} rows={history} rowKey={(row) => row.id} emptyText="Nog geen stappen." />
    </section>
  );
}
