import type { Ref, TextareaHTMLAttributes } from 'react';
import { Field } from '../components/Field.js';

export interface TextAreaFieldProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'required'> {
  label: string;
  hint?: string;
  error?: string;
  required?: boolean;
  id?: string;
  ref?: Ref<HTMLTextAreaElement>;
}

export function TextAreaField({ label, hint, error, required, id, rows = 5, className, ...textarea }: TextAreaFieldProps) {
  return (
    <Field label={label} hint={hint} error={error} required={required} id={id}>
      {(control) => (
        <textarea
          {...textarea}
          {...control}
          rows={rows}
          required={required}
          className={['wp-input', 'wp-textarea', className].filter(Boolean).join(' ')}
        />
      )}
    </Field>
  );
}
