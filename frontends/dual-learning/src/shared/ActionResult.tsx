import { useEffect, useRef } from 'react';
import { Alert, apiErrorMessage } from '@werkplek/ui';

/** The server's answer to an action: its Dutch error, or the confirmation (focused, so it is announced). */
export function ActionResult({ error, success, errorTitle = 'De actie is niet gelukt.' }: { error: unknown; success?: string | undefined; errorTitle?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (success) ref.current?.focus();
  }, [success]);
  return (
    <>
      {error !== undefined && (
        <Alert title={errorTitle}>
          {serverMessage(error)}
        </Alert>
      )}
      {success && (
        <div ref={ref} tabIndex={-1} className="wp-dl-success">
          <Alert tone="success">{success}</Alert>
        </div>
      )}
    </>
  );
}

/**
 * The API's business refusals (CONFLICT, INVALID_STATE_TRANSITION) carry a Dutch message ("Nederlands / English"):
 * show its Dutch half; the UI kit's generic sentence covers the other codes.
 */
export function serverMessage(error: unknown): string {
  const errors = (error as { errors?: ReadonlyArray<{ message?: string; extensions?: Record<string, unknown> }> } | undefined)?.errors;
  const first = Array.isArray(errors) ? errors[0] : undefined;
  const code = first?.extensions?.['code'];
  if (first?.message && (code === 'CONFLICT' || code === 'INVALID_STATE_TRANSITION' || code === 'BAD_USER_INPUT')) {
    return first.message.split(' / ')[0] ?? first.message;
  }
  return apiErrorMessage(error);
}
