import { useId } from 'react';

export interface RadioOption {
  value: string;
  label: string;
  hint?: string;
}

export interface RadioGroupProps {
  legend: string;
  name: string;
  options: readonly RadioOption[];
  value: string | undefined;
  onChange: (value: string) => void;
  hint?: string;
  error?: string;
  required?: boolean;
  /** id of the first radio: FormErrorSummary links to it. Generated when absent. */
  id?: string;
  disabled?: boolean;
}

/**
 * Radios in a fieldset whose legend is the question (WCAG 1.3.1); the hint and error are tied to the group with
 * aria-describedby so they are read when focus enters it. Native radios give arrow-key navigation for free.
 */
export function RadioGroup({ legend, name, options, value, onChange, hint, error, required = false, id, disabled }: RadioGroupProps) {
  const generatedId = useId();
  const baseId = id ?? `wp-radio-${generatedId}`;
  const hintId = hint ? `${baseId}-hint` : undefined;
  const errorId = error ? `${baseId}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset
      className={error ? 'wp-fieldset wp-field--error' : 'wp-fieldset'}
      aria-describedby={describedBy}
      aria-invalid={error ? true : undefined}
      disabled={disabled}
    >
      <legend className="wp-fieldset__legend">
        {legend}
        {required && <span className="wp-field__required"> (verplicht)</span>}
      </legend>
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
      {options.map((option, index) => {
        const optionId = index === 0 ? baseId : `${baseId}-${index}`;
        const optionHintId = option.hint ? `${optionId}-hint` : undefined;
        return (
          <div key={option.value} className="wp-radio">
            <input
              type="radio"
              id={optionId}
              name={name}
              value={option.value}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
              required={required}
              aria-describedby={optionHintId}
            />
            <label htmlFor={optionId}>{option.label}</label>
            {option.hint && (
              <span id={optionHintId} className="wp-field__hint wp-radio__hint">
                {option.hint}
              </span>
            )}
          </div>
        );
      })}
    </fieldset>
  );
}
