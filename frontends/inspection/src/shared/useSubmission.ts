import { useRef, useState } from 'react';
import type { FormError } from '@werkplek/ui';
import { mutationErrorMessage } from './errors.js';

/**
 * What every form here shares: the field errors of the last attempt (for FormErrorSummary, focused on each failed
 * attempt), the server's refusal, a pending flag, and a confirmation that takes focus after success so the
 * screen-reader user hears what happened (WCAG 3.3.1, 2.4.3). A second submit while one runs is ignored.
 */
export function useSubmission() {
  const [errors, setErrors] = useState<FormError[]>([]);
  const [attempts, setAttempts] = useState(0);
  const [serverError, setServerError] = useState<string | undefined>();
  const [pending, setPending] = useState(false);
  const [confirmation, setConfirmation] = useState<string | undefined>();
  const running = useRef(false);
  const confirmationRef = useRef<HTMLParagraphElement>(null);

  async function run(validate: () => FormError[], action: () => Promise<string>) {
    if (running.current) return;
    const found = validate();
    setErrors(found);
    setAttempts((count) => count + 1);
    setServerError(undefined);
    setConfirmation(undefined);
    if (found.length > 0) return;
    running.current = true;
    setPending(true);
    try {
      const message = await action();
      setConfirmation(message);
      // After React has rendered the confirmation.
      setTimeout(() => confirmationRef.current?.focus(), 0);
    } catch (error) {
      setServerError(mutationErrorMessage(error));
    } finally {
      running.current = false;
      setPending(false);
    }
  }

  const errorFor = (fieldId: string) => errors.find((error) => error.fieldId === fieldId)?.message;
  return { errors, attempts, serverError, pending, confirmation, confirmationRef, run, errorFor };
}
