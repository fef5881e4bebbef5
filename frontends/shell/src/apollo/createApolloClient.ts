import { ApolloClient, HttpLink, InMemoryCache, type ApolloLink } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import { refetchOnStaleRecord } from '@werkplek/frontend-kit';

export interface ApolloClientOptions {
  /** Automatic persisted queries (see RuntimeConfig.persistedQueries). */
  persistedQueries?: boolean;
  /** The fetch to send requests with (tests). */
  fetch?: typeof fetch;
}

/** SHA-256 of the operation text in hex, with the browser's own Web Crypto (what the gateway's APQ cache keys on). */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * The one ApolloClient of the page. Remotes reach it through the shell's ApolloProvider (shared @apollo/client
 * singleton). The token is read per request, so signing in or out needs no new client. A change refused because the
 * record changed meanwhile refreshes the screen (refetchOnStaleRecord).
 */
export function createApolloClient(gatewayUrl: string, getToken: () => string | undefined, options: ApolloClientOptions = {}): ApolloClient {
  const authLink = new SetContextLink((previousContext) => {
    const token = getToken();
    if (!token) return {};
    return { headers: { ...previousContext['headers'], Authorization: `Bearer ${token}` } };
  });
  const http = new HttpLink({ uri: `${gatewayUrl}/graphql`, ...(options.fetch ? { fetch: options.fetch } : {}) });
  // POST also for hashed queries: a GET would need the CSRF preflight header and buys nothing without a CDN.
  const links: ApolloLink[] = [refetchOnStaleRecord(), authLink, ...(options.persistedQueries ? [new PersistedQueryLink({ sha256: sha256Hex, useGETForHashedQueries: false })] : []), http];
  return new ApolloClient({ link: links.reduce((chain, link) => chain.concat(link)), cache: new InMemoryCache() });
}
