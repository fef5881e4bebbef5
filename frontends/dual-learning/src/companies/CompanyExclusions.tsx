import { DataTable, StatusBadge, type DataTableColumn } from '@werkplek/ui';
import { formatDate } from '@werkplek/frontend-kit';
import type { DualLearningCompanyQuery } from '../gql/graphql.js';

type ExclusionRow = NonNullable<DualLearningCompanyQuery['company']['exclusions']>[number];

const columns: readonly DataTableColumn<ExclusionRow>[] = [
  { key: 'startsOn', header: 'Vanaf', rowHeader: true, render: (row) => formatDate(row.startsOn) },
  { key: 'endsOn', header: 'Tot en met', render: (row) => (row.endsOn ? formatDate(row.endsOn) : 'Tot opheffing') },
  {
    key: 'state',
    header: 'Stand',
    render: (row) =>
      row.liftedOn ? (
        <StatusBadge>{`Opgeheven op ${formatDate(row.liftedOn)}`}</StatusBadge>
      ) : row.active ? (
        <StatusBadge tone="error">Van kracht</StatusBadge>
      ) : (
        <StatusBadge>Niet van kracht</StatusBadge>
      ),
  },
  { key: 'reason', header: 'Reden', render: (row) => row.reason },
];

/** The company's (temporary) exclusions (§3.6), newest first as the API gives them. */
export function CompanyExclusions({ exclusions }: { exclusions: readonly ExclusionRow[] }) {
  return <DataTable caption="Uitsluitingen van de onderneming" columns={columns} rows={exclusions} rowKey={(row) => row.id} emptyText="Deze onderneming is nooit uitgesloten." />;
}
