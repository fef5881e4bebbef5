import { GraphQLError } from 'graphql';
import { verifyUserToken, type User } from '@werkplek/auth';

export interface GatewayContext {
  user: User | null;
}

function unauthenticated(): GraphQLError {
  return new GraphQLError('Ongeldige of verlopen aanmelding / Invalid or expired sign-in', {
    extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
  });
}

/**
 * No Authorization header: an anonymous caller (public queries only; the subgraphs decide). A header that is there
 * but not a valid, unexpired token of ours: refused outright with 401, never downgraded to anonymous.
 */
export async function contextFromAuthorization(header: string | undefined, secret: string): Promise<GatewayContext> {
  if (header === undefined || header === '') return { user: null };
  const match = /^Bearer ([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)$/.exec(header);
  if (!match?.[1]) throw unauthenticated();
  try {
    return { user: await verifyUserToken(match[1], secret) };
  } catch {
    throw unauthenticated();
  }
}
