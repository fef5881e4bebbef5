import type { InputHTMLAttributes, Ref } from 'react';
import { Field } from './Field.js';

export interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'required'> {
  label: string;
  hint?: string;
  error?: string;
  required?: boolean;
  id?: string;
  /** React 19 passes refs as props: lets a form move focus to the first invalid field. */
  ref?: Ref<HTMLInputElement>;
}

export function TextField({ label, hint, error, required, id, type = 'text', className, ...input }: TextFieldProps) {
  return (
    <Field label={label} hint={hint} error={error} required={required} id={id}>
      {(control) => (
        <input
          {...input}
          {...control}
          type={type}
          required={required}
          className={['wp-input', className].filter(Boolean).join(' ')}
        />
      )}
    </Field>
  );
}
