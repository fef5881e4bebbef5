import './telemetry-off.js';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import cors from 'cors';
import express from 'express';
import { gatewaySecret, serviceTokenSecret, userTokenSecret } from '@werkplek/auth';
import { isProduction, readOptional } from '@werkplek/config';
import { contextFromAuthorization, type GatewayContext } from './context.js';
import { devSignInRoutes } from './dev-sign-in.js';
import { health } from './health.js';
import { IdentityForwardingDataSource } from './identity-forwarding.js';

export interface GatewayOptions {
  supergraphSdl: string;
  /** The /graphql URL of each subgraph, by name: overrides the URLs recorded in the supergraph. */
  subgraphUrls: Record<string, string>;
  port: number;
  host?: string;
  /** Browser origins allowed to call (the shell). */
  corsOrigins?: string[];
  devSignIn?: boolean;
  userSecret?: string;
  /** Verifies the other domains' service tokens (WERKPLEK_SERVICE_SECRET). */
  serviceSecret?: string;
  gatewaySecret?: string;
}

export interface RunningGateway {
  url: string;
  stop(): Promise<void>;
}

// Parsing is a denial-of-service vector before any other limit applies (graphql-js#3955).
const MAX_TOKENS = 10_000;

export function defaultCorsOrigins(): string[] {
  return (readOptional('WERKPLEK_CORS_ORIGINS') ?? 'http://localhost:3000,http://127.0.0.1:3000').split(',').map((o) => o.trim());
}

export async function startGateway(options: GatewayOptions): Promise<RunningGateway> {
  const userSecret = options.userSecret ?? userTokenSecret();
  const serviceSecret = options.serviceSecret ?? serviceTokenSecret();
  const forwardSecret = options.gatewaySecret ?? gatewaySecret();
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    buildService: ({ name, url }) => {
      const target = options.subgraphUrls[name] ?? url;
      if (!target) throw new Error(`no URL for subgraph ${name}`);
      return new IdentityForwardingDataSource(name, target, forwardSecret);
    },
  });
  const app = express();
  app.disable('x-powered-by');
  const httpServer = createServer(app);
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    parseOptions: { maxTokens: MAX_TOKENS },
    introspection: !isProduction(),
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer })],
  });
  await apollo.start();

  app.use(cors({ origin: options.corsOrigins ?? defaultCorsOrigins(), maxAge: 600 }));
  app.get('/health', health(options.subgraphUrls));
  if (options.devSignIn ?? !isProduction()) {
    app.use('/auth/dev-sign-in', devSignInRoutes(apollo, userSecret));
  }
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, { context: ({ req }) => contextFromAuthorization(req.header('authorization'), { user: userSecret, service: serviceSecret }) }),
  );

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(options.port, options.host ?? '127.0.0.1', () => resolve());
  });
  const { port } = httpServer.address() as AddressInfo;
  return {
    url: `http://${options.host ?? '127.0.0.1'}:${port}`,
    stop: () => apollo.stop(),
  };
}
