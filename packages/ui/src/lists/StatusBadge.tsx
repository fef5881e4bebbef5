import type { ReactNode } from 'react';

export type StatusTone = 'neutral' | 'info' | 'success' | 'warning' | 'error';

export interface StatusBadgeProps {
  /** The status in words ("Te laat", "Erkend"): always visible, the tone only adds colour (WCAG 1.4.1). */
  children: ReactNode;
  tone?: StatusTone;
}

export function StatusBadge({ children, tone = 'neutral' }: StatusBadgeProps) {
  return <span className={`wp-badge wp-badge--${tone}`}>{children}</span>;
}
