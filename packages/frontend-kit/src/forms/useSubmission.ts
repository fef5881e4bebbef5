import { useCallback, useRef, useState } from 'react';
import type { FormError } from '@werkplek/ui';

export interface SubmitOptions {
  /** The field errors of this attempt (Dutch, next to each field); the action runs only when there are none. */
  validate?: () => readonly FormError[];
  /** The confirmation after success; when omitted, the text the action resolves to (if it is a string). */
  success?: string;
}

export interface Submission {
  /** Runs the action once: a second call while one runs is ignored (no double submit). True when it succeeded. */
  run: (action: () => Promise<unknown>, options?: SubmitOptions) => Promise<boolean>;
  pending: boolean;
  /** The field errors of the last attempt, for FormErrorSummary. */
  errors: readonly FormError[];
  /** Counts the attempts: FormErrorSummary's focusKey, so the summary takes focus after each failed attempt. */
  attempts: number;
  errorFor: (fieldId: string) => string | undefined;
  /** The server's refusal of the last attempt (show it with SubmissionResult); undefined after success. */
  error: unknown;
  /** The confirmation of the last successful attempt. */
  confirmation: string | undefined;
  clearConfirmation: () => void;
}

/**
 * What every form and action button shares (WCAG 3.3.1): validation before sending, no double submit even before
 * React re-renders, the server's refusal kept for an Alert, and a confirmation for SubmissionResult.
 */
export function useSubmission(): Submission {
  const running = useRef(false);
  const [pending, setPending] = useState(false);
  const [errors, setErrors] = useState<readonly FormError[]>([]);
  const [attempts, setAttempts] = useState(0);
  const [error, setError] = useState<unknown>(undefined);
  const [confirmation, setConfirmation] = useState<string | undefined>(undefined);

  const run = useCallback(async (action: () => Promise<unknown>, options: SubmitOptions = {}) => {
    if (running.current) return false;
    const found = options.validate?.() ?? [];
    setErrors(found);
    setAttempts((count) => count + 1);
    setError(undefined);
    setConfirmation(undefined);
    if (found.length > 0) return false;
    running.current = true;
    setPending(true);
    try {
      const result = await action();
      setConfirmation(options.success ?? (typeof result === 'string' ? result : undefined));
      return true;
    } catch (caught) {
      setError(caught);
      return false;
    } finally {
      running.current = false;
      setPending(false);
    }
  }, []);

  const errorFor = useCallback((fieldId: string) => errors.find((candidate) => candidate.fieldId === fieldId)?.message, [errors]);
  const clearConfirmation = useCallback(() => setConfirmation(undefined), []);
  return { run, pending, errors, attempts, errorFor, error, confirmation, clearConfirmation };
}
