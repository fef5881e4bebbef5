import { useEffect, useRef, type MouseEvent } from 'react';

export interface FormError {
  /** id of the field's control (the id given to TextField & co., or RadioGroup's id). */
  fieldId: string;
  message: string;
}

export interface FormErrorSummaryProps {
  errors: readonly FormError[];
  title?: string;
  /**
   * Focus moves to the summary when it appears and again whenever this value changes: pass the number of submit
   * attempts so a second failed submit brings the user back to it.
   */
  focusKey?: unknown;
}

/**
 * The GOV.UK / Flemish error summary: after a failed submit it takes focus, so screen reader users hear the problems,
 * and every message links to its field. Render it only when there are errors.
 */
export function FormErrorSummary({ errors, title = 'Er is een probleem', focusKey }: FormErrorSummaryProps) {
  const ref = useRef<HTMLDivElement>(null);
  const hasErrors = errors.length > 0;

  useEffect(() => {
    if (hasErrors) ref.current?.focus();
  }, [focusKey, hasErrors]);

  if (!hasErrors) return null;

  function goToField(event: MouseEvent<HTMLAnchorElement>, fieldId: string) {
    const field = document.getElementById(fieldId);
    if (!field) return;
    // Focus the field itself rather than following the hash: the shell's router owns the URL, and a hash jump
    // would scroll the label out of view.
    event.preventDefault();
    field.focus();
    field.scrollIntoView?.({ block: 'center' });
  }

  // As GOV.UK Frontend: the outer box takes focus (tabIndex -1: focusable by script, no extra tab stop), the inner
  // role="alert" makes sure the problems are announced even where focus moves are not read out.
  return (
    <div className="wp-error-summary" ref={ref} tabIndex={-1}>
      <div role="alert">
        <h2 className="wp-error-summary__title">{title}</h2>
        <ul className="wp-error-summary__list">
          {errors.map((error) => (
            <li key={error.fieldId}>
              <a href={`#${error.fieldId}`} onClick={(event) => goToField(event, error.fieldId)}>
                {error.message}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
