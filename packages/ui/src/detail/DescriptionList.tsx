import type { ReactNode } from 'react';

export interface DescriptionItem {
  /** Stable key; defaults to the term. */
  key?: string;
  term: string;
  description: ReactNode;
}

export interface DescriptionListProps {
  items: readonly DescriptionItem[];
  /** Shown for an empty value, so a blank is not mistaken for a rendering fault. */
  emptyText?: string;
}

/** Label/value pairs of a detail view as a real description list (dl/dt/dd), so the pairing is announced. */
export function DescriptionList({ items, emptyText = 'niet ingevuld' }: DescriptionListProps) {
  return (
    <dl className="wp-description-list">
      {items.map((item) => {
        const empty = item.description === null || item.description === undefined || item.description === '';
        return (
          <div key={item.key ?? item.term} className="wp-description-list__row">
            <dt className="wp-description-list__term">{item.term}</dt>
            <dd className={empty ? 'wp-description-list__value wp-description-list__value--empty' : 'wp-description-list__value'}>
              {empty ? emptyText : item.description}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
