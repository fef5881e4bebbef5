import { useCallback, useState } from 'react';

/**
 * Page state for a GraphQL connection (first/after). The API only moves forward, so the cursors of the pages seen
 * are kept to go back. Any filter change must call reset().
 */
export function useCursorPages(initialPageSize = 25) {
  const [pageSize, setPageSizeState] = useState(initialPageSize);
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const page = cursors.length;
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

  return { page, pageSize, after, next, previous, reset, setPageSize, variables: { first: pageSize, ...(after ? { after } : {}) } };
}

export const PAGE_SIZES = [10, 25, 50, 100] as const;

interface Connection<Node> {
  nodes: readonly Node[];
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
}

/** Every page of a connection, for the CSV export (the export holds the whole filtered list, not the page shown). */
export async function collectAllPages<Node>(fetchPage: (after: string | null) => Promise<Connection<Node>>, limit = 5000): Promise<Node[]> {
  const rows: Node[] = [];
  let after: string | null = null;
  for (;;) {
    const connection: Connection<Node> = await fetchPage(after);
    rows.push(...connection.nodes);
    if (!connection.pageInfo.hasNextPage || !connection.pageInfo.endCursor || rows.length >= limit) return rows;
    after = connection.pageInfo.endCursor;
  }
}
