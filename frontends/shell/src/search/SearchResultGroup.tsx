import { useId } from 'react';
import { Alert, LoadingIndicator, apiErrorMessage } from '@werkplek/ui';
import type { LinkProps } from '../routing/links.js';

export interface SearchHit {
  key: string;
  href: string;
  label: string;
  details?: string;
}

export interface SearchResultGroupProps {
  title: string;
  loading: boolean;
  error?: unknown;
  hits: readonly SearchHit[];
  /** E.g. that only part of the list was searched. */
  note?: string;
  totalCount?: number;
  linkProps: LinkProps;
}

/** The hits of one domain, with a count in the heading so screen reader users can skip empty groups. */
export function SearchResultGroup({ title, loading, error, hits, note, totalCount, linkProps }: SearchResultGroupProps) {
  const headingId = useId();
  const count = totalCount ?? hits.length;
  return (
    <section className="wp-shell__search-group" aria-labelledby={headingId} aria-busy={loading}>
      <h2 id={headingId}>
        {title}
        {!loading && error === undefined && ` (${count})`}
      </h2>
      {note && <p className="wp-field__hint">{note}</p>}
      {loading ? (
        <LoadingIndicator label={`${title}: zoeken…`} />
      ) : error !== undefined ? (
        <Alert title={`Zoeken in ${title.toLowerCase()} is mislukt.`}>{apiErrorMessage(error)}</Alert>
      ) : hits.length === 0 ? (
        <p>Geen resultaten.</p>
      ) : (
        <>
          {count > hits.length && (
            <p>
              De eerste {hits.length} van {count} resultaten. Verfijn uw zoekterm of zoek verder in het onderdeel.
            </p>
          )}
          <ul>
            {hits.map((hit) => (
              <li key={hit.key}>
                <a {...linkProps(hit.href)}>{hit.label}</a>
                {hit.details && <span> – {hit.details}</span>}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
