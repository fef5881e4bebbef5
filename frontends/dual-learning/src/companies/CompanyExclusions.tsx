import { CsvExportButton, DataTable, StatusBadge, type CsvColumn, type DataTableColumn } from '@werkplek/ui';
import { formatDate, isoDate } from '@werkplek/frontend-kit';
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

const stateText = (row: ExclusionRow) => (row.liftedOn ? 'opgeheven' : row.active ? 'van kracht' : 'niet van kracht');

const csvColumns: readonly CsvColumn<ExclusionRow>[] = [
  { header: 'Vanaf', value: (row) => isoDate(row.startsOn) },
  { header: 'Tot en met', value: (row) => (row.endsOn ? isoDate(row.endsOn) : '') },
  { header: 'Stand', value: stateText },
  { header: 'Opgeheven op', value: (row) => (row.liftedOn ? isoDate(row.liftedOn) : '') },
  { header: 'Reden', value: (row) => row.reason },
];

/** The company's (temporary) exclusions (§3.6), newest first as the API gives them; the whole list also as CSV. */
export function CompanyExclusions({ exclusions, fileName }: { exclusions: readonly ExclusionRow[]; fileName: string }) {
  return (
    <>
      {exclusions.length > 0 && (
        <div className="wp-dl-toolbar">
          <CsvExportButton fileName={fileName} columns={csvColumns} rows={exclusions} label="Uitsluitingen exporteren als CSV" />
        </div>
      )}
      <DataTable caption="Uitsluitingen van de onderneming" columns={columns} rows={exclusions} rowKey={(row) => row.id} emptyText="Deze onderneming is nooit uitgesloten." />
    </>
  );
}
