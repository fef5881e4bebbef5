import { useCallback, useState } from 'react';

export const PAGE_SIZES = [10, 25, 50] as const;

/**
 * Cursor pagination for GraphQL connections: a stack of the cursors of the pages seen, so "Vorige" goes back without
 * the API needing offsets.
 */
export function usePager(initialSize = 25) {
  const [cursors, setCursors] = useState<readonly (string | null)[]>([null]);
  const [pageSize, setPageSize] = useState(initialSize);
  const page = cursors.length;
  const after = cursors[cursors.length - 1] ?? null;

  const next = useCallback((endCursor: string | null | undefined) => {
    if (endCursor) setCursors((stack) => [...stack, endCursor]);
  }, []);
  const previous = useCallback(() => setCursors((stack) => (stack.length > 1 ? stack.slice(0, -1) : stack)), []);
  const reset = useCallback(() => setCursors([null]), []);
  const changeSize = useCallback((size: number) => {
    setPageSize(size);
    setCursors([null]);
  }, []);

  return { page, after, pageSize, next, previous, reset, changeSize, variables: { first: pageSize, after } };
}
