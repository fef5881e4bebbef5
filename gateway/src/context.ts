import { GraphQLError } from 'graphql';
import { verifyCallerToken, type User } from '@werkplek/auth';

export interface GatewayContext {
  user: User | null;
}

function unauthenticated(): GraphQLError {
  return new GraphQLError('Ongeldige of verlopen aanmelding / Invalid or expired sign-in', {
    extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
  });
}

/** The secrets of the two kinds of bearer token: a person's (sign-in) and a service's (another domain). */
export interface TokenSecrets {
  user: string;
  service: string;
}

/**
 * No Authorization header: an anonymous caller (public queries only; the subgraphs decide). A header that is there
 * but not a valid, unexpired token of ours: refused outright with 401, never downgraded to anonymous.
 * Either kind of token is accepted (verifyCallerToken: each verified with its own secret and issuer).
 */
export async function contextFromAuthorization(header: string | undefined, secrets: TokenSecrets): Promise<GatewayContext> {
  if (header === undefined || header === '') return { user: null };
  const match = /^Bearer ([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)$/.exec(header);
  if (!match?.[1]) throw unauthenticated();
  try {
    return { user: await verifyCallerToken(match[1], secrets) };
  } catch {
    throw unauthenticated();
  }
}
