import { useState } from 'react';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { CsvExportButton, DataTable, FilterBar, NumberField, SelectField, StatusBadge, sortRows, type CsvColumn, type DataTableColumn, type SortState } from '@werkplek/ui';
import { CursorPagination, SectionHeader, fetchAllPages, formatDate, useCursorPages } from '@werkplek/frontend-kit';
import type { CertificateType, CertificatesQuery } from '../gql/graphql.js';
import { certificateIssuerLabels, certificateTypeLabels, optionsOf } from '../shared/labels.js';
import { CERTIFICATES_QUERY } from './offer.operations.js';

type Certificate = CertificatesQuery['certificates']['nodes'][number];
interface Filters {
  examYear: string;
  type: '' | CertificateType;
}
const empty: Filters = { examYear: '', type: '' };

const validity = (row: Certificate) => (row.valid ? 'Geldig' : `Ingetrokken op ${formatDate(row.revokedOn)}`);

const columns: readonly DataTableColumn<Certificate>[] = [
  { key: 'number', header: 'Nummer', rowHeader: true, sortKey: 'number', sortValue: (row) => row.number, render: (row) => row.number },
  { key: 'type', header: 'Soort', sortKey: 'type', sortValue: (row) => certificateTypeLabels[row.type], render: (row) => certificateTypeLabels[row.type] },
  { key: 'learner', header: 'Cursist', sortKey: 'learner', sortValue: (row) => row.learner.name, render: (row) => row.learner.name },
  { key: 'track', header: 'Traject', render: (row) => row.trackName },
  { key: 'examYear', header: 'Examenjaar', sortKey: 'examYear', sortValue: (row) => row.examYear, render: (row) => String(row.examYear) },
  { key: 'issuedOn', header: 'Uitgereikt op', sortKey: 'issuedOn', sortValue: (row) => row.issuedOn, render: (row) => formatDate(row.issuedOn) },
  { key: 'valid', header: 'Geldigheid', render: (row) => <StatusBadge tone={row.valid ? 'success' : 'warning'}>{validity(row)}</StatusBadge> },
];

const csvColumns: readonly CsvColumn<Certificate>[] = [
  { header: 'Nummer', value: (row) => row.number },
  { header: 'Soort', value: (row) => certificateTypeLabels[row.type] },
  { header: 'Cursist', value: (row) => row.learner.name },
  { header: 'Traject', value: (row) => row.trackName },
  { header: 'Examenjaar', value: (row) => row.examYear },
  { header: 'Uitgereikt op', value: (row) => row.issuedOn },
  { header: 'Uitgereikt door', value: (row) => certificateIssuerLabels[row.issuer] },
  { header: 'Geldigheid', value: validity },
];

/** Certificates (centre users: their own centre). Sorting is within the page shown. */
export function CertificatesPage() {
  const client = useApolloClient();
  const [draft, setDraft] = useState<Filters>(empty);
  const [filters, setFilters] = useState<Filters>(empty);
  const [sort, setSort] = useState<SortState | undefined>();
  const pages = useCursorPages();
  const filter = {
    ...(filters.examYear ? { examYear: Number(filters.examYear) } : {}),
    ...(filters.type ? { type: filters.type } : {}),
  };
  const { data, previousData, loading, error, refetch } = useQuery(CERTIFICATES_QUERY, { variables: { filter, page: pages.variables } });
  const connection = (data ?? previousData)?.certificates;
  const apply = (next: Filters) => {
    setFilters(next);
    pages.reset();
  };
  return (
    <section>
      <SectionHeader title="Attesten" description="Diploma's en getuigschriften; een ingetrokken attest blijft zichtbaar." />
      <FilterBar label="Attesten filteren" onSearch={() => apply(draft)} onClear={() => { setDraft(empty); apply(empty); }}>
        <NumberField label="Examenjaar" value={draft.examYear} onChange={(event) => setDraft({ ...draft, examYear: event.target.value })} />
        <SelectField label="Soort" placeholder="Alle soorten" options={optionsOf(certificateTypeLabels)} value={draft.type} onChange={(event) => setDraft({ ...draft, type: event.target.value as Filters['type'] })} />
      </FilterBar>
      <div className="wp-training__list-actions">
        <CsvExportButton
          fileName="attesten.csv"
          columns={csvColumns}
          rows={() =>
            fetchAllPages(async (after) => {
              const result = await client.query({ query: CERTIFICATES_QUERY, variables: { filter, page: { first: 100, ...(after ? { after } : {}) } } });
              if (!result.data) throw new Error('Geen gegevens');
              return result.data.certificates;
            })
          }
        />
      </div>
      <DataTable caption="Attesten" columns={columns} rows={sortRows(connection?.nodes ?? [], columns, sort)} rowKey={(row) => row.id} sort={sort} onSortChange={setSort} loading={loading} error={error} onRetry={() => void refetch()} emptyText="Geen attesten voor deze filters." />
      <CursorPagination connection={connection} pages={pages} label="Paginering attesten" />
    </section>
  );
}
