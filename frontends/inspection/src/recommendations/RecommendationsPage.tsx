import { useState } from 'react';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { CheckboxField, type CsvColumn, CsvExportButton, DataTable, type DataTableColumn, EmptyState, FilterBar, SelectField, sortRows, type SortState } from '@werkplek/ui';
import { AreaLink, CursorPagination, fetchAllPages, today, useCursorPages, useHeadingFocus } from '@werkplek/frontend-kit';
import type { RecommendationStatus } from '../gql/graphql.js';
import { RECOMMENDATIONS_QUERY, type RecommendationListRow } from './recommendations.operations.js';
import { DueDate } from './AuditRecommendations.js';
import { routePaths } from '../routing/routes.js';
import { labelOf, recommendationKindLabels, recommendationStatusLabels } from '../shared/labels.js';

const columns: readonly DataTableColumn<RecommendationListRow>[] = [
  { key: 'description', header: 'Aanbeveling', rowHeader: true, render: (row) => row.description, sortKey: 'description', sortValue: (row) => row.description },
  { key: 'kind', header: 'Soort', render: (row) => labelOf(recommendationKindLabels, row.kind), sortKey: 'kind', sortValue: (row) => row.kind },
  { key: 'owner', header: 'Verantwoordelijke', render: (row) => row.owner, sortKey: 'owner', sortValue: (row) => row.owner },
  { key: 'due', header: 'Realisatiedatum', render: (row) => <DueDate recommendation={row} />, sortKey: 'due', sortValue: (row) => row.agreedDueOn },
  { key: 'status', header: 'Stand', render: (row) => labelOf(recommendationStatusLabels, row.status), sortKey: 'status', sortValue: (row) => row.status },
  { key: 'audit', header: 'Doorlichting', render: (row) => <AreaLink to={routePaths.audit(row.audit.id)}>{row.audit.reference}</AreaLink>, sortKey: 'audit', sortValue: (row) => row.audit.reference },
];

const csvColumns: readonly CsvColumn<RecommendationListRow>[] = [
  { header: 'Doorlichting', value: (row) => row.audit.reference },
  { header: 'Soort', value: (row) => labelOf(recommendationKindLabels, row.kind) },
  { header: 'Aanbeveling', value: (row) => row.description },
  { header: 'Verantwoordelijke', value: (row) => row.owner },
  { header: 'Realisatiedatum', value: (row) => row.agreedDueOn },
  { header: 'Stand', value: (row) => labelOf(recommendationStatusLabels, row.status) },
  { header: 'Dagen te laat', value: (row) => row.daysOverdue },
];

interface Filters {
  status: string;
  overdue: boolean;
  mine: boolean;
}
const empty: Filters = { status: '', overdue: false, mine: false };

/** The follow-ups across audits with their due dates (opvolging): what is due, what is late. */
export function RecommendationsPage() {
  const client = useApolloClient();
  const headingRef = useHeadingFocus();
  const [draft, setDraft] = useState<Filters>(empty);
  const [applied, setApplied] = useState<Filters>(empty);
  const [sort, setSort] = useState<SortState | undefined>();
  const pages = useCursorPages(25);
  const filter = {
    status: applied.status ? (applied.status as RecommendationStatus) : undefined,
    overdue: applied.overdue ? true : undefined,
    assignedToMe: applied.mine ? true : undefined,
  };
  const { data, previousData, loading, error, refetch } = useQuery(RECOMMENDATIONS_QUERY, {
    variables: { filter, page: { first: pages.pageSize, after: pages.after } },
    fetchPolicy: 'cache-and-network',
  });
  const connection = (data ?? previousData)?.recommendations;

  function allRows(): Promise<RecommendationListRow[]> {
    return fetchAllPages(async (after) => {
      const { data: page, error } = await client.query({ query: RECOMMENDATIONS_QUERY, variables: { filter, page: { first: 100, after } }, fetchPolicy: 'network-only' });
      if (!page) throw error ?? new Error('Geen gegevens');
      return page.recommendations;
    });
  }

  return (
    <section className="wp-inspection__page" aria-labelledby="opvolging-titel">
      <h2 id="opvolging-titel" ref={headingRef} tabIndex={-1}>
        Opvolging van aanbevelingen
      </h2>
      <FilterBar
        label="Aanbevelingen filteren"
        onSearch={() => {
          setApplied(draft);
          pages.reset();
        }}
        onClear={() => {
          setDraft(empty);
          setApplied(empty);
          pages.reset();
        }}
      >
        <SelectField
          label="Stand"
          placeholder="Alle"
          options={Object.entries(recommendationStatusLabels).map(([value, label]) => ({ value, label }))}
          value={draft.status}
          onChange={(event) => setDraft({ ...draft, status: event.target.value })}
        />
        <CheckboxField label="Alleen te laat" checked={draft.overdue} onChange={(event) => setDraft({ ...draft, overdue: event.target.checked })} />
        <CheckboxField label="Alleen van mijn doorlichtingen" checked={draft.mine} onChange={(event) => setDraft({ ...draft, mine: event.target.checked })} />
      </FilterBar>
      <div className="wp-inspection__list-actions">
        <CsvExportButton rows={allRows} columns={csvColumns} fileName={`aanbevelingen-${today()}.csv`} />
      </div>
      <DataTable
        caption="Aanbevelingen, maatregelen en acties"
        columns={columns}
        rows={sortRows(connection?.nodes ?? [], columns, sort)}
        rowKey={(row) => row.id}
        sort={sort}
        onSortChange={setSort}
        loading={loading}
        error={error}
        onRetry={() => void refetch()}
        empty={<EmptyState title="Geen aanbevelingen voor deze filters." />}
      />
      {connection && connection.totalCount > 0 && (
        <CursorPagination connection={connection} pages={pages} label="Paginering aanbevelingen" />
      )}
    </section>
  );
}
