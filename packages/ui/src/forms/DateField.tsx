import { TextField, type TextFieldProps } from '../components/TextField.js';

export interface DateFieldProps extends Omit<TextFieldProps, 'type' | 'min' | 'max'> {
  /** Earliest date, yyyy-mm-dd. */
  min?: string;
  /** Latest date, yyyy-mm-dd. */
  max?: string;
}

/**
 * A native date input: the browser gives a keyboard-accessible date picker in the user's locale, and the value is
 * always yyyy-mm-dd (what the API's Date scalars take). min/max only limit the picker: validate them in the form too.
 */
export function DateField(props: DateFieldProps) {
  return <TextField {...props} type="date" className={['wp-input--date', props.className].filter(Boolean).join(' ')} />;
}
