import type { ReactNode } from 'react';

export interface EmptyStateProps {
  title: string;
  children?: ReactNode;
  /** E.g. a button "Filters wissen" or "Nieuwe aanvraag". */
  action?: ReactNode;
}

/** Says that a list is empty and, when possible, what to do next; plain text, so it is read in document order. */
export function EmptyState({ title, children, action }: EmptyStateProps) {
  return (
    <div className="wp-empty-state">
      <p className="wp-empty-state__title">{title}</p>
      {children !== undefined && <div className="wp-empty-state__text">{children}</div>}
      {action !== undefined && <div className="wp-empty-state__action">{action}</div>}
    </div>
  );
}
