import { CombinedGraphQLErrors } from '@apollo/client/errors';

/**
 * Did the API refuse the request (a GraphQL error)? Sending it again will not help. Anything else (no connection, a
 * gateway that is down) may succeed later: an offline queue keeps such a request.
 */
export function isApiRefusal(error: unknown): boolean {
  return CombinedGraphQLErrors.is(error);
}
