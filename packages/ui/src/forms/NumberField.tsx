import { TextField, type TextFieldProps } from '../components/TextField.js';

export interface NumberFieldProps extends Omit<TextFieldProps, 'type'> {
  /** Allow decimals (inputMode "decimal"); default whole numbers (inputMode "numeric"). */
  decimals?: boolean;
}

/** type="number" with a fitting on-screen keyboard on tablets; the width suits a number, not a sentence. */
export function NumberField({ decimals = false, step, className, ...props }: NumberFieldProps) {
  return (
    <TextField
      {...props}
      type="number"
      inputMode={decimals ? 'decimal' : 'numeric'}
      step={step ?? (decimals ? 'any' : 1)}
      className={['wp-input--number', className].filter(Boolean).join(' ')}
    />
  );
}
