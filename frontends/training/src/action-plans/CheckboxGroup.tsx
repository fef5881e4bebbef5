import { CheckboxField } from '@werkplek/ui';

export interface CheckboxGroupProps<Value extends string> {
  id: string;
  legend: string;
  options: readonly { value: Value; label: string }[];
  values: readonly Value[];
  onChange: (values: Value[]) => void;
  error?: string;
  hint?: string;
}

/**
 * Several checkboxes under one legend (the UI kit has single CheckboxFields only). The first box carries `id`, so
 * the error summary can link to the group.
 */
export function CheckboxGroup<Value extends string>({ id, legend, options, values, onChange, error, hint }: CheckboxGroupProps<Value>) {
  const errorId = `${id}-group-error`;
  const hintId = `${id}-group-hint`;
  return (
    <fieldset
      className={error ? 'wp-fieldset wp-field--error' : 'wp-fieldset'}
      aria-describedby={[hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined}
    >
      <legend className="wp-fieldset__legend">
        {legend}
        <span className="wp-field__required"> (verplicht)</span>
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
      {options.map((option, index) => (
        <CheckboxField
          key={option.value}
          id={index === 0 ? id : `${id}-${index}`}
          label={option.label}
          checked={values.includes(option.value)}
          onChange={(event) =>
            onChange(event.target.checked ? [...values, option.value] : values.filter((value) => value !== option.value))
          }
        />
      ))}
    </fieldset>
  );
}
