export interface LoadingIndicatorProps {
  label?: string;
}

/** Announced politely (role="status" is an aria-live region) and marked busy while data is on its way. */
export function LoadingIndicator({ label = 'Bezig met laden…' }: LoadingIndicatorProps) {
  return (
    <div className="wp-loading" role="status" aria-live="polite" aria-busy="true">
      <span className="wp-loading__spinner" aria-hidden="true" />
      <span className="wp-loading__label">{label}</span>
    </div>
  );
}
