import { useApolloClient, useQuery } from '@apollo/client/react';
import { CsvExportButton, DataTable, FilterBar, NumberField, SelectField, StatusBadge, type CsvColumn, type DataTableColumn } from '@werkplek/ui';
import { CursorPagination, SectionHeader, fetchAllPages, formatDate, useListQuery, type ListQuery, SORT_PARAM, sortStateOf, sortValueOf, sortValuesOf, useDraftFromQuery, useListPages, yearFromQuery } from '@werkplek/frontend-kit';
import type { CertificateSort, CertificateType, CertificatesQuery } from '../gql/graphql.js';
import { certificateIssuerLabels, certificateTypeLabels, optionsOf } from '../shared/labels.js';
import { CERTIFICATES_QUERY } from './offer.operations.js';

type Certificate = CertificatesQuery['certificates']['nodes'][number];
interface Filters {
  examYear: string;
  type: '' | CertificateType;
}
const certificateTypes = Object.keys(certificateTypeLabels) as CertificateType[];
const certificateSorts: CertificateSort[] = sortValuesOf(['NUMBER', 'TYPE', 'LEARNER', 'EXAM_YEAR', 'ISSUED_ON'] as const);
export const DEFAULT_CERTIFICATE_SORT: CertificateSort = 'NUMBER_ASC';

/** `?examenjaar=2019&soort=DUAL_DIPLOMA&sortering=ISSUED_ON_DESC`. */
const filtersOf = (query: ListQuery): Filters => ({ examYear: yearFromQuery(query, 'examenjaar'), type: query.getOneOf('soort', certificateTypes) ?? '' });
const toQuery = (filters: Filters) => ({ examenjaar: filters.examYear, soort: filters.type });
const empty: Filters = { examYear: '', type: '' };

const validity = (row: Certificate) => (row.valid ? 'Geldig' : `Ingetrokken op ${formatDate(row.revokedOn)}`);

const columns: readonly DataTableColumn<Certificate>[] = [
  { key: 'number', header: 'Nummer', rowHeader: true, sortKey: 'NUMBER', render: (row) => row.number },
  { key: 'type', header: 'Soort', sortKey: 'TYPE', render: (row) => certificateTypeLabels[row.type] },
  { key: 'learner', header: 'Cursist', sortKey: 'LEARNER', render: (row) => row.learner.name },
  { key: 'track', header: 'Traject', render: (row) => row.trackName },
  { key: 'examYear', header: 'Examenjaar', sortKey: 'EXAM_YEAR', render: (row) => String(row.examYear) },
  { key: 'issuedOn', header: 'Uitgereikt op', sortKey: 'ISSUED_ON', render: (row) => formatDate(row.issuedOn) },
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

/** Certificates (centre users: their own centre), sorted by the API over the whole list; filter and sort in the URL. */
export function CertificatesPage() {
  const client = useApolloClient();
  const query = useListQuery();
  const filters = filtersOf(query);
  const [draft, setDraft] = useDraftFromQuery(query, () => filtersOf(query));
  const sort = query.getOneOf(SORT_PARAM, certificateSorts) ?? DEFAULT_CERTIFICATE_SORT;
  const pages = useListPages(query);
  const filter = {
    ...(filters.examYear ? { examYear: Number(filters.examYear) } : {}),
    ...(filters.type ? { type: filters.type } : {}),
  };
  const { data, previousData, loading, error, refetch } = useQuery(CERTIFICATES_QUERY, { variables: { filter, sort, page: pages.variables } });
  const connection = (data ?? previousData)?.certificates;
  const apply = (next: Filters) => query.update(toQuery(next));
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
              const result = await client.query({ query: CERTIFICATES_QUERY, variables: { filter, sort, page: { first: 100, ...(after ? { after } : {}) } } });
              if (!result.data) throw new Error('Geen gegevens');
              return result.data.certificates;
            })
          }
        />
      </div>
      <DataTable caption="Attesten" columns={columns} rows={connection?.nodes ?? []} rowKey={(row) => row.id} sort={sortStateOf(sort)} onSortChange={(next) => query.update({ [SORT_PARAM]: sortValueOf(next) })} loading={loading} error={error} onRetry={() => void refetch()} emptyText="Geen attesten voor deze filters." />
      <CursorPagination connection={connection} pages={pages} label="Paginering attesten" />
    </section>
  );
}
