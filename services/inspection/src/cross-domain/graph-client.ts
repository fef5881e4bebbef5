import { serviceTokenSecret, signServiceToken, type ServiceIdentityName } from '@werkplek/auth';
import { readOptional, servicePorts } from '@werkplek/config';

/*
 * The inspection domain reaches the other domains only through the gateway, as itself (a service token with role
 * SERVICE), never through their databases: each owner authorises and validates what it gives out or takes in.
 */

/** A GraphQL error the gateway or a subgraph answered, with its code (BAD_USER_INPUT, NOT_FOUND, …). */
export class GraphQLCallError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly operation: string,
  ) {
    super(message);
    this.name = 'GraphQLCallError';
  }
}

/** The gateway could not be reached or answered no GraphQL at all (down, timeout, 5xx without a body). */
export class GraphUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'GraphUnavailableError';
  }
}

export interface GraphClient {
  /** Runs one operation; throws GraphQLCallError (with the first error's code) or GraphUnavailableError. */
  request<Data>(operation: string, document: string, variables?: Record<string, unknown>): Promise<Data>;
}

export interface GraphClientOptions {
  /** The gateway's /graphql URL; a function for tests, where the gateway starts after this subgraph. */
  url?: string | (() => string);
  service?: ServiceIdentityName;
  secret?: string;
  timeoutMs?: number;
}

export function defaultGatewayUrl(env = process.env): string {
  return readOptional('GATEWAY_URL', env) ?? `http://127.0.0.1:${servicePorts.gateway}/graphql`;
}

interface GraphQLBody {
  data?: unknown;
  errors?: { message?: string; extensions?: { code?: string } }[];
}

export function createGraphClient(options: GraphClientOptions = {}): GraphClient {
  const service = options.service ?? 'inspection';
  const secret = options.secret ?? serviceTokenSecret();
  const timeoutMs = options.timeoutMs ?? 10_000;
  const urlOf = () => (typeof options.url === 'function' ? options.url() : (options.url ?? defaultGatewayUrl()));
  return {
    async request<Data>(operation: string, document: string, variables?: Record<string, unknown>): Promise<Data> {
      // A fresh five-minute token per call: nothing long-lived to leak, no refresh logic.
      const token = await signServiceToken({ service, secret });
      let response: Response;
      try {
        response = await fetch(urlOf(), {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({ operationName: operation, query: document, variables }),
          signal: AbortSignal.timeout(timeoutMs),
        });
      } catch (error) {
        throw new GraphUnavailableError(`${operation}: gateway unreachable (${(error as Error).message})`, { cause: error });
      }
      let body: GraphQLBody;
      try {
        body = (await response.json()) as GraphQLBody;
      } catch (error) {
        throw new GraphUnavailableError(`${operation}: HTTP ${response.status} without a GraphQL answer`, { cause: error });
      }
      const first = body.errors?.[0];
      if (first) {
        const code = first.extensions?.code ?? (response.status === 401 ? 'UNAUTHENTICATED' : 'INTERNAL_SERVER_ERROR');
        throw new GraphQLCallError(`${operation}: ${first.message ?? 'error'}`, code, operation);
      }
      if (!response.ok || body.data === undefined || body.data === null) {
        throw new GraphUnavailableError(`${operation}: HTTP ${response.status} without data`);
      }
      return body.data as Data;
    },
  };
}
