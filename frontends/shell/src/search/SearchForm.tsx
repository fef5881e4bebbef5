import { useId, useState, type FormEvent } from 'react';
import { Button } from '@werkplek/ui';

export interface SearchFormProps {
  /** The text of the current search, if the search page is open. */
  initialText?: string;
  onSearch: (text: string) => void;
}

/** The header's search field: a search landmark with a visible label. */
export function SearchForm({ initialText = '', onSearch }: SearchFormProps) {
  const inputId = useId();
  const errorId = useId();
  const [text, setText] = useState(initialText);
  const [error, setError] = useState<string | undefined>();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const trimmed = text.trim();
    if (trimmed.length < 2) {
      setError('Geef minstens 2 tekens in.');
      return;
    }
    setError(undefined);
    onSearch(trimmed);
  }

  return (
    <form role="search" aria-label="Zoeken in Werkplek" className="wp-shell__search" onSubmit={submit} noValidate>
      <label htmlFor={inputId} className="wp-shell__search-label">
        Zoeken
      </label>
      <input
        id={inputId}
        type="search"
        name="q"
        className="wp-input wp-shell__search-input"
        value={text}
        maxLength={100}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        onChange={(event) => {
          setText(event.target.value);
          setError(undefined);
        }}
      />
      <Button type="submit" variant="secondary">
        Zoeken
      </Button>
      {error && (
        <p id={errorId} className="wp-field__error wp-shell__search-error">
          {error}
        </p>
      )}
    </form>
  );
}
