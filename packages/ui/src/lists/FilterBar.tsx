import type { FormEvent, ReactNode } from 'react';
import { Button } from '../components/Button.js';

export interface FilterBarProps {
  /** Names the search landmark, e.g. "Aanvragen filteren". */
  label: string;
  /** The labelled filter fields (TextField, SelectField, DateField, …). */
  children: ReactNode;
  /** Zoeken: apply the filters. The form's default submit (a page reload) is prevented. */
  onSearch: () => void;
  /** Wissen: clear the filters. Omit to hide the button. */
  onClear?: () => void;
  searchLabel?: string;
  clearLabel?: string;
}

/**
 * A list's filters as a search landmark (role="search"), so screen reader users can jump to it; Enter in any field
 * applies the filters because it is a real form.
 */
export function FilterBar({ label, children, onSearch, onClear, searchLabel = 'Zoeken', clearLabel = 'Wissen' }: FilterBarProps) {
  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onSearch();
  }
  return (
    <form className="wp-filter-bar" role="search" aria-label={label} onSubmit={handleSubmit} noValidate>
      <div className="wp-filter-bar__fields">{children}</div>
      <div className="wp-filter-bar__actions">
        <Button type="submit">{searchLabel}</Button>
        {onClear && (
          <Button variant="secondary" onClick={onClear}>
            {clearLabel}
          </Button>
        )}
      </div>
    </form>
  );
}
