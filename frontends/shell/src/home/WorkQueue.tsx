import { useState } from 'react';
import {
  CsvExportButton,
  DataTable,
  EmptyState,
  sortRows,
  type CsvColumn,
  type DataTableColumn,
  type SortState,
} from '@werkplek/ui';
import type { LinkProps } from '../routing/links.js';
import { toLocalDate } from './dates.js';

export interface WorkQueueProps<Row> {
  title: string;
  /** What the list holds, read before it (e.g. which term applies). */
  description?: string;
  loading: boolean;
  error?: unknown;
  /** Loads the queue again after an error (the table's "Opnieuw proberen"). */
  onRetry?: () => void;
  /** The rows of the summary (a few; the area has the whole list). */
  rows: readonly Row[];
  /** Columns with a sortKey and sortValue are sortable in the browser: a queue holds a handful of rows. */
  columns: readonly DataTableColumn<Row>[];
  rowKey: (row: Row) => string;
  /** The CSV of the rows shown; the name gets today's date ("werkvoorraad-…-2026-11-25.csv"). */
  csv: { columns: readonly CsvColumn<Row>[]; fileName: string };
  /** All matching items, when more exist than are shown. */
  totalCount?: number;
  empty: string;
  /** The area's full list with the same filter ("Toon alle …"). */
  more: { href: string; label: string };
  linkProps: LinkProps;
}

/**
 * One work queue on the home page: a summary in the list pattern of the UI kit (a small sortable table, loading /
 * empty / error states with a retry, CSV of what is shown) and a link to the area's full list with the same filter.
 */
export function WorkQueue<Row>({
  title,
  description,
  loading,
  error,
  onRetry,
  rows,
  columns,
  rowKey,
  csv,
  totalCount,
  empty,
  more,
  linkProps,
}: WorkQueueProps<Row>) {
  // Unsorted: the queue's own order (most urgent first); a header click sorts the rows shown.
  const [sort, setSort] = useState<SortState | undefined>();
  const sorted = sortRows(rows, columns, sort);
  const hasMore = totalCount !== undefined && totalCount > rows.length;
  return (
    // Not a named region: the table inside already is one, named by the same title. aria-busy tells the browser test
    // (and assistive technology) when the queue has settled.
    <section className="wp-shell__queue" aria-busy={loading}>
      <h3>{title}</h3>
      {description && <p>{description}</p>}
      {rows.length > 0 && (
        <div className="wp-shell__queue-actions">
          {hasMore && (
            <p className="wp-shell__queue-count">
              {rows.length} van {totalCount} getoond.
            </p>
          )}
          <CsvExportButton rows={sorted} columns={csv.columns} fileName={`werkvoorraad-${csv.fileName}-${toLocalDate(new Date())}.csv`} />
        </div>
      )}
      <DataTable
        caption={title}
        columns={columns}
        rows={sorted}
        rowKey={rowKey}
        sort={sort}
        onSortChange={setSort}
        loading={loading}
        error={error}
        {...(onRetry ? { onRetry } : {})}
        empty={<EmptyState title={empty} />}
      />
      <p className="wp-shell__queue-more">
        <a {...linkProps(more.href)}>{more.label}</a>
      </p>
    </section>
  );
}
