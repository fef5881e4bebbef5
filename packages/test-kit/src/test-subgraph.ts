import { FORWARDED_IDENTITY_HEADER, gatewaySecret, signForwardedIdentity, type User } from '@werkplek/auth';
import { createTestDatabase } from '@werkplek/database';
import { startSubgraph, type SubgraphContext, type SubgraphDefinition } from '@werkplek/subgraph-kit';
import { graphqlRequest, type GraphQLResponse } from './graphql-request.js';

/** Where a subgraph under test keeps its data: a fresh PostgreSQL database (TEST_DATABASE_URL) or in-memory PGlite. */
export interface DatabaseChoice {
  url?: string;
  dataDir: null;
}

export interface TestSubgraph {
  url: string;
  /** Sends a query as the gateway would, vouching for `as` (anonymous when omitted). */
  query<Data = Record<string, unknown>>(
    query: string,
    options?: { variables?: Record<string, unknown>; as?: User | null },
  ): Promise<GraphQLResponse<Data>>;
  stop(): Promise<void>;
}

/** Starts a subgraph on a free port with its own fresh database, for integration tests over real HTTP. */
export async function startTestSubgraph<Context extends SubgraphContext>(
  name: string,
  create: (database: DatabaseChoice) => Promise<SubgraphDefinition<Context>>,
): Promise<TestSubgraph> {
  const testDatabase = await createTestDatabase(name);
  const definition = await create({ url: testDatabase.url, dataDir: null });
  const running = await startSubgraph({ ...definition, port: 0 });
  const secret = gatewaySecret();
  return {
    url: running.url,
    async query(query, options = {}) {
      const identity = await signForwardedIdentity(options.as ?? null, { secret, audience: name });
      return graphqlRequest(running.url, query, {
        variables: options.variables,
        headers: { [FORWARDED_IDENTITY_HEADER]: identity },
      });
    },
    async stop() {
      await running.stop();
      await testDatabase.drop();
    },
  };
}
