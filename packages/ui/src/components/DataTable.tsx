import type { ReactNode } from 'react';

export interface DataTableColumn<Row> {
  /** Stable key for React and for the header cell. */
  key: string;
  header: string;
  render: (row: Row) => ReactNode;
  /** Marks the cell that names the row; rendered as a row header (th scope="row"). */
  rowHeader?: boolean;
}

export interface DataTableProps<Row> {
  /** Visible caption: screen readers announce it when entering the table (WCAG 1.3.1). */
  caption: string;
  columns: readonly DataTableColumn<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  /** Shown in place of the table when there are no rows. */
  emptyText?: string;
}

export function DataTable<Row>({
  caption,
  columns,
  rows,
  rowKey,
  emptyText = 'Er zijn geen gegevens om te tonen.',
}: DataTableProps<Row>) {
  if (rows.length === 0) {
    return (
      <div className="wp-table-empty">
        <p className="wp-table-empty__caption">{caption}</p>
        <p className="wp-table-empty__text">{emptyText}</p>
      </div>
    );
  }
  return (
    // The wrapper scrolls horizontally on narrow screens instead of the whole page (WCAG 1.4.10 reflow).
    <div className="wp-table-wrapper" role="region" aria-label={caption} tabIndex={0}>
      <table className="wp-table">
        <caption className="wp-table__caption">{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.key} scope="col" className="wp-table__header">
                {column.header}
              </th>
            ))}
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
  );
}
