import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type NextFunction, type Request, type Response } from 'express';
import type { GraphQLSchema } from 'graphql';
import { FORWARDED_IDENTITY_HEADER, gatewaySecret, verifyForwardedIdentity, type User } from '@werkplek/auth';
import type { SubgraphContext } from './auth.js';
import { ErrorCode, formatError } from './errors.js';
import { stopOnSignals } from '@werkplek/config';
import type { ApolloServerPlugin } from '@apollo/server';
import type { SubgraphMetrics } from './metrics.js';

export interface SubgraphOptions<Context extends SubgraphContext> {
  /** The subgraph's name: the audience of the identity the gateway forwards to it. */
  name: string;
  schema: GraphQLSchema;
  /** 0 picks a free port (tests). */
  port: number;
  host?: string;
  /** Builds the per-request context (services, DataLoaders) for the caller the gateway vouched for. */
  createContext(user: User | null): Context | Promise<Context>;
  /** Throws when the subgraph cannot serve (e.g. its database is unreachable). */
  healthCheck?(): Promise<void>;
  /** Releases what the subgraph holds (its database) after the HTTP server has drained. */
  onStop?(): Promise<void>;
  /** Served at GET /metrics (Prometheus text format) and fed by every GraphQL request. */
  metrics?: SubgraphMetrics;
  secret?: string;
}

/** What a subgraph package provides; the caller chooses where it listens. */
export type SubgraphDefinition<Context extends SubgraphContext> = Omit<SubgraphOptions<Context>, 'port' | 'host' | 'secret'>;

export interface RunningSubgraph {
  url: string;
  port: number;
  stop(): Promise<void>;
}

// Parsing is a denial-of-service vector before any other limit applies (graphql-js#3955).
const MAX_TOKENS = 10_000;

function refuse(res: Response, status: number, code: string, message: string) {
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
}

/** Times every GraphQL request and counts the answers with errors. */
function requestMetrics(metrics: SubgraphMetrics): ApolloServerPlugin {
  return {
    async requestDidStart() {
      const done = metrics.request();
      return {
        async willSendResponse({ response }) {
          const failed = response.body.kind === 'single' && (response.body.singleResult.errors?.length ?? 0) > 0;
          done({ outcome: failed ? 'error' : 'ok' });
        },
      };
    },
  };
}

export async function startSubgraph<Context extends SubgraphContext>(
  options: SubgraphOptions<Context>,
): Promise<RunningSubgraph> {
  const secret = options.secret ?? gatewaySecret();
  const app = express();
  app.disable('x-powered-by');
  const httpServer = createServer(app);
  const apollo = new ApolloServer<Context>({
    schema: options.schema,
    formatError,
    parseOptions: { maxTokens: MAX_TOKENS },
    // Inline traces would hand resolver timings to any caller that asks; we report no traces to Apollo's cloud.
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginInlineTraceDisabled(),
      ...(options.metrics ? [requestMetrics(options.metrics)] : []),
    ],
  });
  await apollo.start();

  app.get('/health', async (_req, res) => {
    try {
      await options.healthCheck?.();
      res.json({ status: 'ok', service: options.name });
    } catch (error) {
      res.status(503).json({ status: 'unavailable', service: options.name, reason: (error as Error).message });
    }
  });

  const { metrics } = options;
  if (metrics) {
    app.get('/metrics', async (_req, res) => {
      res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
    });
  }

  // Only the gateway may call: it signs who the caller is, for this subgraph only, for one minute.
  const identity = async (req: Request, res: Response, next: NextFunction) => {
    const token = req.header(FORWARDED_IDENTITY_HEADER);
    if (!token) {
      refuse(res, 401, ErrorCode.Unauthenticated, 'Alleen bereikbaar via de gateway / Only reachable through the gateway');
      return;
    }
    try {
      res.locals.user = (await verifyForwardedIdentity(token, { secret, audience: options.name })).user;
      next();
    } catch {
      refuse(res, 401, ErrorCode.Unauthenticated, 'Ongeldige doorgegeven identiteit / Invalid forwarded identity');
    }
  };

  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    identity,
    expressMiddleware(apollo, { context: async ({ res }) => options.createContext(res.locals.user as User | null) }),
  );

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(options.port, options.host ?? '127.0.0.1', () => resolve());
  });
  const { port } = httpServer.address() as AddressInfo;
  let stopping: Promise<void> | undefined;
  return {
    url: `http://${options.host ?? '127.0.0.1'}:${port}/graphql`,
    port,
    stop() {
      stopping ??= (async () => {
        await apollo.stop();
        await options.onStop?.();
      })();
      return stopping;
    },
  };
}

/** A subgraph's main: start, say where, and stop cleanly (drain requests, close the database) on SIGINT/SIGTERM. */
export async function runSubgraph<Context extends SubgraphContext>(options: SubgraphOptions<Context>): Promise<void> {
  const running = await startSubgraph(options);
  console.log(`[${options.name}] subgraph ready at ${running.url}`);
  stopOnSignals(options.name, () => running.stop());
}
