import type { ReactNode } from 'react';
import { apiErrorMessage } from '../errors/apiErrorMessage.js';
import { Button } from './Button.js';

export type SortDirection = 'ascending' | 'descending';

/** The column a list is sorted on; `key` is a column's `sortKey` (the value the API's orderBy understands). */
export interface SortState {
  key: string;
  direction: SortDirection;
}

export type SortValue = string | number | boolean | Date | null | undefined;

export interface DataTableColumn<Row> {
  /** Stable key for React and for the header cell. */
  key: string;
  header: string;
  render: (row: Row) => ReactNode;
  /** Marks the cell that names the row; rendered as a row header (th scope="row"). */
  rowHeader?: boolean;
  /** Makes the header a sort button; the key is handed to onSortChange (e.g. an API orderBy field). */
  sortKey?: string;
  /** Value to compare when the list is sorted in the browser with `sortRows` (not needed for server-side sorting). */
  sortValue?: (row: Row) => SortValue;
}

export interface DataTableProps<Row> {
  /** Visible caption: screen readers announce it when entering the table (WCAG 1.3.1). */
  caption: string;
  columns: readonly DataTableColumn<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  /** Shown in place of the table when there are no rows. */
  emptyText?: string;
  /** Replaces the default empty text, e.g. an EmptyState with an action. */
  empty?: ReactNode;
  /** Controlled sorting: the current sort (undefined: unsorted). */
  sort?: SortState;
  /** Called with the next sort when a sortable header is activated. Without it, headers are plain text. */
  onSortChange?: (sort: SortState) => void;
  /** Data is on its way: without rows a loading message, with rows (a refetch) the table is marked busy. */
  loading?: boolean;
  /** The last load failed: shows apiErrorMessage(error) (or the string itself) with a retry button. */
  error?: unknown;
  onRetry?: () => void;
}

/** The sort a header click leads to: ascending first, then it flips. */
export function nextSort(current: SortState | undefined, key: string): SortState {
  if (current?.key === key) {
    return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  }
  return { key, direction: 'ascending' };
}

// nl-BE collation so "Élise" sorts with the E's and "item 10" after "item 9".
const collator = new Intl.Collator('nl-BE', { numeric: true, sensitivity: 'base' });

function compareSortValues(a: SortValue, b: SortValue): number {
  // Empty values always go last, whatever the direction, so they never hide the data people are looking for.
  const aEmpty = a === null || a === undefined || a === '';
  const bEmpty = b === null || b === undefined || b === '';
  if (aEmpty || bEmpty) return aEmpty === bEmpty ? 0 : aEmpty ? 1 : -1;
  if (a instanceof Date && b instanceof Date) return a.getTime() - b.getTime();
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
  return collator.compare(String(a), String(b));
}

/** Sorts rows in the browser (for lists the API returns whole) by the column whose sortKey matches. */
export function sortRows<Row>(rows: readonly Row[], columns: readonly DataTableColumn<Row>[], sort: SortState | undefined): Row[] {
  const column = sort ? columns.find((candidate) => candidate.sortKey === sort.key) : undefined;
  if (!sort || !column?.sortValue) return [...rows];
  const value = column.sortValue;
  const factor = sort.direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const va = value(a);
    const vb = value(b);
    const emptyA = va === null || va === undefined || va === '';
    const emptyB = vb === null || vb === undefined || vb === '';
    // Keep empties last in both directions (compareSortValues already orders them last; do not flip that).
    if (emptyA || emptyB) return compareSortValues(va, vb);
    return factor * compareSortValues(va, vb);
  });
}

function errorText(error: unknown): string {
  return typeof error === 'string' ? error : apiErrorMessage(error);
}

function SortHeader({ header, sortKey, sort, onSortChange }: { header: string; sortKey: string; sort: SortState | undefined; onSortChange: (sort: SortState) => void }) {
  const active = sort?.key === sortKey;
  // The arrow is decoration; the state reaches assistive technology through aria-sort on the th, and sighted users
  // see a different glyph (not only a colour) for each state.
  const glyph = !active ? '↕' : sort?.direction === 'ascending' ? '▲' : '▼';
  return (
    <button type="button" className="wp-table__sort" onClick={() => onSortChange(nextSort(sort, sortKey))}>
      {header}
      <span className={active ? 'wp-table__sort-icon wp-table__sort-icon--active' : 'wp-table__sort-icon'} aria-hidden="true">
        {glyph}
      </span>
    </button>
  );
}

export function DataTable<Row>({
  caption,
  columns,
  rows,
  rowKey,
  emptyText = 'Er zijn geen gegevens om te tonen.',
  empty,
  sort,
  onSortChange,
  loading = false,
  error,
  onRetry,
}: DataTableProps<Row>) {
  const errorMessage =
    error !== undefined && error !== null && error !== false ? (
      <div className="wp-alert wp-alert--error" role="alert">
        <p className="wp-alert__title">{caption}: niet geladen</p>
        <div className="wp-alert__body">
          <p>{errorText(error)}</p>
          {onRetry && (
            <Button variant="secondary" onClick={onRetry}>
              Opnieuw proberen
            </Button>
          )}
        </div>
      </div>
    ) : null;

  if (rows.length === 0) {
    if (errorMessage) return errorMessage;
    if (loading) {
      return (
        <div className="wp-table-empty wp-table-empty--loading" role="status" aria-live="polite" aria-busy="true">
          <p className="wp-table-empty__caption">{caption}</p>
          <p className="wp-table-empty__text wp-loading">
            <span className="wp-loading__spinner" aria-hidden="true" />
            <span>Bezig met laden…</span>
          </p>
        </div>
      );
    }
    if (empty !== undefined) return <>{empty}</>;
    return (
      <div className="wp-table-empty">
        <p className="wp-table-empty__caption">{caption}</p>
        <p className="wp-table-empty__text">{emptyText}</p>
      </div>
    );
  }
  return (
    <>
      {errorMessage}
      {/* The wrapper scrolls horizontally on narrow screens instead of the whole page (WCAG 1.4.10 reflow). */}
      <div
        className={loading ? 'wp-table-wrapper wp-table-wrapper--busy' : 'wp-table-wrapper'}
        role="region"
        aria-label={caption}
        aria-busy={loading || undefined}
        tabIndex={0}
      >
        <table className="wp-table">
          <caption className="wp-table__caption">
            {caption}
            {loading && <span className="wp-table__caption-status"> (bijwerken…)</span>}
          </caption>
          <thead>
            <tr>
              {columns.map((column) => {
                const sortable = column.sortKey !== undefined && onSortChange !== undefined;
                return (
                  <th
                    key={column.key}
                    scope="col"
                    className="wp-table__header"
                    aria-sort={sortable && sort !== undefined && sort.key === column.sortKey ? sort.direction : undefined}
                  >
                    {sortable && column.sortKey !== undefined ? (
                      <SortHeader header={column.header} sortKey={column.sortKey} sort={sort} onSortChange={onSortChange} />
                    ) : (
                      column.header
                    )}
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={rowKey(row)} className="wp-table__row">
                {columns.map((column) =>
                  column.rowHeader ? (
                    <th key={column.key} scope="row" className="wp-table__cell wp-table__cell--header">
                      {column.render(row)}
                    </th>
                  ) : (
                    <td key={column.key} className="wp-table__cell">
                      {column.render(row)}
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
