import { Pagination } from '@werkplek/ui';
import { PAGE_SIZES, type CursorPages } from './useCursorPages.js';

export interface CursorPaginationProps {
  /** The connection shown (nothing is rendered before the first answer). */
  connection: { nodes: readonly unknown[]; totalCount: number; pageInfo: { endCursor?: string | null; hasNextPage: boolean } } | undefined;
  pages: CursorPages;
  /** The accessible name of the pagination landmark (the UI kit's default when omitted). */
  label?: string;
  /** Overrides the page size shown, e.g. when a filter asks a bigger page than chosen. */
  pageSize?: number;
}

/** The UI kit's Pagination under a connection list, wired to useCursorPages. */
export function CursorPagination({ connection, pages, label, pageSize }: CursorPaginationProps) {
  if (!connection) return null;
  return (
    <Pagination
      {...(label !== undefined ? { label } : {})}
      page={pages.page}
      pageSize={pageSize ?? pages.pageSize}
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
