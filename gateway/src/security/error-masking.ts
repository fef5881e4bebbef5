import type { GraphQLFormattedError } from 'graphql';

/**
 * Apollo Server files every validation error under GRAPHQL_VALIDATION_FAILED; an operation over one of our limits
 * (operation-limits.ts marks it with `limit`) gets its own code, so a client can tell "too big" from "wrong".
 */
export function codeOperationLimits(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const limit = formatted.extensions?.['limit'];
  if (typeof limit !== 'string') return formatted;
  return { ...formatted, extensions: { ...formatted.extensions, code: 'QUERY_TOO_COMPLEX' } };
}

/**
 * In production, validation errors do not teach a stranger the schema: graphql-js suggests field and type names
 * ("Did you mean …?") even with introspection off. The rest of the message (and the code) stays.
 */
export function hideSchemaHints(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const message = formatted.message.replace(/\s*Did you mean [^?]*\?/g, '');
  return message === formatted.message ? formatted : { ...formatted, message };
}

/** The gateway's formatError: limits coded everywhere, schema hints hidden in production. */
export function formatGatewayError(production: boolean) {
  return (formatted: GraphQLFormattedError): GraphQLFormattedError => {
    const coded = codeOperationLimits(formatted);
    return production ? hideSchemaHints(coded) : coded;
  };
}
