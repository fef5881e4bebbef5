/** The part of a GraphQL connection that paging needs. */
export interface ConnectionPage<Node> {
  nodes: readonly Node[];
  pageInfo: { endCursor?: string | null; hasNextPage: boolean };
}

/**
 * Every page of a connection, for the CSV export of a whole filtered list (not only the page shown). `fetchPage` asks
 * one page after the given cursor (use the API's maximum page size); stops after `maxRows` rows as a safety net.
 */
export async function fetchAllPages<Node>(fetchPage: (after: string | null) => Promise<ConnectionPage<Node>>, maxRows = 10_000): Promise<Node[]> {
  const rows: Node[] = [];
  let after: string | null = null;
  for (;;) {
    const connection: ConnectionPage<Node> = await fetchPage(after);
    rows.push(...connection.nodes);
    if (!connection.pageInfo.hasNextPage || !connection.pageInfo.endCursor || rows.length >= maxRows) return rows;
    after = connection.pageInfo.endCursor;
  }
}
