import { useState } from 'react';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { CsvExportButton, DataTable, EmptyState } from '@werkplek/ui';
import { CursorPagination, fetchAllPages, today, useHeadingFocus, useListQuery, SORT_PARAM, sortFromQuery, sortStateOf, sortValueOf, useDraftFromQuery, useListPages } from '@werkplek/frontend-kit';
import { AUDIT_SORTS, AUDITS_QUERY, DEFAULT_AUDIT_SORT, type AuditRow } from './audits.operations.js';
import { AuditFilters, auditFiltersFromQuery, auditFiltersToQuery, emptyAuditFilters, toAuditFilter } from './AuditFilters.js';
import { auditColumns, auditCsvColumns } from './auditColumns.js';

/**
 * All audits, or "mijn doorlichtingen" (assignedToMe), with filters, sorting by the API (planned day, reference,
 * status), pagination and CSV. The applied filter and sort live in the URL (`?status=PLANNED&gepland-vanaf=…`), so
 * the shell's links open the list filtered and Back undoes a change; paging restarts on every change.
 */
export function AuditsPage({ mine }: { mine: boolean }) {
  const client = useApolloClient();
  const headingRef = useHeadingFocus();
  const query = useListQuery();
  const applied = auditFiltersFromQuery(query);
  const [draft, setDraft] = useDraftFromQuery(query, () => auditFiltersFromQuery(query));
  const [toError, setToError] = useState<string | undefined>();
  const sort = sortFromQuery(query, AUDIT_SORTS) ?? DEFAULT_AUDIT_SORT;
  const pages = useListPages(query);
  const filter = toAuditFilter(applied, mine);
  const { data, previousData, loading, error, refetch } = useQuery(AUDITS_QUERY, {
    variables: { filter, sort, page: pages.variables },
    fetchPolicy: 'cache-and-network',
  });
  const connection = (data ?? previousData)?.audits;
  const title = mine ? 'Mijn doorlichtingen' : 'Alle doorlichtingen';
  const filtered = JSON.stringify({ ...applied, mine: applied.mine && !mine }) !== JSON.stringify(emptyAuditFilters);

  function allRows(): Promise<AuditRow[]> {
    return fetchAllPages(async (after) => {
      const { data: page, error } = await client.query({ query: AUDITS_QUERY, variables: { filter, sort, page: { first: 100, after } }, fetchPolicy: 'network-only' });
      if (!page) throw error ?? new Error('Geen gegevens');
      return page.audits;
    });
  }

  function search() {
    if (draft.from && draft.to && draft.to < draft.from) {
      setToError('Kies een datum op of na "Gepland vanaf".');
      return;
    }
    setToError(undefined);
    query.update(auditFiltersToQuery(draft));
  }

  return (
    <section className="wp-inspection__page" aria-labelledby="doorlichtingen-titel">
      <h2 id="doorlichtingen-titel" ref={headingRef} tabIndex={-1}>
        {title}
      </h2>
      <AuditFilters
        values={draft}
        onChange={setDraft}
        mineFixed={mine}
        errors={{ to: toError }}
        onSearch={search}
        onClear={() => {
          setToError(undefined);
          setDraft(emptyAuditFilters);
          query.update(auditFiltersToQuery(emptyAuditFilters));
        }}
      />
      <div className="wp-inspection__list-actions">
        <CsvExportButton rows={allRows} columns={auditCsvColumns} fileName={`doorlichtingen-${today()}.csv`} />
      </div>
      <DataTable
        caption={`${title}${filtered ? ' (gefilterd)' : ''}`}
        columns={auditColumns}
        rows={connection?.nodes ?? []}
        rowKey={(row) => row.id}
        sort={sortStateOf(sort)}
        onSortChange={(next) => query.update({ [SORT_PARAM]: sortValueOf(next) })}
        loading={loading}
        error={error}
        onRetry={() => void refetch()}
        empty={
          <EmptyState title={filtered ? 'Geen doorlichtingen voor deze filters.' : mine ? 'U bent aan geen doorlichtingen toegewezen.' : 'Er zijn nog geen doorlichtingen.'} />
        }
      />
      {connection && connection.totalCount > 0 && (
        <CursorPagination connection={connection} pages={pages} label="Paginering doorlichtingen" />
      )}
    </section>
  );
}
