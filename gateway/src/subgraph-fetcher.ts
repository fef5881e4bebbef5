import type { RemoteGraphQLDataSource } from '@apollo/gateway';
import { GraphQLError } from 'graphql';

type Fetcher = RemoteGraphQLDataSource['fetcher'];

/**
 * The gateway's requests to one subgraph, with a deadline: a subgraph that hangs costs the caller at most `timeoutMs`,
 * after which the gateway answers with what the other subgraphs gave and an error for the missing part; one that is
 * down (connection refused) the same, at once. Node's own fetch (undici) with an abort signal per request; a subgraph
 * that comes back is used again at the next request. The error says which domain is missing, in Dutch and English.
 */
export function fetcherWithTimeout(subgraph: string, timeoutMs: number): Fetcher {
  const fetcher = async (url: string, init?: RequestInit) => {
    try {
      return await fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
    } catch (error) {
      const timedOut = error instanceof Error && error.name === 'TimeoutError';
      throw new GraphQLError(
        timedOut
          ? `Het domein ${subgraph} antwoordde niet binnen ${timeoutMs} ms / The ${subgraph} service did not answer within ${timeoutMs} ms`
          : `Het domein ${subgraph} is tijdelijk niet bereikbaar / The ${subgraph} service is temporarily unavailable`,
        { extensions: { code: 'SUBGRAPH_UNAVAILABLE', subgraph } },
      );
    }
  };
  // The gateway's Fetcher type is a structural subset of the WHATWG fetch that Node implements.
  return fetcher as unknown as Fetcher;
}
