import { useId, type InputHTMLAttributes, type Ref } from 'react';

export interface CheckboxFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'type'> {
  label: string;
  hint?: string;
  error?: string;
  id?: string;
  ref?: Ref<HTMLInputElement>;
}

/** A checkbox with its label after it (the usual pattern), and the hint and error tied with aria-describedby. */
export function CheckboxField({ label, hint, error, id, className, ...input }: CheckboxFieldProps) {
  const generatedId = useId();
  const controlId = id ?? `wp-field-${generatedId}`;
  const hintId = hint ? `${controlId}-hint` : undefined;
  const errorId = error ? `${controlId}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={error ? 'wp-field wp-field--error wp-checkbox' : 'wp-field wp-checkbox'}>
      {error && (
        <p id={errorId} className="wp-field__error">
          <span className="wp-visually-hidden">Fout: </span>
          {error}
        </p>
      )}
      <div className="wp-checkbox__row">
        <input
          {...input}
          id={controlId}
          type="checkbox"
          className={['wp-checkbox__input', className].filter(Boolean).join(' ')}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
        />
        <label className="wp-checkbox__label" htmlFor={controlId}>
          {label}
        </label>
      </div>
      {hint && (
        <p id={hintId} className="wp-field__hint wp-checkbox__hint">
          {hint}
        </p>
      )}
    </div>
  );
}
