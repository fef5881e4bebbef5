import { useState } from 'react';

/**
 * Page numbers over a cursor connection: the cursors of the pages already seen, so "Vorige" goes back without the
 * API supporting offsets. A change of filters or page size starts again at page 1.
 */
export function useCursorPages(initialSize = 25) {
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  const [pageSize, setPageSize] = useState(initialSize);
  const page = cursors.length;
  return {
    page,
    pageSize,
    after: cursors[cursors.length - 1],
    next: (endCursor: string | null | undefined) => {
      if (endCursor) setCursors((current) => [...current, endCursor]);
    },
    previous: () => setCursors((current) => (current.length > 1 ? current.slice(0, -1) : current)),
    reset: () => setCursors([undefined]),
    setPageSize: (size: number) => {
      setPageSize(size);
      setCursors([undefined]);
    },
  };
}
