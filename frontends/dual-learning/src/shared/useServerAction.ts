import { useRef, useState } from 'react';

/**
 * Runs one server action at a time (no double submit even before React re-renders), keeps the server error for an
 * Alert, and a success message that takes focus so the user hears the result.
 */
export function useServerAction() {
  const busy = useRef(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const [success, setSuccess] = useState<string | undefined>(undefined);

  async function run(action: () => Promise<unknown>, successMessage: string): Promise<boolean> {
    if (busy.current) return false;
    busy.current = true;
    setPending(true);
    setError(undefined);
    setSuccess(undefined);
    try {
      await action();
      setSuccess(successMessage);
      return true;
    } catch (caught) {
      setError(caught);
      return false;
    } finally {
      busy.current = false;
      setPending(false);
    }
  }

  return { run, pending, error, success, clearSuccess: () => setSuccess(undefined) };
}
