import { useId, type ReactNode } from 'react';

/** Attributes that tie a form control to its label, hint and error message. */
export interface FieldControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
  'aria-required'?: true;
}

export interface FieldProps {
  label: string;
  hint?: string;
  error?: string;
  required?: boolean;
  /** Optional explicit id for the control; generated when absent. */
  id?: string;
  children: (control: FieldControlProps) => ReactNode;
}

/**
 * Shared frame for every form field: the label, the hint and the error are announced with the control through
 * aria-describedby, and aria-invalid marks the control when there is an error (WCAG 1.3.1, 3.3.1).
 */
export function Field({ label, hint, error, required = false, id, children }: FieldProps) {
  const generatedId = useId();
  const controlId = id ?? `wp-field-${generatedId}`;
  const hintId = hint ? `${controlId}-hint` : undefined;
  const errorId = error ? `${controlId}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;

  return (
    <div className={error ? 'wp-field wp-field--error' : 'wp-field'}>
      <label className="wp-field__label" htmlFor={controlId}>
        {label}
        {required && <span className="wp-field__required"> (verplicht)</span>}
      </label>
      {hint && (
        <p id={hintId} className="wp-field__hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="wp-field__error">
          <span className="wp-visually-hidden">Fout: </span>
          {error}
        </p>
      )}
      {children({
        id: controlId,
        'aria-describedby': describedBy,
        'aria-invalid': error ? true : undefined,
        'aria-required': required ? true : undefined,
      })}
    </div>
  );
}
