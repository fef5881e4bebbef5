import { useState } from 'react';
import { CsvExportButton, DataTable, StatusBadge, sortRows, type CsvColumn, type DataTableColumn, type SortState } from '@werkplek/ui';
import { AreaLink, formatDate } from '@werkplek/frontend-kit';
import type { DualLearningCompanyQuery } from '../gql/graphql.js';
import { label, recognitionStatusLabels, recognitionStatusTones } from '../shared/labels.js';

type WorkplaceRow = NonNullable<DualLearningCompanyQuery['company']['workplaces']>[number];

const recognitionText = (recognition: WorkplaceRow['recognitions'][number]) =>
  `${recognition.training.name}: ${label(recognitionStatusLabels, recognition.status)} (${formatDate(recognition.validFrom)} tot ${formatDate(recognition.validUntil)})`;

const columns: readonly DataTableColumn<WorkplaceRow>[] = [
  { key: 'name', header: 'Vestiging', sortKey: 'name', sortValue: (row) => row.name, rowHeader: true, render: (row) => row.name },
  { key: 'establishment', header: 'Vestigingsnummer', render: (row) => row.establishmentNumber },
  { key: 'address', header: 'Adres', sortKey: 'municipality', sortValue: (row) => row.municipality, render: (row) => `${row.street}, ${row.postalCode} ${row.municipality}` },
  { key: 'partnership', header: 'Sectoraal partnerschap', sortKey: 'partnership', sortValue: (row) => row.sectoralPartnership, render: (row) => row.sectoralPartnership },
  {
    key: 'recognitions',
    header: 'Erkenningen',
    render: (row) =>
      row.recognitions.length === 0 ? (
        'Geen erkenningen'
      ) : (
        <ul className="wp-dl-plain-list">
          {row.recognitions.map((recognition) => (
            <li key={recognition.id}>
              <AreaLink to={`erkenningen/${recognition.id}`}>{recognition.training.name}</AreaLink>{' '}
              <StatusBadge tone={recognitionStatusTones[recognition.status]}>{label(recognitionStatusLabels, recognition.status)}</StatusBadge>{' '}
              {formatDate(recognition.validFrom)} tot {formatDate(recognition.validUntil)}
            </li>
          ))}
        </ul>
      ),
  },
];

const csvColumns: readonly CsvColumn<WorkplaceRow>[] = [
  { header: 'Vestiging', value: (row) => row.name },
  { header: 'Vestigingsnummer', value: (row) => row.establishmentNumber },
  { header: 'Adres', value: (row) => `${row.street}, ${row.postalCode} ${row.municipality}` },
  { header: 'Sectoraal partnerschap', value: (row) => row.sectoralPartnership },
  { header: 'Erkenningen', value: (row) => row.recognitions.map(recognitionText).join('; ') },
];

/**
 * A company's establishments with the recognitions the user may see. A company has a handful of establishments, all
 * loaded with the company: sorted in the browser, no pagination or filters needed.
 */
export function CompanyWorkplaces({ workplaces, fileName }: { workplaces: readonly WorkplaceRow[]; fileName: string }) {
  const [sort, setSort] = useState<SortState | undefined>({ key: 'name', direction: 'ascending' });
  const rows = sortRows(workplaces, columns, sort);
  return (
    <>
      <div className="wp-dl-toolbar">
        <CsvExportButton fileName={fileName} columns={csvColumns} rows={rows} />
      </div>
      <DataTable caption="Vestigingen en hun erkenningen" columns={columns} rows={rows} rowKey={(row) => row.id} emptyText="Deze onderneming heeft geen geregistreerde vestigingen." sort={sort} onSortChange={setSort} />
    </>
  );
}
