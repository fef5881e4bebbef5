import { useEffect, useLayoutEffect, useRef, type MouseEvent } from 'react';
import type { ButtonProps } from '../components/Button.js';
import { Button } from '../components/Button.js';

export interface SubmitButtonProps extends Omit<ButtonProps, 'type'> {
  /** The submission is under way (e.g. a mutation's loading): disabled and aria-busy. */
  pending?: boolean;
  /** Label while pending; default "Bezig met verzenden…". */
  pendingLabel?: string;
}

/**
 * A submit button that submits once. `disabled` alone is not enough: two clicks (or Enter twice) in one tick both
 * reach the form before React re-renders the button disabled. A ref closes the gate synchronously at the first click;
 * it opens again when `pending` ends, or on the next macrotask if the form never started a submission (for example
 * because client-side validation failed).
 */
export function SubmitButton({ pending = false, pendingLabel = 'Bezig met verzenden…', children, onClick, disabled, ...rest }: SubmitButtonProps) {
  const locked = useRef(false);
  const pendingRef = useRef(pending);

  useLayoutEffect(() => {
    pendingRef.current = pending;
  }, [pending]);

  useEffect(() => {
    if (!pending) locked.current = false;
  }, [pending]);

  function handleClick(event: MouseEvent<HTMLButtonElement>) {
    if (locked.current || pendingRef.current) {
      event.preventDefault();
      return;
    }
    locked.current = true;
    setTimeout(() => {
      if (!pendingRef.current) locked.current = false;
    }, 0);
    onClick?.(event);
  }

  return (
    <Button
      {...rest}
      type="submit"
      onClick={handleClick}
      disabled={disabled || pending}
      aria-busy={pending || undefined}
    >
      {pending ? pendingLabel : children}
    </Button>
  );
}
