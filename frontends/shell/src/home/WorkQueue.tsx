import { useId, type ReactNode } from 'react';
import { Alert, LoadingIndicator, apiErrorMessage } from '@werkplek/ui';
import type { LinkProps } from '../routing/links.js';

export interface WorkQueueItem {
  key: string;
  href: string;
  /** The link text: what the item is (reference, name). */
  label: string;
  /** What matters about it: due date, status; text, never colour alone. */
  details: ReactNode;
}

export interface WorkQueueProps {
  title: string;
  /** What the list holds, read before it (e.g. which term applies). */
  description?: string;
  loading: boolean;
  error?: unknown;
  items: readonly WorkQueueItem[];
  /** All matching items, when more exist than are shown. */
  totalCount?: number;
  empty: string;
  /** The area's full list. */
  more: { href: string; label: string };
  linkProps: LinkProps;
}

/** One short work queue on the home page: a few items with links into the area, and a link to the full list. */
export function WorkQueue({ title, description, loading, error, items, totalCount, empty, more, linkProps }: WorkQueueProps) {
  const headingId = useId();
  let body: ReactNode;
  if (loading) body = <LoadingIndicator label={`${title}: wordt geladen…`} />;
  else if (error !== undefined) body = <Alert title={`${title} kon niet worden geladen.`}>{apiErrorMessage(error)}</Alert>;
  else if (items.length === 0) body = <p className="wp-shell__queue-empty">{empty}</p>;
  else
    body = (
      <>
        {totalCount !== undefined && totalCount > items.length && (
          <p className="wp-shell__queue-count">
            {items.length} van {totalCount} getoond.
          </p>
        )}
        <ul className="wp-shell__queue-list">
          {items.map((item) => (
            <li key={item.key}>
              <a {...linkProps(item.href)}>{item.label}</a>
              <span className="wp-shell__queue-details"> – {item.details}</span>
            </li>
          ))}
        </ul>
      </>
    );
  return (
    <section className="wp-shell__queue" aria-labelledby={headingId} aria-busy={loading}>
      <h3 id={headingId}>{title}</h3>
      {description && <p>{description}</p>}
      {body}
      <p>
        <a {...linkProps(more.href)}>{more.label}</a>
      </p>
    </section>
  );
}
