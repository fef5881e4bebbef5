import { useCallback, useMemo, useState } from 'react';

/** The page sizes every list offers. */
export const PAGE_SIZES = [10, 25, 50, 100] as const;

export interface CursorPages {
  /** 1-based number of the page shown. */
  page: number;
  pageSize: number;
  /** The cursor to ask the page shown with; null on the first page. */
  after: string | null;
  /** The connection's `first`/`after` arguments for the page shown. */
  variables: { first: number; after: string | null };
  /** To the next page, after the shown page's endCursor. */
  next: (endCursor: string | null | undefined) => void;
  previous: () => void;
  /** Back to page 1: call it on every change of filters or sorting. */
  reset: () => void;
  /** Another page size, from page 1. */
  setPageSize: (size: number) => void;
}

/**
 * Page state for a GraphQL connection (first/after). The API only moves forward, so the cursors of the pages seen are
 * kept to go back with "Vorige" without the API supporting offsets.
 */
export function useCursorPages(initialPageSize = 25): CursorPages {
  const [pageSize, setPageSizeState] = useState(initialPageSize);
  const [cursors, setCursors] = useState<readonly (string | null)[]>([null]);
  const after = cursors[cursors.length - 1] ?? null;

  const next = useCallback((endCursor: string | null | undefined) => {
    if (endCursor) setCursors((current) => [...current, endCursor]);
  }, []);
  const previous = useCallback(() => setCursors((current) => (current.length > 1 ? current.slice(0, -1) : current)), []);
  const reset = useCallback(() => setCursors([null]), []);
  const setPageSize = useCallback((size: number) => {
    setPageSizeState(size);
    setCursors([null]);
  }, []);
  const variables = useMemo(() => ({ first: pageSize, after }), [pageSize, after]);

  return { page: cursors.length, pageSize, after, variables, next, previous, reset, setPageSize };
}
