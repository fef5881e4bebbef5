interface Connection<Node> {
  nodes: readonly Node[];
  pageInfo: { endCursor?: string | null; hasNextPage: boolean };
}

/** Every page of a connection, 200 at a time (the API's maximum), for the CSV export of a whole filtered list. */
export async function fetchAllPages<Node>(fetchPage: (after: string | null) => Promise<Connection<Node>>, limit = 50): Promise<Node[]> {
  const all: Node[] = [];
  let after: string | null = null;
  for (let round = 0; round < limit; round += 1) {
    const connection: Connection<Node> = await fetchPage(after);
    all.push(...connection.nodes);
    if (!connection.pageInfo.hasNextPage || !connection.pageInfo.endCursor) break;
    after = connection.pageInfo.endCursor;
  }
  return all;
}
