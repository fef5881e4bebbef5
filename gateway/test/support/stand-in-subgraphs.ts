import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { buildSubgraphSchema } from '@apollo/subgraph';
import express from 'express';
import { parse, type GraphQLSchema } from 'graphql';
import { composeSupergraph } from '../../src/index.js';

/**
 * Two small real subgraphs (Apollo Server + @apollo/subgraph over HTTP) for the gateway's own protections: what is
 * tested is the gateway (limits, rate limit, time-outs, shutdown), so the subgraphs are as small as a schema that
 * nests (`Centre.parent`) and a second domain that can be made slow, stopped and started again on the same port.
 */
const centresSdl = parse(`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
  type Query { centres: [Centre!]! }
  type Centre @key(fields: "id") { id: ID! name: String! parent: Centre }
`);
const partnershipsSdl = parse(`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
  type Query { partnerships: [Partnership!] }
  type Partnership @key(fields: "id") { id: ID! name: String! }
`);

const centre = (id: string) => ({ id, name: `Syntra ${id}` });

export const centresSchema = buildSubgraphSchema({
  typeDefs: centresSdl,
  resolvers: {
    Query: { centres: () => [centre('West'), centre('Limburg')] },
    Centre: { parent: (parent: { id: string }) => centre(`${parent.id}+`) },
  },
});

/** How the partnerships subgraph behaves: answer, answer after a delay, or never answer. */
export const partnershipsBehaviour = { delayMs: 0, hang: false };

export const partnershipsSchema = buildSubgraphSchema({
  typeDefs: partnershipsSdl,
  resolvers: {
    Query: {
      partnerships: async () => {
        if (partnershipsBehaviour.hang) await new Promise(() => undefined);
        if (partnershipsBehaviour.delayMs) await new Promise((resolve) => setTimeout(resolve, partnershipsBehaviour.delayMs));
        return [{ id: 'p-bouw', name: 'SP Bouw' }];
      },
    },
  },
});

export interface StandInSubgraph {
  url: string;
  port: number;
  stop(): Promise<void>;
}

export async function startStandIn(schema: GraphQLSchema, port = 0): Promise<StandInSubgraph> {
  const app = express();
  const httpServer: Server = createServer(app);
  const apollo = new ApolloServer({ schema, plugins: [ApolloServerPluginInlineTraceDisabled()] });
  await apollo.start();
  app.use('/graphql', express.json(), expressMiddleware(apollo));
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(port, '127.0.0.1', () => resolve());
  });
  const actualPort = (httpServer.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${actualPort}/graphql`,
    port: actualPort,
    async stop() {
      await apollo.stop();
      httpServer.closeAllConnections();
      await new Promise<void>((resolve) => httpServer.close(() => resolve()));
    },
  };
}

export function standInSupergraph(urls: { centres: string; partnerships: string }): string {
  return composeSupergraph([
    { name: 'centres', url: urls.centres, schema: centresSchema },
    { name: 'partnerships', url: urls.partnerships, schema: partnershipsSchema },
  ]).supergraphSdl;
}
