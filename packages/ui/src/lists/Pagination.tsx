import { useId } from 'react';
import { Button } from '../components/Button.js';

export interface PaginationProps {
  /** 1-based number of the page shown; with cursor connections the list keeps counting pages itself. */
  page: number;
  pageSize: number;
  /** Rows on the current page (the last page may be shorter than pageSize). */
  itemCount: number;
  /** Total rows when the API gives a totalCount; without it the info reads "1–25". */
  totalCount?: number;
  /** From the connection's pageInfo. */
  hasNextPage: boolean;
  /** Defaults to page > 1. */
  hasPreviousPage?: boolean;
  onNext: () => void;
  onPrevious: () => void;
  /** Offer a page size select when given, e.g. [10, 25, 50, 100]. */
  pageSizeOptions?: readonly number[];
  onPageSizeChange?: (pageSize: number) => void;
  /** Names the navigation landmark, e.g. "Paginering aanvragen" when a page has more than one list. */
  label?: string;
}

const numberFormat = new Intl.NumberFormat('nl-BE');

/** "26–50 van 132", or "26–50" when the total is unknown. */
export function pageRangeText(page: number, pageSize: number, itemCount: number, totalCount?: number): string {
  if (itemCount === 0) return totalCount ? `0 van ${numberFormat.format(totalCount)}` : 'Geen resultaten';
  const from = (page - 1) * pageSize + 1;
  const to = from + itemCount - 1;
  const range = `${numberFormat.format(from)}–${numberFormat.format(to)}`;
  return totalCount === undefined ? range : `${range} van ${numberFormat.format(totalCount)}`;
}

/**
 * Controlled pagination for offset lists and cursor connections alike: it only knows "previous" and "next", so it
 * fits GraphQL connections (hasNextPage, endCursor) without pretending to know page numbers it cannot jump to.
 */
export function Pagination({
  page,
  pageSize,
  itemCount,
  totalCount,
  hasNextPage,
  hasPreviousPage = page > 1,
  onNext,
  onPrevious,
  pageSizeOptions,
  onPageSizeChange,
  label = 'Paginering',
}: PaginationProps) {
  const selectId = `wp-page-size-${useId()}`;
  const range = pageRangeText(page, pageSize, itemCount, totalCount);
  return (
    <nav className="wp-pagination" aria-label={label}>
      {/* A polite status so a screen reader hears which rows are now shown after Vorige/Volgende. */}
      <p className="wp-pagination__info" role="status" aria-live="polite">
        <span className="wp-visually-hidden">Resultaten </span>
        {range}
      </p>
      <div className="wp-pagination__buttons">
        <Button variant="secondary" onClick={onPrevious} disabled={!hasPreviousPage}>
          <span aria-hidden="true">‹</span> Vorige
        </Button>
        <Button variant="secondary" onClick={onNext} disabled={!hasNextPage}>
          Volgende <span aria-hidden="true">›</span>
        </Button>
      </div>
      {pageSizeOptions && onPageSizeChange && (
        <div className="wp-pagination__size">
          <label htmlFor={selectId}>Per pagina</label>
          <select
            id={selectId}
            className="wp-select wp-select--inline"
            value={pageSize}
            onChange={(event) => onPageSizeChange(Number(event.target.value))}
          >
            {pageSizeOptions.map((option) => (
              <option key={option} value={option}>
                {option}
              </option>
            ))}
          </select>
        </div>
      )}
    </nav>
  );
}
