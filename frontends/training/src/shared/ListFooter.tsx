import { Pagination } from '@werkplek/ui';
import { PAGE_SIZES, type useCursorPages } from './useCursorPages.js';

interface ConnectionLike {
  nodes: readonly unknown[];
  totalCount: number;
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
}

/** The pagination under a connection list, wired to useCursorPages. */
export function ListFooter({ connection, pages, label }: { connection: ConnectionLike | undefined; pages: ReturnType<typeof useCursorPages>; label: string }) {
  if (!connection) return null;
  return (
    <Pagination
      label={label}
      page={pages.page}
      pageSize={pages.pageSize}
      itemCount={connection.nodes.length}
      totalCount={connection.totalCount}
      hasNextPage={connection.pageInfo.hasNextPage}
      onNext={() => pages.next(connection.pageInfo.endCursor)}
      onPrevious={pages.previous}
      pageSizeOptions={PAGE_SIZES}
      onPageSizeChange={pages.setPageSize}
    />
  );
}
