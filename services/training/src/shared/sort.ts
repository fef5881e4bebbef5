/**
 * Server-side list sorting. A sort enum value is `<KEY>_ASC` or `<KEY>_DESC` (the apps write it to the URL as is and
 * read the table's column and direction back from it); each list maps a KEY to Prisma's orderBy for a direction.
 * The id comes last as the tie-breaker, so the order is total and a cursor page never repeats or skips a row.
 */
export type SortDirection = 'asc' | 'desc';

/** Both directions of each key, in the form the GraphQL enum registers. */
export function sortEnumOf<K extends string>(keys: readonly K[]): { [V in `${K}_ASC` | `${K}_DESC`]: V } {
  return Object.fromEntries(keys.flatMap((key) => [`${key}_ASC`, `${key}_DESC`].map((value) => [value, value]))) as {
    [V in `${K}_ASC` | `${K}_DESC`]: V;
  };
}

export function orderByOf<K extends string, O>(
  sort: `${K}_ASC` | `${K}_DESC`,
  byKey: Record<K, (direction: SortDirection) => NoInfer<O>[]>,
): (O | { id: 'asc' })[] {
  const direction: SortDirection = sort.endsWith('_DESC') ? 'desc' : 'asc';
  const key = sort.slice(0, sort.lastIndexOf('_')) as K;
  return [...byKey[key](direction), { id: 'asc' }];
}

/** An optional column: empty values last in both directions (as the tables show them). */
export const nullsLast = (direction: SortDirection) => ({ sort: direction, nulls: 'last' as const });
