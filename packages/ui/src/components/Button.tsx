import type { ButtonHTMLAttributes, Ref } from 'react';

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: 'primary' | 'secondary' | 'link';
  /** React 19 passes refs as props: lets a dialog or form move focus to the button. */
  ref?: Ref<HTMLButtonElement>;
}

/** Native button underneath so keyboard and assistive technology behaviour comes for free. */
export function Button({ variant = 'primary', type = 'button', className, ...rest }: ButtonProps) {
  const classes = ['wp-button', `wp-button--${variant}`, className].filter(Boolean).join(' ');
  return <button type={type} className={classes} {...rest} />;
}
