import type { ReactNode } from 'react';

export type AlertTone = 'error' | 'warning' | 'success' | 'info';

export interface AlertProps {
  tone?: AlertTone;
  title?: string;
  children: ReactNode;
}

/**
 * A message that needs the user's attention now (errors, warnings): role="alert" makes screen readers announce it
 * immediately, so use it sparingly.
 */
export function Alert({ tone = 'error', title, children }: AlertProps) {
  return (
    <div className={`wp-alert wp-alert--${tone}`} role="alert">
      {title && <p className="wp-alert__title">{title}</p>}
      <div className="wp-alert__body">{children}</div>
    </div>
  );
}

/** A polite status update (role="status"): announced when the user is idle, without interrupting. */
export function StatusMessage({ tone = 'info', title, children }: AlertProps) {
  return (
    <div className={`wp-alert wp-alert--${tone}`} role="status">
      {title && <p className="wp-alert__title">{title}</p>}
      <div className="wp-alert__body">{children}</div>
    </div>
  );
}

/** Static information that is part of the page from the start: no live region, so it is read in document order. */
export function Notice({ tone = 'info', title, children }: AlertProps) {
  return (
    <div className={`wp-alert wp-alert--${tone}`}>
      {title && <p className="wp-alert__title">{title}</p>}
      <div className="wp-alert__body">{children}</div>
    </div>
  );
}
