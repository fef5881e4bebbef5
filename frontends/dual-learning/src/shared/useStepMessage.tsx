import { useCallback, useState, type ReactNode } from 'react';
import { SubmissionResult } from '@werkplek/frontend-kit';

/**
 * The confirmation of a workflow step, shown by the detail page rather than by the step's form: most steps change the
 * status, so their form disappears with the refetch and would take its confirmation (and the focus) along. Each new
 * message remounts the result, so it takes focus even when the same step is taken twice.
 */
export function useStepMessage(): { show: (message: string) => void; message: ReactNode } {
  const [state, setState] = useState<{ text: string; count: number }>();
  const show = useCallback((text: string) => setState((previous) => ({ text, count: (previous?.count ?? 0) + 1 })), []);
  return { show, message: state ? <SubmissionResult key={state.count} confirmation={state.text} /> : null };
}
