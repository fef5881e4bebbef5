/**
 * Turns an error from the API into a Dutch sentence for the user.
 *
 * Duck-typed on purpose: the UI kit does not depend on Apollo Client, but Apollo Client 4's CombinedGraphQLErrors
 * carries `errors[].extensions.code` and its ServerError carries `statusCode`, which is all we need.
 */
export type ApiErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'INVALID_STATE_TRANSITION'
  | 'NETWORK'
  | 'UNKNOWN';

const messages: Record<ApiErrorCode, string> = {
  UNAUTHENTICATED: 'U bent niet (meer) aangemeld. Meld u opnieuw aan om deze gegevens te bekijken.',
  FORBIDDEN: 'U hebt geen toegang tot deze gegevens met uw huidige rol.',
  BAD_USER_INPUT: 'De gevraagde gegevens konden niet worden opgehaald omdat de invoer ongeldig is.',
  NOT_FOUND: 'De gevraagde gegevens werden niet gevonden.',
  CONFLICT: 'De gegevens werden intussen gewijzigd of bestaan al. Laad de pagina opnieuw en probeer het nog eens.',
  INVALID_STATE_TRANSITION: 'Deze stap is in de huidige toestand niet mogelijk. Laad de pagina opnieuw.',
  NETWORK: 'De gegevens konden niet worden opgehaald. Controleer uw verbinding en probeer het later opnieuw.',
  UNKNOWN: 'Er ging iets mis bij het ophalen van de gegevens. Probeer het later opnieuw.',
};

interface GraphQLErrorLike {
  message?: unknown;
  extensions?: Record<string, unknown>;
}

interface ErrorWithGraphQLErrors {
  errors: ReadonlyArray<GraphQLErrorLike>;
}

function hasGraphQLErrors(error: unknown): error is ErrorWithGraphQLErrors {
  return typeof error === 'object' && error !== null && Array.isArray((error as { errors?: unknown }).errors);
}

function statusCodeOf(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const statusCode = (error as { statusCode?: unknown }).statusCode;
  return typeof statusCode === 'number' ? statusCode : undefined;
}

const knownCodes = new Set<string>(['UNAUTHENTICATED', 'FORBIDDEN', 'BAD_USER_INPUT', 'NOT_FOUND', 'CONFLICT', 'INVALID_STATE_TRANSITION']);

/** Codes whose server message tells the user why (the deadline passed, the record's state, the field at fault). */
const explainedCodes = new Set<string>(['FORBIDDEN', 'BAD_USER_INPUT', 'NOT_FOUND', 'CONFLICT', 'INVALID_STATE_TRANSITION']);

function knownError(error: unknown): { code: ApiErrorCode; message?: unknown } | undefined {
  if (!hasGraphQLErrors(error)) return undefined;
  for (const graphQLError of error.errors) {
    const code = graphQLError.extensions?.['code'];
    if (typeof code === 'string' && knownCodes.has(code)) return { code: code as ApiErrorCode, message: graphQLError.message };
  }
  return undefined;
}

export function apiErrorCode(error: unknown): ApiErrorCode {
  if (hasGraphQLErrors(error)) return knownError(error)?.code ?? 'UNKNOWN';
  const statusCode = statusCodeOf(error);
  if (statusCode === 401) return 'UNAUTHENTICATED';
  if (statusCode === 403) return 'FORBIDDEN';
  if (statusCode !== undefined || error instanceof TypeError) return 'NETWORK';
  return 'UNKNOWN';
}

/**
 * The Dutch half of a domain service's message. The subgraphs write every message a user can meet as
 * "Nederlands / English"; a message without that shape (a library's English text) is not shown.
 */
function dutchPart(message: unknown): string | undefined {
  if (typeof message !== 'string') return undefined;
  const separator = message.indexOf(' / ');
  if (separator <= 0) return undefined;
  const dutch = message.slice(0, separator).trim();
  return dutch === '' ? undefined : dutch;
}

/**
 * The server's own Dutch reason for the codes that have one (e.g. "De indieningstermijn is verstreken op 30 april
 * 2027"), otherwise a generic Dutch sentence for the kind of failure.
 */
export function apiErrorMessage(error: unknown): string {
  const known = knownError(error);
  if (known && explainedCodes.has(known.code)) {
    const dutch = dutchPart(known.message);
    if (dutch) return dutch;
  }
  return messages[apiErrorCode(error)];
}
