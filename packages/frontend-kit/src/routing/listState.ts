import { useState } from 'react';
import type { SortState } from '@werkplek/ui';
import { isLocalDate } from '../format/dates.js';
import { useCursorPages, type CursorPages } from '../paging/useCursorPages.js';
import type { ListQuery } from './useListQuery.js';

/*
 * What every list of every area builds on `useListQuery` (its filter and sort in the URL): the sort parameter and its
 * link to the UI kit's table sort, dates, years and yes/no read safely from the URL, the filter form's draft that
 * follows the URL, and paging that restarts when the filter or sort changes. (Three apps had written these lines each.)
 */

/** The sort parameter: the API's sort enum value (`?sortering=DUE_ON_ASC`), or `<KEY>_ASC|DESC` for a browser sort. */
export const SORT_PARAM = 'sortering';

/** "ja" / "nee" in the URL, as people say it (`?te-laat=ja`). */
export const YES_NO = ['ja', 'nee'] as const;
export type YesNo = (typeof YES_NO)[number];

/** `ja` → true, `nee` → false, anything else → undefined (no filter). */
export function yesNoFilter(value: string | undefined): boolean | undefined {
  return value === 'ja' ? true : value === 'nee' ? false : undefined;
}

/** The table's sort state of a sort value (`DUE_ON_DESC` → key DUE_ON, descending). */
export function sortStateOf(value: string | undefined): SortState | undefined {
  const match = value ? /^(.+)_(ASC|DESC)$/.exec(value) : null;
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

/** A sort from the URL, only when it is one of `allowed` (a hand-edited link cannot send an unknown sort). */
export function sortFromQuery<T extends string>(query: ListQuery, allowed: readonly T[]): T | undefined {
  return query.getOneOf(SORT_PARAM, allowed);
}

/** A calendar day (YYYY-MM-DD) from the URL, or "" when it is absent or not a real day. */
export function dateFromQuery(query: ListQuery, name: string): string {
  const value = query.get(name);
  return value !== undefined && isLocalDate(value) ? value : '';
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

/** Client-side page state (a list the API returns whole) that restarts at page 1 when the query string changes. */
export function useListPage(query: ListQuery): [number, (page: number) => void] {
  const [state, setState] = useState({ key: query.key, page: 1 });
  const page = state.key === query.key ? state.page : 1;
  if (state.key !== query.key) setState({ key: query.key, page: 1 });
  return [page, (next) => setState({ key: query.key, page: next })];
}

/**
 * The sort of a short list the API returns whole (sorted here with the UI kit's `sortRows`), kept in the URL in the
 * same form as an API sort (`?sortering=DEADLINE_DESC`); `keys` are the table's column sort keys, `fallback` the sort
 * without one in the URL.
 */
export function useUrlSort(query: ListQuery, keys: readonly string[], fallback?: SortState): [SortState | undefined, (next: SortState) => void] {
  const value = query.getOneOf(SORT_PARAM, sortValuesOf(keys));
  return [value ? sortStateOf(value) : fallback, (next) => query.update({ [SORT_PARAM]: sortValueOf(next) })];
}
