import './telemetry-off.js';
import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { FORWARDED_IDENTITY_HEADER, signForwardedIdentity } from '@werkplek/auth';
import type { GatewayContext } from './context.js';

/**
 * Sends each subgraph request with the caller's identity, signed for that subgraph alone: subgraphs trust nothing
 * else, so nobody can reach one around the gateway or replay an identity at another.
 */
export class IdentityForwardingDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    private readonly subgraphName: string,
    url: string,
    private readonly secret: string,
    fetcher?: RemoteGraphQLDataSource['fetcher'],
  ) {
    super(fetcher ? { url, fetcher } : { url });
  }

  override async willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>) {
    // Requests the gateway makes for itself (health, schema) carry no caller: they go as anonymous.
    const user = 'user' in context ? (context.user ?? null) : null;
    const token = await signForwardedIdentity(user, { secret: this.secret, audience: this.subgraphName });
    request.http?.headers.set(FORWARDED_IDENTITY_HEADER, token);
  }
}
