import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ErrorLink } from '@apollo/client/link/error';

/**
 * Did the API refuse a change because the record changed since this screen read it (optimistic concurrency: CONFLICT
 * with reason STALE_VERSION)? The server's Dutch message says so; the screen has already been refreshed.
 */
export function isStaleRecordRefusal(error: unknown): boolean {
  return (
    CombinedGraphQLErrors.is(error) &&
    error.errors.some((e) => e.extensions?.['code'] === 'CONFLICT' && e.extensions?.['reason'] === 'STALE_VERSION')
  );
}

/**
 * An Apollo link for the page's one client: when a mutation is refused because someone else changed the record first,
 * every query on screen is fetched again, so the user sees that change (and its new version) before trying again,
 * instead of retrying against the same stale screen. One place for every form of every area.
 */
export function refetchOnStaleRecord(): ErrorLink {
  return new ErrorLink(({ error, operation }) => {
    if (!isStaleRecordRefusal(error)) return;
    if (!operation.query.definitions.some((d) => d.kind === 'OperationDefinition' && d.operation === 'mutation')) return;
    // After this result has reached the form: the refusal is shown, then the screen refreshes under it.
    queueMicrotask(() => {
      void operation.client.refetchQueries({ include: 'active' });
    });
  });
}
