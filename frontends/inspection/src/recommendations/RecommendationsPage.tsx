import { useApolloClient, useQuery } from '@apollo/client/react';
import { CheckboxField, type CsvColumn, CsvExportButton, DataTable, type DataTableColumn, EmptyState, FilterBar, SelectField } from '@werkplek/ui';
import { AreaLink, CursorPagination, fetchAllPages, today, useHeadingFocus, useListQuery, type ListQuery, type ListQueryChange, SORT_PARAM, sortFromQuery, sortStateOf, sortValueOf, useDraftFromQuery, useListPages } from '@werkplek/frontend-kit';
import type { RecommendationStatus } from '../gql/graphql.js';
import { DEFAULT_RECOMMENDATION_SORT, RECOMMENDATION_SORTS, RECOMMENDATIONS_QUERY, type RecommendationListRow } from './recommendations.operations.js';
import { DueDate } from './AuditRecommendations.js';
import { routePaths } from '../routing/routes.js';
import { labelOf, recommendationKindLabels, recommendationStatusLabels } from '../shared/labels.js';

// Sorting is the API's (`RecommendationSort`, over every page); the sortKey is the sort without its direction.
const columns: readonly DataTableColumn<RecommendationListRow>[] = [
  { key: 'description', header: 'Aanbeveling', rowHeader: true, render: (row) => row.description },
  { key: 'kind', header: 'Soort', render: (row) => labelOf(recommendationKindLabels, row.kind) },
  { key: 'owner', header: 'Verantwoordelijke', render: (row) => row.owner },
  { key: 'due', header: 'Realisatiedatum', render: (row) => <DueDate recommendation={row} />, sortKey: 'AGREED_DUE_ON' },
  { key: 'status', header: 'Stand', render: (row) => labelOf(recommendationStatusLabels, row.status), sortKey: 'STATUS' },
  { key: 'audit', header: 'Doorlichting', render: (row) => <AreaLink to={routePaths.audit(row.audit.id)}>{row.audit.reference}</AreaLink> },
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
  status: RecommendationStatus | '';
  overdue: boolean;
  mine: boolean;
}
const empty: Filters = { status: '', overdue: false, mine: false };
const STATUSES = Object.keys(recommendationStatusLabels) as RecommendationStatus[];

/** The URL's form of the filter, as the shell's home links write it: `?te-laat=ja&mijn=ja`, `?stand=OPEN`. */
const params = { status: 'stand', overdue: 'te-laat', mine: 'mijn' } as const;

function filtersFromQuery(query: ListQuery): Filters {
  return {
    status: query.getOneOf(params.status, STATUSES) ?? '',
    overdue: query.get(params.overdue) === 'ja',
    mine: query.get(params.mine) === 'ja',
  };
}

function filtersToQuery(filters: Filters): ListQueryChange {
  return {
    [params.status]: filters.status,
    [params.overdue]: filters.overdue ? 'ja' : undefined,
    [params.mine]: filters.mine ? 'ja' : undefined,
  };
}

/**
 * The follow-ups across audits with their due dates (opvolging): what is due, what is late. Filter and sort are in
 * the URL (the shell's "te laat" queue links here with `?te-laat=ja&mijn=ja`); paging restarts on every change.
 */
export function RecommendationsPage() {
  const client = useApolloClient();
  const headingRef = useHeadingFocus();
  const query = useListQuery();
  const applied = filtersFromQuery(query);
  const [draft, setDraft] = useDraftFromQuery(query, () => filtersFromQuery(query));
  const sort = sortFromQuery(query, RECOMMENDATION_SORTS) ?? DEFAULT_RECOMMENDATION_SORT;
  const pages = useListPages(query);
  const filter = {
    status: applied.status || undefined,
    overdue: applied.overdue ? true : undefined,
    assignedToMe: applied.mine ? true : undefined,
  };
  const { data, previousData, loading, error, refetch } = useQuery(RECOMMENDATIONS_QUERY, {
    variables: { filter, sort, page: pages.variables },
    fetchPolicy: 'cache-and-network',
  });
  const connection = (data ?? previousData)?.recommendations;

  function allRows(): Promise<RecommendationListRow[]> {
    return fetchAllPages(async (after) => {
      const { data: page, error } = await client.query({ query: RECOMMENDATIONS_QUERY, variables: { filter, sort, page: { first: 100, after } }, fetchPolicy: 'network-only' });
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
        onSearch={() => query.update(filtersToQuery(draft))}
        onClear={() => {
          setDraft(empty);
          query.update(filtersToQuery(empty));
        }}
      >
        <SelectField
          label="Stand"
          placeholder="Alle"
          options={Object.entries(recommendationStatusLabels).map(([value, label]) => ({ value, label }))}
          value={draft.status}
          onChange={(event) => setDraft({ ...draft, status: event.target.value as RecommendationStatus | '' })}
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
        rows={connection?.nodes ?? []}
        rowKey={(row) => row.id}
        sort={sortStateOf(sort)}
        onSortChange={(next) => query.update({ [SORT_PARAM]: sortValueOf(next) })}
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
