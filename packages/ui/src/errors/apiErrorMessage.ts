/**
 * Turns an error from the API into a Dutch sentence for the user.
 *
 * Duck-typed on purpose: the UI kit does not depend on Apollo Client, but Apollo Client 4's CombinedGraphQLErrors
 * carries `errors[].extensions.code` and its ServerError carries `statusCode`, which is all we need.
 */
export type ApiErrorCode = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'BAD_USER_INPUT' | 'NOT_FOUND' | 'NETWORK' | 'UNKNOWN';

const messages: Record<ApiErrorCode, string> = {
  UNAUTHENTICATED: 'U bent niet (meer) aangemeld. Meld u opnieuw aan om deze gegevens te bekijken.',
  FORBIDDEN: 'U hebt geen toegang tot deze gegevens met uw huidige rol.',
  BAD_USER_INPUT: 'De gevraagde gegevens konden niet worden opgehaald omdat de invoer ongeldig is.',
  NOT_FOUND: 'De gevraagde gegevens werden niet gevonden.',
  NETWORK: 'De gegevens konden niet worden opgehaald. Controleer uw verbinding en probeer het later opnieuw.',
  UNKNOWN: 'Er ging iets mis bij het ophalen van de gegevens. Probeer het later opnieuw.',
};

interface ErrorWithGraphQLErrors {
  errors: ReadonlyArray<{ extensions?: Record<string, unknown> }>;
}

function hasGraphQLErrors(error: unknown): error is ErrorWithGraphQLErrors {
  return typeof error === 'object' && error !== null && Array.isArray((error as { errors?: unknown }).errors);
}

function statusCodeOf(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const statusCode = (error as { statusCode?: unknown }).statusCode;
  return typeof statusCode === 'number' ? statusCode : undefined;
}

const knownCodes = new Set<string>(['UNAUTHENTICATED', 'FORBIDDEN', 'BAD_USER_INPUT', 'NOT_FOUND']);

export function apiErrorCode(error: unknown): ApiErrorCode {
  if (hasGraphQLErrors(error)) {
    for (const graphQLError of error.errors) {
      const code = graphQLError.extensions?.['code'];
      if (typeof code === 'string' && knownCodes.has(code)) return code as ApiErrorCode;
    }
    return 'UNKNOWN';
  }
  const statusCode = statusCodeOf(error);
  if (statusCode === 401) return 'UNAUTHENTICATED';
  if (statusCode === 403) return 'FORBIDDEN';
  if (statusCode !== undefined || error instanceof TypeError) return 'NETWORK';
  return 'UNKNOWN';
}

export function apiErrorMessage(error: unknown): string {
  return messages[apiErrorCode(error)];
}
