import { useEffect, useRef } from 'react';
import { Alert, apiErrorMessage } from '@werkplek/ui';

export interface SubmissionResultProps {
  /** The server's refusal (any error from Apollo Client); shown as the UI kit's apiErrorMessage. */
  error?: unknown;
  /** The confirmation after success; it takes focus so that a screen reader announces it. */
  confirmation?: string | undefined;
  errorTitle?: string;
}

/** The answer to a submitted form or action: the server's Dutch reason for a refusal, or the focused confirmation. */
export function SubmissionResult({ error, confirmation, errorTitle = 'De actie is niet gelukt.' }: SubmissionResultProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (confirmation) ref.current?.focus();
  }, [confirmation]);
  return (
    <>
      {error !== undefined && <Alert title={errorTitle}>{apiErrorMessage(error)}</Alert>}
      {confirmation && (
        <div ref={ref} tabIndex={-1} className="wp-submission-result">
          <Alert tone="success">{confirmation}</Alert>
        </div>
      )}
    </>
  );
}
