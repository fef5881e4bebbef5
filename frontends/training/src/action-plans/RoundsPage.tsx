import { useQuery } from '@apollo/client/react';
import { CsvExportButton, DataTable, StatusBadge, sortRows, type CsvColumn, type DataTableColumn } from '@werkplek/ui';
import { SectionHeader, formatDate, formatDateTime, isAgencyStaff, isoDate, useListQuery, type User, useUrlSort } from '@werkplek/frontend-kit';
import type { ActionPlanRoundsQuery } from '../gql/graphql.js';
import { roundLabel, roundStatusLabels } from '../shared/labels.js';
import { ACTION_PLAN_ROUNDS_QUERY } from './actionPlans.operations.js';
import { BoardDecisionForm } from './BoardDecisionForm.js';
import { OpenRoundForm } from './OpenRoundForm.js';

type Round = ActionPlanRoundsQuery['actionPlanRounds'][number];

const columns: readonly DataTableColumn<Round>[] = [
  { key: 'round', header: 'Ronde', rowHeader: true, sortKey: 'ROUND', sortValue: (row) => row.deadline, render: roundLabel },
  { key: 'deadline', header: 'Uiterste indiening', sortKey: 'DEADLINE', sortValue: (row) => row.deadline, render: (row) => formatDateTime(row.deadline) },
  {
    key: 'status',
    header: 'Status',
    sortKey: 'STATUS',
    sortValue: (row) => row.status,
    render: (row) => <StatusBadge tone={row.status === 'OPEN' ? 'info' : 'neutral'}>{roundStatusLabels[row.status]}</StatusBadge>,
  },
  { key: 'decision', header: 'Beslissing Raad van bestuur', render: (row) => formatDate(row.boardDecisionOn) },
];

const csvColumns: readonly CsvColumn<Round>[] = [
  { header: 'Jaar', value: (row) => row.year },
  { header: 'Ronde', value: (row) => row.season },
  { header: 'Uiterste indiening', value: (row) => isoDate(row.deadline) },
  { header: 'Status', value: (row) => roundStatusLabels[row.status] },
  { header: 'Beslissing', value: (row) => row.boardDecisionOn ?? '' },
];

/** The action-plan rounds with their deadlines; agency staff open rounds and record the board decision here. */
export function RoundsPage({ user }: { user: User | undefined }) {
  const { data, loading, error, refetch } = useQuery(ACTION_PLAN_ROUNDS_QUERY);
  // A short list the API returns whole: sorted here, the sort kept in the URL (`?sortering=DEADLINE_DESC`).
  const [sort, setSort] = useUrlSort(useListQuery(), ['ROUND', 'DEADLINE', 'STATUS']);
  const rounds = data?.actionPlanRounds ?? [];
  return (
    <section>
      <SectionHeader title="Rondes van het jaaractieplan" description="Per ronde de uiterste indiening en de beslissing van de Raad van bestuur." />
      <div className="wp-training__list-actions">
        <CsvExportButton fileName="rondes.csv" columns={csvColumns} rows={rounds} />
      </div>
      <DataTable
        caption="Rondes"
        columns={columns}
        rows={sortRows(rounds, columns, sort)}
        rowKey={(row) => row.id}
        sort={sort}
        onSortChange={setSort}
        loading={loading}
        error={error}
        onRetry={() => void refetch()}
        emptyText="Er zijn nog geen rondes."
      />
      {isAgencyStaff(user) && (
        <div className="wp-training__forms">
          <OpenRoundForm />
          <BoardDecisionForm rounds={rounds} />
        </div>
      )}
    </section>
  );
}
