import type { Ref, SelectHTMLAttributes } from 'react';
import { Field } from './Field.js';

export interface SelectOption {
  value: string;
  label: string;
}

export interface SelectFieldProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'required' | 'children'> {
  label: string;
  options: readonly SelectOption[];
  /** Text of an empty first option, so nothing is chosen silently on the user's behalf. */
  placeholder?: string;
  hint?: string;
  error?: string;
  required?: boolean;
  id?: string;
  /** React 19 passes refs as props: lets a form move focus to the first invalid field. */
  ref?: Ref<HTMLSelectElement>;
}

export function SelectField({
  label,
  options,
  placeholder,
  hint,
  error,
  required,
  id,
  className,
  ...select
}: SelectFieldProps) {
  return (
    <Field label={label} hint={hint} error={error} required={required} id={id}>
      {(control) => (
        <select
          {...select}
          {...control}
          required={required}
          className={['wp-select', className].filter(Boolean).join(' ')}
        >
          {placeholder !== undefined && <option value="">{placeholder}</option>}
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
