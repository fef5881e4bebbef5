import './telemetry-off.js';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import cors from 'cors';
import express from 'express';
import { isProduction, readOptional } from '@werkplek/config';
import type { GatewayContext } from './context.js';
import { devSignInRoutes } from './dev-sign-in.js';
import { health } from './health.js';
import { IdentityForwardingDataSource } from './identity-forwarding.js';
import { callerOf, identifyCaller } from './security/caller.js';
import { formatGatewayError } from './security/error-masking.js';
import { operationLimitRules, operationLimits } from './security/operation-limits.js';
import { rateLimitPerCaller } from './security/rate-limit.js';
import { securityFromEnv, type GatewaySecurity } from './security/settings.js';
import { fetcherWithTimeout } from './subgraph-fetcher.js';

export interface GatewayOptions extends Partial<GatewaySecurity> {
  supergraphSdl: string;
  /** The /graphql URL of each subgraph, by name: overrides the URLs recorded in the supergraph. */
  subgraphUrls: Record<string, string>;
  port: number;
  host?: string;
  /** Browser origins allowed to call (the shell). */
  corsOrigins?: string[];
  /** Production behaviour (no introspection, no schema hints in errors); default: NODE_ENV=production. */
  production?: boolean;
  /** Largest request body (default 1 MB: the biggest legitimate one, an evidence file as base64, is under 820 KB). */
  bodyLimit?: string;
}

export interface RunningGateway {
  url: string;
  /** Stops taking connections, lets requests in flight finish, then stops. */
  stop(): Promise<void>;
}

export function defaultCorsOrigins(): string[] {
  return (readOptional('WERKPLEK_CORS_ORIGINS') ?? 'http://localhost:3000,http://127.0.0.1:3000').split(',').map((o) => o.trim());
}

export async function startGateway(options: GatewayOptions): Promise<RunningGateway> {
  // What the caller passes wins (tests); the rest comes from the environment, with its production checks.
  const definedOptions = Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined)) as Partial<GatewaySecurity>;
  // securityFromEnv refuses development settings when NODE_ENV=production (main.ts runs with the real environment).
  const security: GatewaySecurity = { ...securityFromEnv(), ...definedOptions };
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    buildService: ({ name, url }) => {
      const target = options.subgraphUrls[name] ?? url;
      if (!target) throw new Error(`no URL for subgraph ${name}`);
      return new IdentityForwardingDataSource(name, target, security.forwardSecret, fetcherWithTimeout(name, security.subgraphTimeoutMs));
    },
  });
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', security.trustedProxies);
  const httpServer = createServer(app);
  const production = options.production ?? isProduction();
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    parseOptions: { maxTokens: operationLimits.maxTokens },
    validationRules: operationLimitRules(),
    introspection: !production,
    // On by default in Apollo Server 5; said here because the security section relies on it: a request a browser
    // could send cross-site without a CORS preflight (GET without a custom header, form or text/plain POST) is refused.
    csrfPrevention: true,
    formatError: formatGatewayError(production),
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer })],
  });
  await apollo.start();

  app.use(cors({ origin: options.corsOrigins ?? defaultCorsOrigins(), maxAge: 600 }));
  app.get('/health', health(options.subgraphUrls));
  if (security.devSignIn) {
    app.use('/auth/dev-sign-in', devSignInRoutes(apollo, security.userSecret));
  }
  app.use(
    '/graphql',
    identifyCaller({ ...(security.devSignIn ? { user: security.userSecret } : {}), service: security.serviceSecret, ...(security.oidc ? { oidc: security.oidc } : {}) }),
    rateLimitPerCaller(security.rateLimitPerMinute),
    express.json({ limit: options.bodyLimit ?? '1mb' }),
    expressMiddleware(apollo, { context: async ({ res }) => callerOf(res) }),
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
