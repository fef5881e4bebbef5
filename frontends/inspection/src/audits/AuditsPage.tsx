import { useState } from 'react';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { CsvExportButton, DataTable, EmptyState, sortRows, type SortState } from '@werkplek/ui';
import { CursorPagination, fetchAllPages, today, useCursorPages, useHeadingFocus } from '@werkplek/frontend-kit';
import { AUDITS_QUERY, type AuditRow } from './audits.operations.js';
import { AuditFilters, emptyAuditFilters, toAuditFilter, type AuditFilterValues } from './AuditFilters.js';
import { auditColumns, auditCsvColumns } from './auditColumns.js';

/**
 * All audits, or "mijn doorlichtingen" (assignedToMe), with filters, pagination and CSV. The API has no sort
 * argument for audits (it returns them by planned date), so the column sort orders the page shown.
 */
export function AuditsPage({ mine }: { mine: boolean }) {
  const client = useApolloClient();
  const headingRef = useHeadingFocus();
  const [draft, setDraft] = useState<AuditFilterValues>(emptyAuditFilters);
  const [applied, setApplied] = useState<AuditFilterValues>(emptyAuditFilters);
  const [sort, setSort] = useState<SortState | undefined>();
  const pages = useCursorPages(25);
  const filter = toAuditFilter(applied, mine);
  const { data, previousData, loading, error, refetch } = useQuery(AUDITS_QUERY, {
    variables: { filter, page: { first: pages.pageSize, after: pages.after } },
    fetchPolicy: 'cache-and-network',
  });
  const connection = (data ?? previousData)?.audits;
  const rows = sortRows(connection?.nodes ?? [], auditColumns, sort);
  const title = mine ? 'Mijn doorlichtingen' : 'Alle doorlichtingen';
  const filtered = JSON.stringify(applied) !== JSON.stringify(emptyAuditFilters);

  function allRows(): Promise<AuditRow[]> {
    return fetchAllPages(async (after) => {
      const { data: page, error } = await client.query({ query: AUDITS_QUERY, variables: { filter, page: { first: 100, after } }, fetchPolicy: 'network-only' });
      if (!page) throw error ?? new Error('Geen gegevens');
      return page.audits;
    });
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
        onSearch={() => {
          setApplied(draft);
          pages.reset();
        }}
        onClear={() => {
          setDraft(emptyAuditFilters);
          setApplied(emptyAuditFilters);
          pages.reset();
        }}
      />
      <div className="wp-inspection__list-actions">
        <CsvExportButton rows={allRows} columns={auditCsvColumns} fileName={`doorlichtingen-${today()}.csv`} />
      </div>
      <DataTable
        caption={`${title}${filtered ? ' (gefilterd)' : ''}`}
        columns={auditColumns}
        rows={rows}
        rowKey={(row) => row.id}
        sort={sort}
        onSortChange={setSort}
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
