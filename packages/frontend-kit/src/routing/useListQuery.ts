import { useCallback, useMemo } from 'react';
import { useArea } from './AreaRouter.js';

/** A change to a list's query string: a value, several values (the name repeated), or undefined/""/[] to drop it. */
export type ListQueryChange = Record<string, string | readonly string[] | undefined>;

export interface ListQuery {
  /** The first value of a parameter, or undefined. */
  get: (name: string) => string | undefined;
  /** Every value of a repeated parameter (`?status=A&status=B`), in order. */
  getAll: (name: string) => string[];
  /** Only the values in `allowed` (e.g. an API enum), so a hand-edited or stale link cannot send an invalid filter. */
  getAllOf: <T extends string>(name: string, allowed: readonly T[]) => T[];
  /** The first allowed value, or undefined. */
  getOneOf: <T extends string>(name: string, allowed: readonly T[]) => T | undefined;
  /** Sets or drops parameters and keeps the others; a new history entry (Back returns to the previous filter). */
  update: (changes: ListQueryChange) => void;
  /** The query string as it is now, for a key that restarts paging when the filter changes. */
  key: string;
}

/**
 * A list's filter and sort in the URL (`?status=SUBMITTED&sortering=DUE_ON_ASC`): the shell's "Toon alle" links open
 * the list already filtered, a filtered list can be bookmarked or shared, and Back undoes a filter change. Parameter
 * names are Dutch (users see them), values the API's enum values; the shell's `listHref` writes the same form.
 */
export function useListQuery(): ListQuery {
  const { search, setSearch } = useArea();
  const key = search.toString();
  const update = useCallback(
    (changes: ListQueryChange) => {
      const next = new URLSearchParams(key);
      for (const [name, value] of Object.entries(changes)) {
        next.delete(name);
        if (value === undefined) continue;
        for (const item of typeof value === 'string' ? [value] : value) if (item !== '') next.append(name, item);
      }
      setSearch(next);
    },
    [key, setSearch],
  );
  return useMemo<ListQuery>(() => {
    const params = new URLSearchParams(key);
    const getAll = (name: string) => params.getAll(name).filter((value) => value !== '');
    const getAllOf = <T extends string>(name: string, allowed: readonly T[]) =>
      getAll(name).filter((value): value is T => (allowed as readonly string[]).includes(value));
    return {
      get: (name) => getAll(name)[0],
      getAll,
      getAllOf,
      getOneOf: (name, allowed) => getAllOf(name, allowed)[0],
      update,
      key,
    };
  }, [key, update]);
}
