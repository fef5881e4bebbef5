import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { apiErrorMessage } from '@werkplek/ui';

/** The API refused the request (a GraphQL error): sending it again will not help. Anything else is the network. */
export function isRefusal(error: unknown): boolean {
  return CombinedGraphQLErrors.is(error);
}

// Codes whose server message is worth showing: it says which rule or field failed. The subgraphs write their
// messages as "Dutch / English"; the user sees the Dutch half.
const explainedCodes = new Set(['BAD_USER_INPUT', 'INVALID_STATE_TRANSITION', 'CONFLICT', 'NOT_FOUND']);

/** A Dutch sentence for a failed mutation, with the server's own reason when it has one. */
export function mutationErrorMessage(error: unknown): string {
  if (CombinedGraphQLErrors.is(error)) {
    const explained = error.errors.find((graphQLError) => explainedCodes.has(String(graphQLError.extensions?.['code'] ?? '')));
    if (explained) {
      const dutch = explained.message.split(' / ')[0]?.trim();
      if (dutch) return `De server weigerde: ${dutch}.`.replace(/\.\.$/, '.');
    }
  }
  return apiErrorMessage(error);
}
