import { useState } from 'react';
import type { SortState } from '@werkplek/ui';
import { useCursorPages, type CursorPages, type ListQuery } from '@werkplek/frontend-kit';

/*
 * Every list of the area keeps its applied filter and sort in the URL (the kit's `useListQuery`): the shell's "Toon
 * alle" links open a list filtered (`/jaaractieplannen?status=SUBMITTED&status=UNDER_REVIEW`), a filtered list can be
 * bookmarked, Back undoes a filter change. Parameter names are Dutch, values the API's enum values. These helpers are
 * what the lists share on top of it. (The inspection app has the same few lines; a shared home would be the kit.)
 */

/** The sort parameter: the API's sort enum value, `<KEY>_ASC` or `<KEY>_DESC` (`?sortering=CENTRE_ASC`). */
export const SORT_PARAM = 'sortering';

/** The table's sort state of a sort value (`ISSUED_ON_DESC` → column key ISSUED_ON, descending). */
export function sortStateOf(value: string): SortState | undefined {
  const match = /^(.+)_(ASC|DESC)$/.exec(value);
  if (!match?.[1]) return undefined;
  return { key: match[1], direction: match[2] === 'DESC' ? 'descending' : 'ascending' };
}

/** The sort value of the table's sort state (the inverse of `sortStateOf`). */
export function sortValueOf(sort: SortState): string {
  return `${sort.key}_${sort.direction === 'descending' ? 'DESC' : 'ASC'}`;
}

/** Every value of a sort enum whose keys are `keys` (both directions). */
export function sortValuesOf<K extends string>(keys: readonly K[]): (`${K}_ASC` | `${K}_DESC`)[] {
  return keys.flatMap((key) => [`${key}_ASC` as const, `${key}_DESC` as const]);
}

/** A whole year (4 digits) from the URL as text for the form, or "" when absent or not a year. */
export function yearFromQuery(query: ListQuery, name: string): string {
  const value = query.get(name);
  return value !== undefined && /^\d{4}$/.test(value) ? value : '';
}

/**
 * The filter form's values: they start from the URL and follow it when the URL changes under the form (Back, the
 * shell's link, "Wissen"); typing changes only the draft until "Zoeken" writes it to the URL.
 */
export function useDraftFromQuery<T>(query: ListQuery, fromQuery: () => T): [T, (values: T) => void] {
  const [state, setState] = useState(() => ({ key: query.key, values: fromQuery() }));
  // Adjusting state while rendering when the URL changed (React's pattern for state derived from a changed input).
  if (state.key !== query.key) {
    const next = { key: query.key, values: fromQuery() };
    setState(next);
    return [next.values, (values) => setState({ key: query.key, values })];
  }
  return [state.values, (values) => setState({ key: query.key, values })];
}

/**
 * Cursor pages that start again at page 1 whenever the list's query string (filter, sort) changes, also through Back
 * or a link; the first render after a change already asks for page 1 (no request with a cursor of the old filter).
 */
export function useListPages(query: ListQuery, initialPageSize = 25): CursorPages {
  const pages = useCursorPages(initialPageSize);
  const [pagedKey, setPagedKey] = useState(query.key);
  if (pagedKey === query.key) return pages;
  setPagedKey(query.key);
  pages.reset();
  return { ...pages, page: 1, after: null, variables: { first: pages.pageSize, after: null } };
}

/**
 * The sort of a short list the API returns whole (sorted here with the UI kit's `sortRows`), kept in the URL in the
 * same form as an API sort (`?sortering=DEADLINE_DESC`); `keys` are the table's column sort keys.
 */
export function useUrlSort(query: ListQuery, keys: readonly string[]): [SortState | undefined, (next: SortState) => void] {
  const value = query.getOneOf(SORT_PARAM, sortValuesOf(keys));
  return [value ? sortStateOf(value) : undefined, (next) => query.update({ [SORT_PARAM]: sortValueOf(next) })];
}
